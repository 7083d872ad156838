"""types.GenericAlias and types.UnionType (app level).

A GenericAlias is what `list[int]` evaluates to: it remembers the origin
class and the arguments, prints as the subscription, calls the origin, and
substitutes type variables when subscripted again.  A UnionType is what
`int | str` evaluates to between classes."""


def _type_repr(obj):
    if obj is ...:
        return '...'
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module is None or module == 'builtins':
        return qualname
    return '%s.%s' % (module, qualname)


def _collect_parameters(args):
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            if arg not in params:
                params.append(arg)
            continue
        for param in getattr(arg, '__parameters__', ()):
            if param not in params:
                params.append(param)
    return tuple(params)


def _substitute(alias_repr, params, args, items):
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(items) > len(params) else 'few',
                           alias_repr, len(items), len(params)))
    table = {}
    for param, item in zip(params, items):
        subst = getattr(param, '__typing_subst__', None)
        table[param] = subst(item) if subst is not None else item
    result = []
    for arg in args:
        if isinstance(arg, type):
            result.append(arg)
        elif hasattr(arg, '__typing_subst__'):
            result.append(table[arg])
        else:
            inner = getattr(arg, '__parameters__', ())
            if inner:
                sub = tuple(table[p] for p in inner)
                result.append(arg[sub[0] if len(sub) == 1 else sub])
            else:
                result.append(arg)
    return tuple(result)


# attributes read on the alias itself, not forwarded to the origin
_OWN = frozenset(['__origin__', '__args__', '__parameters__', '__unpacked__',
                  '__class__', '__mro_entries__', '__reduce_ex__',
                  '__reduce__', '__copy__', '__deepcopy__',
                  '__typing_unpacked_tuple_args__'])


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '_origin', origin)
        object.__setattr__(self, '_args', args)
        object.__setattr__(self, '_parameters', None)
        object.__setattr__(self, '_starred', False)
        return self

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters',
                               _collect_parameters(self._args))
        return self._parameters

    @property
    def __unpacked__(self):
        return self._starred

    @property
    def __typing_unpacked_tuple_args__(self):
        if self._starred and self._origin is tuple:
            return self._args
        return None

    def __getattribute__(self, name):
        if name.startswith('_') and (name in _OWN or name in (
                '_origin', '_args', '_parameters', '_starred')):
            return object.__getattribute__(self, name)
        if name in ('__repr__', '__call__', '__getitem__', '__eq__',
                    '__ne__', '__hash__', '__or__', '__ror__', '__dir__',
                    '__iter__', '__instancecheck__', '__subclasscheck__',
                    '__setattr__', '__getattribute__'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_origin'), name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        if len(self._args) == 0:
            args = '()'
        else:
            args = ', '.join([_type_repr(a) if not isinstance(a, list)
                              else '[%s]' % ', '.join(map(_type_repr, a))
                              for a in self._args])
        text = '%s[%s]' % (_type_repr(self._origin), args)
        return '*' + text if self._starred else text

    def __call__(self, *args, **kwargs):
        result = self._origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self._origin,)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        args = _substitute(repr(self), params, self._args, items)
        return GenericAlias(self._origin, args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self._origin == other._origin and self._args == other._args
                and self._starred == other._starred)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash(self._origin) ^ hash(self._args)

    def __or__(self, other):
        return make_union(self, other)

    def __ror__(self, other):
        return make_union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a '
                        'parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a '
                        'parameterized generic')

    def __iter__(self):
        starred = GenericAlias(self._origin, self._args)
        object.__setattr__(starred, '_starred', True)
        yield starred

    def __reduce__(self):
        return (GenericAlias, (self._origin, self._args))

    def __dir__(self):
        names = set(dir(self._origin))
        names.update(['__origin__', '__args__', '__parameters__',
                      '__unpacked__', '__mro_entries__', '__reduce__'])
        return sorted(names)


GenericAlias.__module__ = 'types'


def _unionable(obj):
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType))
            or hasattr(obj, '__typing_subst__'))


def make_union(left, right):
    """left | right between types, or NotImplemented."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    members = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for part in parts:
            if part is None:
                part = type(None)
            if part not in members:
                members.append(part)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    def __new__(cls, args):
        self = object.__new__(cls)
        object.__setattr__(self, '_args', args)
        return self

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        return _collect_parameters(self._args)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return ' | '.join(['None' if a is type(None) else _type_repr(a)
                           for a in self._args])

    def __or__(self, other):
        return make_union(self, other)

    def __ror__(self, other):
        return make_union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        args = _substitute(repr(self), params, self._args, items)
        result = args[0]
        for arg in args[1:]:
            result = result | arg
        return result

    def __instancecheck__(self, obj):
        for arg in self._args:
            if isinstance(arg, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a '
                                'parameterized generic')
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        for arg in self._args:
            if isinstance(arg, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a '
                                'parameterized generic')
        return issubclass(cls, self._args)


UnionType.__module__ = 'types'
