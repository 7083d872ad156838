"""The interp-level part of `_struct`: format parsing, packing and
unpacking.

A format compiles to a list of `Field`s (code, repeat count, byte offset
of the first item), with the sizes and alignment of its byte-order mode:
'@' native sizes and alignment (this machine: x86-64, little-endian,
LP64), '=' '<' '>' '!' the standard sizes with no alignment.  Integers
go through rbigint for the range checks and are written byte by byte;
floats through rpython.rlib.rstruct.ieee (which has the 2-byte 'e').
"""

from __future__ import absolute_import
import sys

from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstruct import ieee
from rpython.rlib.rstring import StringBuilder

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.bytesobject import W_BytesObject, bytes_like_w
from objspace.std.memoryviewobject import writable_view
from objspace.std.instanceobject import register_user_subclassable
from objspace.std.intobject import W_AbstractIntObject

NATIVE_LITTLE = sys.byteorder == 'little'

# code -> size in native mode and in the standard modes (0: not allowed)
NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8,
                'N': 8, 'P': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
             'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'n': 0,
             'N': 0, 'P': 0, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
SIGNED = 'bhilqnP'      # 'P' takes negative values too (as CPython)
UNSIGNED = 'BHILQN'


def struct_error(space, message):
    w_error = space.builtin_modules['_struct'].get('error')
    return OperationError(w_error, space.call_function(
        w_error, space.newtext(message)))


class Field(object):
    """count and offset are never negative."""

    def __init__(self, code, count, offset, size):
        self.code = code
        self.count = count      # the byte length for 's' and 'p'
        self.offset = offset
        self.size = size        # of one item


class Format(object):
    def __init__(self, fields, size, little, native, nitems):
        self.fields = fields
        self.size = size
        self.little = little
        self.native = native
        self.nitems = nitems


def compile_format(space, fmt):
    little = NATIVE_LITTLE
    native = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        if c == '<':
            little = True
        elif c in '>!':
            little = False
        i = 1
    fields = []
    offset = 0
    nitems = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            count = 0
            while i < n and fmt[i].isdigit():
                count = count * 10 + (ord(fmt[i]) - ord('0'))
                if count > sys.maxint // 16:
                    raise struct_error(space, "total struct size too long")
                i += 1
            if i >= n:
                raise struct_error(space, "repeat count given without "
                                          "format specifier")
            c = fmt[i]
        i += 1
        if native:
            size = NATIVE_SIZES.get(c, -1)
        else:
            size = STD_SIZES.get(c, -1)
        if size <= 0:
            raise struct_error(space, "bad char in struct format")
        if native and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            fields.append(Field(c, count, offset, 1))
            offset += count
            nitems += 1
        elif c == 'x':
            offset += count
        else:
            if count:
                fields.append(Field(c, count, offset, size))
            offset += count * size
            nitems += count
    return Format(fields, offset, little, native, nitems)


# --- packing ----------------------------------------------------------------

def _int_range_error(space, code, size, num, lo, hi):
    if code in 'bB':
        name = 'byte' if code == 'b' else 'ubyte'
    elif code in 'hH':
        name = 'short' if code == 'h' else 'ushort'
    else:
        name = None
    if name is not None:
        return struct_error(space, "%s format requires %s <= number <= %s"
                            % (name, lo.str(), hi.str()))
    if size == 4 and not (code in UNSIGNED and num.sign < 0):
        return struct_error(space, "'%s' format requires %s <= number <= %s"
                            % (code, lo.str(), hi.str()))
    return struct_error(space, "argument out of range")


def _pack_int(space, fmt, field, w_x, out):
    if not isinstance(w_x, W_AbstractIntObject):
        if space.lookup(w_x, '__index__') is None:
            raise struct_error(space, "required argument is not an integer")
        w_x = space.index(w_x)
    assert isinstance(w_x, W_AbstractIntObject)
    num = w_x.as_bigint()
    size = field.size
    bits = size * 8
    code = field.code
    if code == 'P':
        lo = rbigint.fromint(1).lshift(bits - 1).neg()
        hi = rbigint.fromint(1).lshift(bits).int_sub(1)
    elif code in SIGNED:
        lo = rbigint.fromint(1).lshift(bits - 1).neg()
        hi = rbigint.fromint(1).lshift(bits - 1).int_sub(1)
    else:
        lo = rbigint.fromint(0)
        hi = rbigint.fromint(1).lshift(bits).int_sub(1)
    if num.lt(lo) or num.gt(hi):
        raise _int_range_error(space, code, size, num, lo, hi)
    _write_uint(out, num.ulonglongmask(), size, fmt.little)


