"""The codecs built into str.encode, bytes.decode and str(b, encoding):
UTF-8, Latin-1 and ASCII, with the error handlers strict, replace,
ignore, backslashreplace, xmlcharrefreplace (encoding), surrogateescape
and surrogatepass (UTF-8).

The UTF-8 decoder is written out here rather than taken from runicode so
that each malformed sequence is classified (and reported) the way
CPython 3.11 does.  A strict failure raises UnicodeEncodeError or
UnicodeDecodeError with CPython's message; the exception carries the
message only (no .start/.end attributes yet).
"""

from __future__ import absolute_import

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from interpreter.error import oefmt

UTF8, LATIN1, ASCII = range(3)

_ALIASES = {
    'utf-8': UTF8, 'utf8': UTF8, 'u8': UTF8, 'utf': UTF8,
    'latin-1': LATIN1, 'latin1': LATIN1, 'latin': LATIN1, 'l1': LATIN1,
    'iso-8859-1': LATIN1, 'iso8859-1': LATIN1, '8859': LATIN1,
    'cp819': LATIN1, 'iso-ir-100': LATIN1,
    'ascii': ASCII, 'us-ascii': ASCII, '646': ASCII, 'us': ASCII,
}
_NAMES = ['utf-8', 'latin-1', 'ascii']
_LIMITS = [0x110000, 0x100, 0x80]


def lookup_codec(space, encoding):
    key = encoding.lower().replace('_', '-').replace(' ', '-')
    codec = _ALIASES.get(key, -1)
    if codec < 0:
        raise oefmt(space.w_LookupError, "unknown encoding: %s", encoding)
    return codec


def _hex(n, ndigits):
    digits = '0123456789abcdef'
    result = ''
    for _ in range(ndigits):
        result = digits[n & 0xf] + result
        n >>= 4
    return result


def _char_escape(code):
    if code <= 0xff:
        return '\\x' + _hex(code, 2)
    if code <= 0xffff:
        return '\\u' + _hex(code, 4)
    return '\\U' + _hex(code, 8)


def _encodable(codec, code):
    if codec == UTF8:
        return not 0xd800 <= code <= 0xdfff
    return code < _LIMITS[codec]


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


def _decimal(n):
    return str(n)


def encode_text(space, value, encoding, errors):
    """value (unicode) encoded; returns an interp-level str."""
    codec = lookup_codec(space, encoding)
    builder = StringBuilder(len(value))
    n = len(value)
    i = 0
    while i < n:
        code = ord(value[i])
        if _encodable(codec, code):
            if codec == UTF8:
                _utf8_append(builder, code)
            else:
                builder.append(chr(code))
            i += 1
            continue
        # a run of characters this codec cannot encode
        end = i + 1
        while end < n and not _encodable(codec, ord(value[end])):
            end += 1
        if errors == 'strict':
            raise _encode_error(space, codec, value, i, end)
        elif errors == 'ignore':
            pass
        elif errors == 'replace':
            builder.append_multiple_char('?', end - i)
        elif errors == 'backslashreplace':
            for j in range(i, end):
                builder.append(_char_escape(ord(value[j])))
        elif errors == 'xmlcharrefreplace':
            for j in range(i, end):
                builder.append('&#')
                builder.append(_decimal(ord(value[j])))
                builder.append(';')
        elif errors == 'surrogateescape':
            for j in range(i, end):
                code = ord(value[j])
                if not 0xdc80 <= code <= 0xdcff:
                    raise _encode_error(space, codec, value, j, j + 1)
                builder.append(chr(code - 0xdc00))
        elif errors == 'surrogatepass' and codec == UTF8:
            for j in range(i, end):
                _utf8_append(builder, ord(value[j]))
        else:
            raise oefmt(space.w_LookupError,
                        "unknown error handler name '%s'", errors)
        i = end
    return builder.build()


def _encode_error(space, codec, value, start, end):
    if codec == UTF8:
        reason = 'surrogates not allowed'
    else:
        reason = 'ordinal not in range(%d)' % _LIMITS[codec]
    if end - start == 1:
        return oefmt(space.w_UnicodeEncodeError,
                     "'%s' codec can't encode character '%s' in position "
                     "%d: %s", _NAMES[codec], _char_escape(ord(value[start])),
                     start, reason)
    return oefmt(space.w_UnicodeEncodeError,
                 "'%s' codec can't encode characters in position %d-%d: %s",
                 _NAMES[codec], start, end - 1, reason)


def decode_bytes(space, data, encoding, errors):
    """data (an interp-level str) decoded to unicode."""
    codec = lookup_codec(space, encoding)
    builder = UnicodeBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        byte = ord(data[i])
        if byte < 0x80 or codec == LATIN1:
            builder.append(unichr(byte))
            i += 1
            continue
        if codec == ASCII:
            end = i + 1
            reason = 'ordinal not in range(128)'
        else:
            code, end, reason = _utf8_sequence(data, i,
                                               errors == 'surrogatepass')
            if not reason:
                builder.append(unichr(code))
                i = end
                continue
        _decode_failure(space, builder, codec, data, i, end, reason, errors)
        i = end
    return builder.build()


def _decode_failure(space, builder, codec, data, start, end, reason,
                    errors):
    if errors == 'strict' or errors == 'surrogatepass':
        if end - start == 1:
            raise oefmt(space.w_UnicodeDecodeError,
                        "'%s' codec can't decode byte 0x%s in position %d: "
                        "%s", _NAMES[codec], _hex(ord(data[start]), 2), start,
                        reason)
        raise oefmt(space.w_UnicodeDecodeError,
                    "'%s' codec can't decode bytes in position %d-%d: %s",
                    _NAMES[codec], start, end - 1, reason)
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
            builder.append(unichr(0xdc00 + ord(data[j])))
    else:
        raise oefmt(space.w_LookupError,
                    "unknown error handler name '%s'", errors)


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
