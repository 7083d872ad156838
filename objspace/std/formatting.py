"""The format specification mini-language: `format(x, spec)`, as the
`__format__` methods of int, float and str use it.

A spec is parsed once into a `FormatSpec` ([[fill]align][sign][z][#][0]
[width][grouping][.precision][type]); then each type lays out its text.
Numbers are split into sign, prefix (0x...), integer digits and the rest
(fraction, exponent, '%'), because padding with '=' alignment and digit
grouping both work on the integer digits only.  Everything is RPython
unicode; the messages are CPython 3.11's.
"""

from __future__ import absolute_import
import sys

from rpython.rlib.rfloat import formatd, isinf, isnan, DTSF_ADD_DOT_0, \
    DTSF_ALT
from rpython.rlib.rstring import UnicodeBuilder

from interpreter.error import oefmt

_MAXWIDTH = sys.maxint // 10 - 1


class FormatSpec(object):
    """A parsed format spec; `type` is u'\\0' when the spec has none."""

    def __init__(self):
        self.fill = u' '
        self.align = u'\0'
        self.sign = u'\0'
        self.no_neg_0 = False
        self.alternate = False
        self.width = -1
        self.thousands = u'\0'
        self.group_size = 3
        self.precision = -1
        self.type = u'\0'


def _char_for_message(c):
    """A spec character as CPython shows it in messages (UTF-8)."""
    code = ord(c)
    if 32 < code < 128:
        return chr(code)
    return '\\x' + _lower_hex(code)


def _lower_hex(n):
    digits = '0123456789abcdef'
    if n == 0:
        return '0'
    result = ''
    while n:
        result = digits[n & 0xf] + result
        n >>= 4
    return result


def _read_number(space, spec, pos):
    """(value, new position) of the decimal digits at spec[pos:]; value
    is -1 when there are none."""
    value = -1
    end = len(spec)
    while pos < end and u'0' <= spec[pos] <= u'9':
        if value < 0:
            value = 0
        if value > _MAXWIDTH:
            raise oefmt(space.w_ValueError,
                        "Too many decimal digits in format string")
        value = value * 10 + (ord(spec[pos]) - ord('0'))
        pos += 1
    return value, pos


def parse_spec(space, w_obj, spec, default_type, default_align):
    """Parse spec (unicode) for an object of w_obj's type."""
    fmt = FormatSpec()
    fmt.align = default_align
    fmt.type = default_type
    end = len(spec)
    pos = 0
    fill_given = False
    align_given = False
    if end >= 2 and spec[1] in u'<>=^':
        fmt.fill = spec[0]
        fmt.align = spec[1]
        fill_given = align_given = True
        pos = 2
    elif end >= 1 and spec[0] in u'<>=^':
        fmt.align = spec[0]
        align_given = True
        pos = 1
    if pos < end and spec[pos] in u'+- ':
        fmt.sign = spec[pos]
        pos += 1
    if pos < end and spec[pos] == u'z':
        fmt.no_neg_0 = True
        pos += 1
    if pos < end and spec[pos] == u'#':
        fmt.alternate = True
        pos += 1
    # a leading '0' means "pad with zeros after the sign" unless a fill
    # character was given explicitly
    if not fill_given and pos < end and spec[pos] == u'0':
        fmt.fill = u'0'
        if not align_given and default_align == u'>':
            fmt.align = u'='
        pos += 1
    fmt.width, pos = _read_number(space, spec, pos)
    if pos < end and spec[pos] == u',':
        fmt.thousands = u','
        pos += 1
    if pos < end and spec[pos] == u'_':
        if fmt.thousands != u'\0':
            raise oefmt(space.w_ValueError, "Cannot specify both ',' and '_'.")
        fmt.thousands = u'_'
        pos += 1
    if pos < end and spec[pos] == u',':
        raise oefmt(space.w_ValueError, "Cannot specify both ',' and '_'.")
    if pos < end and spec[pos] == u'.':
        pos += 1
        fmt.precision, pos = _read_number(space, spec, pos)
        if fmt.precision < 0:
            raise oefmt(space.w_ValueError,
                        "Format specifier missing precision")
    if end - pos > 1:
        raise oefmt(space.w_ValueError,
                    "Invalid format specifier '%s' for object of type '%T'",
                    _utf8(spec), w_obj)
    if end - pos == 1:
        fmt.type = spec[pos]
    if fmt.thousands != u'\0':
        t = fmt.type
        if t in u'defgEG%F\0':
            pass
        elif t in u'boxX' and fmt.thousands == u'_':
            # PEP 515: every four digits in binary, octal and hex
            fmt.group_size = 4
        else:
            raise oefmt(space.w_ValueError, "Cannot specify '%s' with '%s'.",
                        _char_for_message(fmt.thousands),
                        _char_for_message(t))
    return fmt