def _write_uint(out, value, size, little):
    if little:
        for i in range(size):
            out.append(chr(intmask(value >> (8 * i)) & 0xff))
    else:
        for i in range(size - 1, -1, -1):
            out.append(chr(intmask(value >> (8 * i)) & 0xff))


def _read_uint(data, pos, size, little):
    value = r_ulonglong(0)
    for i in range(size):
        if little:
            byte = ord(data[pos + size - 1 - i])
        else:
            byte = ord(data[pos + i])
        value = (value << 8) | r_ulonglong(byte)
    return value


def _pack_float(space, fmt, field, w_x, out):
    if (space.lookup(w_x, '__float__') is None and
            space.lookup(w_x, '__index__') is None):
        raise struct_error(space, "required argument is not a float")
    x = space.float_w(w_x)
    try:
        bits = ieee.float_pack(x, field.size)
    except OverflowError:
        raise oefmt(space.w_OverflowError,
                    "float too large to pack with %s format", field.code)
    _write_uint(out, bits, field.size, fmt.little)


def _bytes_of(space, w_x):
    """The bytes of a bytes-like object, or None."""
    return bytes_like_w(space, w_x, allow_dunder=False)


def pack_items(space, fmt, args_w):
    """The packed bytes of args_w, as a string of fmt.size bytes."""
    if len(args_w) != fmt.nitems:
        raise struct_error(space, "pack expected %d items for packing "
                           "(got %d)" % (fmt.nitems, len(args_w)))
    out = StringBuilder(fmt.size)
    index = 0
    for field in fmt.fields:
        while out.getlength() < field.offset:
            out.append('\x00')
        code = field.code
        if code in 'sp':
            data = _bytes_of(space, args_w[index])
            index += 1
            if data is None:
                raise struct_error(space, "argument for '%s' must be a "
                                   "bytes object" % code)
            if code == 's':
                count = field.count
                assert count >= 0
                data = data[:count]
                out.append(data)
                out.append('\x00' * (field.count - len(data)))
            elif field.count > 0:
                count = field.count - 1
                assert count >= 0
                data = data[:count]
                out.append(chr(min(len(data), 255)))
                out.append(data)
                out.append('\x00' * (field.count - 1 - len(data)))
            continue
        for k in range(field.count):
            w_x = args_w[index]
            index += 1
            if code == 'c':
                if not isinstance(w_x, W_BytesObject) or \
                        len(space.bytes_w(w_x)) != 1:
                    raise struct_error(space, "char format requires a bytes "
                                       "object of length 1")
                out.append(space.bytes_w(w_x))
            elif code == '?':
                out.append('\x01' if space.is_true(w_x) else '\x00')
            elif code in 'efd':
                _pack_float(space, fmt, field, w_x, out)
            else:
                _pack_int(space, fmt, field, w_x, out)
    while out.getlength() < fmt.size:
        out.append('\x00')
    return out.build()


# --- unpacking --------------------------------------------------------------

def unpack_items(space, fmt, data, pos):
    """The items packed at data[pos:pos + fmt.size] (checked by the
    caller), as a list of wrapped objects (of fixed size: it becomes a
    tuple's storage)."""
    items_w = [None] * fmt.nitems
    index = 0
    for field in fmt.fields:
        start = pos + field.offset
        stop = start + field.count
        assert start >= 0 and stop >= 0
        code = field.code
        if code == 's':
            items_w[index] = space.newbytes(data[start:stop])
            index += 1
            continue
        if code == 'p':
            if field.count == 0:
                items_w[index] = space.newbytes('')
            else:
                n = min(ord(data[start]), field.count - 1)
                assert n >= 0
                items_w[index] = space.newbytes(data[start + 1:start + 1 + n])
            index += 1
            continue
        for k in range(field.count):
            p = start + k * field.size
            items_w[index] = _unpack_one(space, fmt, field, data, p)
            index += 1
    return items_w


