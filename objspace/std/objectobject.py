"""`object`: the root of every class, and W_ObjectObject, the plain
instance that `object()` makes.

The methods here are the defaults every type inherits: the generic
attribute protocol (implemented in objspace/descroperation.py, exposed
here), identity-based equality and hashing, and the default reprs.
"""


from __future__ import absolute_import
import types

from rpython.rlib.listsort import make_timsort_class

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef, GetSetProperty
from objspace import descroperation
from objspace.std.typeobject import interp_classmethod


StrSort = make_timsort_class()


class W_ObjectObject(W_Root):
    """An instance of `object` itself: no attributes, no dict.  (Instances
    of user classes are of a generated subclass: instanceobject.py.)"""


def _excess_args(__args__):
    return __args__.positional_count() > 0 or __args__.has_keywords()


def descr__new__(space, w_type, __args__):
    """Create and return a new object.  See help(type) for accurate
    signature."""
    from objspace.std.typeobject import W_TypeObject
    if not isinstance(w_type, W_TypeObject):
        raise oefmt(space.w_TypeError,
                    "object.__new__(X): X is not a type object (%T)", w_type)
    if _excess_args(__args__):
        if w_type.lookup('__new__') is not space.w_object_new:
            raise oefmt(space.w_TypeError,
                        "object.__new__() takes exactly one argument (the "
                        "type to instantiate)")
        if w_type.lookup('__init__') is space.w_object_init:
            raise oefmt(space.w_TypeError, "%s() takes no arguments",
                        w_type.name)
    _check_abstract(space, w_type)
    return space.allocate_instance(W_ObjectObject, w_type)


def _check_abstract(space, w_type):
    """Classes with abstract methods (abc) cannot be instantiated."""
    w_abstract = w_type.dict_w.get('__abstractmethods__', None)
    if w_abstract is None or not space.is_true(w_abstract):
        return
    names_w = space.listview(w_abstract)
    names = [space.text_w(w_name) for w_name in names_w]
    StrSort(names).sort()
    plural = 's' if len(names) > 1 else ''
    raise oefmt(space.w_TypeError,
                "Can't instantiate abstract class %s with abstract "
                "method%s %s", w_type.name, plural, ', '.join(names))


def descr__init__(space, w_self, __args__):
    """Initialize self.  See help(type(self)) for accurate signature."""
    if _excess_args(__args__):
        w_type = space.type(w_self)
        if w_type.lookup('__init__') is not space.w_object_init:
            raise oefmt(space.w_TypeError,
                        "object.__init__() takes exactly one argument (the "
                        "instance to initialize)")
        if w_type.lookup('__new__') is space.w_object_new:
            raise oefmt(space.w_TypeError, "%s.__init__() takes exactly one "
                        "argument (the instance to initialize)",
                        w_type.name)


def descr__init_subclass__(space, w_cls, __args__):
    """This method is called when a class is subclassed.

The default implementation does nothing. It may be
overridden to extend subclasses."""
    from objspace.std.typeobject import W_TypeObject
    if isinstance(w_cls, W_TypeObject):
        qualname = w_cls.qualname
    else:
        qualname = space.getname(w_cls)
    if __args__.has_keywords():
        raise oefmt(space.w_TypeError,
                    "%s.__init_subclass__() takes no keyword arguments",
                    qualname)
    if __args__.positional_count():
        raise oefmt(space.w_TypeError,
                    "%s.__init_subclass__() takes no arguments (%d given)",
                    qualname, __args__.positional_count())


def descr__subclasshook__(space, w_cls, __args__):
    """Abstract classes can override this to customize issubclass()."""
    return space.w_NotImplemented


