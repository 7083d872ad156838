"""The builtin functions that are thin layers over space operations."""


from __future__ import absolute_import
from interpreter.error import OperationError, oefmt


def repr_(space, w_obj):
    """Return the canonical string representation of the object."""
    return space.repr(w_obj)


def ascii(space, w_obj):
    """Return an ASCII-only representation of an object."""
    text = space.unicode_w(space.repr(w_obj))
    parts = []
    for c in text:
        code = ord(c)
        if code < 0x80:
            parts.append(chr(code))
        elif code <= 0xff:
            parts.append('\\x' + _hex(code, 2))
        elif code <= 0xffff:
            parts.append('\\u' + _hex(code, 4))
        else:
            parts.append('\\U' + _hex(code, 8))
    return space.newtext(''.join(parts))


def _hex(code, ndigits):
    digits = []
    for i in range(ndigits - 1, -1, -1):
        digits.append('0123456789abcdef'[(code >> (4 * i)) & 0xf])
    return ''.join(digits)


def len_(space, w_obj):
    """Return the number of items in a container."""
    return space.len(w_obj)


def hash_(space, w_obj):
    """Return the hash value for the given object."""
    return space.hash(w_obj)


def id_(space, w_obj):
    """Return the identity of an object."""
    return space.id(w_obj)


def abs_(space, w_x):
    """Return the absolute value of the argument."""
    return space.abs(w_x)


def next_(space, w_iterator, w_default=None):
    """Return the next item from the iterator."""
    if space.lookup(w_iterator, '__next__') is None:
        raise oefmt(space.w_TypeError, "'%T' object is not an iterator",
                    w_iterator)
    try:
        return space.next(w_iterator)
    except OperationError as e:
        if w_default is not None and e.match(space, space.w_StopIteration):
            return w_default
        raise


def _is_exact_type(space, w_obj):
    from objspace.std.typeobject import W_TypeObject
    return (isinstance(w_obj, W_TypeObject) and not w_obj._tproxy_ and
            space.type(w_obj) is space.w_type)


def _abstract_bases(space, w_cls):
    """cls.__bases__ if it is a tuple (what makes an object usable as a
    class by isinstance/issubclass without being a type), else None."""
    try:
        w_bases = space.getattr(w_cls, space.newtext('__bases__'))
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return None
    if not space.isinstance_w(w_bases, space.w_tuple):
        return None
    return w_bases


def _abstract_issubclass(space, w_derived, w_cls):
    """Walk __bases__ of a class-like object (depth first)."""
    while True:
        if space.is_w(w_derived, w_cls):
            return True
        w_bases = _abstract_bases(space, w_derived)
        if w_bases is None:
            return False
        bases_w = space.fixedview(w_bases)
        if len(bases_w) == 0:
            return False
        if len(bases_w) == 1:
            w_derived = bases_w[0]
            continue
        for w_base in bases_w:
            if _abstract_issubclass(space, w_base, w_cls):
                return True
        return False


def _recursive_isinstance(space, w_obj, w_cls):
    """isinstance() without __instancecheck__ (type.__instancecheck__)."""
    from objspace.std.typeobject import W_TypeObject
    if isinstance(w_cls, W_TypeObject):
        return space.is_true(w_cls.descr_instancecheck(space, w_obj))
    if _abstract_bases(space, w_cls) is None:
        raise oefmt(space.w_TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, "
                    "or a union")
    w_class = space.findattr(w_obj, space.newtext('__class__'))
    if w_class is None:
        return False
    return _abstract_issubclass(space, w_class, w_cls)


def recursive_issubclass(space, w_sub, w_cls):
    """issubclass() without __subclasscheck__."""
    from objspace.std.typeobject import W_TypeObject
    if (isinstance(w_sub, W_TypeObject) and not w_sub._tproxy_ and
            isinstance(w_cls, W_TypeObject) and not w_cls._tproxy_):
        return w_sub.issubtype(w_cls)
    if _abstract_bases(space, w_sub) is None:
        raise oefmt(space.w_TypeError, "issubclass() arg 1 must be a class")
    if _abstract_bases(space, w_cls) is None:
        raise oefmt(space.w_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of "
                    "classes, or a union")
    return _abstract_issubclass(space, w_sub, w_cls)


def isinstance_w(space, w_obj, w_cls):
    """isinstance() as the language defines it: exact types directly,
    tuples item by item, otherwise the metaclass's __instancecheck__."""
    if space.type(w_obj) is w_cls:
        return True
    if _is_exact_type(space, w_cls):
        return _recursive_isinstance(space, w_obj, w_cls)
    if space.isinstance_w(w_cls, space.w_tuple):
        for w_item in space.fixedview(w_cls):
            if isinstance_w(space, w_obj, w_item):
                return True
        return False
    w_check = space.lookup(w_cls, '__instancecheck__')
    if w_check is not None:
        return space.is_true(
            space.get_and_call_function(w_check, w_cls, w_obj))
    return _recursive_isinstance(space, w_obj, w_cls)


