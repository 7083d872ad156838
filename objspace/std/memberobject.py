"""The descriptors that a user class puts in its dict for the layout of
its instances: `member_descriptor` (W_MemberDescr, one per name in
`__slots__`, reading the instance's `slots_w` at a fixed index) and the
`__dict__` and `__weakref__` attributes (W_InstanceDictDescr, a
getset_descriptor as in CPython).

Both check that the instance is an instance of the class that defined
them before touching its storage: only then is it one of the generated
user subclasses of objspace/std/instanceobject.py.
"""

from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_MemberDescr(W_Root):
    """A `__slots__` member: the value lives at `index` in slots_w."""
    _immutable_fields_ = ['name', 'index', 'w_owner']

    def __init__(self, name, index, w_owner):
        self.name = name
        self.index = index
        self.w_owner = w_owner

    def _check(self, space, w_obj):
        if not space.type(w_obj).issubtype(self.w_owner):
            raise oefmt(space.w_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to "
                        "a '%T' object", self.name, self.w_owner.name, w_obj)

    def descr_get(self, space, w_obj, w_type=None):
        if space.is_none(w_obj):
            return self
        self._check(space, w_obj)
        w_value = w_obj.user_getslot(self.index)
        if w_value is None:
            raise oefmt(space.w_AttributeError,
                        "'%T' object has no attribute '%s'", w_obj,
                        self.name)
        return w_value

    def descr_set(self, space, w_obj, w_value):
        self._check(space, w_obj)
        w_obj.user_setslot(self.index, w_value)

    def descr_delete(self, space, w_obj):
        self._check(space, w_obj)
        if w_obj.user_getslot(self.index) is None:
            # CPython's message is the bare name here
            raise oefmt(space.w_AttributeError, "%s", self.name)
        w_obj.user_setslot(self.index, None)

    def descr_repr(self, space):
        return space.newtext("<member '%s' of '%s' objects>" % (
            self.name, self.w_owner.name))

    def descr_get_name(self, space):
        return space.newtext(self.name)

    def descr_get_qualname(self, space):
        return space.newtext('%s.%s' % (self.w_owner.qualname, self.name))

    def descr_get_objclass(self, space):
        return self.w_owner


W_MemberDescr.typedef = TypeDef(
    'member_descriptor',
    __get__=interp2app(W_MemberDescr.descr_get),
    __set__=interp2app(W_MemberDescr.descr_set),
    __delete__=interp2app(W_MemberDescr.descr_delete),
    __repr__=interp2app(W_MemberDescr.descr_repr),
    __name__=GetSetProperty(W_MemberDescr.descr_get_name),
    __qualname__=GetSetProperty(W_MemberDescr.descr_get_qualname),
    __objclass__=GetSetProperty(W_MemberDescr.descr_get_objclass),
    acceptable_as_base=False,
)


class W_InstanceDictDescr(W_Root):
    """`__dict__` (is_weakref False) or `__weakref__` of the instances of
    a user class."""
    _immutable_fields_ = ['is_weakref', 'w_owner']

    def __init__(self, is_weakref, w_owner):
        self.is_weakref = is_weakref
        self.w_owner = w_owner

    def _name(self):
        if self.is_weakref:
            return '__weakref__'
        return '__dict__'

    def _check(self, space, w_obj):
        if not space.type(w_obj).issubtype(self.w_owner):
            raise oefmt(space.w_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to "
                        "a '%T' object", self._name(), self.w_owner.name,
                        w_obj)

    def descr_get(self, space, w_obj, w_type=None):
        if space.is_none(w_obj):
            return self
        self._check(space, w_obj)
        if self.is_weakref:
            from objspace.std.weakrefobject import first_weakref
            return first_weakref(space, w_obj)
        w_dict = w_obj.getdict(space)
        if w_dict is None:
            raise oefmt(space.w_AttributeError,
                        "'%T' object has no attribute '__dict__'", w_obj)
        return w_dict

    def descr_set(self, space, w_obj, w_value):
        self._check(space, w_obj)
        if self.is_weakref:
            raise oefmt(space.w_AttributeError,
                        "attribute '__weakref__' of '%s' objects is not "
                        "writable", self.w_owner.name)
        w_obj.setdict(space, w_value)

    def descr_delete(self, space, w_obj):
        self._check(space, w_obj)
        if self.is_weakref:
            raise oefmt(space.w_AttributeError,
                        "attribute '__weakref__' of '%s' objects is not "
                        "writable", self.w_owner.name)
        w_obj.setdict(space, space.newdict())

    def descr_repr(self, space):
        return space.newtext("<attribute '%s' of '%s' objects>" % (
            self._name(), self.w_owner.name))

    def descr_get_name(self, space):
        return space.newtext(self._name())

    def descr_get_objclass(self, space):
        return self.w_owner


W_InstanceDictDescr.typedef = TypeDef(
    'getset_descriptor',
    __get__=interp2app(W_InstanceDictDescr.descr_get),
    __set__=interp2app(W_InstanceDictDescr.descr_set),
    __delete__=interp2app(W_InstanceDictDescr.descr_delete),
    __repr__=interp2app(W_InstanceDictDescr.descr_repr),
    __name__=GetSetProperty(W_InstanceDictDescr.descr_get_name),
    __objclass__=GetSetProperty(W_InstanceDictDescr.descr_get_objclass),
    acceptable_as_base=False,
)
