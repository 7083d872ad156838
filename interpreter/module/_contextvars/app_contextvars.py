"""Context, ContextVar and Token.  A context's values are a dict that is
never changed once made: setting a variable gives the current context a
new dict, so copies made before keep seeing the old values."""

_NO_DEFAULT = object()
_MISSING_MARK = object()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Context:
    __slots__ = ('_values', '_entered', '_previous')

    def __init__(self):
        self._values = {}
        self._entered = False
        self._previous = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError(
            "type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered'
                               % (self,))
        self._entered = True
        self._previous = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._previous
            self._previous = None
            self._entered = False

    def copy(self):
        new = Context()
        new._values = self._values
        return new

    def _check_key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))

    def __getitem__(self, var):
        self._check_key(var)
        return self._values[var]

    def __contains__(self, var):
        self._check_key(var)
        return var in self._values

    def get(self, var, default=None):
        self._check_key(var)
        return self._values.get(var, default)

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values


Context.__module__ = '_contextvars'
_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError(
            "type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d'
                            % len(args))
        try:
            return _current._values[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._values.get(self, _MISSING_MARK)
        values = dict(ctx._values)
        values[self] = value
        ctx._values = values
        if old is _MISSING_MARK:
            old = Token.MISSING
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r'
                            % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar'
                             % (token,))
        ctx = _current
        if token._context is not ctx:
            raise ValueError('%r was created in a different Context'
                             % (token,))
        values = dict(ctx._values)
        if token._old_value is Token.MISSING:
            values.pop(self, None)
        else:
            values[self] = token._old_value
        ctx._values = values
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        text = '<ContextVar name=%r' % (self._name,)
        if self._default is not _NO_DEFAULT:
            text += ' default=%r' % (self._default,)
        return text + ' at 0x%x>' % id(self)


ContextVar.__module__ = '_contextvars'


class Token:
    __slots__ = ('_context', '_var', '_old_value', '_used')

    MISSING = _Missing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, context, var, old_value):
        token = object.__new__(cls)
        token._context = context
        token._var = var
        token._old_value = old_value
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))


Token.__module__ = '_contextvars'
