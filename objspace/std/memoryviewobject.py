"""`memoryview`, and the buffer protocol of the space.

A W_MemoryView keeps its exporter (`w_obj`: a bytes, a bytearray or an
array.array) and describes items of `format` (one native struct code,
objspace/std/nativeformat.py) as a start byte `offset`, a `shape` and
byte `strides`, one per dimension, as CPython's Py_buffer does: slicing
makes a view of the same exporter with another offset, shape[0] and
strides[0], never a copy, and cast() changes format and shape.  A view
of a bytearray or an array reads the exporter's current list of chars
on each access, so it sees and writes through to the live content.

While a view is alive and not released, its bytearray or array cannot
change size (BufferError): exporters keep an `ExportList` of weak
references to their views.  After release() every operation but repr,
== and release raises ValueError, as CPython's views do.

`buffer_bytes_w(space, w_obj)` is the buffer protocol seen from the
rest of the interpreter: the bytes of any bytes-like object (bytes,
bytearray, memoryview, array.array), or None.
"""

from __future__ import absolute_import
import weakref

from rpython.rlib import rgc
from rpython.rlib.rarithmetic import r_ulonglong
from rpython.rlib.rstring import StringBuilder

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.bytesobject import W_BytesObject
from objspace.std.bytearrayobject import W_BytearrayObject
from objspace.std.intobject import W_IntObject
from objspace.std.nativeformat import (FORMATS, read_bits, bits_to_chars,
                                       wrap_bits, float_bits, int_bounds,
                                       bigint_bits)

# the formats that cast() accepts (the native ones of struct but 'e')
_CAST_FORMATS = 'bBhHiIlLqQnNPfd?c'
_BYTE_FORMATS = 'bBc'
_MAX_NDIM = 64


class ExportList(object):
    """Weak references to the views of an exporter, to tell whether it
    may change size."""

    def __init__(self):
        self.refs = []

    def add(self, view):
        self._prune()
        self.refs.append(weakref.ref(view))

    def _prune(self):
        """Forget the views that are dead or released (for good)."""
        live = []
        for ref in self.refs:
            view = ref()
            if view is not None and not view.released:
                live.append(ref)
        self.refs = live

    def exporting(self):
        self._prune()
        if not self.refs:
            return False
        # a view that is only garbage must not lock its exporter (CPython
        # frees it at once): collect before saying no; a minor collection
        # is enough for the usual temporary view, and cheap
        rgc.collect(0)
        self._prune()
        if self.refs:
            rgc.collect()
            self._prune()
        return len(self.refs) > 0


def _register_view(w_obj, view):
    from interpreter.module.array.interp_array import W_ArrayObject
    if isinstance(w_obj, W_BytearrayObject):
        if w_obj._views is None:
            w_obj._views = ExportList()
        w_obj._views.add(view)
    elif isinstance(w_obj, W_ArrayObject):
        if w_obj._views is None:
            w_obj._views = ExportList()
        w_obj._views.add(view)


