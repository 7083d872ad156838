"""`memoryview`: a one-dimensional view of the bytes of a bytes or
bytearray object.

W_MemoryView keeps its exporter (`w_obj`) and selects the bytes
start, start + step, ... (`length` of them): slicing a view makes a view
of the same exporter with another start, step and length, never a copy.
The item formats are the one-byte ones, 'B' (unsigned), 'b' (signed) and
'c' (bytes of length 1), plus the native integer formats (H h I i L l Q
q N n ?) reached by cast() from a contiguous byte view: such a view can
be read (len, items, tolist, tobytes, iteration, ==) but not written or
sliced yet (NotImplementedError).  A view of a bytearray
reads the bytearray's current list on each access, so that it sees (and
writes through to) the live content.  After release() every operation
but repr, == and release raises ValueError, as CPython's views do.

`buffer_bytes_w(space, w_obj)` is the small buffer protocol of the
space: the bytes of any bytes-like object (bytes, bytearray, memoryview),
or None.
"""

from __future__ import absolute_import
import sys
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef, GetSetProperty

_FORMATS = ['B', 'b', 'c']
# the native multi-byte integer formats: (size, signed)
_INT_FORMATS = {'H': (2, False), 'h': (2, True), 'I': (4, False),
                'i': (4, True), 'L': (8, False), 'l': (8, True),
                'Q': (8, False), 'q': (8, True), 'N': (8, False),
                'n': (8, True), '?': (1, False)}
_LITTLE_ENDIAN = sys.byteorder == 'little'


