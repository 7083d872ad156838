"""`bytearray`: W_BytearrayObject holds a resizable RPython list of chars.

The methods that do not mutate come from `BytesMethods` (bytesobject.py)
and read the content through `as_str()`; the mutating ones (item and
slice assignment, append, extend, insert, pop, remove, clear, reverse,
+=) work on the list in place.  A bytearray is unhashable.
"""

from __future__ import absolute_import

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.bytesobject import (BytesMethods, bytes_like_w,
                                      bytes_source, shared_methods,
                                      descr_fromhex, _byte_value,
                                      bytes_repr)
from objspace.std.typeobject import interp_classmethod


class W_BytearrayObject(BytesMethods, W_Root):
    _views = None      # the memoryviews that export it (memoryviewobject)

    def __init__(self, data):
        self._data = data      # a resizable list of chars

    def _check_resizable(self, space):
        if self._views is not None and self._views.exporting():
            raise oefmt(space.w_BufferError, "Existing exports of data: "
                        "object cannot be re-sized")

    def __repr__(self):
        return 'W_BytearrayObject(%r)' % (self.as_str(),)

    def as_str(self):
        return ''.join(self._data)

    def _new(self, s):
        return W_BytearrayObject(list(s))

    def _typename(self):
        return 'bytearray'

    def descr_bytearray_repr(self, space):
        # bytearray(b'...'), with the class name of subclasses
        return space.newtext('%s(%s)' % (space.type(self).name,
                                         bytes_repr(self.as_str())))

    def descr_init(self, space, w_source=None, w_encoding=None,
                   w_errors=None):
        self._data = list(bytes_source(space, w_source, w_encoding,
                                       w_errors, 'bytearray'))

    def _index(self, space, w_index):
        if not space.isinstance_w(w_index, space.w_int) and \
                space.lookup(w_index, '__index__') is None:
            raise oefmt(space.w_TypeError, "bytearray indices must be "
                        "integers or slices, not %T", w_index)
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += len(self._data)
        if index < 0 or index >= len(self._data):
            raise oefmt(space.w_IndexError, "bytearray index out of range")
        return index

    def descr_setitem(self, space, w_index, w_value):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            data = bytes_like_w(space, w_value, allow_dunder=False)
            if data is None:
                if space.isinstance_w(w_value, space.w_int) or \
                        space.isinstance_w(w_value, space.w_str):
                    raise oefmt(space.w_TypeError, "can assign only bytes, "
                                "buffers, or iterables of ints in range(0, "
                                "256)")
                data = bytes_source(space, w_value, None, None, 'bytearray')
            start, stop, step, length = w_index.indices4(space,
                                                         len(self._data))
            if step == 1:
                if stop < start:
                    stop = start
                assert start >= 0 and stop >= 0
                if len(data) != stop - start:
                    self._check_resizable(space)
                self._data = self._data[:start] + list(data) + \
                    self._data[stop:]
                return
            if len(data) != length:
                raise oefmt(space.w_ValueError, "attempt to assign bytes of "
                            "size %d to extended slice of size %d",
                            len(data), length)
            i = start
            for k in range(length):
                self._data[i] = data[k]
                i += step
            return
        index = self._index(space, w_index)
        self._data[index] = chr(_byte_value(space, w_value))

    def descr_delitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices4(space,
                                                         len(self._data))
            if length == 0:
                return
            self._check_resizable(space)
            # keep the items the slice does not select
            doomed = {}
            i = start
            for _ in range(length):
                doomed[i] = None
                i += step
            self._data = [self._data[k] for k in range(len(self._data))
                          if k not in doomed]
            return
        index = self._index(space, w_index)
        self._check_resizable(space)
        del self._data[index]

    def descr_append(self, space, w_item):
        """Append a single item to the end of the bytearray."""
        c = chr(_byte_value(space, w_item))
        self._check_resizable(space)
        self._data.append(c)

    def descr_extend(self, space, w_iterable):
        """Append all the items from the iterator or sequence to the end of
        the bytearray."""
        data = bytes_like_w(space, w_iterable, allow_dunder=False)
        if data is None:
            if space.isinstance_w(w_iterable, space.w_str):
                raise oefmt(space.w_TypeError, "'str' object cannot be "
                            "interpreted as an integer")
            if space.lookup(w_iterable, '__iter__') is None:
                raise oefmt(space.w_TypeError,
                            "can't extend bytearray with %T", w_iterable)
            data = bytes_source(space, w_iterable, None, None, 'bytearray')
        if data:
            self._check_resizable(space)
        self._data.extend(list(data))

    def descr_iadd(self, space, w_other):
        data = bytes_like_w(space, w_other, allow_dunder=False)
        if data is None:
            raise oefmt(space.w_TypeError, "can't concat %T to bytearray",
                        w_other)
        if data:
            self._check_resizable(space)
        self._data.extend(list(data))
        return self

    def descr_imul(self, space, w_times):
        from objspace.std.sequtil import repeat_count
        times = repeat_count(space, w_times)
        if times < 0:
            return space.w_NotImplemented
        if times and len(self._data) > (1 << 40) // times:
            raise oefmt(space.w_MemoryError, "repeated bytes are too long")
        if times != 1 and self._data:
            self._check_resizable(space)
        self._data = self._data * times
        return self

    def descr_alloc(self, space):
        """B.__alloc__() -> int

Return the number of bytes actually allocated."""
        return space.newint(self._alloc_size())

    def _alloc_size(self):
        # CPython's figure: the content and its trailing NUL
        if not self._data:
            return 0
        return len(self._data) + 1

    def descr_sizeof(self, space):
        """Returns the size of the bytearray object in memory, in
        bytes."""
        return space.newint(56 + self._alloc_size())

    def descr_insert(self, space, w_index, w_item):
        """Insert a single item into the bytearray before the given
        index."""
        index = space.getindex_w(w_index, None)
        n = len(self._data)
        if index < 0:
            index += n
            if index < 0:
                index = 0
        if index > n:
            index = n
        c = chr(_byte_value(space, w_item))
        self._check_resizable(space)
        self._data.insert(index, c)

    def descr_pop(self, space, w_index=None):
        """Remove and return a single item from B (the last by default)."""
        if not self._data:
            raise oefmt(space.w_IndexError, "pop from empty bytearray")
        n = len(self._data)
        index = n - 1
        if w_index is not None:
            index = space.getindex_w(w_index, space.w_IndexError)
            if index < 0:
                index += n
            if index < 0 or index >= n:
                raise oefmt(space.w_IndexError, "pop index out of range")
        self._check_resizable(space)
        return space.newint(ord(self._data.pop(index)))

    def descr_remove(self, space, w_value):
        """Remove the first occurrence of a value in the bytearray."""
        c = chr(_byte_value(space, w_value))
        for i in range(len(self._data)):
            if self._data[i] == c:
                self._check_resizable(space)
                del self._data[i]
                return
        raise oefmt(space.w_ValueError, "value not found in bytearray")

    def descr_clear(self, space):
        """Remove all items from the bytearray."""
        if self._data:
            self._check_resizable(space)
        self._data = []

    def descr_copy(self, space):
        """Return a copy of B."""
        return W_BytearrayObject(self._data[:])

    def descr_reverse(self, space):
        """Reverse the order of the values in B in place."""
        self._data.reverse()


