"""The codecs built into the interpreter: UTF-8, UTF-16 and UTF-32 (each
with its -le/-be variants), Latin-1 and ASCII, with their error handling.
str.encode, bytes.decode and str(b, encoding) come here first
(`encode_text`, `decode_bytes`); any other encoding name goes through the
codec registry of the `_codecs` module (interpreter/module/_codecs), as in
CPython.  The `_codecs` functions (utf_16_decode, ...) call the codecs
below directly.

Error handling.  A run of characters (or bytes) that the codec cannot
handle is given to the error handler named by `errors`: strict, ignore,
replace, backslashreplace, xmlcharrefreplace, namereplace,
surrogateescape and surrogatepass are done here inline; any other name is
looked up in the registry of `_codecs.register_error` and called with a
UnicodeEncodeError/UnicodeDecodeError (encoding, object, start, end,
reason), to answer (replacement, position to resume at).

The UTF-8 decoder classifies each malformed sequence (and reports it)
the way CPython 3.11 does.  The BOM-less forms of UTF-16 and UTF-32 write
little-endian (the byte order of the machines we build for) and read
either order, after a BOM.
"""

from __future__ import absolute_import

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from interpreter.error import OperationError, oefmt

(UTF8, LATIN1, ASCII, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE,
 UTF32BE) = range(9)

_NAMES = ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be',
          'utf-32', 'utf-32-le', 'utf-32-be']

# Normalised names (see normalize_encoding) of the codecs above.
_ALIASES = {
    'utf_8': UTF8, 'utf8': UTF8, 'u8': UTF8, 'utf': UTF8,
    'cp65001': UTF8,
    'latin_1': LATIN1, 'latin1': LATIN1, 'latin': LATIN1, 'l1': LATIN1,
    'iso_8859_1': LATIN1, 'iso8859_1': LATIN1, '8859': LATIN1,
    'cp819': LATIN1, 'iso_ir_100': LATIN1,
    'ascii': ASCII, 'us_ascii': ASCII, '646': ASCII, 'us': ASCII,
    'utf_16': UTF16, 'utf16': UTF16, 'u16': UTF16,
    'utf_16_le': UTF16LE, 'utf_16le': UTF16LE,
    'utf_16_be': UTF16BE, 'utf_16be': UTF16BE,
    'utf_32': UTF32, 'utf32': UTF32, 'u32': UTF32,
    'utf_32_le': UTF32LE, 'utf_32le': UTF32LE,
    'utf_32_be': UTF32BE, 'utf_32be': UTF32BE,
}


def normalize_encoding(encoding):
    """CPython's normalisation of codec names: lower case, and every run
    of characters other than letters, digits and '.' becomes one '_'
    (none at either end)."""
    result = []
    pending_sep = False
    for c in encoding:
        if ('a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9' or
                c == '.'):
            if pending_sep and result:
                result.append('_')
            pending_sep = False
            if 'A' <= c <= 'Z':
                c = chr(ord(c) + 32)
            result.append(c)
        else:
            pending_sep = True
    return ''.join(result)


# the names most programs spell, looked up before any normalisation
_COMMON = {'utf-8': UTF8, 'utf8': UTF8, 'UTF-8': UTF8, 'ascii': ASCII,
           'latin-1': LATIN1, 'latin1': LATIN1}


def builtin_codec(encoding):
    """The codec number of one of the codecs here, or -1."""
    codec = _COMMON.get(encoding, -1)
    if codec >= 0:
        return codec
    return _ALIASES.get(normalize_encoding(encoding), -1)


def _hex(n, ndigits):
    digits = '0123456789abcdef'
    result = ''
    for _ in range(ndigits):
        result = digits[n & 0xf] + result
        n >>= 4
    return result


def char_escape(code):
    """The backslash escape of a code point, as backslashreplace writes
    it."""
    if code <= 0xff:
        return '\\x' + _hex(code, 2)
    if code <= 0xffff:
        return '\\u' + _hex(code, 4)
    return '\\U' + _hex(code, 8)


def char_name_escape(code):
    """\\N{NAME}, or the backslash escape of a character without a
    name (namereplace)."""
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    try:
        return '\\N{' + unicodedb.name(code) + '}'
    except KeyError:
        return char_escape(code)