def _unpack_one(space, fmt, field, data, p):
    code = field.code
    if code == 'c':
        return space.newbytes(data[p])
    if code == '?':
        return space.newbool(data[p] != '\x00')
    value = _read_uint(data, p, field.size, fmt.little)
    if code in 'efd':
        return space.newfloat(ieee.float_unpack(value, field.size))
    num = rbigint.fromrarith_int(value)
    if code in SIGNED and code != 'P':
        bits = field.size * 8
        if num.ge(rbigint.fromint(1).lshift(bits - 1)):
            num = num.sub(rbigint.fromint(1).lshift(bits))
    return space.newbigint(num)


# --- buffers and the module's functions -------------------------------------

def _format_of(space, w_format):
    if space.isinstance_w(w_format, space.w_str):
        fmt = space.text_w(w_format)
    elif isinstance(w_format, W_BytesObject):
        fmt = space.bytes_w(w_format)
    else:
        raise oefmt(space.w_TypeError,
                    "Struct() argument 1 must be a str or bytes object, "
                    "not %T", w_format)
    return compile_format(space, fmt)


def _readable(space, w_buffer):
    data = _bytes_of(space, w_buffer)
    if data is None:
        raise oefmt(space.w_TypeError,
                    "a bytes-like object is required, not '%T'", w_buffer)
    return data


def do_pack(space, fmt, args_w):
    return space.newbytes(pack_items(space, fmt, args_w))


def do_unpack(space, fmt, w_buffer):
    data = _readable(space, w_buffer)
    if len(data) != fmt.size:
        raise struct_error(space, "unpack requires a buffer of %d bytes"
                           % fmt.size)
    return space.newtuple(unpack_items(space, fmt, data, 0))


def do_unpack_from(space, fmt, w_buffer, offset):
    data = _readable(space, w_buffer)
    n = len(data)
    if offset < 0:
        if offset + n < 0:
            raise struct_error(space, "offset %d out of range for %d-byte "
                               "buffer" % (offset, n))
        if offset + fmt.size > 0:
            raise struct_error(space, "not enough data to unpack %d bytes "
                               "at offset %d" % (fmt.size, offset))
        offset += n
    if n - offset < fmt.size:
        raise struct_error(space, "unpack_from requires a buffer of at "
                           "least %d bytes for unpacking %d bytes at offset "
                           "%d (actual buffer size is %d)"
                           % (fmt.size + offset, fmt.size, offset, n))
    return space.newtuple(unpack_items(space, fmt, data, offset))


def do_pack_into(space, fmt, w_buffer, offset, args_w):
    view = writable_view(space, w_buffer)
    try:
        _pack_into_view(space, fmt, view, offset, args_w)
    finally:
        view.released = True


def _pack_into_view(space, fmt, view, offset, args_w):
    packed = pack_items(space, fmt, args_w)
    n = view.nbytes()
    if offset < 0:
        if offset + n < 0:
            raise struct_error(space, "offset %d out of range for %d-byte "
                               "buffer" % (offset, n))
        if offset + fmt.size > 0:
            raise struct_error(space, "no space to pack %d bytes at offset "
                               "%d" % (fmt.size, offset))
        offset += n
    if n - offset < fmt.size:
        raise struct_error(space, "pack_into requires a buffer of at least "
                           "%d bytes for packing %d bytes at offset %d "
                           "(actual buffer size is %d)"
                           % (fmt.size + offset, fmt.size, offset, n))
    view.write_bytes(space, offset, packed)


def do_iter_unpack(space, fmt, w_buffer):
    if fmt.size == 0:
        raise struct_error(space, "cannot iteratively unpack with a struct "
                           "of length 0")
    data = _readable(space, w_buffer)
    if len(data) % fmt.size != 0:
        raise struct_error(space, "iterative unpacking requires a buffer of "
                           "a multiple of %d bytes" % fmt.size)
    return W_UnpackIter(space, fmt, data)