def descr_new_bytearray(space, w_type, __args__):
    # the content is set by __init__
    if w_type is space.gettypeobject(W_BytearrayObject.typedef):
        return W_BytearrayObject([])
    w_obj = space.allocate_instance(W_BytearrayObject, w_type)
    W_BytearrayObject.__init__(w_obj, [])
    return w_obj


_MUTATING_METHODS = ['append', 'extend', 'insert', 'pop', 'remove', 'clear',
                     'copy', 'reverse']


def _methods():
    methods = shared_methods(W_BytearrayObject)
    del methods['__repr__']     # bytearray(b'...')
    for name in _MUTATING_METHODS:
        methods[name] = interp2app(getattr(W_BytearrayObject,
                                           'descr_' + name))
    return methods


W_BytearrayObject.typedef = TypeDef(
    'bytearray',
    doc="bytearray(iterable_of_ints) -> bytearray",
    __new__=interp2app(descr_new_bytearray, app_name='__new__'),
    __init__=interp2app(W_BytearrayObject.descr_init),
    __setitem__=interp2app(W_BytearrayObject.descr_setitem),
    __delitem__=interp2app(W_BytearrayObject.descr_delitem),
    __iadd__=interp2app(W_BytearrayObject.descr_iadd),
    __imul__=interp2app(W_BytearrayObject.descr_imul),
    __alloc__=interp2app(W_BytearrayObject.descr_alloc),
    __sizeof__=interp2app(W_BytearrayObject.descr_sizeof),
    __repr__=interp2app(W_BytearrayObject.descr_bytearray_repr,
                        app_name='__repr__'),
    __hash__=None,
    fromhex=interp_classmethod(interp2app(descr_fromhex,
                                          app_name='fromhex')),
    **_methods()
)