def _utf8(u):
    from objspace.std.unicodeobject import unicode_to_utf8
    return unicode_to_utf8(u)


def _unknown_code(space, fmt, w_obj):
    return oefmt(space.w_ValueError,
                 "Unknown format code '%s' for object of type '%T'",
                 _char_for_message(fmt.type), w_obj)


# --- layout ---------------------------------------------------------------

def _pad(builder, fill, count):
    for _ in range(count):
        builder.append(fill)


def _aligned(fmt, body):
    """body padded to fmt.width by fmt.fill, as fmt.align says (for
    alignments other than '=')."""
    padding = fmt.width - len(body)
    if padding <= 0:
        return body
    builder = UnicodeBuilder(fmt.width)
    if fmt.align == u'>' or fmt.align == u'=':
        _pad(builder, fmt.fill, padding)
        builder.append(body)
    elif fmt.align == u'^':
        left = padding // 2
        _pad(builder, fmt.fill, left)
        builder.append(body)
        _pad(builder, fmt.fill, padding - left)
    else:
        builder.append(body)
        _pad(builder, fmt.fill, padding)
    return builder.build()


def group_digits(digits, sep, size, min_width):
    """digits with sep between groups of size, counted from the right;
    padded with zeros (and separators) to at least min_width characters,
    never starting with a separator."""
    reversed_chars = []
    in_group = 0
    i = len(digits) - 1
    while i >= 0:
        if in_group == size:
            reversed_chars.append(sep)
            in_group = 0
        reversed_chars.append(digits[i])
        in_group += 1
        i -= 1
    while len(reversed_chars) < min_width:
        if in_group == size:
            reversed_chars.append(sep)
            in_group = 0
        reversed_chars.append(u'0')
        in_group += 1
    reversed_chars.reverse()
    return u''.join(reversed_chars)


def _layout_number(fmt, sign, prefix, digits, rest):
    """The final text of a number: sign, prefix ('0x'), integer digits
    (grouped as fmt says), rest (fraction, exponent, '%')."""
    if fmt.thousands != u'\0' and digits:
        min_width = 0
        if fmt.fill == u'0' and fmt.align == u'=':
            # zero padding is grouped like the digits it extends
            min_width = fmt.width - len(sign) - len(prefix) - len(rest)
        digits = group_digits(digits, fmt.thousands, fmt.group_size,
                              min_width)
    if fmt.align == u'=':
        padding = fmt.width - len(sign) - len(prefix) - len(digits) - \
            len(rest)
        builder = UnicodeBuilder()
        builder.append(sign)
        builder.append(prefix)
        _pad(builder, fmt.fill, padding)
        builder.append(digits)
        builder.append(rest)
        return builder.build()
    return _aligned(fmt, sign + prefix + digits + rest)


def _sign_text(fmt, negative):
    if negative:
        return u'-'
    if fmt.sign == u'+':
        return u'+'
    if fmt.sign == u' ':
        return u' '
    return u''


def ascii_to_unicode(s):
    """An interp-level ASCII str as unicode."""
    builder = UnicodeBuilder(len(s))
    for c in s:
        builder.append(unichr(ord(c)))
    return builder.build()


# --- str --------------------------------------------------------------------

def format_str(space, w_obj, value, spec):
    """str.__format__(spec) for the text value."""
    fmt = parse_spec(space, w_obj, spec, u's', u'<')
    if fmt.type != u's':
        raise _unknown_code(space, fmt, w_obj)
    if fmt.sign != u'\0':
        raise oefmt(space.w_ValueError,
                    "Sign not allowed in string format specifier")
    if fmt.no_neg_0:
        raise oefmt(space.w_ValueError, "Negative zero coercion (z) not "
                    "allowed in string format specifier")
    if fmt.alternate:
        raise oefmt(space.w_ValueError,
                    "Alternate form (#) not allowed in string format "
                    "specifier")
    if fmt.align == u'=':
        raise oefmt(space.w_ValueError,
                    "'=' alignment not allowed in string format specifier")
    precision = fmt.precision
    if 0 <= precision < len(value):
        assert precision >= 0
        value = value[:precision]
    return _aligned(fmt, value)


