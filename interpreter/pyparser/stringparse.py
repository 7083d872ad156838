"""Decoding of string and bytes literal tokens (prefixes, escapes).

`split_literal` takes a STRING token's text apart; `decode_str` and
`decode_bytes` compute the value of the part between the quotes.  Errors
raise DecodeError with CPython's message; the parser attaches the position
(CPython reports them at the end of the token).
"""


from __future__ import absolute_import
from rpython.rlib.rstring import UnicodeBuilder, StringBuilder
from interpreter.pyparser.tokenizer import (utf8_sequence_length,
    utf8_error_message, decode_utf8_char, is_hex)


class DecodeError(Exception):
    """A literal whose value cannot be computed.  `at_start` is True for
    the errors CPython reports at the start of the token; `bad_utf8` for
    undecodable source bytes (CPython's column is then in bytes)."""
    def __init__(self, msg, at_start=False, bad_utf8=False):
        self.msg = msg
        self.at_start = at_start
        self.bad_utf8 = bad_utf8


class Literal(object):
    """A STRING token taken apart."""
    def __init__(self, is_bytes, is_raw, is_fstring, is_u, body, body_offset):
        self.is_bytes = is_bytes
        self.is_raw = is_raw
        self.is_fstring = is_fstring
        self.is_u = is_u
        self.body = body
        self.body_offset = body_offset   # byte index of body in the token


def split_literal(text):
    i = 0
    is_bytes = is_raw = is_f = is_u = False
    while text[i] != '"' and text[i] != "'":
        c = text[i]
        if c == 'b' or c == 'B':
            is_bytes = True
        elif c == 'r' or c == 'R':
            is_raw = True
        elif c == 'f' or c == 'F':
            is_f = True
        elif c == 'u':
            # CPython sets Constant.kind only for a lowercase u
            is_u = True
        i += 1
    q = text[i]
    if len(text) - i >= 6 and text[i + 1] == q and text[i + 2] == q:
        start = i + 3
        end = len(text) - 3
    else:
        start = i + 1
        end = len(text) - 1
    assert end >= start
    return Literal(is_bytes, is_raw, is_f, is_u, text[start:end], start)


def _escape_error(what, start, end):
    if end > start:
        where = "bytes in position %d-%d" % (start, end)
    else:
        where = "byte 0x5c in position %d" % start
    return DecodeError("(unicode error) 'unicodeescape' codec can't decode "
                       "%s: %s" % (where, what))


def _hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    return ord(c) - ord('A') + 10


def _append_utf8(builder, s, i):
    """Append the UTF-8 character at s[i]; return the index after it."""
    k = utf8_sequence_length(s, i)
    if k < 0:
        raise DecodeError(utf8_error_message(s, i, k), bad_utf8=True)
    builder.append(unichr(decode_utf8_char(s, i, k)))
    return i + k


def decode_str(s, raw):
    """Value of a str literal body (UTF-8 bytes) as unicode."""
    b = UnicodeBuilder(len(s))
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c != '\\' or raw:
            if ord(c) < 128:
                b.append(unichr(ord(c)))
                i += 1
            else:
                i = _append_utf8(b, s, i)
            continue
        start = i
        i += 1
        if i >= n:
            raise _escape_error("\\ at end of string", start, start)
        c = s[i]
        i += 1
        if c == '\n':
            pass
        elif c == '\\':
            b.append(u'\\')
        elif c == "'":
            b.append(u"'")
        elif c == '"':
            b.append(u'"')
        elif c == 'a':
            b.append(u'\x07')
        elif c == 'b':
            b.append(u'\x08')
        elif c == 'f':
            b.append(u'\x0c')
        elif c == 'n':
            b.append(u'\n')
        elif c == 'r':
            b.append(u'\r')
        elif c == 't':
            b.append(u'\t')
        elif c == 'v':
            b.append(u'\x0b')
        elif '0' <= c <= '7':
            value = ord(c) - ord('0')
            k = 1
            while k < 3 and i < n and '0' <= s[i] <= '7':
                value = value * 8 + ord(s[i]) - ord('0')
                i += 1
                k += 1
            b.append(unichr(value))
        elif c == 'x' or c == 'u' or c == 'U':
            if c == 'x':
                count = 2
                what = "truncated \\xXX escape"
            elif c == 'u':
                count = 4
                what = "truncated \\uXXXX escape"
            else:
                count = 8
                what = "truncated \\UXXXXXXXX escape"
            value = 0
            for k in range(count):
                if i >= n or not is_hex(s[i]):
                    raise _escape_error(what, start, i - 1)
                value = value * 16 + _hex_value(s[i])
                i += 1
            if value > 0x10ffff:
                raise _escape_error("illegal Unicode character", start, i - 1)
            b.append(unichr(value))
        elif c == 'N':
            b.append(unichr(_named_escape(s, start, i)))
            assert i >= 0
            i = s.find('}', i) + 1
        else:
            # unknown escapes stay as they are (CPython only warns)
            b.append(u'\\')
            i -= 1
    return b.build()


def _named_escape(s, start, i):
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    if i >= len(s) or s[i] != '{':
        raise _escape_error("malformed \\N character escape", start, i - 1)
    assert i >= 0
    close = s.find('}', i)
    if close < 0 or close == i + 1:
        end = close
        if end < 0:
            end = len(s) - 1
        raise _escape_error("malformed \\N character escape", start, end)
    assert close >= 0
    name = s[i + 1:close]
    try:
        return unicodedb.lookup(name.upper())
    except KeyError:
        raise _escape_error("unknown Unicode character name", start, close)


def decode_bytes(s, raw):
    """Value of a bytes literal body."""
    n = len(s)
    for k in range(n):
        if ord(s[k]) >= 128:
            raise DecodeError("bytes can only contain ASCII literal "
                              "characters", True)
    if raw:
        return s
    b = StringBuilder(n)
    i = 0
    while i < n:
        c = s[i]
        if c != '\\':
            b.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise DecodeError("(value error) Trailing \\ in string")
        c = s[i]
        i += 1
        if c == '\n':
            pass
        elif c == '\\':
            b.append('\\')
        elif c == "'":
            b.append("'")
        elif c == '"':
            b.append('"')
        elif c == 'a':
            b.append('\x07')
        elif c == 'b':
            b.append('\x08')
        elif c == 'f':
            b.append('\x0c')
        elif c == 'n':
            b.append('\n')
        elif c == 'r':
            b.append('\r')
        elif c == 't':
            b.append('\t')
        elif c == 'v':
            b.append('\x0b')
        elif '0' <= c <= '7':
            value = ord(c) - ord('0')
            k = 1
            while k < 3 and i < n and '0' <= s[i] <= '7':
                value = value * 8 + ord(s[i]) - ord('0')
                i += 1
                k += 1
            b.append(chr(value & 0xff))
        elif c == 'x':
            if i + 1 < n and is_hex(s[i]) and is_hex(s[i + 1]):
                b.append(chr(_hex_value(s[i]) * 16 + _hex_value(s[i + 1])))
                i += 2
            else:
                raise DecodeError("(value error) invalid \\x escape at "
                                  "position %d" % start)
        else:
            b.append('\\')
            i -= 1
    return b.build()