class W_MemoryView(W_Root):
    """A view of length bytes of w_obj, from start by step."""

    def __init__(self, w_obj, start, step, length, format, readonly):
        self.w_obj = w_obj
        self.start = start
        self.step = step
        self.length = length
        self.format = format
        self.readonly = readonly
        self.released = False
        self.itemsize = 1       # > 1 only for the contiguous views of cast

    def _code(self):
        """The item format without its optional '@' prefix."""
        return self.format[len(self.format) - 1]

    def _check_released(self, space):
        if self.released:
            raise oefmt(space.w_ValueError,
                        "operation forbidden on released memoryview object")

    def _source(self):
        """The exporter's current bytes."""
        from objspace.std.bytesobject import W_BytesObject
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return w_obj._value
        from objspace.std.bytearrayobject import W_BytearrayObject
        assert isinstance(w_obj, W_BytearrayObject)
        return w_obj.as_str()

    def _source_len(self):
        from objspace.std.bytesobject import W_BytesObject
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return len(w_obj._value)
        from objspace.std.bytearrayobject import W_BytearrayObject
        assert isinstance(w_obj, W_BytearrayObject)
        return len(w_obj._data)

    def _byte_at(self, offset):
        from objspace.std.bytesobject import W_BytesObject
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return w_obj._value[offset]
        from objspace.std.bytearrayobject import W_BytearrayObject
        assert isinstance(w_obj, W_BytearrayObject)
        return w_obj._data[offset]

    def _offset(self, space, index):
        """The offset in the exporter of item index (0 <= index <
        length), checked against a bytearray that has shrunk since."""
        offset = self.start + index * self.step
        if offset >= self._source_len():
            raise oefmt(space.w_IndexError,
                        "memoryview: underlying buffer was resized")
        return offset

    def as_str(self, space):
        """The bytes of the view (tobytes())."""
        self._check_released(space)
        source = self._source()
        if self.length and self.start + (self.length - 1) * self.step >= \
                len(source):
            raise oefmt(space.w_IndexError,
                        "memoryview: underlying buffer was resized")
        if self.step == 1:
            start = self.start
            stop = start + self.length * self.itemsize
            assert start >= 0 and stop >= start
            return source[start:stop]
        builder = StringBuilder(self.length)
        i = self.start
        for _ in range(self.length):
            builder.append(source[i])
            i += self.step
        return builder.build()

    def _multibyte_item(self, space, index):
        """Item index of a multi-byte view, decoded in native order."""
        data = self.as_str(space)
        size = self.itemsize
        base = index * size
        value = 0
        for k in range(size):
            if _LITTLE_ENDIAN:
                byte = ord(data[base + size - 1 - k])
            else:
                byte = ord(data[base + k])
            value = (value << 8) | byte
        signed = _INT_FORMATS[self._code()][1]
        if size == 8:
            from rpython.rlib.rarithmetic import r_uint, intmask
            from rpython.rlib.rbigint import rbigint
            value = intmask(value)      # (wraps as the machine word does)
            if signed or value >= 0:
                return space.newint(value)
            # an unsigned value with the top bit set: not a machine int
            return space.newbigint(rbigint.fromrarith_int(r_uint(value)))
        if signed and value >= 1 << (8 * size - 1):
            value -= 1 << (8 * size)
        return space.newint(value)

    def _not_yet(self, space, what):
        raise oefmt(space.w_NotImplementedError,
                    "memoryview: %s of format '%s' is not supported yet",
                    what, self.format)

    def _wrap_item(self, space, c):
        if self._code() == '?':
            return space.newbool(c != '\x00')
        if self._code() == 'c':
            from objspace.std.bytesobject import W_BytesObject
            return W_BytesObject(c)
        value = ord(c)
        if self._code() == 'b' and value >= 128:
            value -= 256
        return space.newint(value)

    def _item_char(self, space, w_value):
        """The byte that stores w_value in this view's format."""
        if self._code() == 'c':
            from objspace.std.bytesobject import W_BytesObject
            if not isinstance(w_value, W_BytesObject) or \
                    len(w_value._value) != 1:
                raise oefmt(space.w_TypeError,
                            "memoryview: invalid type for format 'c'")
            return w_value._value[0]
        if not space.isinstance_w(w_value, space.w_int):
            raise oefmt(space.w_TypeError,
                        "memoryview: invalid type for format '%s'",
                        self._code())
        value = space.getindex_w(w_value, None)
        low, high = (-128, 128) if self._code() == 'b' else (0, 256)
        if not low <= value < high:
            raise oefmt(space.w_ValueError,
                        "memoryview: invalid value for format '%s'",
                        self._code())
        return chr(value & 0xff)

    def _index(self, space, w_index):
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise oefmt(space.w_IndexError,
                        "index out of bounds on dimension 1")
        return index

    def _is_index(self, space, w_index):
        return space.isinstance_w(w_index, space.w_int) or \
            space.lookup(w_index, '__index__') is not None

    # --- app-level methods -------------------------------------------

    def descr_len(self, space):
        self._check_released(space)
        return space.newint(self.length)

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        self._check_released(space)
        if isinstance(w_index, W_SliceObject):
            if self.itemsize > 1:
                self._not_yet(space, 'slicing')
            start, stop, step, length = w_index.indices4(space, self.length)
            return W_MemoryView(self.w_obj, self.start + start * self.step,
                                self.step * step, length, self.format,
                                self.readonly)
        if not self._is_index(space, w_index):
            raise oefmt(space.w_TypeError, "memoryview: invalid slice key")
        if self.itemsize > 1:
            return self._multibyte_item(space, self._index(space, w_index))
        offset = self._offset(space, self._index(space, w_index))
        return self._wrap_item(space, self._byte_at(offset))

    def descr_setitem(self, space, w_index, w_value):
        from objspace.std.sliceobject import W_SliceObject
        from objspace.std.bytearrayobject import W_BytearrayObject
        self._check_released(space)
        if self.readonly:
            raise oefmt(space.w_TypeError, "cannot modify read-only memory")
        if self.itemsize > 1:
            self._not_yet(space, 'assignment')
        w_obj = self.w_obj
        assert isinstance(w_obj, W_BytearrayObject)
        if isinstance(w_index, W_SliceObject):
            data = buffer_bytes_w(space, w_value)
            if data is None:
                raise oefmt(space.w_TypeError, "a bytes-like object is "
                            "required, not '%T'", w_value)
            start, stop, step, length = w_index.indices4(space, self.length)
            if len(data) != length:
                raise oefmt(space.w_ValueError, "memoryview assignment: "
                            "lvalue and rvalue have different structures")
            for k in range(length):
                offset = self._offset(space, start + k * step)
                w_obj._data[offset] = data[k]
            return
        if not self._is_index(space, w_index):
            raise oefmt(space.w_TypeError, "memoryview: invalid slice key")
        index = self._index(space, w_index)
        char = self._item_char(space, w_value)
        w_obj._data[self._offset(space, index)] = char

    def descr_delitem(self, space, w_index):
        self._check_released(space)
        raise oefmt(space.w_TypeError, "cannot delete memory")

    def descr_tobytes(self, space, w_order=None):
        """Return the data in the buffer as a byte string."""
        from objspace.std.bytesobject import W_BytesObject
        return W_BytesObject(self.as_str(space))

    def descr_tolist(self, space):
        """Return the data in the buffer as a list of elements."""
        if self.itemsize > 1:
            return space.newlist([self._multibyte_item(space, i)
                                  for i in range(self.length)])
        data = self.as_str(space)
        return space.newlist([self._wrap_item(space, c) for c in data])

    def descr_hex(self, space, w_sep=None, w_bytes_per_sep=None):
        """Return the data in the buffer as a str of hexadecimal
        numbers."""
        from objspace.std.bytesobject import W_BytesObject
        w_bytes = W_BytesObject(self.as_str(space))
        return w_bytes.descr_hex(space, w_sep, w_bytes_per_sep)

    def descr_release(self, space):
        """Release the underlying buffer exposed by the memoryview
        object."""
        self.released = True

    def descr_enter(self, space):
        self._check_released(space)
        return self

    def descr_exit(self, space, __args__):
        self.released = True
        return space.w_None

    def descr_toreadonly(self, space):
        """Return a readonly version of the memoryview."""
        self._check_released(space)
        return W_MemoryView(self.w_obj, self.start, self.step, self.length,
                            self.format, True)

    def descr_cast(self, space, w_format, w_shape=None):
        """Cast a memoryview to a new format or shape."""
        self._check_released(space)
        if not space.isinstance_w(w_format, space.w_str):
            raise oefmt(space.w_TypeError, "cast() argument 'format' must "
                        "be str, not %T", w_format)
        format = space.text_w(w_format)
        code = format[1:] if format.startswith('@') else format
        if code in _INT_FORMATS and code not in _FORMATS:
            return self._cast_multibyte(space, format, code, w_shape)
        if self.itemsize > 1 and code in _FORMATS:
            if self.step != 1:
                self._not_yet(space, 'cast')
            view = W_MemoryView(self.w_obj, self.start, 1,
                                self.length * self.itemsize, format,
                                self.readonly)
            return view
        if code not in _FORMATS:
            raise oefmt(space.w_ValueError, "memoryview: destination format "
                        "must be a native single character format prefixed "
                        "with an optional '@'")
        if w_shape is not None and not space.is_none(w_shape):
            shape_w = space.listview(w_shape)
            product = 1
            for w_dim in shape_w:
                product *= space.int_w(w_dim)
            if len(shape_w) != 1 or product != self.length:
                raise oefmt(space.w_TypeError, "memoryview: product(shape) "
                            "* itemsize != buffer size")
        view = W_MemoryView(self.w_obj, self.start, self.step, self.length,
                            format, self.readonly)
        return view

    def _cast_multibyte(self, space, format, code, w_shape):
        size = _INT_FORMATS[code][0]
        if self.step != 1 or self.itemsize != 1:
            raise oefmt(space.w_TypeError, "memoryview: casts are restricted"
                        " to C-contiguous views")
        if self.length % size != 0:
            raise oefmt(space.w_TypeError, "memoryview: length is not a "
                        "multiple of itemsize")
        if w_shape is not None and not space.is_none(w_shape):
            self._not_yet(space, 'shape')
        view = W_MemoryView(self.w_obj, self.start, 1, self.length // size,
                            format, self.readonly)
        view.itemsize = size
        return view

    def _values(self, space):
        """The items as ints (c: the byte) and whether they are bytes."""
        if self.itemsize > 1:
            self._not_yet(space, 'comparison')
        data = self.as_str(space)
        values = [0] * len(data)
        for i in range(len(data)):
            value = ord(data[i])
            if self._code() == 'b' and value >= 128:
                value -= 256
            values[i] = value
        return values

    def descr_eq(self, space, w_other):
        if self is w_other:
            return space.w_True
        if self.released:
            return space.w_False
        if isinstance(w_other, W_MemoryView):
            if w_other.released:
                return space.w_False
            other = w_other._values(space)
            other_is_char = w_other._code() == 'c'
        else:
            data = buffer_bytes_w(space, w_other)
            if data is None:
                return space.w_NotImplemented
            other = [ord(c) for c in data]
            other_is_char = False
        mine = self._values(space)
        if len(mine) != len(other):
            return space.w_False
        # items of 'c' (bytes) never equal items of a numeric format
        if mine and (self._code() == 'c') != other_is_char:
            return space.w_False
        for i in range(len(mine)):
            if mine[i] != other[i]:
                return space.w_False
        return space.w_True

    def descr_ne(self, space, w_other):
        w_result = self.descr_eq(space, w_other)
        if space.is_w(w_result, space.w_NotImplemented):
            return w_result
        return space.newbool(not space.is_true(w_result))

    def descr_hash(self, space):
        self._check_released(space)
        if not self.readonly:
            raise oefmt(space.w_ValueError,
                        "cannot hash writable memoryview object")
        x = compute_hash(self.as_str(space))
        if x == -1:
            x = -2
        return space.newint(x)

    def descr_repr(self, space):
        prefix = 'released memory' if self.released else 'memory'
        return space.newtext('<%s at 0x%x>' % (prefix, space.id_int(self)))

    def descr_iter(self, space):
        from objspace.std.iterobject import W_SeqIterObject
        self._check_released(space)
        return W_SeqIterObject(self)

    # --- attributes --------------------------------------------------

    def descr_get_obj(self, space):
        self._check_released(space)
        return self.w_obj

    def descr_get_format(self, space):
        self._check_released(space)
        return space.newtext(self.format)

    def descr_get_itemsize(self, space):
        self._check_released(space)
        return space.newint(self.itemsize)

    def descr_get_nbytes(self, space):
        self._check_released(space)
        return space.newint(self.length * self.itemsize)

    def descr_get_readonly(self, space):
        self._check_released(space)
        return space.newbool(self.readonly)

    def descr_get_ndim(self, space):
        self._check_released(space)
        return space.newint(1)

    def descr_get_shape(self, space):
        self._check_released(space)
        return space.newtuple([space.newint(self.length)])

    def descr_get_strides(self, space):
        self._check_released(space)
        return space.newtuple([space.newint(self.step * self.itemsize)])

    def descr_get_suboffsets(self, space):
        self._check_released(space)
        return space.newtuple([])

    def descr_get_contiguous(self, space):
        self._check_released(space)
        return space.newbool(self.step == 1 or self.length <= 1)


