"""`object`: the root of every class, and W_ObjectObject, the plain
instance that `object()` makes.

The methods here are the defaults every type inherits: the generic
attribute protocol (implemented in objspace/descroperation.py, exposed
here), identity-based equality and hashing, and the default reprs.
"""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace import descroperation


class W_ObjectObject(W_Root):
    """An instance of `object` itself: no attributes, no dict."""


def descr__new__(space, w_type, __args__):
    from objspace.std.typeobject import W_TypeObject
    if not isinstance(w_type, W_TypeObject):
        raise oefmt(space.w_TypeError,
                    "object.__new__(X): X is not a type object (%T)", w_type)
    if w_type is not space.w_object:
        raise oefmt(space.w_TypeError,
                    "object.__new__(%s) is not safe, use %s.__new__()",
                    w_type.name, w_type.name)
    if __args__.positional_count() or __args__.has_keywords():
        if w_type.lookup('__init__') is space.w_object_init:
            raise oefmt(space.w_TypeError, "%s() takes no arguments",
                        w_type.name)
    return W_ObjectObject()


def descr__init__(space, w_self, __args__):
    if __args__.positional_count() or __args__.has_keywords():
        w_type = space.type(w_self)
        if w_type.lookup('__new__') is space.w_object_new:
            raise oefmt(space.w_TypeError, "%T.__init__() takes exactly one "
                        "argument (the instance to initialize)", w_self)


def descr__getattribute__(space, w_self, w_name):
    return descroperation.object_getattribute(space, w_self, w_name)


def descr__setattr__(space, w_self, w_name, w_value):
    descroperation.object_setattr(space, w_self, w_name, w_value)


def descr__delattr__(space, w_self, w_name):
    descroperation.object_delattr(space, w_self, w_name)


def descr__repr__(space, w_self):
    w_type = space.type(w_self)
    module = w_type.get_module_name(space)
    if module == 'builtins':
        name = w_type.qualname
    else:
        name = '%s.%s' % (module, w_type.qualname)
    return space.newtext('<%s object at 0x%x>' % (name, space.id_int(w_self)))


def descr__str__(space, w_self):
    return space.repr(w_self)


def descr__eq__(space, w_self, w_other):
    if w_self is w_other:
        return space.w_True
    return space.w_NotImplemented


def descr__ne__(space, w_self, w_other):
    # the default != inverts == unless == is not implemented
    w_eq = space.call_special(w_self, '__eq__', w_other)
    if w_eq is None or w_eq is space.w_NotImplemented:
        return space.w_NotImplemented
    return space.newbool(not space.is_true(w_eq))


def descr__hash__(space, w_self):
    return space.newint(space.id_int(w_self) >> 4)


def descr__format__(space, w_self, w_spec):
    if space.len_w(w_spec) > 0:
        raise oefmt(space.w_TypeError,
                    "unsupported format string passed to %T.__format__",
                    w_self)
    return space.str(w_self)


W_ObjectObject.typedef = TypeDef(
    'object',
    doc='The base class of the class hierarchy.',
    __new__=interp2app(descr__new__, app_name='__new__'),
    __init__=interp2app(descr__init__, app_name='__init__'),
    __getattribute__=interp2app(descr__getattribute__,
                                app_name='__getattribute__'),
    __setattr__=interp2app(descr__setattr__, app_name='__setattr__'),
    __delattr__=interp2app(descr__delattr__, app_name='__delattr__'),
    __repr__=interp2app(descr__repr__, app_name='__repr__'),
    __str__=interp2app(descr__str__, app_name='__str__'),
    __eq__=interp2app(descr__eq__, app_name='__eq__'),
    __ne__=interp2app(descr__ne__, app_name='__ne__'),
    __hash__=interp2app(descr__hash__, app_name='__hash__'),
    __format__=interp2app(descr__format__, app_name='__format__'),
    __class__=GetSetProperty(W_Root.descr_get___class__),
)
