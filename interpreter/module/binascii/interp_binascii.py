"""`binascii` at interp level: base64, hex and the two CRCs, the parts
that `base64`, `secrets`, `uuid`, `zipfile` and `email` use on bulk data.
(uu and quoted-printable live in app_binascii.py.)"""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rstring import StringBuilder

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec
from objspace.std.bytesobject import bytes_like_w


def binascii_error(space, message):
    w_error = space.builtin_modules['binascii'].get('Error')
    return OperationError(w_error, space.call_function(
        w_error, space.newtext(message)))


def ascii_data_w(space, w_data):
    """What the a2b_* functions accept: a bytes-like object or a str of
    ASCII characters."""
    if space.isinstance_w(w_data, space.w_str):
        text = space.unicode_w(w_data)
        out = StringBuilder(len(text))
        for c in text:
            if ord(c) >= 0x80:
                raise oefmt(space.w_ValueError, "string argument should "
                            "contain only ASCII characters")
            out.append(chr(ord(c)))
        return out.build()
    data = bytes_like_w(space, w_data, allow_dunder=False)
    if data is None:
        raise oefmt(space.w_TypeError, "argument should be bytes, buffer "
                    "or ASCII string, not '%T'", w_data)
    return data


def binary_data_w(space, w_data):
    data = bytes_like_w(space, w_data, allow_dunder=False)
    if data is None:
        raise oefmt(space.w_TypeError,
                    "a bytes-like object is required, not '%T'", w_data)
    return data


def unsigned_mask_w(space, w_value):
    """An `unsigned int` argument as CPython's converter takes it: any
    int, reduced modulo 2**32."""
    w_masked = space.and_(space.index(w_value), space.newint(0xffffffff))
    return r_uint(space.int_w(w_masked))


# ---------------------------------------------------------------- base64

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [64] * 256       # 64: not a base64 character
for _i in range(64):
    _B64_VALUE[ord(_B64[_i])] = _i
del _i


@unwrap_spec(newline=int)
def b2a_base64(space, w_data, newline):
    """Base64-code line of data (binascii._b2a_base64; the app-level
    b2a_base64 makes `newline` keyword-only)."""
    data = binary_data_w(space, w_data)
    n = len(data)
    out = StringBuilder((n + 2) // 3 * 4 + 1)
    i = 0
    while i + 2 < n:
        word = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8) | \
            ord(data[i + 2])
        out.append(_B64[word >> 18])
        out.append(_B64[(word >> 12) & 0x3f])
        out.append(_B64[(word >> 6) & 0x3f])
        out.append(_B64[word & 0x3f])
        i += 3
    rest = n - i
    if rest == 1:
        word = ord(data[i]) << 16
        out.append(_B64[word >> 18])
        out.append(_B64[(word >> 12) & 0x3f])
        out.append('==')
    elif rest == 2:
        word = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8)
        out.append(_B64[word >> 18])
        out.append(_B64[(word >> 12) & 0x3f])
        out.append(_B64[(word >> 6) & 0x3f])
        out.append('=')
    if newline:
        out.append('\n')
    return space.newbytes(out.build())


@unwrap_spec(strict_mode=int)
def a2b_base64(space, w_data, strict_mode):
    """Decode a line of base64 data (binascii._a2b_base64; the app-level
    a2b_base64 makes `strict_mode` keyword-only).

    In non-strict mode, characters outside the alphabet are skipped and
    decoding stops at the padding that completes a group of four."""
    data = ascii_data_w(space, w_data)
    n = len(data)
    if strict_mode and n > 0 and data[0] == '=':
        raise binascii_error(space, "Leading padding not allowed")
    out = StringBuilder(n // 4 * 3 + 3)
    produced = 0
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c == '=':
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i < n:
                        raise binascii_error(space,
                                             "Excess data after padding")
                    return space.newbytes(out.build())
            continue
        value = _B64_VALUE[ord(c)]
        if value >= 64:
            if strict_mode:
                raise binascii_error(space, "Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise binascii_error(space, "Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(chr(((left << 2) | (value >> 4)) & 0xff))
            produced += 1
            left = value & 0x0f
            quad_pos = 2
        elif quad_pos == 2:
            out.append(chr(((left << 4) | (value >> 2)) & 0xff))
            produced += 1
            left = value & 0x03
            quad_pos = 3
        else:
            out.append(chr(((left << 6) | value) & 0xff))
            produced += 1
            left = 0
            quad_pos = 0
    if quad_pos == 1:
        raise binascii_error(space, "Invalid base64-encoded string: number "
                             "of data characters (%d) cannot be 1 more "
                             "than a multiple of 4" % (produced // 3 * 4 + 1))
    if quad_pos != 0:
        raise binascii_error(space, "Incorrect padding")
    return space.newbytes(out.build())


# ------------------------------------------------------------------- hex

def _hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def a2b_hex(space, w_hexstr):
    """Binary data of hexadecimal representation.

    hexstr must contain an even number of hex digits (upper or lower
    case)."""
    data = ascii_data_w(space, w_hexstr)
    n = len(data)
    if n % 2 != 0:
        raise binascii_error(space, "Odd-length string")
    out = StringBuilder(n // 2)
    i = 0
    while i < n:
        high = _hex_value(data[i])
        low = _hex_value(data[i + 1])
        if high < 0 or low < 0:
            raise binascii_error(space, "Non-hexadecimal digit found")
        out.append(chr((high << 4) | low))
        i += 2
    return space.newbytes(out.build())


# ------------------------------------------------------------------ CRCs

def _make_crc32_table():
    table = []
    for n in range(256):
        c = r_uint(n)
        for k in range(8):
            if c & 1:
                c = r_uint(0xEDB88320) ^ (c >> 1)
            else:
                c = c >> 1
        table.append(c)
    return table

_CRC32_TABLE = _make_crc32_table()


def crc32(space, w_data, w_crc=None):
    """Compute CRC-32 incrementally."""
    data = binary_data_w(space, w_data)
    crc = r_uint(0)
    if w_crc is not None:
        crc = unsigned_mask_w(space, w_crc)
    crc = crc ^ r_uint(0xffffffff)
    for c in data:
        crc = _CRC32_TABLE[intmask((crc ^ r_uint(ord(c))) & 0xff)] ^ \
            (crc >> 8)
    crc = (crc ^ r_uint(0xffffffff)) & r_uint(0xffffffff)
    return space.newint(intmask(crc))


def _make_crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for k in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xffff
            else:
                c = (c << 1) & 0xffff
        table.append(c)
    return table

_CRC_HQX_TABLE = _make_crc_hqx_table()


def crc_hqx(space, w_data, w_crc):
    """Compute CRC-CCITT incrementally."""
    data = binary_data_w(space, w_data)
    crc = intmask(unsigned_mask_w(space, w_crc) & r_uint(0xffff))
    for c in data:
        crc = ((crc << 8) & 0xff00) ^ _CRC_HQX_TABLE[(crc >> 8) ^ ord(c)]
    return space.newint(intmask(crc))
