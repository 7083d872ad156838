"""printf-style formatting: `str % args` and `bytes % args`.

One formatter serves both types: a bytes template and the bytes it
inserts are handled as unicode holding code points < 256 (latin-1) and
encoded back at the end, so the parsing of `%[(key)][flags][width]
[.precision][length]conversion` and the layout of numbers exist once.
The argument bookkeeping (a tuple, a single object, or a mapping for
`%(key)s`) follows CPython 3.11 closely, so that "not enough arguments"
and "not all arguments converted" are raised in exactly the same cases.
"""

from __future__ import absolute_import

from rpython.rlib.rfloat import formatd, DTSF_ALT
from rpython.rlib.rstring import UnicodeBuilder

from interpreter.error import oefmt
from objspace.std.formatting import ascii_to_unicode
from objspace.std.intobject import W_IntObject
from objspace.std.unicodeobject import W_UnicodeObject


class PercentFormatter(object):
    """One `template % w_args`; is_bytes selects the bytes rules."""

    def __init__(self, space, template, w_args, is_bytes):
        self.space = space
        self.template = template
        self.is_bytes = is_bytes
        self.w_dict = None
        if space.isinstance_w(w_args, space.w_tuple):
            self.args_w = space.fixedview(w_args)
            self.argidx = 0
        else:
            # a single object: "consumed" by the first conversion
            self.args_w = [w_args]
            self.argidx = -2
            if not space.isinstance_w(w_args, space.w_str) and \
                    space.lookup(w_args, '__getitem__') is not None:
                self.w_dict = w_args
        self.w_single = w_args

    def _next_arg(self):
        space = self.space
        if self.argidx >= 0:
            if self.argidx < len(self.args_w):
                w_arg = self.args_w[self.argidx]
                self.argidx += 1
                return w_arg
        elif self.argidx == -2:
            self.argidx = -1
            return self.w_single
        raise oefmt(space.w_TypeError,
                    "not enough arguments for format string")

    def _peek(self, pos):
        if pos >= len(self.template):
            raise oefmt(self.space.w_ValueError, "incomplete format")
        return self.template[pos]

    def _number(self, pos):
        """(value, new position) of the digits at pos, or a '*' argument;
        value -1 when absent."""
        space = self.space
        c = self._peek(pos)
        if c == u'*':
            w_value = self._next_arg()
            if not space.isinstance_w(w_value, space.w_int):
                raise oefmt(space.w_TypeError, "* wants int")
            return space.int_w(w_value), pos + 1
        value = -1
        while u'0' <= c <= u'9':
            if value < 0:
                value = 0
            value = value * 10 + (ord(c) - ord('0'))
            if value > (1 << 30):
                raise oefmt(space.w_ValueError, "width too big")
            pos += 1
            c = self._peek(pos)
        return value, pos

    def format(self):
        space = self.space
        template = self.template
        result = UnicodeBuilder(len(template))
        end = len(template)
        pos = 0
        while pos < end:
            next_pct = template.find(u'%', pos)
            if next_pct < 0:
                result.append_slice(template, pos, end)
                break
            result.append_slice(template, pos, next_pct)
            pos = next_pct + 1
            c = self._peek(pos)
            if c == u'%':
                result.append(u'%')
                pos += 1
                continue
            if c == u'(':
                pos = self._keyed_arg(pos + 1)
            pos = self._conversion(pos, result)
        unconsumed = self.argidx == -2 or (
            self.argidx >= 0 and self.argidx < len(self.args_w))
        if unconsumed and self.w_dict is None:
            raise oefmt(space.w_TypeError,
                        "not all arguments converted during %s formatting",
                        "bytes" if self.is_bytes else "string")
        return result.build()

    def _keyed_arg(self, pos):
        """Parse '(key)' (pos is after '('); the looked-up value becomes
        the single argument of the conversion."""
        space = self.space
        if self.w_dict is None:
            raise oefmt(space.w_TypeError, "format requires a mapping")
        depth = 1
        start = pos
        end = len(self.template)
        while pos < end:
            c = self.template[pos]
            if c == u')':
                depth -= 1
                if depth == 0:
                    break
            elif c == u'(':
                depth += 1
            pos += 1
        if pos >= end:
            raise oefmt(space.w_ValueError, "incomplete format key")
        key = self.template[start:pos]
        if self.is_bytes:
            w_key = space.newbytes(_latin1_encode(key))
        else:
            w_key = space.newunicode(key)
        self.w_single = space.getitem(self.w_dict, w_key)
        self.args_w = [self.w_single]
        self.argidx = -2
        return pos + 1

    def _conversion(self, pos, result):
        """Parse flags, width, precision and the conversion at pos; append
        the converted argument; return the position after it."""
        space = self.space
        left = plus = blank = alternate = zero = False
        while True:
            c = self._peek(pos)
            if c == u'-':
                left = True
            elif c == u'+':
                plus = True
            elif c == u' ':
                blank = True
            elif c == u'#':
                alternate = True
            elif c == u'0':
                zero = True
            else:
                break
            pos += 1
        width, pos = self._number(pos)
        if width < -1:
            # a negative '*' width means left adjustment
            left = True
            width = -width
        precision = -1
        if self._peek(pos) == u'.':
            precision, pos = self._number(pos + 1)
            if precision < 0:
                precision = 0
        c = self._peek(pos)
        if c in u'hlL':
            # length modifiers are accepted and ignored, as in C
            pos += 1
            c = self._peek(pos)
        conv_index = pos
        pos += 1
        if c == u'%':
            self._next_arg()
            result.append(u'%')
            return pos
        w_arg = self._next_arg()
        sign = u''
        prefix = u''
        if c in u'sra' or (c == u'b' and self.is_bytes):
            body = self._text_of(c, w_arg)
            if precision >= 0 and precision < len(body):
                assert precision >= 0
                body = body[:precision]
            numeric = False
        elif c == u'c':
            body = self._char_of(w_arg)
            numeric = False
        elif c in u'diuxXo':
            negative, digits = self._int_digits(c, w_arg)
            while len(digits) < precision:
                digits = u'0' + digits
            if negative:
                sign = u'-'
            if alternate and c in u'xXo':
                prefix = u'0' + c
            body = digits
            numeric = True
        elif c in u'eEfFgG':
            value = self._float_of(w_arg)
            if precision < 0:
                precision = 6
            text = formatd(value, chr(ord(c)), precision,
                           DTSF_ALT if alternate else 0)
            if text.startswith('-'):
                sign = u'-'
                text = text[1:]
            body = ascii_to_unicode(text)
            numeric = True
        else:
            code = ord(c)
            shown = chr(code) if 32 <= code <= 126 else '?'
            raise oefmt(space.w_ValueError,
                        "unsupported format character '%s' (0x%s) at "
                        "index %d", shown, _hex(code), conv_index)
        if numeric and not sign:
            if plus:
                sign = u'+'
            elif blank:
                sign = u' '
        length = len(sign) + len(prefix) + len(body)
        padding = width - length
        if padding <= 0:
            result.append(sign)
            result.append(prefix)
            result.append(body)
        elif left:
            result.append(sign)
            result.append(prefix)
            result.append(body)
            result.append_multiple_char(u' ', padding)
        elif zero and numeric:
            result.append(sign)
            result.append(prefix)
            result.append_multiple_char(u'0', padding)
            result.append(body)
        else:
            result.append_multiple_char(u' ', padding)
            result.append(sign)
            result.append(prefix)
            result.append(body)
        return pos

    def _text_of(self, c, w_arg):
        space = self.space
        if c == u'a' or (c == u'r' and self.is_bytes):
            from interpreter.module.builtins.interp_builtins import ascii
            return space.unicode_w(ascii(space, w_arg))
        if c == u'r':
            return space.unicode_w(space.repr(w_arg))
        if not self.is_bytes:
            if type(w_arg) is W_UnicodeObject:
                return w_arg._value     # exact str: str() is itself
            return space.unicode_w(space.str(w_arg))
        # %s and %b of bytes: a bytes-like object or __bytes__
        from objspace.std.bytesobject import bytes_like_w
        data = bytes_like_w(space, w_arg)
        if data is None:
            raise oefmt(space.w_TypeError,
                        "%%b requires a bytes-like object, or an object "
                        "that implements __bytes__, not '%T'", w_arg)
        return _latin1_decode(data)

    def _char_of(self, w_arg):
        space = self.space
        if self.is_bytes:
            if space.isinstance_w(w_arg, space.w_bytes) and \
                    len(space.bytes_w(w_arg)) == 1:
                return _latin1_decode(space.bytes_w(w_arg))
            if space.isinstance_w(w_arg, space.w_int):
                code = space.getindex_w(w_arg, None)
                if 0 <= code < 256:
                    return unichr(code)
                raise oefmt(space.w_OverflowError,
                            "%%c arg not in range(256)")
            raise oefmt(space.w_TypeError, "%%c requires an integer in "
                        "range(256) or a single byte")
        if space.isinstance_w(w_arg, space.w_str):
            text = space.unicode_w(w_arg)
            if len(text) == 1:
                return text
            raise oefmt(space.w_TypeError, "%%c requires int or char")
        if space.isinstance_w(w_arg, space.w_int):
            code = space.getindex_w(w_arg, None)
            if 0 <= code < 0x110000:
                return unichr(code)
            raise oefmt(space.w_OverflowError,
                        "%%c arg not in range(0x110000)")
        raise oefmt(space.w_TypeError, "%%c requires int or char")

    def _int_digits(self, c, w_arg):
        """(negative, digits) of the integer argument in c's base."""
        space = self.space
        if type(w_arg) is W_IntObject and c in u'diu':
            # a machine int in decimal, without a big int
            value = w_arg.intval
            digits = str(value)
            if value < 0:
                return True, ascii_to_unicode(digits[1:])
            return False, ascii_to_unicode(digits)
        if c in u'diu':
            if not space.isinstance_w(w_arg, space.w_int):
                if space.lookup(w_arg, '__index__') is None and \
                        space.lookup(w_arg, '__int__') is None:
                    raise oefmt(space.w_TypeError, "%%%s format: a real "
                                "number is required, not %T", chr(ord(c)),
                                w_arg)
                w_arg = space.int(w_arg)
        elif not space.isinstance_w(w_arg, space.w_int):
            if space.lookup(w_arg, '__index__') is None:
                raise oefmt(space.w_TypeError, "%%%s format: an integer is "
                            "required, not %T", chr(ord(c)), w_arg)
            w_arg = space.index(w_arg)
        num = space.bigint_w(w_arg)
        negative = num.sign < 0
        num = num.abs()
        if c == u'x':
            digits = num.format('0123456789abcdef')
        elif c == u'X':
            digits = num.format('0123456789ABCDEF')
        elif c == u'o':
            digits = num.format('01234567')
        else:
            digits = num.str()
        return negative, ascii_to_unicode(digits)

    def _float_of(self, w_arg):
        space = self.space
        if not space.isinstance_w(w_arg, space.w_float) and \
                not space.isinstance_w(w_arg, space.w_int) and \
                space.lookup(w_arg, '__float__') is None and \
                space.lookup(w_arg, '__index__') is None:
            raise oefmt(space.w_TypeError, "must be real number, not %T",
                        w_arg)
        return space.float_w(w_arg)


def _hex(n):
    digits = '0123456789abcdef'
    if n == 0:
        return '0'
    result = ''
    while n:
        result = digits[n & 0xf] + result
        n >>= 4
    return result


def _latin1_decode(s):
    return ascii_to_unicode(s)


def _latin1_encode(u):
    chars = []
    for c in u:
        chars.append(chr(ord(c) & 0xff))
    return ''.join(chars)


def format_str(space, template, w_args):
    """`template % w_args` for a str template (unicode)."""
    return PercentFormatter(space, template, w_args, False).format()


def format_bytes(space, template, w_args):
    """`template % w_args` for a bytes template; the result is bytes."""
    formatter = PercentFormatter(space, _latin1_decode(template), w_args,
                                 True)
    return _latin1_encode(formatter.format())
