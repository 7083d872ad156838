"""The codecs of backslash escapes (escape_*, unicode_escape_*,
raw_unicode_escape_*) and the mapping codecs (charmap_*), which the
`encodings` package builds most of its single-byte codecs on."""

from __future__ import absolute_import

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec
from interpreter.module._codecs.interp_codecs import (_errors, _text_arg,
                                                      bytes_arg)
from objspace.std import textcodecs
from objspace.std.textcodecs import (decode_failure, encode_error,
                                     char_escape)

_HEX = '0123456789abcdef'


def _hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def _data_arg(space, w_data, funcname):
    """bytes, or a str taken as its UTF-8 bytes (the escape decoders
    accept both)."""
    if space.isinstance_w(w_data, space.w_str):
        return textcodecs.encode(space, textcodecs.UTF8,
                                 space.unicode_w(w_data), 'strict')
    return bytes_arg(space, w_data, funcname)


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\x07', 'b': '\x08',
                   'f': '\x0c', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\x0b'}


# --- escape_encode / escape_decode (bytes to bytes) -------------------

def escape_encode(space, w_data, w_errors=None):
    data = bytes_arg(space, w_data, 'escape_encode')
    builder = StringBuilder(len(data))
    for c in data:
        if c == '\\' or c == "'":
            builder.append('\\' + c)
        elif c == '\t':
            builder.append('\\t')
        elif c == '\n':
            builder.append('\\n')
        elif c == '\r':
            builder.append('\\r')
        elif ord(c) < 0x20 or ord(c) >= 0x7f:
            builder.append('\\x' + _HEX[ord(c) >> 4] + _HEX[ord(c) & 0xf])
        else:
            builder.append(c)
    return space.newtuple([space.newbytes(builder.build()),
                           space.newint(len(data))])


def escape_decode(space, w_data, w_errors=None):
    data = _data_arg(space, w_data, 'escape_decode')
    errors = _errors(space, w_errors)
    builder = StringBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if c != '\\':
            builder.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise oefmt(space.w_ValueError, "Trailing \\ in string")
        c = data[i]
        i += 1
        if c == '\n':
            continue
        simple = _SIMPLE_ESCAPES.get(c, '')
        if simple:
            builder.append(simple)
        elif '0' <= c <= '7':
            value = ord(c) - ord('0')
            k = 1
            while k < 3 and i < n and '0' <= data[i] <= '7':
                value = value * 8 + ord(data[i]) - ord('0')
                i += 1
                k += 1
            builder.append(chr(value & 0xff))
        elif c == 'x':
            if i + 1 < n and _hex_value(data[i]) >= 0 and \
                    _hex_value(data[i + 1]) >= 0:
                builder.append(chr(_hex_value(data[i]) * 16 +
                                   _hex_value(data[i + 1])))
                i += 2
            elif errors == 'ignore':
                pass
            elif errors == 'replace':
                builder.append('?')
            else:
                raise oefmt(space.w_ValueError,
                            "invalid \\x escape at position %d", start)
        else:
            builder.append('\\')
            i -= 1
    return space.newtuple([space.newbytes(builder.build()),
                           space.newint(n)])


# --- unicode_escape, raw_unicode_escape (str to bytes) ----------------

def _escape_char(builder, code, raw):
    if raw:
        if code < 0x100:
            builder.append(chr(code))
        else:
            builder.append(char_escape(code))
        return
    if code == ord('\\'):
        builder.append('\\\\')
    elif code == ord('\t'):
        builder.append('\\t')
    elif code == ord('\n'):
        builder.append('\\n')
    elif code == ord('\r'):
        builder.append('\\r')
    elif code < 0x20 or code >= 0x7f:
        builder.append(char_escape(code))
    else:
        builder.append(chr(code))


def _make_escape_encoder(raw, funcname):
    def encoder(space, w_str, w_errors=None):
        value = _text_arg(space, w_str, funcname)
        builder = StringBuilder(len(value))
        for c in value:
            _escape_char(builder, ord(c), raw)
        return space.newtuple([space.newbytes(builder.build()),
                               space.newint(len(value))])
    encoder.__name__ = funcname
    return encoder


unicode_escape_encode = _make_escape_encoder(False, 'unicode_escape_encode')
raw_unicode_escape_encode = _make_escape_encoder(True,
                                                 'raw_unicode_escape_encode')


def _hex_escape(data, i, ndigits):
    """(value, end): the value of up to ndigits hex digits at data[i];
    end < i + ndigits when they stop early."""
    value = 0
    end = i
    n = len(data)
    while end < n and end < i + ndigits:
        digit = _hex_value(data[end])
        if digit < 0:
            break
        value = value * 16 + digit
        end += 1
    return value, end


def _lookup_name(name):
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    try:
        return unicodedb.lookup(name.upper())
    except KeyError:
        return -1