def _is_surrogate(code):
    return 0xd800 <= code <= 0xdfff


# --- encoding ---------------------------------------------------------

def _encodable(codec, code):
    if codec == LATIN1:
        return code < 0x100
    if codec == ASCII:
        return code < 0x80
    return not _is_surrogate(code)


def _reason(codec):
    if codec == LATIN1:
        return 'ordinal not in range(256)'
    if codec == ASCII:
        return 'ordinal not in range(128)'
    return 'surrogates not allowed'


def _utf8_append(builder, code):
    if code < 0x80:
        builder.append(chr(code))
    elif code < 0x800:
        builder.append(chr(0xc0 | (code >> 6)))
        builder.append(chr(0x80 | (code & 0x3f)))
    elif code < 0x10000:
        builder.append(chr(0xe0 | (code >> 12)))
        builder.append(chr(0x80 | ((code >> 6) & 0x3f)))
        builder.append(chr(0x80 | (code & 0x3f)))
    else:
        builder.append(chr(0xf0 | (code >> 18)))
        builder.append(chr(0x80 | ((code >> 12) & 0x3f)))
        builder.append(chr(0x80 | ((code >> 6) & 0x3f)))
        builder.append(chr(0x80 | (code & 0x3f)))


def _unit16(builder, unit, big):
    if big:
        builder.append(chr(unit >> 8))
        builder.append(chr(unit & 0xff))
    else:
        builder.append(chr(unit & 0xff))
        builder.append(chr(unit >> 8))


def _emit(builder, codec, code):
    """Append the encoding of one code point (that the codec can encode,
    or a surrogate for surrogatepass)."""
    if codec == UTF8:
        _utf8_append(builder, code)
    elif codec == LATIN1 or codec == ASCII:
        builder.append(chr(code))
    elif codec == UTF16LE or codec == UTF16BE:
        big = codec == UTF16BE
        if code >= 0x10000:
            code -= 0x10000
            _unit16(builder, 0xd800 | (code >> 10), big)
            _unit16(builder, 0xdc00 | (code & 0x3ff), big)
        else:
            _unit16(builder, code, big)
    else:
        if codec == UTF32BE:
            builder.append(chr(code >> 24))
            builder.append(chr((code >> 16) & 0xff))
            builder.append(chr((code >> 8) & 0xff))
            builder.append(chr(code & 0xff))
        else:
            builder.append(chr(code & 0xff))
            builder.append(chr((code >> 8) & 0xff))
            builder.append(chr((code >> 16) & 0xff))
            builder.append(chr(code >> 24))


def _emit_ascii(builder, codec, text):
    for c in text:
        _emit(builder, codec, ord(c))


def encode(space, codec, value, errors, byteorder=0):
    """value (unicode) encoded by one of the codecs here; an interp-level
    str.  For UTF-16 and UTF-32, byteorder -1 or 1 asks for little- or
    big-endian without a BOM."""
    name = _NAMES[codec]
    builder = StringBuilder(len(value))
    if codec == UTF16:
        if byteorder > 0:
            codec = UTF16BE
        else:
            codec = UTF16LE
            if byteorder == 0:
                builder.append('\xff\xfe')
    elif codec == UTF32:
        if byteorder > 0:
            codec = UTF32BE
        else:
            codec = UTF32LE
            if byteorder == 0:
                builder.append('\xff\xfe\x00\x00')
    n = len(value)
    i = 0
    while i < n:
        code = ord(value[i])
        if _encodable(codec, code):
            _emit(builder, codec, code)
            i += 1
            continue
        # a run of characters this codec cannot encode
        end = i + 1
        while end < n and not _encodable(codec, ord(value[end])):
            end += 1
        i = _encode_failure(space, builder, codec, name, value, i, end,
                            errors)
    return builder.build()


def encode_error(space, name, value, start, end, reason):
    """The UnicodeEncodeError (an OperationError) for value[start:end]."""
    w_exc = space.call_function(
        space.w_UnicodeEncodeError, space.newtext(name),
        space.newunicode(value), space.newint(start), space.newint(end),
        space.newtext(reason))
    return OperationError(space.w_UnicodeEncodeError, w_exc)