def issubclass_w(space, w_sub, w_cls):
    """issubclass() as the language defines it (see isinstance_w)."""
    if _is_exact_type(space, w_cls) and _is_exact_type(space, w_sub):
        return recursive_issubclass(space, w_sub, w_cls)
    if space.isinstance_w(w_cls, space.w_tuple):
        for w_item in space.fixedview(w_cls):
            if issubclass_w(space, w_sub, w_item):
                return True
        return False
    w_check = space.lookup(w_cls, '__subclasscheck__')
    if w_check is not None:
        return space.is_true(
            space.get_and_call_function(w_check, w_cls, w_sub))
    return recursive_issubclass(space, w_sub, w_cls)


def isinstance_(space, w_obj, w_cls):
    """Return whether an object is an instance of a class or of a subclass
    thereof."""
    return space.newbool(isinstance_w(space, w_obj, w_cls))


def issubclass_(space, w_sub, w_cls):
    """Return whether 'cls' is derived from another class or is the same
    class."""
    return space.newbool(issubclass_w(space, w_sub, w_cls))


def callable_(space, w_obj):
    """Return whether the object is callable."""
    return space.newbool(space.lookup(w_obj, '__call__') is not None)


def _check_name(space, w_name):
    if not space.isinstance_w(w_name, space.w_str):
        raise oefmt(space.w_TypeError,
                    "attribute name must be string, not '%T'", w_name)


def getattr_(space, w_obj, w_name, w_default=None):
    """getattr(object, name[, default]) -> value"""
    _check_name(space, w_name)
    try:
        return space.getattr(w_obj, w_name)
    except OperationError as e:
        if w_default is not None and e.match(space, space.w_AttributeError):
            return w_default
        raise


def setattr_(space, w_obj, w_name, w_value):
    """Sets the named attribute on the given object to the specified
    value."""
    _check_name(space, w_name)
    space.setattr(w_obj, w_name, w_value)


def delattr_(space, w_obj, w_name):
    """Deletes the named attribute from the given object."""
    _check_name(space, w_name)
    space.delattr(w_obj, w_name)


def hasattr_(space, w_obj, w_name):
    """Return whether the object has an attribute with the given name."""
    _check_name(space, w_name)
    return space.newbool(space.findattr(w_obj, w_name) is not None)


def chr_(space, w_i):
    """Return a Unicode string of one character with ordinal i."""
    code = space.int_w(w_i)
    if not 0 <= code <= 0x10ffff:
        raise oefmt(space.w_ValueError, "chr() arg not in range(0x110000)")
    return space.newunicode(unichr(code))


def ord_(space, w_c):
    """Return the Unicode code point for a one-character string."""
    if space.isinstance_w(w_c, space.w_str):
        u = space.unicode_w(w_c)
        if len(u) != 1:
            raise oefmt(space.w_TypeError,
                        "ord() expected a character, but string of length "
                        "%d found", len(u))
        return space.newint(ord(u[0]))
    if space.isinstance_w(w_c, space.w_bytes):
        s = space.bytes_w(w_c)
        if len(s) != 1:
            raise oefmt(space.w_TypeError,
                        "ord() expected a character, but string of length "
                        "%d found", len(s))
        return space.newint(ord(s[0]))
    raise oefmt(space.w_TypeError,
                "ord() expected string of length 1, but %T found", w_c)


def divmod_(space, w_x, w_y):
    """Return the tuple (x//y, x%y)."""
    return space.divmod(w_x, w_y)


def _is_real_number(space, w_x):
    return (space.isinstance_w(w_x, space.w_int) or
            space.isinstance_w(w_x, space.w_float))


def pow_(space, w_base, w_exp, w_mod=None):
    """Equivalent to base**exp with 2 arguments or base**exp % mod with 3
    arguments."""
    if w_mod is None or space.is_none(w_mod):
        return space.pow(w_base, w_exp)
    w_descr = space.lookup(w_base, '__pow__')
    if w_descr is not None:
        w_res = space.get_and_call_function(w_descr, w_base, w_exp, w_mod)
        if w_res is not space.w_NotImplemented:
            return w_res
    # as CPython's ternary slot of float, tried after the base's: a float
    # exponent or modulo with numbers is refused with this message
    if ((space.isinstance_w(w_exp, space.w_float) or
            space.isinstance_w(w_mod, space.w_float)) and
            _is_real_number(space, w_base) and _is_real_number(space, w_exp)):
        from objspace.std.floatobject import raise_pow_modulo_error
        raise_pow_modulo_error(space)
    raise oefmt(space.w_TypeError,
                "unsupported operand type(s) for ** or pow(): '%T', '%T', "
                "'%T'", w_base, w_exp, w_mod)


def format_(space, w_value, w_spec=None):
    """Return value.__format__(format_spec)."""
    if w_spec is None:
        w_spec = space.newtext('')
    return space.format(w_value, w_spec)


def globals_(space):
    """Return the dictionary containing the current scope's global
    variables."""
    frame = space.getexecutioncontext().gettopframe()
    if frame is None:
        return space.newdict()
    return frame.w_globals


def locals_(space):
    """Return a dictionary containing the current scope's local
    variables."""
    frame = space.getexecutioncontext().gettopframe()
    if frame is None:
        return space.newdict()
    return frame.getdictscope()
