"""`classmethod`: W_ClassMethod wraps a callable that `__get__` binds to
the class (of the instance, when read from an instance).

As in CPython 3.9 to 3.12, when the wrapped object is itself a descriptor
its `__get__(cls, cls)` is used (so classmethods chain with other
descriptors); otherwise the result is a bound method of the class.  Like
staticmethod, it copies the function's `__name__`, `__doc__`, ... into
its `__dict__` and exposes `__func__` and `__wrapped__`.
"""

from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.staticmethodobject import copy_wrapper_attributes


class W_ClassMethod(W_Root):
    def __init__(self, w_function=None):
        self.w_function = w_function
        self.w_dict = None

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def setdict(self, space, w_dict):
        if not space.isinstance_w(w_dict, space.w_dict):
            raise oefmt(space.w_TypeError,
                        "__dict__ must be set to a dictionary, not a '%T'",
                        w_dict)
        self.w_dict = w_dict

    def _function(self, space):
        if self.w_function is None:
            raise oefmt(space.w_RuntimeError,
                        "uninitialized classmethod object")
        return self.w_function

    def descr_init(self, space, w_function):
        self.w_function = w_function
        copy_wrapper_attributes(space, self, w_function)

    def descr_get(self, space, w_obj, w_type=None):
        from interpreter.function import W_Method
        w_function = self._function(space)
        if space.is_none(w_type):
            w_type = space.type(w_obj)
        if space.lookup(w_function, '__get__') is not None:
            return space.get(w_function, w_type, w_type)
        return W_Method(space, w_function, w_type)

    def descr_repr(self, space):
        return space.newtext('<classmethod(%s)>' % space.text_w(
            space.repr(self._function(space))))

    def descr_get_func(self, space):
        return self._function(space)

    def descr_get_isabstractmethod(self, space):
        from objspace.std.propertyobject import is_abstract
        return space.newbool(is_abstract(space, self._function(space)))

    def descr_get_dict(self, space):
        return self.getdict(space)

    def descr_set_dict(self, space, w_dict):
        self.setdict(space, w_dict)


def descr_new_classmethod(space, w_subtype, __args__):
    w_obj = space.allocate_instance(W_ClassMethod, w_subtype)
    W_ClassMethod.__init__(w_obj)
    return w_obj


W_ClassMethod.typedef = TypeDef(
    'classmethod',
    doc="classmethod(function) -> method\n\n"
        "Convert a function to be a class method.",
    __new__=interp2app(descr_new_classmethod, app_name='__new__'),
    __init__=interp2app(W_ClassMethod.descr_init),
    __get__=interp2app(W_ClassMethod.descr_get),
    __repr__=interp2app(W_ClassMethod.descr_repr),
    __func__=GetSetProperty(W_ClassMethod.descr_get_func),
    __isabstractmethod__=GetSetProperty(
        W_ClassMethod.descr_get_isabstractmethod),
    __dict__=GetSetProperty(W_ClassMethod.descr_get_dict,
                            W_ClassMethod.descr_set_dict),
)