def _encode_failure(space, builder, codec, name, value, start, end,
                    errors):
    """Handle value[start:end], which the codec cannot encode; return
    where encoding resumes."""
    if errors == 'strict':
        raise encode_error(space, name, value, start, end, _reason(codec))
    elif errors == 'ignore':
        pass
    elif errors == 'replace':
        for _ in range(start, end):
            _emit(builder, codec, ord('?'))
    elif errors == 'backslashreplace':
        for j in range(start, end):
            _emit_ascii(builder, codec, char_escape(ord(value[j])))
    elif errors == 'xmlcharrefreplace':
        for j in range(start, end):
            _emit_ascii(builder, codec, '&#%d;' % ord(value[j]))
    elif errors == 'namereplace':
        for j in range(start, end):
            _emit_ascii(builder, codec, char_name_escape(ord(value[j])))
    elif errors == 'surrogateescape':
        for j in range(start, end):
            code = ord(value[j])
            if not 0xdc80 <= code <= 0xdcff or codec > ASCII:
                raise encode_error(space, name, value, j, j + 1,
                                   _reason(codec))
            builder.append(chr(code - 0xdc00))
    elif errors == 'surrogatepass' and codec != LATIN1 and codec != ASCII:
        for j in range(start, end):
            _emit(builder, codec, ord(value[j]))
    elif errors == 'surrogatepass':
        raise encode_error(space, name, value, start, end, _reason(codec))
    else:
        return _call_encode_handler(space, builder, codec, name, value,
                                    start, end, errors)
    return end


def lookup_error_handler(space, errors):
    from interpreter.module._codecs.interp_codecs import lookup_error_w
    return lookup_error_w(space, errors)


def _handler_result(space, w_result, n, encoding):
    """(replacement, position) from an error handler's answer, the
    position made absolute and checked."""
    if encoding:
        what = 'encoding error handler must return (str/bytes, int) tuple'
    else:
        what = 'decoding error handler must return (str, int) tuple'
    if not space.isinstance_w(w_result, space.w_tuple):
        raise oefmt(space.w_TypeError, "%s", what)
    items_w = space.fixedview(w_result)
    if len(items_w) != 2 or not space.isinstance_w(items_w[1], space.w_int):
        raise oefmt(space.w_TypeError, "%s", what)
    w_replacement = items_w[0]
    if not (space.isinstance_w(w_replacement, space.w_str) or
            (encoding and space.isinstance_w(w_replacement, space.w_bytes))):
        raise oefmt(space.w_TypeError, "%s", what)
    pos = space.int_w(items_w[1])
    if pos < 0:
        pos += n
    if pos < 0 or pos > n:
        raise oefmt(space.w_IndexError,
                    "position %d from error handler out of bounds", pos)
    return w_replacement, pos


def _call_encode_handler(space, builder, codec, name, value, start, end,
                         errors):
    w_handler = lookup_error_handler(space, errors)
    operr = encode_error(space, name, value, start, end, _reason(codec))
    w_result = space.call_function(w_handler, operr.get_w_value(space))
    w_replacement, pos = _handler_result(space, w_result, len(value), True)
    if space.isinstance_w(w_replacement, space.w_bytes):
        builder.append(space.bytes_w(w_replacement))
        return pos
    for c in space.unicode_w(w_replacement):
        if not _encodable(codec, ord(c)):
            raise operr
        _emit(builder, codec, ord(c))
    return pos


def encode_text(space, value, encoding, errors):
    """value (unicode) encoded (str.encode); returns an interp-level
    str."""
    codec = builtin_codec(encoding)
    if codec >= 0:
        return encode(space, codec, value, errors)
    from interpreter.module._codecs.interp_codecs import encode_by_registry
    return encode_by_registry(space, value, encoding, errors)


# --- decoding ---------------------------------------------------------

def decode_error(space, name, data, start, end, reason):
    """The UnicodeDecodeError (an OperationError) for data[start:end]."""
    w_exc = space.call_function(
        space.w_UnicodeDecodeError, space.newtext(name),
        space.newbytes(data), space.newint(start), space.newint(end),
        space.newtext(reason))
    return OperationError(space.w_UnicodeDecodeError, w_exc)


