"""The interp-level part of `array`: W_ArrayObject, the array.array type.

An array stores its items as raw bytes in native layout, in a resizable
RPython list of chars (`_data`), like a bytearray: itemsize chars per
item, read and written through objspace/std/nativeformat.py.  That makes
the buffer protocol trivial (a memoryview of an array reads and writes
the same list) at the price of decoding an item on each access.
While an unreleased memoryview exports an array, the array cannot
change size (BufferError), as in CPython.
"""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_ulonglong, intmask

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.genericalias import class_getitem_entry
from objspace.std.instanceobject import register_user_subclassable
from objspace.std.intobject import W_IntObject
from objspace.std.nativeformat import (read_bits, bits_to_chars,
                                       wrap_bits, float_bits, int_bounds,
                                       bigint_bits, FORMATS)
from objspace.std import memoryviewobject

TYPECODES = 'bBuhHiIlLqQfd'

# the names in CPython's messages for out-of-range items
_C_NAMES = {'b': 'signed char', 'B': 'unsigned byte integer',
            'h': 'signed short integer', 'H': 'unsigned short',
            'i': 'signed integer', 'I': 'unsigned int'}
_TOO_LARGE_LONG = "Python int too large to convert to C long"
_TOO_LARGE_ULONG = "Python int too large to convert to C unsigned long"
_NEGATIVE_UINT = "can't convert negative value to unsigned int"


def _format_of(typecode):
    """The nativeformat code of a typecode ('u' is a 4-byte character)."""
    if typecode == 'u':
        return 'w'
    return typecode