def _decode_escapes(space, data, errors, final, raw):
    """(unicode, bytes consumed) of data with backslash escapes; the other
    bytes are Latin-1.  raw: only \\u and \\U are escapes."""
    name = 'rawunicodeescape' if raw else 'unicodeescape'
    builder = UnicodeBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if c != '\\':
            builder.append(unichr(ord(c)))
            i += 1
            continue
        start = i
        if raw:
            # an escape only after an odd number of backslashes
            j = i
            while j < n and data[j] == '\\':
                j += 1
            if (j - i) % 2 == 0 or j >= n or (data[j] != 'u' and
                                              data[j] != 'U'):
                for k in range(i, j):
                    builder.append(u'\\')
                i = j
                continue
            for k in range(i, j - 1):
                builder.append(u'\\')
            start = j - 1
            i = j
        else:
            i += 1
            if i >= n:
                if not final:
                    i = start
                    break
                i = decode_failure(space, builder, name, data, start, n,
                                   '\\ at end of string', errors)
                continue
        c = data[i]
        i += 1
        if not raw:
            if c == '\n':
                continue
            simple = _SIMPLE_ESCAPES.get(c, '')
            if simple:
                builder.append(unichr(ord(simple[0])))
                continue
            if '0' <= c <= '7':
                value = ord(c) - ord('0')
                k = 1
                while k < 3 and i < n and '0' <= data[i] <= '7':
                    value = value * 8 + ord(data[i]) - ord('0')
                    i += 1
                    k += 1
                builder.append(unichr(value))
                continue
            if c == 'N':
                i = _decode_named(space, builder, name, data, start, i,
                                  errors, final)
                if i < 0:
                    i = start
                    break
                continue
        if c == 'x' and not raw:
            ndigits = 2
            what = 'truncated \\xXX escape'
        elif c == 'u':
            ndigits = 4
            what = 'truncated \\uXXXX escape'
        elif c == 'U':
            ndigits = 8
            what = 'truncated \\UXXXXXXXX escape'
        else:
            # not an escape: kept as it is
            builder.append(u'\\')
            builder.append(unichr(ord(c)))
            continue
        value, end = _hex_escape(data, i, ndigits)
        if end < i + ndigits:
            if end == n and not final:
                i = start
                break
            i = decode_failure(space, builder, name, data, start, end, what,
                               errors)
            continue
        if value > 0x10ffff:
            i = decode_failure(space, builder, name, data, start, end,
                               'illegal Unicode character', errors)
            continue
        builder.append(unichr(value))
        i = end
    return builder.build(), i


def _decode_named(space, builder, name, data, start, i, errors, final):
    """\\N{NAME} at data[start]; i is after the 'N'.  Returns where
    decoding resumes, or -1 when the escape is incomplete (not final)."""
    n = len(data)
    if i < n and data[i] == '{':
        close = data.find('}', i + 1)
        if close > i + 1:
            name_start = i + 1
            assert name_start >= 0
            code = _lookup_name(data[name_start:close])
            if code >= 0:
                builder.append(unichr(code))
                return close + 1
            return decode_failure(space, builder, name, data, start,
                                  close + 1, 'unknown Unicode character name',
                                  errors)
        if close < 0 and not final:
            return -1
    elif i >= n and not final:
        return -1
    end = i + 1 if i < n and data[i] == '{' else i
    return decode_failure(space, builder, name, data, start, min(end, n),
                          'malformed \\N character escape', errors)


def _make_escape_decoder(raw, funcname):
    @unwrap_spec(final='truth')
    def decoder(space, w_data, w_errors=None, final=True):
        data = _data_arg(space, w_data, funcname)
        result, consumed = _decode_escapes(space, data,
                                           _errors(space, w_errors), final,
                                           raw)
        return space.newtuple([space.newunicode(result),
                               space.newint(consumed)])
    decoder.__name__ = funcname
    return decoder


unicode_escape_decode = _make_escape_decoder(False, 'unicode_escape_decode')
raw_unicode_escape_decode = _make_escape_decoder(True,
                                                 'raw_unicode_escape_decode')


# --- charmap ----------------------------------------------------------

def _map_byte(space, w_mapping, byte):
    """The code point the mapping gives the byte, or -1 (undefined)."""
    if space.isinstance_w(w_mapping, space.w_str):
        table = space.unicode_w(w_mapping)
        if byte >= len(table) or table[byte] == u'\ufffe':
            return -1
        return ord(table[byte])
    try:
        w_char = space.getitem(w_mapping, space.newint(byte))
    except OperationError as e:
        if not e.match(space, space.w_LookupError):
            raise
        return -1
    if space.is_none(w_char):
        return -1
    if space.isinstance_w(w_char, space.w_int):
        code = space.int_w(w_char)
        if code < 0 or code > 0x10ffff:
            raise oefmt(space.w_TypeError,
                        "character mapping must be in range(0x110000)")
        return code
    if space.isinstance_w(w_char, space.w_str):
        text = space.unicode_w(w_char)
        if len(text) == 1:
            if text[0] == u'\ufffe':
                return -1
            return ord(text[0])
        return -2 - len(text)     # a longer string: see the caller
    raise oefmt(space.w_TypeError,
                "character mapping must return integer, None or str")