def decode_failure(space, builder, name, data, start, end, reason,
                   errors):
    """Handle data[start:end], which the codec cannot decode; return where
    decoding resumes."""
    if errors == 'strict' or errors == 'surrogatepass':
        raise decode_error(space, name, data, start, end, reason)
    elif errors == 'ignore':
        pass
    elif errors == 'replace':
        builder.append(u'\ufffd')
    elif errors == 'backslashreplace':
        for j in range(start, end):
            for c in '\\x' + _hex(ord(data[j]), 2):
                builder.append(unichr(ord(c)))
    elif errors == 'surrogateescape':
        for j in range(start, end):
            byte = ord(data[j])
            if byte < 128:
                raise decode_error(space, name, data, start, end, reason)
            builder.append(unichr(0xdc00 + byte))
    else:
        w_handler = lookup_error_handler(space, errors)
        operr = decode_error(space, name, data, start, end, reason)
        w_result = space.call_function(w_handler, operr.get_w_value(space))
        w_replacement, pos = _handler_result(space, w_result, len(data),
                                             False)
        builder.append(space.unicode_w(w_replacement))
        return pos
    return end


def decode(space, codec, data, errors, final=True):
    """(unicode, number of bytes consumed) of data decoded by one of the
    codecs here.  When not final, an incomplete sequence at the end is
    left for the next call instead of being an error."""
    if codec == UTF8:
        return _decode_utf8(space, data, errors, final)
    if codec == LATIN1 or codec == ASCII:
        return _decode_8bit(space, codec, data, errors), len(data)
    if codec == UTF16 or codec == UTF16LE or codec == UTF16BE:
        byteorder = 0
        if codec == UTF16LE:
            byteorder = -1
        elif codec == UTF16BE:
            byteorder = 1
        result, consumed, _ = decode_utf16(space, data, errors, byteorder,
                                           final)
        return result, consumed
    byteorder = 0
    if codec == UTF32LE:
        byteorder = -1
    elif codec == UTF32BE:
        byteorder = 1
    result, consumed, _ = decode_utf32(space, data, errors, byteorder, final)
    return result, consumed


def decode_bytes(space, data, encoding, errors):
    """data (an interp-level str) decoded to unicode (bytes.decode)."""
    codec = builtin_codec(encoding)
    if codec >= 0:
        result, _ = decode(space, codec, data, errors)
        return result
    from interpreter.module._codecs.interp_codecs import decode_by_registry
    return decode_by_registry(space, data, encoding, errors)


def _decode_8bit(space, codec, data, errors):
    builder = UnicodeBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        byte = ord(data[i])
        if byte < 0x80 or codec == LATIN1:
            builder.append(unichr(byte))
            i += 1
            continue
        i = decode_failure(space, builder, 'ascii', data, i, i + 1,
                           'ordinal not in range(128)', errors)
    return builder.build()


def _decode_utf8(space, data, errors, final):
    builder = UnicodeBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        byte = ord(data[i])
        if byte < 0x80:
            builder.append(unichr(byte))
            i += 1
            continue
        code, end, reason = _utf8_sequence(data, i,
                                           errors == 'surrogatepass')
        if not reason:
            builder.append(unichr(code))
            i = end
            continue
        if end == n and reason == 'unexpected end of data' and not final:
            break
        i = decode_failure(space, builder, 'utf-8', data, i, end, reason,
                           errors)
    return builder.build(), i


def _utf8_sequence(data, i, allow_surrogates):
    """(code point, end, '') of the UTF-8 sequence at data[i] (whose first
    byte is >= 0x80), or (0, end of the bad part, reason)."""
    n = len(data)
    first = ord(data[i])
    if 0xc2 <= first <= 0xdf:
        length = 2
        code = first & 0x1f
    elif 0xe0 <= first <= 0xef:
        length = 3
        code = first & 0x0f
    elif 0xf0 <= first <= 0xf4:
        length = 4
        code = first & 0x07
    else:
        return 0, i + 1, 'invalid start byte'
    for k in range(1, length):
        if i + k >= n:
            return 0, n, 'unexpected end of data'
        byte = ord(data[i + k])
        low = 0x80
        high = 0xbf
        if k == 1:
            # the second byte excludes overlong forms, surrogates and
            # code points above U+10FFFF
            if first == 0xe0:
                low = 0xa0
            elif first == 0xed and not allow_surrogates:
                high = 0x9f
            elif first == 0xf0:
                low = 0x90
            elif first == 0xf4:
                high = 0x8f
        if not low <= byte <= high:
            return 0, i + k, 'invalid continuation byte'
        code = (code << 6) | (byte & 0x3f)
    return code, i + length, ''