class W_MemoryView(W_Root):
    """A view of the bytes of w_obj: items of format at offset + the sum
    of index[k] * strides[k]."""

    def __init__(self, w_obj, offset, format, shape, strides, readonly):
        self.w_obj = w_obj
        self.offset = offset
        self.format = format        # as given to cast(), maybe '@'-prefixed
        self.code = format[len(format) - 1]
        self.itemsize = FORMATS[self.code][0]
        self.shape = shape
        self.strides = strides
        self.readonly = readonly
        self.released = False
        _register_view(w_obj, self)

    def _derived(self, offset, format, shape, strides, readonly):
        return W_MemoryView(self.w_obj, offset, format, shape, strides,
                            readonly)

    def _check_released(self, space):
        if self.released:
            raise oefmt(space.w_ValueError,
                        "operation forbidden on released memoryview object")

    def _nitems(self):
        count = 1
        for dim in self.shape:
            count *= dim
        return count

    # --- the exporter's bytes -----------------------------------------

    def _source_len(self):
        from interpreter.module.array.interp_array import W_ArrayObject
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return len(w_obj._value)
        if isinstance(w_obj, W_BytearrayObject):
            return len(w_obj._data)
        assert isinstance(w_obj, W_ArrayObject)
        return len(w_obj._data)

    def _check_offset(self, space, offset, size):
        if offset < 0 or offset + size > self._source_len():
            raise oefmt(space.w_IndexError,
                        "memoryview: underlying buffer was resized")

    def _read_bits(self, space, offset):
        from interpreter.module.array.interp_array import W_ArrayObject
        size = self.itemsize
        self._check_offset(space, offset, size)
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return read_bits(w_obj._value, offset, size)
        if isinstance(w_obj, W_BytearrayObject):
            return read_bits(w_obj._data, offset, size)
        assert isinstance(w_obj, W_ArrayObject)
        return read_bits(w_obj._data, offset, size)

    def _write_chars(self, space, offset, chars):
        from interpreter.module.array.interp_array import W_ArrayObject
        self._check_offset(space, offset, len(chars))
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytearrayObject):
            data = w_obj._data
        else:
            assert isinstance(w_obj, W_ArrayObject)
            data = w_obj._data
        for k in range(len(chars)):
            data[offset + k] = chars[k]

    def _item_offsets(self, fortran):
        """The byte offsets of all items, in C order (last index varies
        fastest) or Fortran order (first index fastest)."""
        offsets = [self.offset]
        ndim = len(self.shape)
        for k in range(ndim):
            dim = ndim - 1 - k if fortran else k
            stride = self.strides[dim]
            offsets = [base + i * stride for base in offsets
                       for i in range(self.shape[dim])]
        return offsets

    def as_str(self, space, fortran=False):
        """The bytes of the view (tobytes())."""
        self._check_released(space)
        size = self.itemsize
        if self._c_contiguous() and not (fortran and len(self.shape) > 1):
            nbytes = self._nitems() * size
            start = self.offset
            if nbytes == 0:
                return ''
            self._check_offset(space, start, nbytes)
            return self._source_slice(start, start + nbytes)
        builder = StringBuilder(self._nitems() * size)
        for offset in self._item_offsets(fortran):
            self._check_offset(space, offset, size)
            builder.append(self._source_slice(offset, offset + size))
        return builder.build()

    def nbytes(self):
        return self._nitems() * self.itemsize

    def write_bytes(self, space, start, data):
        """Store data at byte start of a C-contiguous writable view (the
        target of struct.pack_into)."""
        assert self._c_contiguous() and not self.readonly
        self._write_chars(space, self.offset + start, list(data))

    def _source_slice(self, start, stop):
        from interpreter.module.array.interp_array import W_ArrayObject
        assert 0 <= start <= stop
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return w_obj._value[start:stop]
        if isinstance(w_obj, W_BytearrayObject):
            return ''.join(w_obj._data[start:stop])
        assert isinstance(w_obj, W_ArrayObject)
        return ''.join(w_obj._data[start:stop])

    # --- items ----------------------------------------------------------

    def _check_format_supported(self, space):
        if self.code == 'w':
            raise oefmt(space.w_NotImplementedError,
                        "memoryview: format %s not supported", self.format)

    def _item_w(self, space, offset):
        self._check_format_supported(space)
        return wrap_bits(space, self.code, self._read_bits(space, offset))

    def _invalid_value(self, space):
        return oefmt(space.w_ValueError,
                     "memoryview: invalid value for format '%s'",
                     self.format)

    def _invalid_type(self, space):
        return oefmt(space.w_TypeError,
                     "memoryview: invalid type for format '%s'", self.format)

    def _item_chars(self, space, w_value):
        """The chars that store w_value as an item of this view."""
        self._check_format_supported(space)
        size, kind = FORMATS[self.code]
        if kind == 'c':
            if not isinstance(w_value, W_BytesObject):
                raise self._invalid_type(space)
            if len(w_value._value) != 1:
                raise self._invalid_value(space)
            return [w_value._value[0]]
        if kind == '?':
            return [chr(int(space.is_true(w_value)))]
        if kind == 'f':
            try:
                value = space.float_w(w_value)
            except OperationError as e:
                if not e.match(space, space.w_TypeError):
                    raise
                raise self._invalid_type(space)
            return bits_to_chars(float_bits(value, size), size)
        try:
            w_int = space.index(w_value)
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
            raise self._invalid_type(space)
        if isinstance(w_int, W_IntObject):
            value = w_int.intval
            if size < 8:
                low = 0
                high = (1 << (8 * size)) - 1
                if kind == 'i':
                    low = -(1 << (8 * size - 1))
                    high = (1 << (8 * size - 1)) - 1
                if not low <= value <= high:
                    raise self._invalid_value(space)
            elif value < 0 and kind == 'u' and self.code != 'P':
                raise self._invalid_value(space)
            return bits_to_chars(r_ulonglong(value), size)
        num = space.bigint_w(w_int)
        low, high = int_bounds(self.code)
        if self.code == 'P':        # a pointer may be given signed
            low = int_bounds('q')[0]
        if num.lt(low) or num.gt(high):
            raise self._invalid_value(space)
        return bits_to_chars(bigint_bits(num, size), size)

    def _is_index(self, space, w_index):
        return space.isinstance_w(w_index, space.w_int) or \
            space.lookup(w_index, '__index__') is not None

    def _dim_index(self, space, w_index, dim):
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += self.shape[dim]
        if not 0 <= index < self.shape[dim]:
            raise oefmt(space.w_IndexError,
                        "index out of bounds on dimension %d", dim + 1)
        return index

    def _item_offset(self, space, w_index):
        """The offset of the item that w_index (an int or a tuple of
        ints) selects, or -1 when w_index is not an item key."""
        ndim = len(self.shape)
        if self._is_index(space, w_index):
            if ndim == 0:
                raise oefmt(space.w_TypeError,
                            "invalid indexing of 0-dim memory")
            if ndim > 1:
                raise oefmt(space.w_NotImplementedError,
                            "multi-dimensional sub-views are not "
                            "implemented")
            return self.offset + self._dim_index(space, w_index, 0) * \
                self.strides[0]
        if not space.isinstance_w(w_index, space.w_tuple):
            return -1
        indices_w = space.fixedview(w_index)
        all_ints = True
        for w_item in indices_w:
            if not self._is_index(space, w_item):
                all_ints = False
        if not all_ints:
            from objspace.std.sliceobject import W_SliceObject
            for w_item in indices_w:
                if not isinstance(w_item, W_SliceObject) and \
                        not self._is_index(space, w_item):
                    raise oefmt(space.w_TypeError,
                                "memoryview: invalid slice key")
            raise oefmt(space.w_NotImplementedError,
                        "multi-dimensional slicing is not implemented")
        if len(indices_w) < ndim:
            raise oefmt(space.w_NotImplementedError,
                        "sub-views are not implemented")
        if len(indices_w) > ndim:
            raise oefmt(space.w_TypeError, "cannot index %d-dimension view "
                        "with %d-element tuple", ndim, len(indices_w))
        offset = self.offset
        for dim in range(ndim):
            offset += self._dim_index(space, indices_w[dim], dim) * \
                self.strides[dim]
        return offset

    def _sliced(self, space, w_slice):
        from objspace.std.sliceobject import W_SliceObject
        assert isinstance(w_slice, W_SliceObject)
        if len(self.shape) == 0:
            raise oefmt(space.w_TypeError, "invalid indexing of 0-dim memory")
        start, stop, step, count = w_slice.indices4(space, self.shape[0])
        shape = [count] + self.shape[1:]
        strides = [self.strides[0] * step] + self.strides[1:]
        return self._derived(self.offset + start * self.strides[0],
                             self.format, shape, strides, self.readonly)

    # --- app-level methods ------------------------------------------------

    def descr_len(self, space):
        self._check_released(space)
        if len(self.shape) == 0:
            return space.newint(1)
        return space.newint(self.shape[0])

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        self._check_released(space)
        if isinstance(w_index, W_SliceObject):
            return self._sliced(space, w_index)
        if len(self.shape) == 0 and space.is_w(w_index, space.w_Ellipsis):
            return self
        if len(self.shape) == 0 and space.isinstance_w(w_index,
                                                       space.w_tuple) \
                and space.len_w(w_index) == 0:
            return self._item_w(space, self.offset)
        offset = self._item_offset(space, w_index)
        if offset < 0:
            raise oefmt(space.w_TypeError, "memoryview: invalid slice key")
        return self._item_w(space, offset)

    def descr_setitem(self, space, w_index, w_value):
        from objspace.std.sliceobject import W_SliceObject
        self._check_released(space)
        if self.readonly:
            raise oefmt(space.w_TypeError, "cannot modify read-only memory")
        if isinstance(w_index, W_SliceObject):
            if len(self.shape) != 1:
                raise oefmt(space.w_NotImplementedError, "memoryview slice "
                            "assignments are currently restricted to "
                            "ndim = 1")
            self._assign_slice(space, self._sliced(space, w_index), w_value)
            return
        ndim = len(self.shape)
        if ndim == 0 and (space.is_w(w_index, space.w_Ellipsis) or
                          space.isinstance_w(w_index, space.w_tuple) and
                          space.len_w(w_index) == 0):
            offset = self.offset
        elif ndim > 1 and self._is_index(space, w_index):
            raise oefmt(space.w_NotImplementedError,
                        "sub-views are not implemented")
        else:
            if space.isinstance_w(w_index, space.w_tuple):
                for w_item in space.fixedview(w_index):
                    if not self._is_index(space, w_item):
                        raise oefmt(space.w_TypeError,
                                    "memoryview: invalid slice key")
            offset = self._item_offset(space, w_index)
            if offset < 0:
                raise oefmt(space.w_TypeError,
                            "memoryview: invalid slice key")
        self._write_chars(space, offset, self._item_chars(space, w_value))

    def _assign_slice(self, space, target, w_value):
        source = view_of(space, w_value)
        if source is None:
            raise oefmt(space.w_TypeError, "a bytes-like object is required,"
                        " not '%T'", w_value)
        if source.code != target.code or len(source.shape) != 1 or \
                source.shape[0] != target.shape[0]:
            raise oefmt(space.w_ValueError, "memoryview assignment: lvalue "
                        "and rvalue have different structures")
        # read everything first: source and target may overlap
        data = source.as_str(space)
        size = self.itemsize
        for i in range(target.shape[0]):
            chars = [data[i * size + k] for k in range(size)]
            self._write_chars(space, target.offset + i * target.strides[0],
                              chars)

    def descr_delitem(self, space, w_index):
        self._check_released(space)
        if self.readonly:
            raise oefmt(space.w_TypeError, "cannot modify read-only memory")
        raise oefmt(space.w_TypeError, "cannot delete memory")

    def descr_tobytes(self, space, w_order=None):
        """Return the data in the buffer as a byte string."""
        fortran = False
        if w_order is not None and not space.is_none(w_order):
            order = space.text_w(w_order)
            if order not in ('C', 'F', 'A'):
                raise oefmt(space.w_ValueError,
                            "order must be 'C', 'F' or 'A'")
            fortran = order == 'F'
        return space.newbytes(self.as_str(space, fortran))

    def descr_tolist(self, space):
        """Return the data in the buffer as a list of elements."""
        self._check_released(space)
        self._check_format_supported(space)
        if len(self.shape) == 0:
            return self._item_w(space, self.offset)
        return self._tolist(space, 0, self.offset)

    def _tolist(self, space, dim, offset):
        stride = self.strides[dim]
        if dim == len(self.shape) - 1:
            items_w = [self._item_w(space, offset + i * stride)
                       for i in range(self.shape[dim])]
        else:
            items_w = [self._tolist(space, dim + 1, offset + i * stride)
                       for i in range(self.shape[dim])]
        return space.newlist(items_w)

    def descr_hex(self, space, w_sep=None, w_bytes_per_sep=None):
        """Return the data in the buffer as a str of hexadecimal
        numbers."""
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
        return self._derived(self.offset, self.format, self.shape,
                             self.strides, True)

    def descr_cast(self, space, w_format, w_shape=None):
        """Cast a memoryview to a new format or shape."""
        self._check_released(space)
        if not space.isinstance_w(w_format, space.w_str):
            raise oefmt(space.w_TypeError, "cast() argument 'format' must "
                        "be str, not %T", w_format)
        if not self._c_contiguous():
            raise oefmt(space.w_TypeError, "memoryview: casts are restricted"
                        " to C-contiguous views")
        has_shape = w_shape is not None and not space.is_none(w_shape)
        if (has_shape or len(self.shape) != 1) and self._zero_in_shape():
            raise oefmt(space.w_TypeError, "memoryview: cannot cast view "
                        "with zeros in shape or strides")
        shape_w = []
        if has_shape:
            if not space.isinstance_w(w_shape, space.w_list) and \
                    not space.isinstance_w(w_shape, space.w_tuple):
                raise oefmt(space.w_TypeError,
                            "shape must be a list or a tuple")
            shape_w = space.fixedview(w_shape)
            if len(self.shape) != 1 and len(shape_w) != 1:
                raise oefmt(space.w_TypeError, "memoryview: cast must be "
                            "1D -> ND or ND -> 1D")
        format = space.text_w(w_format)
        prefix = 1 if format.startswith('@') else 0
        if len(format) != prefix + 1 or \
                format[len(format) - 1] not in _CAST_FORMATS:
            raise oefmt(space.w_ValueError, "memoryview: destination format "
                        "must be a native single character format prefixed "
                        "with an optional '@'")
        code = format[len(format) - 1]
        if self.code not in _BYTE_FORMATS and code not in _BYTE_FORMATS:
            raise oefmt(space.w_TypeError, "memoryview: cannot cast between "
                        "two non-byte formats")
        itemsize = FORMATS[code][0]
        nbytes = self.nbytes()
        if nbytes % itemsize:
            raise oefmt(space.w_TypeError,
                        "memoryview: length is not a multiple of itemsize")
        if not has_shape:
            return self._derived(self.offset, format, [nbytes // itemsize],
                                 [itemsize], self.readonly)
        if len(shape_w) > _MAX_NDIM:
            raise oefmt(space.w_ValueError, "memoryview: number of "
                        "dimensions must not exceed %d", _MAX_NDIM)
        shape = [0] * len(shape_w)
        product = 1
        for i in range(len(shape_w)):
            if not space.isinstance_w(shape_w[i], space.w_int):
                raise oefmt(space.w_TypeError, "memoryview.cast(): elements "
                            "of shape must be integers")
            dim = space.getindex_w(shape_w[i], space.w_OverflowError)
            if dim <= 0:
                raise oefmt(space.w_ValueError, "memoryview.cast(): elements"
                            " of shape must be integers > 0")
            shape[i] = dim
            product *= dim
        if product * itemsize != nbytes:
            raise oefmt(space.w_TypeError, "memoryview: product(shape) * "
                        "itemsize != buffer size")
        strides = [0] * len(shape)
        stride = itemsize
        for i in range(len(shape) - 1, -1, -1):
            strides[i] = stride
            stride *= shape[i]
        return self._derived(self.offset, format, shape, strides,
                             self.readonly)

    def _zero_in_shape(self):
        for dim in self.shape:
            if dim == 0:
                return True
        return False

    def _c_contiguous(self):
        return self._contiguous(False)

    def _contiguous(self, fortran):
        """Whether the items lie one after the other in C (or Fortran)
        order; dimensions of length 1 have any stride."""
        if self._zero_in_shape():
            return True
        expected = self.itemsize
        ndim = len(self.shape)
        for k in range(ndim):
            dim = k if fortran else ndim - 1 - k
            if self.shape[dim] > 1 and self.strides[dim] != expected:
                return False
            expected *= self.shape[dim]
        return True

    def descr_eq(self, space, w_other):
        if self is w_other:
            return space.w_True
        if isinstance(w_other, W_MemoryView):
            other = w_other
        else:
            other = view_of(space, w_other)
            if other is None:
                return space.w_NotImplemented
        if self.released or other.released:
            return space.w_False
        if self.shape != other.shape:
            return space.w_False
        if self.code == 'w' or other.code == 'w':
            return space.w_NotImplemented
        if self.code == other.code and FORMATS[self.code][1] in 'iuc':
            # one integer format: equal bytes are equal values
            return space.newbool(self.as_str(space) == other.as_str(space))
        # items compare as values: b'a' (format 'c') never equals 97
        offsets = self._item_offsets(False)
        other_offsets = other._item_offsets(False)
        for i in range(len(offsets)):
            if not space.eq_w(self._item_w(space, offsets[i]),
                              other._item_w(space, other_offsets[i])):
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
        if self.code not in _BYTE_FORMATS:
            raise oefmt(space.w_ValueError, "memoryview: hashing is "
                        "restricted to formats 'B', 'b' or 'c'")
        space.hash(self.w_obj)      # unhashable exporters: TypeError
        return space.hash(W_BytesObject(self.as_str(space)))

    def descr_repr(self, space):
        prefix = 'released memory' if self.released else 'memory'
        return space.newtext('<%s at 0x%x>' % (prefix, space.id_int(self)))

    def descr_iter(self, space):
        from objspace.std.iterobject import W_SeqIterObject
        self._check_released(space)
        if len(self.shape) == 0:
            raise oefmt(space.w_TypeError, "invalid indexing of 0-dim memory")
        if len(self.shape) > 1:
            raise oefmt(space.w_NotImplementedError,
                        "multi-dimensional sub-views are not implemented")
        return W_SeqIterObject(self)

    # --- attributes -----------------------------------------------------

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
        return space.newint(self.nbytes())

    def descr_get_readonly(self, space):
        self._check_released(space)
        return space.newbool(self.readonly)

    def descr_get_ndim(self, space):
        self._check_released(space)
        return space.newint(len(self.shape))

    def descr_get_shape(self, space):
        self._check_released(space)
        return space.newtuple([space.newint(dim) for dim in self.shape])

    def descr_get_strides(self, space):
        self._check_released(space)
        return space.newtuple([space.newint(s) for s in self.strides])

    def descr_get_suboffsets(self, space):
        self._check_released(space)
        return space.newtuple([])

    def descr_get_c_contiguous(self, space):
        self._check_released(space)
        return space.newbool(self._contiguous(False))

    def descr_get_f_contiguous(self, space):
        self._check_released(space)
        return space.newbool(self._contiguous(True))

    def descr_get_contiguous(self, space):
        self._check_released(space)
        return space.newbool(self._contiguous(False) or
                             self._contiguous(True))


def view_of(space, w_obj):
    """A new one-dimensional byte view (or a copy of a memoryview) of a
    bytes-like object, or None for any other object."""
    from interpreter.module.array.interp_array import W_ArrayObject
    if isinstance(w_obj, W_MemoryView):
        w_obj._check_released(space)
        return w_obj._derived(w_obj.offset, w_obj.format, w_obj.shape,
                              w_obj.strides, w_obj.readonly)
    if isinstance(w_obj, W_BytesObject):
        return W_MemoryView(w_obj, 0, 'B', [len(w_obj._value)], [1], True)
    if isinstance(w_obj, W_BytearrayObject):
        return W_MemoryView(w_obj, 0, 'B', [len(w_obj._data)], [1], False)
    if isinstance(w_obj, W_ArrayObject):
        return W_MemoryView(w_obj, 0, w_obj.format, [w_obj.length()],
                            [w_obj.itemsize], False)
    return None


def writable_view(space, w_obj, prefix=''):
    """A C-contiguous writable view of w_obj (release it after use),
    or TypeError."""
    view = view_of(space, w_obj)
    if view is None or view.readonly or not view._c_contiguous():
        if view is not None:
            view.released = True
        raise oefmt(space.w_TypeError, "%sargument must be read-write "
                    "bytes-like object, not %T", prefix, w_obj)
    return view


def buffer_bytes_w(space, w_obj):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview,
    array.array), or None for any other object."""
    from interpreter.module.array.interp_array import W_ArrayObject
    if isinstance(w_obj, W_BytesObject):
        return w_obj._value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    if isinstance(w_obj, W_ArrayObject):
        return w_obj.as_str()
    return None


def descr_new_memoryview(space, w_type, w_object):
    """Create a new memoryview object which references the given
    object."""
    view = view_of(space, w_object)
    if view is None:
        raise oefmt(space.w_TypeError, "memoryview: a bytes-like object is "
                    "required, not '%T'", w_object)
    return view


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
    c_contiguous=GetSetProperty(W_MemoryView.descr_get_c_contiguous),
    f_contiguous=GetSetProperty(W_MemoryView.descr_get_f_contiguous),
    contiguous=GetSetProperty(W_MemoryView.descr_get_contiguous),
    acceptable_as_base=False,
)