def descr__dir__(space, w_self):
    """Default dir() implementation."""
    from objspace.std.typeobject import W_TypeObject
    names_w = []
    w_dict = space.findattr(w_self, space.newtext('__dict__'))
    if w_dict is not None and space.isinstance_w(w_dict, space.w_dict):
        names_w = space.listview(w_dict)
    seen = {}
    for w_name in names_w:
        if space.isinstance_w(w_name, space.w_str):
            seen[space.text_w(w_name)] = None
    w_class = space.findattr(w_self, space.newtext('__class__'))
    if isinstance(w_class, W_TypeObject):
        for w_base in w_class.mro_w:
            assert isinstance(w_base, W_TypeObject)
            for name in w_base.dict_w.keys():
                if name not in seen:
                    seen[name] = None
                    names_w.append(space.newtext(name))
    return space.newlist(names_w)


def _set___class__(w_self, space, w_newcls):
    from objspace.std.typeobject import W_TypeObject
    if not isinstance(w_newcls, W_TypeObject):
        raise oefmt(space.w_TypeError,
                    "__class__ must be set to a class, not '%T' object",
                    w_newcls)
    w_oldcls = space.type(w_self)
    if not (w_oldcls.uses_mapdict and w_newcls.uses_mapdict):
        raise oefmt(space.w_TypeError,
                    "__class__ assignment only supported for mutable types "
                    "or ModuleType subclasses")
    if w_newcls.layout is not w_oldcls.layout or \
            w_newcls.hasdict != w_oldcls.hasdict:
        raise oefmt(space.w_TypeError,
                    "__class__ assignment: '%s' object layout differs from "
                    "'%s'", w_newcls.name, w_oldcls.name)
    w_self.user_set_class(space, w_newcls)


# GetSetProperty wants an unbound method of the class whose instances it
# applies to: every object here (the setter checks the layouts itself)
descr_set___class__ = types.MethodType(_set___class__, None, W_Root)


def descr__getattribute__(space, w_self, w_name):
    return descroperation.object_getattribute(space, w_self, w_name)


def _check_not_type(space, w_self, what):
    # a class's attributes must go through type.__setattr__, which keeps
    # builtin types immutable and version tags up to date
    from objspace.std.typeobject import W_TypeObject
    if isinstance(w_self, W_TypeObject):
        raise oefmt(space.w_TypeError,
                    "can't apply this %s to %T object", what, w_self)


def descr__setattr__(space, w_self, w_name, w_value):
    """Implement setattr(self, name, value)."""
    _check_not_type(space, w_self, '__setattr__')
    descroperation.object_setattr(space, w_self, w_name, w_value)


def descr__delattr__(space, w_self, w_name):
    """Implement delattr(self, name)."""
    _check_not_type(space, w_self, '__delattr__')
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


def _objectreduce(space, name):
    module = space.builtin_modules['_objectreduce']
    return space.getattr(module, space.newtext(name))


@unwrap_spec(protocol=int)
def descr__reduce_ex__(space, w_obj, protocol):
    """Helper for pickle."""
    return space.call_function(_objectreduce(space, 'reduce_ex'), w_obj,
                               space.newint(protocol))


def descr__reduce__(space, w_obj):
    """Helper for pickle."""
    return space.call_function(_objectreduce(space, 'reduce'), w_obj)


def descr__getstate__(space, w_obj):
    """Helper for pickle."""
    return space.call_function(_objectreduce(space, 'getstate'), w_obj)


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
    __init_subclass__=interp_classmethod(interp2app(
        descr__init_subclass__, app_name='__init_subclass__')),
    __subclasshook__=interp_classmethod(interp2app(
        descr__subclasshook__, app_name='__subclasshook__')),
    __dir__=interp2app(descr__dir__, app_name='__dir__'),
    __reduce_ex__=interp2app(descr__reduce_ex__, app_name='__reduce_ex__'),
    __reduce__=interp2app(descr__reduce__, app_name='__reduce__'),
    __getstate__=interp2app(descr__getstate__, app_name='__getstate__'),
    __class__=GetSetProperty(W_Root.descr_get___class__,
                             descr_set___class__),
)