class W_UnpackIter(W_Root):
    def __init__(self, space, fmt, data):
        self.fmt = fmt
        self.data = data
        self.pos = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.pos >= len(self.data):
            raise OperationError(space.w_StopIteration, None)
        items_w = unpack_items(space, self.fmt, self.data, self.pos)
        self.pos += self.fmt.size
        return space.newtuple(items_w)

    def descr_length_hint(self, space):
        return space.newint((len(self.data) - self.pos) // self.fmt.size)


W_UnpackIter.typedef = TypeDef(
    'unpack_iterator',
    module='_struct',
    __iter__=interp2app(W_UnpackIter.descr_iter),
    __next__=interp2app(W_UnpackIter.descr_next),
    __length_hint__=interp2app(W_UnpackIter.descr_length_hint),
    acceptable_as_base=False,
)


def _offset(space, w_offset):
    return space.getindex_w(w_offset, space.w_IndexError)


def pack(space, w_format, args_w):
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    return do_pack(space, _format_of(space, w_format), args_w)


def unpack(space, w_format, w_buffer):
    """Return a tuple containing values unpacked according to the format
string.

The buffer's size in bytes must be calcsize(format)."""
    return do_unpack(space, _format_of(space, w_format), w_buffer)


def unpack_from(space, w_format, w_buffer, w_offset=None):
    """Return a tuple containing values unpacked according to the format
string.

The buffer's size, minus offset, must be at least calcsize(format)."""
    offset = 0 if w_offset is None else _offset(space, w_offset)
    return do_unpack_from(space, _format_of(space, w_format), w_buffer,
                          offset)


def pack_into(space, w_format, w_buffer, w_offset, args_w):
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset."""
    do_pack_into(space, _format_of(space, w_format), w_buffer,
                 _offset(space, w_offset), args_w)


def iter_unpack(space, w_format, w_buffer):
    """Return an iterator yielding tuples unpacked from the given bytes.

The buffer's size in bytes must be a multiple of calcsize(format)."""
    return do_iter_unpack(space, _format_of(space, w_format), w_buffer)


def calcsize(space, w_format):
    """Return size in bytes of the struct described by the format
string."""
    return space.newint(_format_of(space, w_format).size)


class W_Struct(W_Root):
    def __init__(self, space, w_format, fmt):
        self.w_format = w_format
        self.fmt = fmt

    def descr_pack(self, space, args_w):
        """S.pack(v1, v2, ...) -> bytes"""
        return do_pack(space, self.fmt, args_w)

    def descr_unpack(self, space, w_buffer):
        """Return a tuple containing unpacked values."""
        return do_unpack(space, self.fmt, w_buffer)

    def descr_unpack_from(self, space, w_buffer, w_offset=None):
        """Return a tuple containing unpacked values."""
        offset = 0 if w_offset is None else _offset(space, w_offset)
        return do_unpack_from(space, self.fmt, w_buffer, offset)

    def descr_pack_into(self, space, w_buffer, w_offset, args_w):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        do_pack_into(space, self.fmt, w_buffer, _offset(space, w_offset),
                     args_w)

    def descr_iter_unpack(self, space, w_buffer):
        """Return an iterator yielding tuples."""
        return do_iter_unpack(space, self.fmt, w_buffer)

    def descr_get_format(self, space):
        if isinstance(self.w_format, W_BytesObject):
            return space.newtext(space.bytes_w(self.w_format))
        return self.w_format

    def descr_get_size(self, space):
        return space.newint(self.fmt.size)


def descr_new_struct(space, w_type, w_format):
    fmt = _format_of(space, w_format)
    w_obj = space.allocate_instance(W_Struct, w_type)
    W_Struct.__init__(w_obj, space, w_format, fmt)
    return w_obj


W_Struct.typedef = TypeDef(
    'Struct',
    doc="Struct(format)\n--\n\nCreate a compiled struct object.",
    module='_struct',
    __new__=interp2app(descr_new_struct, app_name='__new__'),
    pack=interp2app(W_Struct.descr_pack),
    unpack=interp2app(W_Struct.descr_unpack),
    unpack_from=interp2app(W_Struct.descr_unpack_from),
    pack_into=interp2app(W_Struct.descr_pack_into),
    iter_unpack=interp2app(W_Struct.descr_iter_unpack),
    format=GetSetProperty(W_Struct.descr_get_format),
    size=GetSetProperty(W_Struct.descr_get_size),
)
register_user_subclassable(W_Struct)


def struct_type(space):
    return space.gettypeobject(W_Struct.typedef)


def _clearcache(space):
    """Clear the internal cache (formats are parsed on each call, so there
    is none to clear)."""
    return space.w_None
