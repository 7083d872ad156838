"""`tuple`: W_TupleObject holds an RPython list of wrapped items that is
never mutated after creation."""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.genericalias import class_getitem_entry
from rpython.rlib.rarithmetic import r_uint, intmask

from objspace.std.sequtil import (sequence_repr, sequence_slice,
                                  repeat_count, sequence_repeat,
                                  normalize_index, sequence_compare,
                                  sequence_contains)


class W_TupleObject(W_Root):
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def __repr__(self):
        return 'W_TupleObject(%r)' % (self.items_w,)

    def descr_repr(self, space):
        if len(self.items_w) == 1:
            return space.newtext('(%s,)' % space.text_w(
                space.repr(self.items_w[0])))
        return space.newtext(sequence_repr(space, self, self.items_w,
                                           '(', ')'))

    def descr_len(self, space):
        return space.newint(len(self.items_w))

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return W_TupleObject(sequence_slice(space, self.items_w, w_index))
        return self.items_w[normalize_index(space, self.items_w, w_index,
                                            'tuple')]

    def descr_iter(self, space):
        from objspace.std.iterobject import W_FastTupleIterObject
        return W_FastTupleIterObject(self)

    def descr_mul(self, space, w_times):
        times = repeat_count(space, w_times)
        if times < 0:
            return space.w_NotImplemented
        return W_TupleObject(sequence_repeat(space, self.items_w, times))

    def descr_contains(self, space, w_item):
        return space.newbool(sequence_contains(space, self.items_w, w_item))

    def descr_add(self, space, w_other):
        from objspace.std.proxyobject import real_instance
        w_tuple = real_instance(space, w_other, W_TupleObject)
        if w_tuple is None:
            raise oefmt(space.w_TypeError,
                        'can only concatenate tuple (not "%T") to tuple',
                        w_other)
        return W_TupleObject(self.items_w + w_tuple.items_w)

    def descr_count(self, space, w_item):
        """Return number of occurrences of value."""
        count = 0
        for w_x in self.items_w:
            if space.eq_w(w_x, w_item):
                count += 1
        return space.newint(count)

    def descr_index(self, space, w_item, w_start=None, w_stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        from objspace.std.listobject import slice_bounds
        start, stop = slice_bounds(space, len(self.items_w), w_start,
                                   w_stop)
        i = start
        while i < stop and i < len(self.items_w):
            if space.eq_w(self.items_w[i], w_item):
                return space.newint(i)
            i += 1
        raise oefmt(space.w_ValueError, "tuple.index(x): x not in tuple")

    def descr_hash(self, space):
        # the xxHash-based combination CPython uses, on our own constants
        acc = r_uint(0x27D4EB2F165667C5)
        for w_item in self.items_w:
            lane = r_uint(space.int_w(space.hash(w_item)))
            acc += lane * r_uint(0x4F1BBCDCBFA53E0B)
            acc = (acc << 31) | (acc >> 33)
            acc *= r_uint(0x3C6EF372FE94F82B)
        acc += r_uint(len(self.items_w))
        result = intmask(acc)
        if result == -1:
            result = 1546275796
        return space.newint(result)


def _make_compare(op):
    def descr_cmp(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return space.w_NotImplemented
        return sequence_compare(space, self.items_w, w_other.items_w, op)
    descr_cmp.__name__ = 'descr_' + op
    return descr_cmp


for _op in ['lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    setattr(W_TupleObject, 'descr_' + _op, _make_compare(_op))


def descr_new_tuple(space, w_type, w_iterable=None):
    if w_type is space.w_tuple:
        if w_iterable is None:
            return space.newtuple([])
        if isinstance(w_iterable, W_TupleObject) and \
                space.type(w_iterable) is space.w_tuple:
            return w_iterable
        return space.newtuple(space.listview(w_iterable))
    # a subclass of tuple
    if w_iterable is None:
        items_w = []
    else:
        items_w = space.listview(w_iterable)
    w_obj = space.allocate_instance(W_TupleObject, w_type)
    W_TupleObject.__init__(w_obj, items_w)
    return w_obj


W_TupleObject.typedef = TypeDef(
    'tuple',
    __new__=interp2app(descr_new_tuple, app_name='__new__'),
    __class_getitem__=class_getitem_entry(),
    __repr__=interp2app(W_TupleObject.descr_repr),
    __len__=interp2app(W_TupleObject.descr_len),
    __getitem__=interp2app(W_TupleObject.descr_getitem),
    __iter__=interp2app(W_TupleObject.descr_iter),
    __contains__=interp2app(W_TupleObject.descr_contains),
    __mul__=interp2app(W_TupleObject.descr_mul),
    __rmul__=interp2app(W_TupleObject.descr_mul, app_name='__rmul__'),
    __add__=interp2app(W_TupleObject.descr_add),
    __hash__=interp2app(W_TupleObject.descr_hash),
    __lt__=interp2app(W_TupleObject.descr_lt),
    __le__=interp2app(W_TupleObject.descr_le),
    __eq__=interp2app(W_TupleObject.descr_eq),
    __ne__=interp2app(W_TupleObject.descr_ne),
    __gt__=interp2app(W_TupleObject.descr_gt),
    __ge__=interp2app(W_TupleObject.descr_ge),
    count=interp2app(W_TupleObject.descr_count),
    index=interp2app(W_TupleObject.descr_index),
)
