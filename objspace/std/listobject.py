"""`list`: W_ListObject holds an RPython list of wrapped items.

(Storage strategies, e.g. unboxed ints, come later in liststrategy.py;
the app-level behaviour will not change.)"""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.sequtil import (sequence_repr, sequence_slice,
                                  repeat_count, sequence_repeat,
                                  normalize_index, sequence_compare,
                                  sequence_contains)


class W_ListObject(W_Root):
    def __init__(self, items_w):
        self.items_w = items_w

    def __repr__(self):
        return 'W_ListObject(%r)' % (self.items_w,)

    def descr_init(self, space, w_iterable=None):
        if w_iterable is None:
            self.items_w = []
        else:
            self.items_w = space.listview(w_iterable)[:]

    def descr_repr(self, space):
        return space.newtext(sequence_repr(space, self, self.items_w,
                                           '[', ']'))

    def descr_len(self, space):
        return space.newint(len(self.items_w))

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return W_ListObject(sequence_slice(space, self.items_w, w_index))
        return self.items_w[normalize_index(space, self.items_w, w_index,
                                            'list')]

    def descr_setitem(self, space, w_index, w_value):
        index = normalize_index(space, self.items_w, w_index, 'list')
        self.items_w[index] = w_value

    def descr_delitem(self, space, w_index):
        index = normalize_index(space, self.items_w, w_index, 'list')
        del self.items_w[index]

    def descr_iter(self, space):
        from objspace.std.iterobject import W_FastListIterObject
        return W_FastListIterObject(self)

    def descr_mul(self, space, w_times):
        times = repeat_count(space, w_times)
        if times < 0:
            return space.w_NotImplemented
        return W_ListObject(sequence_repeat(space, self.items_w, times))

    def descr_contains(self, space, w_item):
        return space.newbool(sequence_contains(space, self.items_w, w_item))

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            raise oefmt(space.w_TypeError,
                        'can only concatenate list (not "%T") to list',
                        w_other)
        return W_ListObject(self.items_w + w_other.items_w)

    def descr_iadd(self, space, w_other):
        self.items_w.extend(space.listview(w_other))
        return self

    def descr_append(self, space, w_item):
        """Append object to the end of the list."""
        self.items_w.append(w_item)

    def descr_extend(self, space, w_iterable):
        """Extend list by appending elements from the iterable."""
        self.items_w.extend(space.listview(w_iterable))

    def descr_pop(self, space, w_index=None):
        """Remove and return item at index (default last)."""
        if not self.items_w:
            raise oefmt(space.w_IndexError, "pop from empty list")
        if w_index is None:
            return self.items_w.pop()
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += len(self.items_w)
        if index < 0 or index >= len(self.items_w):
            raise oefmt(space.w_IndexError, "pop index out of range")
        return self.items_w.pop(index)

    def descr_insert(self, space, w_index, w_item):
        """Insert object before index."""
        index = space.getindex_w(w_index, None)
        length = len(self.items_w)
        if index < 0:
            index = max(index + length, 0)
        index = min(index, length)
        self.items_w.insert(index, w_item)


def _make_compare(op):
    def descr_cmp(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return space.w_NotImplemented
        return sequence_compare(space, self.items_w, w_other.items_w, op)
    descr_cmp.__name__ = 'descr_' + op
    return descr_cmp


for _op in ['lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    setattr(W_ListObject, 'descr_' + _op, _make_compare(_op))


def descr_new_list(space, w_type, __args__):
    if w_type is space.w_list:
        return W_ListObject([])
    w_obj = space.allocate_instance(W_ListObject, w_type)
    W_ListObject.__init__(w_obj, [])
    return w_obj


W_ListObject.typedef = TypeDef(
    'list',
    __new__=interp2app(descr_new_list, app_name='__new__'),
    __init__=interp2app(W_ListObject.descr_init),
    __repr__=interp2app(W_ListObject.descr_repr),
    __len__=interp2app(W_ListObject.descr_len),
    __getitem__=interp2app(W_ListObject.descr_getitem),
    __setitem__=interp2app(W_ListObject.descr_setitem),
    __delitem__=interp2app(W_ListObject.descr_delitem),
    __iter__=interp2app(W_ListObject.descr_iter),
    __contains__=interp2app(W_ListObject.descr_contains),
    __mul__=interp2app(W_ListObject.descr_mul),
    __rmul__=interp2app(W_ListObject.descr_mul, app_name='__rmul__'),
    __add__=interp2app(W_ListObject.descr_add),
    __iadd__=interp2app(W_ListObject.descr_iadd),
    __lt__=interp2app(W_ListObject.descr_lt),
    __le__=interp2app(W_ListObject.descr_le),
    __eq__=interp2app(W_ListObject.descr_eq),
    __ne__=interp2app(W_ListObject.descr_ne),
    __gt__=interp2app(W_ListObject.descr_gt),
    __ge__=interp2app(W_ListObject.descr_ge),
    __hash__=None,
    append=interp2app(W_ListObject.descr_append),
    extend=interp2app(W_ListObject.descr_extend),
    pop=interp2app(W_ListObject.descr_pop),
    insert=interp2app(W_ListObject.descr_insert),
)
