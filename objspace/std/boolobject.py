"""`bool`: a subclass of int with exactly two instances, space.w_True
and space.w_False (W_BoolObject holds 1 or 0 as a W_IntObject)."""


from __future__ import absolute_import
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.intobject import W_IntObject, W_AbstractIntObject


class W_BoolObject(W_IntObject):
    def descr_repr(self, space):
        return space.newtext('True' if self.intval else 'False')

    def descr_bool(self, space):
        return self

    def descr_and(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            return space.newbool(bool(self.intval) and bool(w_other.intval))
        return W_AbstractIntObject.descr_and(self, space, w_other)

    def descr_or(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            return space.newbool(bool(self.intval) or bool(w_other.intval))
        return W_AbstractIntObject.descr_or(self, space, w_other)

    def descr_xor(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            return space.newbool(bool(self.intval) != bool(w_other.intval))
        return W_AbstractIntObject.descr_xor(self, space, w_other)


def descr_new_bool(space, w_type, w_x=None):
    if w_x is None:
        return space.w_False
    return space.bool(w_x)


W_BoolObject.typedef = TypeDef(
    'bool', W_AbstractIntObject.typedef,
    doc="bool(x) -> bool\n\nReturns True when the argument x is true, False "
        "otherwise.",
    __new__=interp2app(descr_new_bool, app_name='__new__'),
    __repr__=interp2app(W_BoolObject.descr_repr),
    __str__=interp2app(W_BoolObject.descr_repr, app_name='__str__'),
    __and__=interp2app(W_BoolObject.descr_and),
    __rand__=interp2app(W_BoolObject.descr_and, app_name='__rand__'),
    __or__=interp2app(W_BoolObject.descr_or),
    __ror__=interp2app(W_BoolObject.descr_or, app_name='__ror__'),
    __xor__=interp2app(W_BoolObject.descr_xor),
    __rxor__=interp2app(W_BoolObject.descr_xor, app_name='__rxor__'),
    acceptable_as_base=False,
)
