"""The native item formats of the buffer protocol, shared by memoryview
and array.array: how an item of a format is laid out in bytes (this
machine: x86-64 Linux, little-endian, LP64) and converted to and from
an app-level object.

An item is read as its raw bits (an r_ulonglong, whatever the format)
from a str or a list of chars, then wrapped by its kind: 'i' signed
int, 'u' unsigned int, 'f' IEEE float, '?' bool, 'c' one byte, 'w' one
unicode character (array's 'u').  Range checks and their messages
differ between memoryview and array, so they stay with the callers;
this module only knows the bounds.
"""

from __future__ import absolute_import
import sys

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstruct import ieee

from interpreter.error import oefmt

LITTLE_ENDIAN = sys.byteorder == 'little'

# code -> (size, kind)
FORMATS = {'b': (1, 'i'), 'B': (1, 'u'), 'h': (2, 'i'), 'H': (2, 'u'),
           'i': (4, 'i'), 'I': (4, 'u'), 'l': (8, 'i'), 'L': (8, 'u'),
           'q': (8, 'i'), 'Q': (8, 'u'), 'n': (8, 'i'), 'N': (8, 'u'),
           'P': (8, 'u'), 'f': (4, 'f'), 'd': (8, 'f'),
           '?': (1, '?'), 'c': (1, 'c'), 'w': (4, 'w')}


def format_size(code):
    return FORMATS[code][0]


def format_kind(code):
    return FORMATS[code][1]


@specialize.argtype(0)
def read_bits(data, offset, size):
    """The bits of the item of size bytes at offset of data (a str or a
    list of chars), in native byte order."""
    bits = r_ulonglong(0)
    for k in range(size):
        if LITTLE_ENDIAN:
            c = data[offset + size - 1 - k]
        else:
            c = data[offset + k]
        bits = (bits << 8) | r_ulonglong(ord(c))
    return bits


def bits_to_chars(bits, size):
    """The size chars that store bits in native byte order."""
    chars = ['\x00'] * size
    for k in range(size):
        byte = chr(intmask(bits & r_ulonglong(0xff)))
        if LITTLE_ENDIAN:
            chars[k] = byte
        else:
            chars[size - 1 - k] = byte
        bits = bits >> 8
    return chars


def wrap_bits(space, code, bits):
    """The app-level value of an item of format code with these bits."""
    size, kind = FORMATS[code]
    if kind == 'f':
        return space.newfloat(ieee.float_unpack(bits, size))
    if kind == '?':
        return space.newbool(bits != 0)
    if kind == 'c':
        return space.newbytes(chr(intmask(bits)))
    if kind == 'w':
        if bits > 0x10ffff:
            raise oefmt(space.w_ValueError,
                        "chr() arg not in range(0x110000)")
        return space.newunicode(unichr(intmask(bits)))
    if kind == 'u':
        if size == 8 and bits >> 63:
            return space.newbigint(rbigint.fromrarith_int(bits))
        return space.newint(intmask(bits))
    value = intmask(bits)
    if size < 8 and value >= 1 << (8 * size - 1):
        value -= 1 << (8 * size)
    return space.newint(value)


def float_bits(value, size):
    """The bits of a float item; values too large for a 4- or 2-byte
    float become infinities, as C's casts do."""
    try:
        return ieee.float_pack(value, size)
    except OverflowError:
        return ieee.float_pack(value * 1e300 * 1e300, size)


def int_bounds(code):
    """The smallest and largest value of an integer format, as
    rbigints."""
    size, kind = FORMATS[code]
    if kind == 'u':
        return (rbigint.fromint(0),
                rbigint.fromint(1).lshift(8 * size).int_sub(1))
    half = rbigint.fromint(1).lshift(8 * size - 1)
    return half.neg(), half.int_sub(1)


def bigint_bits(num, size):
    """The low size bytes of num (two's complement)."""
    mask = rbigint.fromint(1).lshift(8 * size).int_sub(1)
    return num.and_(mask).toulonglong()
