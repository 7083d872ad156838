"""`list`: W_ListObject holds an RPython list of wrapped items.

(Storage strategies, e.g. unboxed ints, come later in liststrategy.py;
the app-level behaviour will not change.)

Methods that compare items (index, count, remove, sort, `in`) call back
into app-level code, which may mutate the list: they re-read
`self.items_w` and its length after every comparison."""


from __future__ import absolute_import
from rpython.rlib.listsort import make_timsort_class

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.genericalias import class_getitem_entry
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
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            self.setslice(space, w_index, w_value)
            return
        index = normalize_index(space, self.items_w, w_index, 'list',
                                'list assignment index out of range')
        self.items_w[index] = w_value

    def setslice(self, space, w_slice, w_value):
        if space.lookup(w_value, '__iter__') is None and \
                space.lookup(w_value, '__getitem__') is None:
            raise oefmt(space.w_TypeError, "can only assign an iterable")
        # a copy: w_value may be this list itself
        values_w = space.listview(w_value)
        start, stop, step, length = w_slice.indices4(space,
                                                     len(self.items_w))
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= 0
            if len(values_w) == stop - start:
                # as many items as replaced (perm[:k] = perm[k-1::-1]):
                # in place, no new storage
                for i in range(len(values_w)):
                    self.items_w[start + i] = values_w[i]
                return
            self.items_w = (self.items_w[:start] + values_w +
                            self.items_w[stop:])
            return
        if len(values_w) != length:
            raise oefmt(space.w_ValueError,
                        "attempt to assign sequence of size %d to extended "
                        "slice of size %d", len(values_w), length)
        index = start
        for w_item in values_w:
            self.items_w[index] = w_item
            index += step

    def descr_delitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices4(space,
                                                         len(self.items_w))
            if length == 0:
                return
            if step < 0:
                # the same items, walked upwards
                start = start + step * (length - 1)
                step = -step
            assert start >= 0
            if step == 1:
                end = start + length
                assert end >= 0
                del self.items_w[start:end]
                return
            kept_w = self.items_w[:start]
            for i in range(start, len(self.items_w)):
                if (i - start) % step != 0 or i >= start + step * length:
                    kept_w.append(self.items_w[i])
            self.items_w = kept_w
            return
        index = normalize_index(space, self.items_w, w_index, 'list',
                                'list assignment index out of range')
        del self.items_w[index]

    def descr_iter(self, space):
        from objspace.std.iterobject import W_FastListIterObject
        return W_FastListIterObject(self)

    def descr_mul(self, space, w_times):
        times = repeat_count(space, w_times)
        if times < 0:
            return space.w_NotImplemented
        return W_ListObject(sequence_repeat(space, self.items_w, times))

    def descr_imul(self, space, w_times):
        times = repeat_count(space, w_times)
        if times < 0:
            return space.w_NotImplemented
        self.items_w = sequence_repeat(space, self.items_w, times)
        return self

    def descr_contains(self, space, w_item):
        return space.newbool(sequence_contains(space, self.items_w, w_item))

    def descr_reversed(self, space):
        """Return a reverse iterator over the list."""
        from objspace.std.iterobject import W_ReverseListIterObject
        return W_ReverseListIterObject(self, len(self.items_w) - 1)

    def find(self, space, w_item, start, stop):
        """The first index in [start, stop) holding an item equal to
        w_item, or -1."""
        i = start
        while i < stop and i < len(self.items_w):
            if space.eq_w(self.items_w[i], w_item):
                return i
            i += 1
        return -1

    def descr_index(self, space, w_item, w_start=None, w_stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        start, stop = slice_bounds(space, len(self.items_w), w_start,
                                   w_stop)
        index = self.find(space, w_item, start, stop)
        if index < 0:
            raise oefmt(space.w_ValueError, "%R is not in list", w_item)
        return space.newint(index)

    def descr_count(self, space, w_item):
        """Return number of occurrences of value."""
        count = 0
        i = 0
        while i < len(self.items_w):
            if space.eq_w(self.items_w[i], w_item):
                count += 1
            i += 1
        return space.newint(count)

    def descr_remove(self, space, w_item):
        """Remove first occurrence of value.

Raises ValueError if the value is not present."""
        index = self.find(space, w_item, 0, len(self.items_w))
        if index < 0:
            raise oefmt(space.w_ValueError, "list.remove(x): x not in list")
        if index < len(self.items_w):
            del self.items_w[index]

    def descr_reverse(self, space):
        """Reverse *IN PLACE*."""
        self.items_w.reverse()

    def descr_clear(self, space):
        """Remove all items from list."""
        self.items_w = []

    def descr_copy(self, space):
        """Return a shallow copy of the list."""
        return W_ListObject(self.items_w[:])

    def descr_sort(self, space, __args__):
        """Sort the list in ascending order and return None.

The sort is in-place (i.e. the list itself is modified) and stable (i.e.
the order of two equal elements is maintained).

If a key function is given, apply it once to each list item and sort
them, ascending or descending, according to their function values.

The reverse flag can be set to sort in descending order."""
        if __args__.arguments_w:
            raise oefmt(space.w_TypeError,
                        "sort() takes no positional arguments")
        w_key = None
        reverse = False
        for i in range(len(__args__.keywords)):
            kw = __args__.keywords[i]
            if kw == 'key':
                w_key = __args__.keywords_w[i]
            elif kw == 'reverse':
                reverse = space.is_true(__args__.keywords_w[i])
            else:
                raise oefmt(space.w_TypeError,
                            "'%s' is an invalid keyword argument for sort()",
                            kw)
        if w_key is not None and space.is_w(w_key, space.w_None):
            w_key = None
        # as CPython: the list looks empty while it is sorted, and any
        # change made meanwhile (by a key or __lt__) is detected after
        items_w = self.items_w
        self.items_w = []
        try:
            if reverse:
                # reversing before and after keeps equal items stable
                items_w.reverse()
            if w_key is None:
                sorter = ItemSort(items_w, len(items_w))
                sorter.space = space
                sorter.sort()
            else:
                keyed = [KeyedItem(space.call_function(w_key, w_item),
                                   w_item) for w_item in items_w]
                keysorter = KeyedSort(keyed, len(keyed))
                keysorter.space = space
                keysorter.sort()
                for i in range(len(keyed)):
                    items_w[i] = keyed[i].w_item
            if reverse:
                items_w.reverse()
        finally:
            modified = len(self.items_w) > 0
            self.items_w = items_w
        if modified:
            raise oefmt(space.w_ValueError, "list modified during sort")

    def descr_add(self, space, w_other):
        from objspace.std.proxyobject import real_instance
        w_list = real_instance(space, w_other, W_ListObject)
        if w_list is None:
            raise oefmt(space.w_TypeError,
                        'can only concatenate list (not "%T") to list',
                        w_other)
        return W_ListObject(self.items_w + w_list.items_w)

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


def slice_bounds(space, length, w_start, w_stop):
    """[start, stop) of list.index's optional bounds, clipped as slice
    bounds are."""
    start = 0
    stop = length
    if w_start is not None:
        start = _bound(space, w_start, length)
    if w_stop is not None:
        stop = _bound(space, w_stop, length)
    return start, stop


def _bound(space, w_value, length):
    if not space.isinstance_w(w_value, space.w_int) and \
            space.lookup(w_value, '__index__') is None:
        raise oefmt(space.w_TypeError,
                    "slice indices must be integers or have an __index__ "
                    "method")
    value = space.getindex_w(w_value, None)
    if value < 0:
        value += length
        if value < 0:
            value = 0
    return value


class KeyedItem(object):
    """An item with its sort key, for list.sort(key=...)."""

    def __init__(self, w_key, w_item):
        self.w_key = w_key
        self.w_item = w_item


_ItemTimSort = make_timsort_class()
_KeyedTimSort = make_timsort_class()


class ItemSort(_ItemTimSort):
    space = None

    def lt(self, a, b):
        return self.space.is_true(self.space.lt(a, b))


class KeyedSort(_KeyedTimSort):
    space = None

    def lt(self, a, b):
        return self.space.is_true(self.space.lt(a.w_key, b.w_key))


def descr_new_list(space, w_type, __args__):
    if w_type is space.w_list:
        return W_ListObject([])
    w_obj = space.allocate_instance(W_ListObject, w_type)
    W_ListObject.__init__(w_obj, [])
    return w_obj


W_ListObject.typedef = TypeDef(
    'list',
    __new__=interp2app(descr_new_list, app_name='__new__'),
    __class_getitem__=class_getitem_entry(),
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
    __imul__=interp2app(W_ListObject.descr_imul),
    __reversed__=interp2app(W_ListObject.descr_reversed),
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
    index=interp2app(W_ListObject.descr_index),
    count=interp2app(W_ListObject.descr_count),
    remove=interp2app(W_ListObject.descr_remove),
    reverse=interp2app(W_ListObject.descr_reverse),
    clear=interp2app(W_ListObject.descr_clear),
    copy=interp2app(W_ListObject.descr_copy),
    sort=interp2app(W_ListObject.descr_sort),
)