def buffer_bytes_w(space, w_obj):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview),
    or None for any other object."""
    from objspace.std.bytesobject import W_BytesObject
    from objspace.std.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytesObject):
        return w_obj._value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    return None


def descr_new_memoryview(space, w_type, w_object):
    """Create a new memoryview object which references the given
    object."""
    from objspace.std.bytesobject import W_BytesObject
    from objspace.std.bytearrayobject import W_BytearrayObject
    if isinstance(w_object, W_MemoryView):
        w_object._check_released(space)
        return W_MemoryView(w_object.w_obj, w_object.start, w_object.step,
                            w_object.length, w_object.format,
                            w_object.readonly)
    if isinstance(w_object, W_BytesObject):
        return W_MemoryView(w_object, 0, 1, len(w_object._value), 'B', True)
    if isinstance(w_object, W_BytearrayObject):
        return W_MemoryView(w_object, 0, 1, len(w_object._data), 'B', False)
    raise oefmt(space.w_TypeError, "memoryview: a bytes-like object is "
                "required, not '%T'", w_object)


W_MemoryView.typedef = TypeDef(
    'memoryview',
    doc="Create a new memoryview object which references the given object.",
    __new__=interp2app(descr_new_memoryview, app_name='__new__'),
    __len__=interp2app(W_MemoryView.descr_len),
    __getitem__=interp2app(W_MemoryView.descr_getitem),
    __setitem__=interp2app(W_MemoryView.descr_setitem),
    __delitem__=interp2app(W_MemoryView.descr_delitem),
    __eq__=interp2app(W_MemoryView.descr_eq),
    __ne__=interp2app(W_MemoryView.descr_ne),
    __hash__=interp2app(W_MemoryView.descr_hash),
    __repr__=interp2app(W_MemoryView.descr_repr),
    __iter__=interp2app(W_MemoryView.descr_iter),
    __enter__=interp2app(W_MemoryView.descr_enter),
    __exit__=interp2app(W_MemoryView.descr_exit),
    tobytes=interp2app(W_MemoryView.descr_tobytes),
    tolist=interp2app(W_MemoryView.descr_tolist),
    hex=interp2app(W_MemoryView.descr_hex),
    release=interp2app(W_MemoryView.descr_release),
    toreadonly=interp2app(W_MemoryView.descr_toreadonly),
    cast=interp2app(W_MemoryView.descr_cast),
    obj=GetSetProperty(W_MemoryView.descr_get_obj),
    format=GetSetProperty(W_MemoryView.descr_get_format),
    itemsize=GetSetProperty(W_MemoryView.descr_get_itemsize),
    nbytes=GetSetProperty(W_MemoryView.descr_get_nbytes),
    readonly=GetSetProperty(W_MemoryView.descr_get_readonly),
    ndim=GetSetProperty(W_MemoryView.descr_get_ndim),
    shape=GetSetProperty(W_MemoryView.descr_get_shape),
    strides=GetSetProperty(W_MemoryView.descr_get_strides),
    suboffsets=GetSetProperty(W_MemoryView.descr_get_suboffsets),
    c_contiguous=GetSetProperty(W_MemoryView.descr_get_contiguous),
    f_contiguous=GetSetProperty(W_MemoryView.descr_get_contiguous),
    contiguous=GetSetProperty(W_MemoryView.descr_get_contiguous),
    acceptable_as_base=False,
)