class W_ArrayObject(W_Root):
    """An array.array: typecode, and len(_data) // itemsize items."""

    def __init__(self, typecode):
        self.typecode = typecode
        self.format = _format_of(typecode)
        self.itemsize = FORMATS[self.format][0]
        self._data = []          # a resizable list of chars
        self._views = None       # memoryviewobject.ExportList or None

    def length(self):
        return len(self._data) // self.itemsize

    def _chars(self, start, stop):
        """The chars of the items start to stop (0 <= start <= stop)."""
        size = self.itemsize
        assert start >= 0 and stop >= start
        return self._data[start * size:stop * size]

    def _delete(self, start, stop):
        size = self.itemsize
        assert start >= 0 and stop >= start
        del self._data[start * size:stop * size]

    def _check_resizable(self, space):
        if self._views is not None and self._views.exporting():
            raise oefmt(space.w_BufferError,
                        "cannot resize an array that is exporting buffers")

    def _new(self, space, data):
        """A plain array of the same typecode holding data (a list)."""
        w_array = W_ArrayObject(self.typecode)
        w_array._data = data
        return w_array

    # --- items --------------------------------------------------------

    def item_w(self, space, index):
        size = self.itemsize
        bits = read_bits(self._data, index * size, size)
        return wrap_bits(space, self.format, bits)

    def _item_chars(self, space, w_item):
        """The chars that store w_item, with CPython's checks."""
        kind = FORMATS[self.format][1]
        if kind == 'w':
            if not space.isinstance_w(w_item, space.w_str) or \
                    space.len_w(w_item) != 1:
                raise oefmt(space.w_TypeError,
                            "array item must be unicode character")
            code = ord(space.unicode_w(w_item)[0])
            return bits_to_chars(r_ulonglong(code), 4)
        if kind == 'f':
            value = space.float_w(w_item)
            return bits_to_chars(float_bits(value, self.itemsize),
                                 self.itemsize)
        w_int = space.index(w_item)
        if isinstance(w_int, W_IntObject):
            bits = self._small_int_bits(space, w_int.intval)
        else:
            bits = self._big_int_bits(space, space.bigint_w(w_int))
        return bits_to_chars(bits, self.itemsize)

    def _small_int_bits(self, space, value):
        code = self.typecode
        if code in _C_NAMES:
            size, kind = FORMATS[code]
            if kind == 'u':
                low, high = 0, (1 << (8 * size)) - 1
            else:
                low, high = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
            if value < low:
                if code == 'I':
                    raise oefmt(space.w_OverflowError, _NEGATIVE_UINT)
                raise oefmt(space.w_OverflowError, "%s is less than minimum",
                            _C_NAMES[code])
            if value > high:
                raise oefmt(space.w_OverflowError,
                            "%s is greater than maximum", _C_NAMES[code])
        elif value < 0 and code == 'L':
            raise oefmt(space.w_OverflowError, _NEGATIVE_UINT)
        elif value < 0 and code == 'Q':
            raise oefmt(space.w_OverflowError,
                        "can't convert negative int to unsigned")
        return r_ulonglong(value)

    def _big_int_bits(self, space, num):
        """num does not fit a machine int."""
        code = self.typecode
        low, high = int_bounds('Q')
        if num.sign < 0:
            if code == 'I' or code == 'L':
                raise oefmt(space.w_OverflowError, _NEGATIVE_UINT)
            if code == 'Q':
                raise oefmt(space.w_OverflowError,
                            "can't convert negative int to unsigned")
        elif num.le(high):
            if code == 'L' or code == 'Q':
                return bigint_bits(num, 8)
            if code == 'I':
                raise oefmt(space.w_OverflowError,
                            "unsigned int is greater than maximum")
        elif code == 'I' or code == 'L':
            raise oefmt(space.w_OverflowError, _TOO_LARGE_ULONG)
        if code == 'q' or code == 'Q':
            raise oefmt(space.w_OverflowError, "int too big to convert")
        raise oefmt(space.w_OverflowError, _TOO_LARGE_LONG)

    def _index(self, space, w_index, message):
        if not space.isinstance_w(w_index, space.w_int) and \
                space.lookup(w_index, '__index__') is None:
            raise oefmt(space.w_TypeError, "array indices must be integers")
        index = space.getindex_w(w_index, space.w_IndexError)
        length = self.length()
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise oefmt(space.w_IndexError, "%s", message)
        return index

    def _append_w(self, space, w_item):
        self._data.extend(self._item_chars(space, w_item))

    def _items_chars(self, space, items_w):
        """The chars of all items_w, checked before anything changes."""
        chars = []
        for w_item in items_w:
            chars.extend(self._item_chars(space, w_item))
        return chars

    def _same_kind(self, space, w_other, message):
        if not isinstance(w_other, W_ArrayObject):
            raise oefmt(space.w_TypeError, message, w_other)
        if w_other.typecode != self.typecode:
            raise oefmt(space.w_TypeError,
                        "bad argument type for built-in operation")
        return w_other

    # --- app-level methods --------------------------------------------

    def descr_init(self, space, __args__):
        pass        # array.__new__ did everything

    def descr_len(self, space):
        return space.newint(self.length())

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices4(space,
                                                        self.length())
            if step == 1:
                data = self._chars(start, start + count)
            else:
                data = []
                for k in range(count):
                    i = start + k * step
                    data.extend(self._chars(i, i + 1))
            return self._new(space, data)
        index = self._index(space, w_index, "array index out of range")
        return self.item_w(space, index)

    def descr_setitem(self, space, w_index, w_value):
        from objspace.std.sliceobject import W_SliceObject
        size = self.itemsize
        if isinstance(w_index, W_SliceObject):
            w_other = self._same_kind(space, w_value, "can only assign "
                                      "array (not \"%T\") to array slice")
            data = list(w_other._data)
            start, stop, step, count = w_index.indices4(space,
                                                        self.length())
            if step == 1:
                if len(data) != count * size:
                    self._check_resizable(space)
                self._data = self._chars(0, start) + data + \
                    self._chars(start + count, self.length())
                return
            if len(data) != count * size:
                raise oefmt(space.w_ValueError, "attempt to assign array of "
                            "size %d to extended slice of size %d",
                            len(data) // size, count)
            for k in range(count):
                i = (start + k * step) * size
                for j in range(size):
                    self._data[i + j] = data[k * size + j]
            return
        index = self._index(space, w_index,
                            "array assignment index out of range")
        chars = self._item_chars(space, w_value)
        for j in range(size):
            self._data[index * size + j] = chars[j]

    def descr_delitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices4(space,
                                                        self.length())
            if count == 0:
                return
            self._check_resizable(space)
            if step < 0:
                start += (count - 1) * step
                step = -step
            keep = []
            for i in range(self.length()):
                if i < start or (i - start) % step or \
                        i >= start + count * step:
                    keep.extend(self._chars(i, i + 1))
            self._data = keep
            return
        index = self._index(space, w_index,
                            "array assignment index out of range")
        self._check_resizable(space)
        self._delete(index, index + 1)

    def descr_append(self, space, w_item):
        """Append new value x to the end of the array."""
        chars = self._item_chars(space, w_item)
        self._check_resizable(space)
        self._data.extend(chars)

    def descr_extend(self, space, w_iterable):
        """Append items to the end of the array."""
        if isinstance(w_iterable, W_ArrayObject):
            if w_iterable.typecode != self.typecode:
                raise oefmt(space.w_TypeError,
                            "can only extend with array of same kind")
            self._check_resizable(space)
            self._data.extend(list(w_iterable._data))
            return
        self._extend_from_iterable(space, w_iterable)

    def _extend_from_iterable(self, space, w_iterable):
        w_iter = space.iter(w_iterable)
        while True:
            try:
                w_item = space.next(w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                break
            self.descr_append(space, w_item)

    def descr_insert(self, space, w_index, w_item):
        """Insert a new item x into the array before position i."""
        index = space.getindex_w(w_index, None)
        length = self.length()
        if index < 0:
            index = max(index + length, 0)
        index = min(index, length)
        chars = self._item_chars(space, w_item)
        self._check_resizable(space)
        self._data = self._chars(0, index) + chars + \
            self._chars(index, length)

    def descr_pop(self, space, w_index=None):
        """Return the i-th element and delete it from the array."""
        length = self.length()
        index = -1
        if w_index is not None:
            index = space.getindex_w(w_index, space.w_IndexError)
        if length == 0:
            raise oefmt(space.w_IndexError, "pop from empty array")
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise oefmt(space.w_IndexError, "pop index out of range")
        w_item = self.item_w(space, index)
        self._check_resizable(space)
        self._delete(index, index + 1)
        return w_item

    def _find(self, space, w_item, start, stop):
        for i in range(start, min(stop, self.length())):
            if space.eq_w(self.item_w(space, i), w_item):
                return i
        return -1

    def descr_remove(self, space, w_item):
        """Remove the first occurrence of v in the array."""
        index = self._find(space, w_item, 0, self.length())
        if index < 0:
            raise oefmt(space.w_ValueError,
                        "array.remove(x): x not in array")
        self._check_resizable(space)
        self._delete(index, index + 1)

    def descr_index(self, space, w_item, w_start=None, w_stop=None):
        """Return index of first occurrence of v in the array."""
        length = self.length()
        start = 0
        stop = length
        if w_start is not None:
            start = space.getindex_w(w_start, None)
        if w_stop is not None:
            stop = space.getindex_w(w_stop, None)
        if start < 0:
            start = max(start + length, 0)
        if stop < 0:
            stop = max(stop + length, 0)
        index = self._find(space, w_item, start, stop)
        if index < 0:
            raise oefmt(space.w_ValueError,
                        "array.index(x): x not in array")
        return space.newint(index)

    def descr_count(self, space, w_item):
        """Return number of occurrences of v in the array."""
        count = 0
        for i in range(self.length()):
            if space.eq_w(self.item_w(space, i), w_item):
                count += 1
        return space.newint(count)

    def descr_contains(self, space, w_item):
        return space.newbool(self._find(space, w_item, 0,
                                        self.length()) >= 0)

    def descr_reverse(self, space):
        """Reverse the order of the items in the array."""
        data = []
        for i in range(self.length() - 1, -1, -1):
            data.extend(self._chars(i, i + 1))
        self._data = data

    def descr_byteswap(self, space):
        """Byteswap all items of the array."""
        size = self.itemsize
        for i in range(self.length()):
            base = i * size
            for j in range(size // 2):
                a = self._data[base + j]
                self._data[base + j] = self._data[base + size - 1 - j]
                self._data[base + size - 1 - j] = a

    def descr_buffer_info(self, space):
        """Return a tuple (address, length) giving the current memory
        address and the length in items of the buffer used to hold the
        array's contents."""
        return space.newtuple([space.newint(space.id_int(self)),
                               space.newint(self.length())])

    def as_str(self):
        return ''.join(self._data)

    def descr_tobytes(self, space):
        """Convert the array to an array of machine values and return
        the bytes representation."""
        return space.newbytes(self.as_str())

    def descr_frombytes(self, space, w_data):
        """Appends items from the bytes-like object, interpreting it as
        an array of machine values, as if it had been read from a file
        using the fromfile() method."""
        data = memoryviewobject.buffer_bytes_w(space, w_data)
        if data is None:
            raise oefmt(space.w_TypeError,
                        "a bytes-like object is required, not '%T'", w_data)
        self._append_bytes(space, data)

    def _append_bytes(self, space, data):
        if len(data) % self.itemsize:
            raise oefmt(space.w_ValueError,
                        "bytes length not a multiple of item size")
        if data:
            self._check_resizable(space)
            self._data.extend(list(data))

    def descr_tolist(self, space):
        """Convert array to an ordinary list with the same items."""
        return space.newlist([self.item_w(space, i)
                              for i in range(self.length())])

    def descr_fromlist(self, space, w_list):
        """Append items to array from list."""
        if not space.isinstance_w(w_list, space.w_list):
            raise oefmt(space.w_TypeError, "arg must be list")
        chars = self._items_chars(space, space.listview(w_list))
        if chars:
            self._check_resizable(space)
            self._data.extend(chars)

    def descr_tounicode(self, space):
        """Extends this array with data from the unicode string ustr."""
        if self.typecode != 'u':
            raise oefmt(space.w_ValueError, "tounicode() may only be called "
                        "on unicode type arrays")
        return space.newunicode(self._unicode(space))

    def _unicode(self, space):
        chars = [u'\x00'] * self.length()
        for i in range(self.length()):
            chars[i] = _character(space, read_bits(self._data, i * 4, 4))
        return u''.join(chars)

    def descr_fromunicode(self, space, w_text):
        """Extends this array with data from the unicode string ustr."""
        if not space.isinstance_w(w_text, space.w_str):
            raise oefmt(space.w_TypeError, "fromunicode() argument must be "
                        "str, not %T", w_text)
        if self.typecode != 'u':
            raise oefmt(space.w_ValueError, "fromunicode() may only be "
                        "called on unicode type arrays")
        text = space.unicode_w(w_text)
        if text:
            self._check_resizable(space)
        for c in text:
            self._data.extend(bits_to_chars(r_ulonglong(ord(c)), 4))

    def descr_tofile(self, space, w_file):
        """Write all items (as machine values) to the file object f."""
        # in blocks, as CPython does, so that huge arrays need no copy
        block = 64 * 1024
        data = self.as_str()
        for start in range(0, len(data), block):
            stop = min(start + block, len(data))
            assert start >= 0 and stop >= start
            space.call_method(w_file, 'write',
                              space.newbytes(data[start:stop]))

    def descr_fromfile(self, space, w_file, w_n):
        """Read n objects from the file object f and append them to the
        end of the array."""
        n = space.int_w(w_n)
        if n < 0:
            raise oefmt(space.w_ValueError, "negative count")
        nbytes = n * self.itemsize
        w_data = space.call_method(w_file, 'read', space.newint(nbytes))
        if not space.isinstance_w(w_data, space.w_bytes):
            raise oefmt(space.w_TypeError, "read() didn't return bytes")
        data = space.bytes_w(w_data)
        whole = len(data) - len(data) % self.itemsize
        assert whole >= 0
        self._append_bytes(space, data[:whole])
        if len(data) != nbytes:
            raise oefmt(space.w_EOFError,
                        "read() didn't return enough bytes")

    # --- operators ----------------------------------------------------

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_ArrayObject):
            raise oefmt(space.w_TypeError, "can only append array (not "
                        "\"%T\") to array", w_other)
        if w_other.typecode != self.typecode:
            raise oefmt(space.w_TypeError,
                        "bad argument type for built-in operation")
        return self._new(space, self._data + w_other._data)

    def descr_iadd(self, space, w_other):
        if not isinstance(w_other, W_ArrayObject):
            raise oefmt(space.w_TypeError, "can only extend array with "
                        "array (not \"%T\")", w_other)
        self.descr_extend(space, w_other)
        return self

    def _times(self, space, w_times):
        if not space.isinstance_w(w_times, space.w_int) and \
                space.lookup(w_times, '__index__') is None:
            raise oefmt(space.w_TypeError, "can't multiply sequence by "
                        "non-int of type '%T'", w_times)
        times = space.getindex_w(w_times, space.w_OverflowError)
        if times < 0:
            times = 0
        if times > 0 and len(self._data) > (2**62) // times:
            raise OperationError(space.w_MemoryError, space.w_None)
        return times

    def descr_mul(self, space, w_times):
        return self._new(space, self._data * self._times(space, w_times))

    def descr_imul(self, space, w_times):
        times = self._times(space, w_times)
        if times != 1 and self._data:
            self._check_resizable(space)
            self._data = self._data * times
        return self

    def _compare(self, space, w_other, op):
        """Lexicographic comparison, item by item as app-level objects."""
        if not isinstance(w_other, W_ArrayObject):
            return space.w_NotImplemented
        length = self.length()
        other_length = w_other.length()
        if (op == 'eq' or op == 'ne') and length != other_length:
            return space.newbool(op == 'ne')
        i = 0
        while i < length and i < other_length:
            w_a = self.item_w(space, i)
            w_b = w_other.item_w(space, i)
            if not space.eq_w(w_a, w_b):
                if op == 'eq':
                    return space.w_False
                if op == 'ne':
                    return space.w_True
                return _compare_items(space, op, w_a, w_b)
            i += 1
        return space.newbool(_compare_ints(op, length, other_length))

    def descr_eq(self, space, w_other):
        return self._compare(space, w_other, 'eq')

    def descr_ne(self, space, w_other):
        return self._compare(space, w_other, 'ne')

    def descr_lt(self, space, w_other):
        return self._compare(space, w_other, 'lt')

    def descr_le(self, space, w_other):
        return self._compare(space, w_other, 'le')

    def descr_gt(self, space, w_other):
        return self._compare(space, w_other, 'gt')

    def descr_ge(self, space, w_other):
        return self._compare(space, w_other, 'ge')

    def descr_iter(self, space):
        return W_ArrayIterator(self)

    def descr_repr(self, space):
        name = space.type(self).name
        if self.length() == 0:
            return space.newtext("%s('%s')" % (name, self.typecode))
        if self.typecode == 'u':
            w_inner = space.repr(space.newunicode(self._unicode(space)))
        else:
            w_inner = space.repr(self.descr_tolist(space))
        return space.newtext("%s('%s', %s)" % (name, self.typecode,
                                               space.text_w(w_inner)))

    def descr_copy(self, space, w_memo=None):
        """Return a copy of the array."""
        w_copy = space.allocate_instance(W_ArrayObject, space.type(self))
        W_ArrayObject.__init__(w_copy, self.typecode)
        w_copy._data = list(self._data)
        return w_copy

    def descr_sizeof(self, space):
        return space.newint(64 + len(self._data))

    def descr_reduce_ex(self, space, w_protocol):
        """Return state information for pickling."""
        protocol = space.int_w(w_protocol)
        w_dict = space.w_None
        w_d = space.findattr(self, space.newtext('__dict__'))
        if w_d is not None and space.is_true(w_d):
            w_dict = w_d
        w_type = space.type(self)
        if protocol < 3:
            w_args = space.newtuple([space.newtext(self.typecode),
                                     self.descr_tolist(space)])
            return space.newtuple([w_type, w_args, w_dict])
        w_reconstructor = space.builtin_modules['array'].get(
            '_array_reconstructor')
        w_args = space.newtuple([w_type, space.newtext(self.typecode),
                                 space.newint(_MACHINE_CODES[self.typecode]),
                                 space.newbytes(self.as_str())])
        return space.newtuple([w_reconstructor, w_args, w_dict])

    def descr_get_typecode(self, space):
        return space.newtext(self.typecode)

    def descr_get_itemsize(self, space):
        return space.newint(self.itemsize)


def _character(space, bits):
    if bits > 0x10ffff:
        raise oefmt(space.w_ValueError, "character U+%s is not in range "
                    "[U+0000; U+10ffff]", hex(intmask(bits))[2:])
    return unichr(intmask(bits))


def _compare_ints(op, a, b):
    if op == 'eq':
        return a == b
    if op == 'ne':
        return a != b
    if op == 'lt':
        return a < b
    if op == 'le':
        return a <= b
    if op == 'gt':
        return a > b
    return a >= b


def _compare_items(space, op, w_a, w_b):
    if op == 'lt':
        return space.lt(w_a, w_b)
    if op == 'le':
        return space.le(w_a, w_b)
    if op == 'gt':
        return space.gt(w_a, w_b)
    return space.ge(w_a, w_b)


class W_ArrayIterator(W_Root):
    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_array = self.w_array
        if w_array is None or self.index >= w_array.length():
            self.w_array = None
            raise OperationError(space.w_StopIteration, space.w_None)
        w_item = w_array.item_w(space, self.index)
        self.index += 1
        return w_item


W_ArrayIterator.typedef = TypeDef(
    'arrayiterator',
    module='array',
    __iter__=interp2app(W_ArrayIterator.descr_iter),
    __next__=interp2app(W_ArrayIterator.descr_next),
    acceptable_as_base=False,
)


def _typecode_arg(space, w_typecode, function):
    """The typecode char of w_typecode, or '\\x00' if it is not one."""
    if not space.isinstance_w(w_typecode, space.w_str) or \
            space.len_w(w_typecode) != 1:
        raise oefmt(space.w_TypeError, "%s argument 1 must be a unicode "
                    "character, not %T", function, w_typecode)
    text = space.text_w(w_typecode)
    if len(text) != 1 or text[0] not in TYPECODES:
        return '\x00'
    return text[0]


def descr_new_array(space, w_type, w_typecode, w_initializer=None):
    """array(typecode [, initializer]) -> array"""
    typecode = _typecode_arg(space, w_typecode, 'array()')
    if typecode == '\x00':
        raise oefmt(space.w_ValueError, "bad typecode (must be b, B, u, h, "
                    "H, i, I, l, L, q, Q, f or d)")
    w_array = space.allocate_instance(W_ArrayObject, w_type)
    W_ArrayObject.__init__(w_array, typecode)
    if w_initializer is None:
        return w_array
    if space.isinstance_w(w_initializer, space.w_str):
        if typecode != 'u':
            raise oefmt(space.w_TypeError, "cannot use a str to initialize "
                        "an array with typecode '%s'", typecode)
        w_array.descr_fromunicode(space, w_initializer)
    elif isinstance(w_initializer, W_ArrayObject) and \
            w_initializer.typecode == 'u' and typecode != 'u':
        raise oefmt(space.w_TypeError, "cannot use a unicode array to "
                    "initialize an array with typecode '%s'", typecode)
    elif space.isinstance_w(w_initializer, space.w_bytes) or \
            space.isinstance_w(w_initializer, space.w_bytearray):
        w_array.descr_frombytes(space, w_initializer)
    elif space.isinstance_w(w_initializer, space.w_list):
        w_array.descr_fromlist(space, w_initializer)
    else:
        w_array._extend_from_iterable(space, w_initializer)
    return w_array


# typecode -> CPython's machine format code of its native layout
_MACHINE_CODES = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8,
                  'I': 6, 'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14,
                  'd': 16}


# the typecodes of machine integer formats: size * 2 + signed -> typecode
_INT_CODES = {4: 'H', 5: 'h', 8: 'I', 9: 'i', 16: 'Q', 17: 'q'}


def _machine_format(mformat):
    """(typecode, size, little-endian) of a machine format code; the
    typecode of an integer format is the last one of its size and
    signedness, as CPython chooses it; 'u' for UTF-16 and UTF-32."""
    little = mformat % 2 == 0
    if mformat >= 18:
        return 'u', 2 if mformat < 20 else 4, little
    if mformat >= 14:
        if mformat < 16:
            return 'f', 4, little
        return 'd', 8, little
    if mformat < 2:
        return 'b' if mformat == 1 else 'B', 1, True
    size = 1 << ((mformat + 2) // 4)
    signed = (mformat - 2) % 4 >= 2
    return _INT_CODES[size * 2 + signed], size, little


def _read_ordered(data, offset, size, little):
    bits = r_ulonglong(0)
    for k in range(size):
        byte = data[offset + size - 1 - k] if little else data[offset + k]
        bits = (bits << 8) | r_ulonglong(ord(byte))
    return bits


def _decode_utf(space, data, size, little):
    units = [_read_ordered(data, i, size, little)
             for i in range(0, len(data), size)]
    text = []
    i = 0
    while i < len(units):
        code = units[i]
        if size == 2 and 0xd800 <= code < 0xdc00 and i + 1 < len(units) \
                and 0xdc00 <= units[i + 1] < 0xe000:
            code = 0x10000 + ((code - 0xd800) << 10) + (units[i + 1] - 0xdc00)
            i += 1
        text.append(_character(space, code))
        i += 1
    return u''.join(text)


def _array_reconstructor(space, w_type, w_typecode, w_mformat, w_items):
    """Internal. Used for pickling support."""
    if not space.isinstance_w(w_type, space.w_type):
        raise oefmt(space.w_TypeError, "first argument must be a type "
                    "object, not %T", w_type)
    if not space.issubtype_w(w_type, space.gettypeobject(
            W_ArrayObject.typedef)):
        raise oefmt(space.w_TypeError, "%N is not a subtype of array.array",
                    w_type)
    typecode = _typecode_arg(space, w_typecode, '_array_reconstructor()')
    if typecode == '\x00':
        raise oefmt(space.w_ValueError,
                    "second argument must be a valid type code")
    mformat = space.int_w(w_mformat)
    if not 0 <= mformat <= 21:
        raise oefmt(space.w_ValueError,
                    "third argument must be a valid machine format code.")
    if not space.isinstance_w(w_items, space.w_bytes):
        raise oefmt(space.w_TypeError, "fourth argument should be bytes, "
                    "not %T", w_items)
    data = space.bytes_w(w_items)
    if mformat == _MACHINE_CODES[typecode]:
        w_array = space.allocate_instance(W_ArrayObject, w_type)
        W_ArrayObject.__init__(w_array, typecode)
        w_array._append_bytes(space, data)
        return w_array
    # another machine's layout: decode each value
    code, size, little = _machine_format(mformat)
    if len(data) % size:
        raise oefmt(space.w_ValueError,
                    "string length not a multiple of item size")
    if code == 'u':
        w_text = space.newunicode(_decode_utf(space, data, size,
                                                little))
        return space.call_function(w_type, w_typecode, w_text)
    if code != 'f' and code != 'd':
        typecode = code
    values_w = [wrap_bits(space, code, _read_ordered(data, i, size, little))
                for i in range(0, len(data), size)]
    return space.call_function(w_type, space.newtext(typecode),
                               space.newlist(values_w))


W_ArrayObject.typedef = TypeDef(
    'array',
    doc="array(typecode [, initializer]) -> array\n\nReturn a new array "
        "whose items are restricted by typecode, and\ninitialized from the "
        "optional initializer value, which must be a list,\na bytes-like "
        "object, or iterable over elements of the\nappropriate type.",
    module='array',
    __new__=interp2app(descr_new_array, app_name='__new__'),
    __init__=interp2app(W_ArrayObject.descr_init),
    __class_getitem__=class_getitem_entry(),
    __len__=interp2app(W_ArrayObject.descr_len),
    __getitem__=interp2app(W_ArrayObject.descr_getitem),
    __setitem__=interp2app(W_ArrayObject.descr_setitem),
    __delitem__=interp2app(W_ArrayObject.descr_delitem),
    __contains__=interp2app(W_ArrayObject.descr_contains),
    __iter__=interp2app(W_ArrayObject.descr_iter),
    __add__=interp2app(W_ArrayObject.descr_add),
    __iadd__=interp2app(W_ArrayObject.descr_iadd),
    __mul__=interp2app(W_ArrayObject.descr_mul),
    __rmul__=interp2app(W_ArrayObject.descr_mul),
    __imul__=interp2app(W_ArrayObject.descr_imul),
    __eq__=interp2app(W_ArrayObject.descr_eq),
    __ne__=interp2app(W_ArrayObject.descr_ne),
    __lt__=interp2app(W_ArrayObject.descr_lt),
    __le__=interp2app(W_ArrayObject.descr_le),
    __gt__=interp2app(W_ArrayObject.descr_gt),
    __ge__=interp2app(W_ArrayObject.descr_ge),
    __repr__=interp2app(W_ArrayObject.descr_repr),
    __copy__=interp2app(W_ArrayObject.descr_copy),
    __deepcopy__=interp2app(W_ArrayObject.descr_copy),
    __sizeof__=interp2app(W_ArrayObject.descr_sizeof),
    __reduce_ex__=interp2app(W_ArrayObject.descr_reduce_ex),
    __hash__=None,
    append=interp2app(W_ArrayObject.descr_append),
    extend=interp2app(W_ArrayObject.descr_extend),
    insert=interp2app(W_ArrayObject.descr_insert),
    pop=interp2app(W_ArrayObject.descr_pop),
    remove=interp2app(W_ArrayObject.descr_remove),
    index=interp2app(W_ArrayObject.descr_index),
    count=interp2app(W_ArrayObject.descr_count),
    reverse=interp2app(W_ArrayObject.descr_reverse),
    byteswap=interp2app(W_ArrayObject.descr_byteswap),
    buffer_info=interp2app(W_ArrayObject.descr_buffer_info),
    tobytes=interp2app(W_ArrayObject.descr_tobytes),
    frombytes=interp2app(W_ArrayObject.descr_frombytes),
    tolist=interp2app(W_ArrayObject.descr_tolist),
    fromlist=interp2app(W_ArrayObject.descr_fromlist),
    tounicode=interp2app(W_ArrayObject.descr_tounicode),
    fromunicode=interp2app(W_ArrayObject.descr_fromunicode),
    tofile=interp2app(W_ArrayObject.descr_tofile),
    fromfile=interp2app(W_ArrayObject.descr_fromfile),
    typecode=GetSetProperty(W_ArrayObject.descr_get_typecode),
    itemsize=GetSetProperty(W_ArrayObject.descr_get_itemsize),
)
register_user_subclassable(W_ArrayObject)


def array_type(space):
    return space.gettypeobject(W_ArrayObject.typedef)


def typecodes(space):
    return space.newtext(TYPECODES)
