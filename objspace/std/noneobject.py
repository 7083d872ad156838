"""`NoneType`, `NotImplementedType` and `ellipsis`: the singletons."""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef


class W_NoneObject(W_Root):
    def descr_repr(self, space):
        return space.newtext('None')

    def descr_bool(self, space):
        return space.w_False

    def descr_hash(self, space):
        return space.newint(0xFCA86420)


def descr_new_none(space, w_type):
    return space.w_None


W_NoneObject.typedef = TypeDef(
    'NoneType',
    __new__=interp2app(descr_new_none, app_name='__new__'),
    __repr__=interp2app(W_NoneObject.descr_repr),
    __bool__=interp2app(W_NoneObject.descr_bool),
    __hash__=interp2app(W_NoneObject.descr_hash),
    acceptable_as_base=False,
)


class W_NotImplemented(W_Root):
    def descr_repr(self, space):
        return space.newtext('NotImplemented')

    def descr_bool(self, space):
        # a DeprecationWarning in CPython 3.11; true all the same
        return space.w_True


W_NotImplemented.typedef = TypeDef(
    'NotImplementedType',
    __repr__=interp2app(W_NotImplemented.descr_repr),
    __bool__=interp2app(W_NotImplemented.descr_bool),
    acceptable_as_base=False,
)


class W_Ellipsis(W_Root):
    def descr_repr(self, space):
        return space.newtext('Ellipsis')


W_Ellipsis.typedef = TypeDef(
    'ellipsis',
    __repr__=interp2app(W_Ellipsis.descr_repr),
    acceptable_as_base=False,
)