# --- int --------------------------------------------------------------------

_DIGITS = '0123456789abcdef'


def format_int(space, w_int, spec):
    """int.__format__(spec); w_int is a W_AbstractIntObject."""
    fmt = parse_spec(space, w_int, spec, u'd', u'>')
    t = fmt.type
    if t in u'eEfFgG%':
        # an int formatted as a float
        try:
            value = w_int.as_bigint().tofloat()
        except OverflowError:
            raise oefmt(space.w_OverflowError,
                        "int too large to convert to float")
        return _format_float_spec(space, value, fmt)
    if t not in u'bcdoxXn' or t == u'\0':
        raise _unknown_code(space, fmt, w_int)
    if fmt.precision >= 0:
        raise oefmt(space.w_ValueError,
                    "Precision not allowed in integer format specifier")
    if fmt.no_neg_0:
        raise oefmt(space.w_ValueError, "Negative zero coercion (z) not "
                    "allowed in integer format specifier")
    num = w_int.as_bigint()
    if t == u'c':
        if fmt.sign != u'\0':
            raise oefmt(space.w_ValueError,
                        "Sign not allowed with integer format specifier 'c'")
        if fmt.alternate:
            raise oefmt(space.w_ValueError, "Alternate form (#) not allowed "
                        "with integer format specifier 'c'")
        try:
            code = num.toint()
        except OverflowError:
            code = -1
        if not 0 <= code < 0x110000:
            raise oefmt(space.w_OverflowError,
                        "%%c arg not in range(0x110000)")
        return _layout_number(fmt, u'', u'', unichr(code), u'')
    negative = num.sign < 0
    absnum = num.abs()
    prefix = ''
    if t == u'b':
        digits = absnum.format(_DIGITS[:2])
        prefix = '0b'
    elif t == u'o':
        digits = absnum.format(_DIGITS[:8])
        prefix = '0o'
    elif t == u'x':
        digits = absnum.format(_DIGITS)
        prefix = '0x'
    elif t == u'X':
        digits = absnum.format(_DIGITS).upper()
        prefix = '0X'
    else:
        from objspace.std.intobject import bigint_to_decimal
        digits = bigint_to_decimal(space, absnum)
    if not fmt.alternate:
        prefix = ''
    return _layout_number(fmt, _sign_text(fmt, negative),
                          ascii_to_unicode(prefix),
                          ascii_to_unicode(digits), u'')


# --- float ------------------------------------------------------------------

def format_float(space, w_obj, value, spec):
    """float.__format__(spec) for value."""
    fmt = parse_spec(space, w_obj, spec, u'\0', u'>')
    if fmt.type not in u'eEfFgGn%' and fmt.type != u'\0':
        raise _unknown_code(space, fmt, w_obj)
    return _format_float_spec(space, value, fmt)


def _format_float_spec(space, value, fmt):
    t = fmt.type
    flags = 0
    if fmt.alternate:
        flags |= DTSF_ALT
    default_precision = 6
    if t == u'\0':
        # like repr() without a precision, else like 'g' with at least
        # one digit after the point
        flags |= DTSF_ADD_DOT_0
        t = u'r'
        default_precision = 0
    elif t == u'n':
        # the C locale: no grouping, '.' as the point
        t = u'g'
    percent = False
    if t == u'%':
        t = u'f'
        value *= 100.0
        percent = True
    precision = fmt.precision
    if precision < 0:
        precision = default_precision
    elif t == u'r':
        t = u'g'
    text = formatd(value, chr(ord(t)), precision, flags)
    negative = text.startswith('-')
    start = 1 if negative else 0
    i = start
    while i < len(text) and '0' <= text[i] <= '9':
        i += 1
    assert i >= 0
    digits = text[start:i]
    rest = text[i:]
    if negative and fmt.no_neg_0 and not isnan(value) and \
            not isinf(value) and _all_zero(text):
        negative = False
    if percent:
        rest += '%'
    return _layout_number(fmt, _sign_text(fmt, negative), u'',
                          ascii_to_unicode(digits), ascii_to_unicode(rest))


def _all_zero(text):
    """Whether the formatted number shows only zero digits (the exponent
    aside), so that 'z' drops its minus sign."""
    for c in text:
        if c in 'eE':
            break
        if '1' <= c <= '9':
            return False
    return True
