"""`mappingproxy`: a read-only view of a mapping.

`type.__dict__` returns one whose `w_type` is set: it is a live view of
the type's own attributes (`W_TypeObject.dict_w`, an interp-level dict),
read through a fresh dict each time.  `mappingproxy(mapping)` wraps any
mapping and forwards the read-only operations to it.
"""

from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef


class W_MappingProxyObject(W_Root):
    def __init__(self, w_mapping, w_type=None):
        self.w_mapping = w_mapping     # None when w_type is given
        self.w_type = w_type

    def _mapping(self, space):
        from objspace.std.typeobject import W_TypeObject
        if self.w_type is not None:
            w_type = self.w_type
            assert isinstance(w_type, W_TypeObject)
            return w_type.dict_as_wrapped_dict(space)
        return self.w_mapping

    def descr_getitem(self, space, w_key):
        return space.getitem(self._mapping(space), w_key)

    def descr_contains(self, space, w_key):
        return space.contains(self._mapping(space), w_key)

    def descr_iter(self, space):
        return space.iter(self._mapping(space))

    def descr_len(self, space):
        return space.len(self._mapping(space))

    def descr_get(self, space, w_key, w_default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        if w_default is None:
            w_default = space.w_None
        return space.call_method(self._mapping(space), 'get', w_key,
                                 w_default)

    def descr_keys(self, space):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return space.call_method(self._mapping(space), 'keys')

    def descr_values(self, space):
        """D.values() -> an object providing a view on D's values"""
        return space.call_method(self._mapping(space), 'values')

    def descr_items(self, space):
        """D.items() -> a set-like object providing a view on D's items"""
        return space.call_method(self._mapping(space), 'items')

    def descr_copy(self, space):
        """D.copy() -> a shallow copy of D"""
        if self.w_type is not None:
            return self._mapping(space)
        return space.call_method(self._mapping(space), 'copy')

    def descr_repr(self, space):
        return space.newtext('mappingproxy(%s)' % space.text_w(
            space.repr(self._mapping(space))))

    def descr_str(self, space):
        return space.str(self._mapping(space))

    def descr_eq(self, space, w_other):
        return space.eq(self._mapping(space), w_other)


def descr_new_mappingproxy(space, w_type, w_mapping):
    if space.lookup(w_mapping, '__getitem__') is None or \
            space.isinstance_w(w_mapping, space.w_list) or \
            space.isinstance_w(w_mapping, space.w_tuple):
        raise oefmt(space.w_TypeError,
                    "mappingproxy() argument must be a mapping, not %T",
                    w_mapping)
    return W_MappingProxyObject(w_mapping)


W_MappingProxyObject.typedef = TypeDef(
    'mappingproxy',
    __new__=interp2app(descr_new_mappingproxy, app_name='__new__'),
    __getitem__=interp2app(W_MappingProxyObject.descr_getitem),
    __contains__=interp2app(W_MappingProxyObject.descr_contains),
    __iter__=interp2app(W_MappingProxyObject.descr_iter),
    __len__=interp2app(W_MappingProxyObject.descr_len),
    __repr__=interp2app(W_MappingProxyObject.descr_repr),
    __str__=interp2app(W_MappingProxyObject.descr_str),
    __eq__=interp2app(W_MappingProxyObject.descr_eq),
    get=interp2app(W_MappingProxyObject.descr_get),
    keys=interp2app(W_MappingProxyObject.descr_keys),
    values=interp2app(W_MappingProxyObject.descr_values),
    items=interp2app(W_MappingProxyObject.descr_items),
    copy=interp2app(W_MappingProxyObject.descr_copy),
    acceptable_as_base=False,
)
