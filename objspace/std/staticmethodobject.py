"""`staticmethod`: W_StaticMethod wraps a callable that `__get__` returns
unchanged, whether read from the class or from an instance.

As in CPython 3.10+, a staticmethod is itself callable and copies the
wrapped function's `__module__`, `__name__`, `__qualname__` and `__doc__`
into its own `__dict__` (so it looks like the function), and exposes it
as `__func__` and `__wrapped__`.
"""

from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty

# the attributes that functools.wraps would copy
WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__']


def copy_wrapper_attributes(space, w_wrapper, w_func):
    """Copy what functools.wraps copies from w_func into w_wrapper's
    dict, and set __wrapped__."""
    w_dict = w_wrapper.getdict(space)
    assert w_dict is not None
    for name in WRAPPER_ASSIGNMENTS:
        w_value = space.findattr(w_func, space.newtext(name))
        if w_value is not None:
            space.setitem(w_dict, space.newtext(name), w_value)
    space.setitem(w_dict, space.newtext('__wrapped__'), w_func)


class W_StaticMethod(W_Root):
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
                        "uninitialized staticmethod object")
        return self.w_function

    def descr_init(self, space, w_function):
        self.w_function = w_function
        copy_wrapper_attributes(space, self, w_function)

    def descr_get(self, space, w_obj, w_type=None):
        return self._function(space)

    def descr_call(self, space, __args__):
        return space.call_args(self._function(space), __args__)

    def descr_repr(self, space):
        return space.newtext('<staticmethod(%s)>' % space.text_w(
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


def descr_new_staticmethod(space, w_subtype, __args__):
    w_obj = space.allocate_instance(W_StaticMethod, w_subtype)
    W_StaticMethod.__init__(w_obj)
    return w_obj


W_StaticMethod.typedef = TypeDef(
    'staticmethod',
    doc="staticmethod(function) -> method\n\n"
        "Convert a function to be a static method.",
    __new__=interp2app(descr_new_staticmethod, app_name='__new__'),
    __init__=interp2app(W_StaticMethod.descr_init),
    __get__=interp2app(W_StaticMethod.descr_get),
    __call__=interp2app(W_StaticMethod.descr_call),
    __repr__=interp2app(W_StaticMethod.descr_repr),
    __func__=GetSetProperty(W_StaticMethod.descr_get_func),
    __isabstractmethod__=GetSetProperty(
        W_StaticMethod.descr_get_isabstractmethod),
    __dict__=GetSetProperty(W_StaticMethod.descr_get_dict,
                            W_StaticMethod.descr_set_dict),
)
