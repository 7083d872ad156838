"""Default pickling support of `object` (copy/pickle protocols 0-5).

Protocols 0 and 1 go through copyreg._reduce_ex; protocol 2 and later
build the `copyreg.__newobj__` (or `__newobj_ex__`) tuple from
`__getnewargs_ex__`/`__getnewargs__` and `__getstate__`."""


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def getstate(obj):
    """Helper for pickle."""
    cls = type(obj)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    else:
        if not state:
            state = None
        else:
            state = dict(state)
    names = _slot_names(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _newargs(obj):
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple) or len(result) != 2:
            raise TypeError('__getnewargs_ex__ should return a tuple of '
                            'length 2, not %r' % type(result).__name__)
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by '
                            '__getnewargs_ex__ must be a tuple, not %r'
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by '
                            '__getnewargs_ex__ must be a dict, not %r'
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r'
                            % type(args).__name__)
        return args, None
    return (), None


def _reduce_newobj(obj):
    import copyreg
    cls = type(obj)
    if not hasattr(cls, '__new__') or cls.__new__ is None:
        raise TypeError('cannot pickle %r object' % cls.__name__)
    args, kwargs = _newargs(obj)
    if kwargs:
        func = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    else:
        func = copyreg.__newobj__
        newargs = (cls,) + args
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, newargs, state, listitems, dictitems)


def reduce_ex(obj, protocol):
    """Helper for pickle."""
    reduce = getattr(type(obj), '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _default_reduce(obj, protocol)


def _default_reduce(obj, protocol):
    if protocol >= 2:
        return _reduce_newobj(obj)
    import copyreg
    return copyreg._reduce_ex(obj, protocol)


def reduce(obj):
    """Helper for pickle."""
    return _default_reduce(obj, 0)
