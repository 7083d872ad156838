"""Where the builtin types meet the app-level GenericAlias and UnionType
(interpreter/module/_genericalias/): `list[int]` calls
`list.__class_getitem__`, `int | str` calls `type.__or__`."""

from __future__ import absolute_import
from interpreter.gateway import interp2app


def _get(space, name):
    module = space.builtin_modules['_genericalias']
    return space.getattr(module, space.newtext(name))


def class_getitem(space, w_cls, w_item):
    """See PEP 585"""
    return space.call_function(_get(space, 'GenericAlias'), w_cls, w_item)


def type_or(space, w_self, w_other):
    """Return self|value."""
    return space.call_function(_get(space, 'make_union'), w_self, w_other)


def type_ror(space, w_self, w_other):
    """Return value|self."""
    return space.call_function(_get(space, 'make_union'), w_other, w_self)


def class_getitem_entry():
    """The `__class_getitem__` entry of a generic builtin type's TypeDef."""
    from objspace.std.typeobject import interp_classmethod
    return interp_classmethod(interp2app(class_getitem,
                                         app_name='__class_getitem__'))
