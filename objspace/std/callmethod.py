"""Shortcuts of the attribute opcodes (LOAD_ATTR, STORE_ATTR, LOAD_METHOD)
for the common case: an instance whose type keeps `object`'s
`__getattribute__`/`__setattr__`.

`space.getattr` always works, but it looks up `__getattribute__`, turns
the name into an interp-level string again, checks the descriptor
protocol through three more type lookups and binds methods into a new
`W_Method`.  The opcodes know the interp-level name (`pycode.co_names`),
and most attribute reads find either an instance attribute in a map
(objspace/std/mapdict.py) or a plain function on the type.  Every
function here handles the case it recognises and hands anything else
(transparent proxies, `__getattribute__`/`__setattr__` overrides,
properties and other descriptors, `__getattr__`, missing attributes) to
the general path, which gives the same result.
"""

from __future__ import absolute_import

from interpreter.function import W_Function, W_Method, W_MethodDescr


def _default_getattribute(space, w_obj, w_type):
    """Whether w_obj's attributes are read by object.__getattribute__
    (so the rules below are the language's)."""
    return (not w_obj._tproxy_ and
            w_type.lookup('__getattribute__') is space.w_object_getattribute)


def _is_plain_method(w_descr):
    """A function, or a builtin type's method descriptor: both are
    non-data descriptors (`__get__` only) of builtin types that cannot be
    subclassed or changed, so an instance attribute of the same name
    shadows them and reading them from the instance binds them."""
    return isinstance(w_descr, W_Function) or isinstance(w_descr,
                                                         W_MethodDescr)


def load_attr(space, w_obj, name, w_name):
    """w_obj.name; `w_name` is the same name, wrapped."""
    w_type = space.type(w_obj)
    if w_type.uses_mapdict and _default_getattribute(space, w_obj, w_type):
        w_descr = w_type.lookup(name)
        if w_descr is None or isinstance(w_descr, W_Function):
            # no data descriptor: the instance attribute wins
            w_value = w_obj.mapdict_read(space, name)
            if w_value is not None:
                return w_value
            if w_descr is not None:
                assert isinstance(w_descr, W_Function)
                return W_Method(space, w_descr, w_obj)
    return space.getattr(w_obj, w_name)


def store_attr(space, w_obj, name, w_name, w_value):
    """w_obj.name = w_value."""
    w_type = space.type(w_obj)
    if (w_type.uses_mapdict and w_type.hasdict and not w_obj._tproxy_ and
            w_type.lookup('__setattr__') is space.w_object_setattr and
            w_type.lookup(name) is None):
        # no descriptor on the type can intercept the write: it goes to
        # the instance's map, as object.__setattr__ would put it
        w_obj.mapdict_write(space, name, w_value)
        return
    space.setattr(w_obj, w_name, w_value)


def load_method(space, w_obj, name, w_name):
    """For obj.name(...): (the function, w_obj) when the call may pass
    w_obj as the first argument of a plain method found on the type,
    else (the attribute, None)."""
    w_type = space.type(w_obj)
    if _default_getattribute(space, w_obj, w_type):
        w_descr = w_type.lookup(name)
        if w_descr is not None and _is_plain_method(w_descr):
            if w_type.uses_mapdict:
                w_value = w_obj.mapdict_read(space, name)
                if w_value is not None:
                    return w_value, None
                return w_descr, w_obj
            if w_obj.getdict(space) is None:
                # a builtin type's instance without a __dict__: nothing
                # can shadow the method
                return w_descr, w_obj
    return space.getattr(w_obj, w_name), None