def _read16(data, i, big):
    if big:
        return (ord(data[i]) << 8) | ord(data[i + 1])
    return ord(data[i]) | (ord(data[i + 1]) << 8)


def decode_utf16(space, data, errors, byteorder, final):
    """(unicode, bytes consumed, byte order) of UTF-16 data; byteorder
    -1 (little-endian), 1 (big-endian) or 0 (after a BOM if there is one,
    else little-endian; the BOM is consumed)."""
    n = len(data)
    i = 0
    if byteorder == 0 and n >= 2:
        if data[0] == '\xff' and data[1] == '\xfe':
            byteorder = -1
            i = 2
        elif data[0] == '\xfe' and data[1] == '\xff':
            byteorder = 1
            i = 2
    big = byteorder > 0
    name = 'utf-16-be' if big else 'utf-16-le'
    builder = UnicodeBuilder(n // 2)
    while i < n:
        if i + 1 >= n:
            if not final:
                break
            i = decode_failure(space, builder, name, data, i, n,
                               'truncated data', errors)
            continue
        unit = _read16(data, i, big)
        if not _is_surrogate(unit):
            builder.append(unichr(unit))
            i += 2
            continue
        if unit >= 0xdc00:
            if errors == 'surrogatepass':
                builder.append(unichr(unit))
                i += 2
                continue
            i = decode_failure(space, builder, name, data, i, i + 2,
                               'illegal encoding', errors)
            continue
        if i + 3 >= n:
            if not final:
                break
            if errors == 'surrogatepass' and i + 2 == n:
                builder.append(unichr(unit))
                i += 2
                continue
            i = decode_failure(space, builder, name, data, i, n,
                               'unexpected end of data', errors)
            continue
        low = _read16(data, i + 2, big)
        if 0xdc00 <= low <= 0xdfff:
            builder.append(unichr(0x10000 + ((unit - 0xd800) << 10) +
                                  (low - 0xdc00)))
            i += 4
            continue
        if errors == 'surrogatepass':
            builder.append(unichr(unit))
            i += 2
            continue
        i = decode_failure(space, builder, name, data, i, i + 2,
                           'illegal UTF-16 surrogate', errors)
    return builder.build(), i, byteorder


def decode_utf32(space, data, errors, byteorder, final):
    """(unicode, bytes consumed, byte order) of UTF-32 data, as
    decode_utf16."""
    n = len(data)
    i = 0
    if byteorder == 0 and n >= 4:
        if data[0:4] == '\xff\xfe\x00\x00':
            byteorder = -1
            i = 4
        elif data[0:4] == '\x00\x00\xfe\xff':
            byteorder = 1
            i = 4
    big = byteorder > 0
    name = 'utf-32-be' if big else 'utf-32-le'
    builder = UnicodeBuilder(n // 4)
    while i < n:
        if i + 3 >= n:
            if not final:
                break
            i = decode_failure(space, builder, name, data, i, n,
                               'truncated data', errors)
            continue
        if big:
            code = ((ord(data[i]) << 24) | (ord(data[i + 1]) << 16) |
                    (ord(data[i + 2]) << 8) | ord(data[i + 3]))
        else:
            code = ((ord(data[i + 3]) << 24) | (ord(data[i + 2]) << 16) |
                    (ord(data[i + 1]) << 8) | ord(data[i]))
        if code > 0x10ffff:
            i = decode_failure(space, builder, name, data, i, i + 4,
                               'code point not in range(0x110000)', errors)
            continue
        if _is_surrogate(code) and errors != 'surrogatepass':
            i = decode_failure(space, builder, name, data, i, i + 4,
                               'code point in surrogate code point '
                               'range(0xd800, 0xe000)', errors)
            continue
        builder.append(unichr(code))
        i += 4
    return builder.build(), i, byteorder