def charmap_decode(space, w_data, w_errors=None, w_mapping=None):
    data = bytes_arg(space, w_data, 'charmap_decode')
    errors = _errors(space, w_errors)
    if w_mapping is None or space.is_none(w_mapping):
        result, _ = textcodecs.decode(space, textcodecs.LATIN1, data,
                                      errors)
        return space.newtuple([space.newunicode(result),
                               space.newint(len(data))])
    builder = UnicodeBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        code = _map_byte(space, w_mapping, ord(data[i]))
        if code >= 0:
            builder.append(unichr(code))
            i += 1
        elif code < -1:
            # a string of several characters (or none)
            w_char = space.getitem(w_mapping, space.newint(ord(data[i])))
            builder.append(space.unicode_w(w_char))
            i += 1
        else:
            i = decode_failure(space, builder, 'charmap', data, i, i + 1,
                               'character maps to <undefined>', errors)
    return space.newtuple([space.newunicode(builder.build()),
                           space.newint(n)])


def _map_char(space, w_mapping, code):
    """The bytes the mapping gives the character, or None (undefined)."""
    try:
        w_byte = space.getitem(w_mapping, space.newint(code))
    except OperationError as e:
        if not e.match(space, space.w_LookupError):
            raise
        return None
    if space.is_none(w_byte):
        return None
    if space.isinstance_w(w_byte, space.w_int):
        value = space.int_w(w_byte)
        if value < 0 or value > 255:
            raise oefmt(space.w_TypeError,
                        "character mapping must be in range(256)")
        return chr(value)
    if space.isinstance_w(w_byte, space.w_bytes):
        return space.bytes_w(w_byte)
    raise oefmt(space.w_TypeError,
                "character mapping must return integer, bytes or None, "
                "not %T", w_byte)


def _ascii_unicode(text):
    return u''.join([unichr(ord(c)) for c in text])


def _map_text(space, w_mapping, text):
    """text encoded through the mapping, or None if a character is
    undefined."""
    builder = StringBuilder(len(text))
    for c in text:
        mapped = _map_char(space, w_mapping, ord(c))
        if mapped is None:
            return None
        builder.append(mapped)
    return builder.build()


def charmap_encode(space, w_str, w_errors=None, w_mapping=None):
    value = _text_arg(space, w_str, 'charmap_encode')
    errors = _errors(space, w_errors)
    if w_mapping is None or space.is_none(w_mapping):
        result = textcodecs.encode(space, textcodecs.LATIN1, value, errors)
        return space.newtuple([space.newbytes(result),
                               space.newint(len(value))])
    builder = StringBuilder(len(value))
    n = len(value)
    i = 0
    while i < n:
        mapped = _map_char(space, w_mapping, ord(value[i]))
        if mapped is not None:
            builder.append(mapped)
            i += 1
            continue
        end = i + 1
        while end < n and _map_char(space, w_mapping,
                                    ord(value[end])) is None:
            end += 1
        i = _charmap_encode_failure(space, builder, w_mapping, value, i,
                                    end, errors)
    return space.newtuple([space.newbytes(builder.build()),
                           space.newint(n)])


def _charmap_encode_failure(space, builder, w_mapping, value, start, end,
                            errors):
    reason = 'character maps to <undefined>'
    if errors == 'ignore':
        return end
    if errors == 'strict':
        raise encode_error(space, 'charmap', value, start, end, reason)
    if errors == 'replace' or errors == 'backslashreplace' or \
            errors == 'xmlcharrefreplace' or errors == 'namereplace':
        # the replacement text itself goes through the mapping
        for j in range(start, end):
            code = ord(value[j])
            if errors == 'replace':
                text = '?'
            elif errors == 'backslashreplace':
                text = char_escape(code)
            elif errors == 'xmlcharrefreplace':
                text = '&#%d;' % code
            else:
                text = textcodecs.char_name_escape(code)
            mapped = _map_text(space, w_mapping, _ascii_unicode(text))
            if mapped is None:
                raise encode_error(space, 'charmap', value, start, end,
                                   reason)
            builder.append(mapped)
        return end
    w_handler = textcodecs.lookup_error_handler(space, errors)
    operr = encode_error(space, 'charmap', value, start, end, reason)
    w_result = space.call_function(w_handler, operr.get_w_value(space))
    w_replacement, pos = textcodecs._handler_result(space, w_result,
                                                    len(value), True)
    if space.isinstance_w(w_replacement, space.w_bytes):
        builder.append(space.bytes_w(w_replacement))
        return pos
    mapped = _map_text(space, w_mapping, space.unicode_w(w_replacement))
    if mapped is None:
        raise operr
    builder.append(mapped)
    return pos


def charmap_build(space, w_table):
    """The encoding table (a dict: code point -> byte) of a decoding table
(a str of 256 characters)."""
    table = _text_arg(space, w_table, 'charmap_build')
    w_result = space.newdict()
    for i in range(len(table)):
        code = ord(table[i])
        if code == 0xfffe:
            continue        # an undefined byte
        w_code = space.newint(code)
        if space.finditem(w_result, w_code) is None:
            space.setitem(w_result, w_code, space.newint(i))
    return w_result
