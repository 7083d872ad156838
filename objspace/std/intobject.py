"""`int`: arbitrary-precision integers in two representations.

W_IntObject holds a machine word; an operation whose result does not fit
(detected with ovfcheck) redoes itself on `rbigint` and returns a
W_LongObject.  Results that fit in a word always come back as
W_IntObject, so the two never overlap: app-level code only sees `int`.
`bool` (objspace/std/boolobject.py) is a W_IntObject subclass.

The binary operators are generated from one table (`_BINOPS`): each entry
gives the word-sized implementation (which may raise OverflowError) and
the rbigint one; `_make_binop` turns it into `__op__` and `__rop__`.
"""


from __future__ import absolute_import
import sys

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError

from interpreter.baseobjspace import W_Root
from interpreter.textutil import strip_whitespace
from interpreter.error import oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.typeobject import interp_classmethod

# Python's hash of integers: the value modulo this Mersenne prime
HASH_MODULUS = (1 << 61) - 1
_HASH_MODULUS_BIG = rbigint.fromint(HASH_MODULUS)


class W_AbstractIntObject(W_Root):
    """Either representation of an app-level int."""

    def as_bigint(self):
        raise NotImplementedError

    def is_small(self):
        return False

    # --- conversions --------------------------------------------------

    def descr_repr(self, space):
        return space.newtext(bigint_to_decimal(space, self.as_bigint()))

    def descr_hash(self, space):
        return space.newint(hash_bigint(self.as_bigint()))

    def descr_bool(self, space):
        return space.newbool(self.as_bigint().tobool())

    def descr_int(self, space):
        if space.type(self) is space.w_int:
            return self
        return wrapbigint(space, self.as_bigint())

    def descr_float(self, space):
        try:
            return space.newfloat(self.as_bigint().tofloat())
        except OverflowError:
            raise oefmt(space.w_OverflowError,
                        "int too large to convert to float")

    def descr_neg(self, space):
        return wrapbigint(space, self.as_bigint().neg())

    def descr_pos(self, space):
        return self.descr_int(space)

    def descr_abs(self, space):
        return wrapbigint(space, self.as_bigint().abs())

    def descr_invert(self, space):
        return wrapbigint(space, self.as_bigint().invert())

    def descr_format(self, space, w_spec):
        from objspace.std.formatting import format_int
        spec = format_spec_arg(space, w_spec)
        if not spec:
            return space.str(self)
        return space.newunicode(format_int(space, self, spec))

    def descr_bit_length(self, space):
        """Number of bits necessary to represent self in binary."""
        return space.newint(self.as_bigint().bit_length())

    def descr_bit_count(self, space):
        """Number of ones in the binary representation of the absolute
        value of self."""
        return space.newint(bigint_bit_count(self.as_bigint()))

    def descr_conjugate(self, space):
        """Returns self, the complex conjugate of any int."""
        return self.descr_int(space)

    def descr_as_integer_ratio(self, space):
        """Return integer ratio: a pair of integers whose ratio is exactly
        equal to the original int and with a positive denominator."""
        return space.newtuple([self.descr_int(space), space.newint(1)])

    def descr_getnewargs(self, space):
        return space.newtuple([wrapbigint(space, self.as_bigint())])

    def descr_sizeof(self, space):
        """Returns size in memory, in bytes."""
        # CPython's layout: a header and at least one 30-bit digit
        ndigits = (self.as_bigint().bit_length() + 29) // 30
        return space.newint(24 + 4 * max(ndigits, 1))

    def descr_round(self, space, w_ndigits=None):
        """Rounding an Integral returns itself.

Rounding with an ndigits argument also returns an integer."""
        if w_ndigits is None:
            return self.descr_int(space)
        ndigits = space.bigint_w(w_ndigits)
        if ndigits.sign >= 0:
            return self.descr_int(space)
        num = self.as_bigint()
        exponent = ndigits.neg()
        # 10**exponent exceeds abs(num) * 2 as soon as exponent exceeds
        # its bit length: the result is then 0, with no huge power built
        if exponent.gt(rbigint.fromint(num.bit_length())):
            return space.newint(0)
        scale = rbigint.fromint(10).pow(exponent)
        return wrapbigint(space, round_half_even(num, scale))

    @unwrap_spec(length=int, byteorder='text', signed='truth')
    def descr_to_bytes(self, space, length=1, byteorder='big',
                       signed=False):
        """Return an array of bytes representing an integer."""
        from objspace.std.bytesobject import W_BytesObject
        if length < 0:
            raise oefmt(space.w_ValueError,
                        "length argument must be non-negative")
        _check_byteorder(space, byteorder)
        num = self.as_bigint()
        if not signed and num.sign < 0:
            raise oefmt(space.w_OverflowError,
                        "can't convert negative int to unsigned")
        try:
            data = num.tobytes(length, byteorder, signed)
        except OverflowError:
            raise oefmt(space.w_OverflowError, "int too big to convert")
        return W_BytesObject(data)

    def descr_get_real(self, space):
        return self.descr_int(space)

    def descr_get_imag(self, space):
        return space.newint(0)

    def descr_get_numerator(self, space):
        return self.descr_int(space)

    def descr_get_denominator(self, space):
        return space.newint(1)

    def descr_truediv(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return int_truediv(space, self, w_other)

    def descr_rtruediv(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return int_truediv(space, w_other, self)

    def descr_pow(self, space, w_other, w_modulo=None):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return _pow(space, self, w_other, w_modulo)

    def descr_rpow(self, space, w_other, w_modulo=None):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return _pow(space, w_other, self, w_modulo)

    def descr_divmod(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return _divmod(space, self, w_other)

    def descr_rdivmod(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return _divmod(space, w_other, self)


class W_IntObject(W_AbstractIntObject):
    """An int that fits in a machine word."""
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def as_bigint(self):
        return rbigint.fromint(self.intval)

    def is_small(self):
        return True

    def descr_repr(self, space):
        return space.newtext(str(self.intval))

    def descr_hash(self, space):
        return space.newint(hash_int(self.intval))

    def descr_bool(self, space):
        return space.newbool(self.intval != 0)

    def __repr__(self):
        return 'W_IntObject(%d)' % self.intval


class W_LongObject(W_AbstractIntObject):
    """An int too large for a machine word."""
    _immutable_fields_ = ['num']

    def __init__(self, num):
        self.num = num

    def as_bigint(self):
        return self.num

    def __repr__(self):
        return 'W_LongObject(%s)' % self.num.str()


def _check_byteorder(space, byteorder):
    if byteorder != 'big' and byteorder != 'little':
        raise oefmt(space.w_ValueError,
                    "byteorder must be either 'little' or 'big'")


@unwrap_spec(byteorder='text', signed='truth')
def descr_from_bytes(space, w_type, w_bytes, byteorder='big', signed=False):
    """Return the integer represented by the given array of bytes."""
    from objspace.std.bytesobject import bytes_source
    if space.isinstance_w(w_bytes, space.w_str) or \
            space.isinstance_w(w_bytes, space.w_int):
        raise oefmt(space.w_TypeError,
                    "cannot convert '%T' object to bytes", w_bytes)
    data = bytes_source(space, w_bytes, None, None)
    _check_byteorder(space, byteorder)
    w_result = wrapbigint(space, rbigint.frombytes(data, byteorder, signed))
    if space.is_w(w_type, space.w_int):
        return w_result
    return space.call_function(w_type, w_result)


def bigint_bit_count(num):
    """The number of one bits of abs(num), a 63 bits word at a time."""
    mask = rbigint.fromint(sys.maxint)
    rest = num.abs()
    total = 0
    while rest.tobool():
        total += _word_bit_count(rest.and_(mask).toint())
        rest = rest.rshift(63)
    return total


def _word_bit_count(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def round_half_even(num, scale):
    """num rounded to a multiple of scale (> 0), ties to the even
    multiple."""
    quotient, remainder = num.divmod(scale)
    twice = remainder.lshift(1)
    if twice.gt(scale) or (twice.eq(scale) and
                                   quotient.int_and_(1).tobool()):
        quotient = quotient.int_add(1)
    return quotient.mul(scale)


def format_spec_arg(space, w_spec):
    """The spec argument of a __format__ method, as unicode."""
    if not space.isinstance_w(w_spec, space.w_str):
        raise oefmt(space.w_TypeError,
                    "__format__() argument must be str, not %T", w_spec)
    return space.unicode_w(w_spec)


def wrapbigint(space, num):
    """An int object for an rbigint, small when it fits."""
    try:
        return space.newint(num.toint())
    except OverflowError:
        return W_LongObject(num)


def _str_limit_error(space):
    return oefmt(space.w_ValueError,
                 "Exceeds the limit (%d digits) for integer string "
                 "conversion; use sys.set_int_max_str_digits() to increase "
                 "the limit", space.int_max_str_digits)


def bigint_to_decimal(space, num):
    """str(num), refused (as Python 3.11 does) beyond
    sys.get_int_max_str_digits() digits."""
    limit = space.int_max_str_digits
    if limit > 0:
        # a lower bound of the digit count (log10(2) > 0.30102), so that
        # a huge number is refused before its slow conversion
        if (num.bit_length() - 1) * 30102 // 100000 + 1 > limit:
            raise _str_limit_error(space)
    text = num.str()
    if limit > 0 and len(text) - (num.sign < 0) > limit:
        raise _str_limit_error(space)
    return text


def hash_int(x):
    if x >= 0:
        result = x % HASH_MODULUS
    else:
        result = -((-x) % HASH_MODULUS)
    if result == -1:
        result = -2
    return result


def hash_bigint(num):
    result = num.abs().mod(_HASH_MODULUS_BIG).toint()
    if num.sign < 0:
        result = -result
    if result == -1:
        result = -2
    return result


# --- the binary operators ----------------------------------------------

@specialize.arg(1)
def _zero_division(space, message):
    return oefmt(space.w_ZeroDivisionError, message)


def _small_add(space, x, y):
    return ovfcheck(x + y)


def _small_sub(space, x, y):
    return ovfcheck(x - y)


def _small_mul(space, x, y):
    return ovfcheck(x * y)


def _small_floordiv(space, x, y):
    if y == 0:
        raise _zero_division(space, "integer division or modulo by zero")
    return ovfcheck(x // y)


def _small_mod(space, x, y):
    if y == 0:
        raise _zero_division(space, "integer modulo by zero")
    return ovfcheck(x % y)


def _small_lshift(space, x, y):
    if y < 0:
        raise oefmt(space.w_ValueError, "negative shift count")
    if y >= 64:
        raise OverflowError
    return ovfcheck(x << y)


def _small_rshift(space, x, y):
    if y < 0:
        raise oefmt(space.w_ValueError, "negative shift count")
    if y >= 64:
        return -1 if x < 0 else 0
    return x >> y


def _small_and(space, x, y):
    return x & y


def _small_or(space, x, y):
    return x | y


def _small_xor(space, x, y):
    return x ^ y


def _big_add(space, a, b):
    return a.add(b)


def _big_sub(space, a, b):
    return a.sub(b)


def _big_mul(space, a, b):
    return a.mul(b)


def _big_floordiv(space, a, b):
    if not b.tobool():
        raise _zero_division(space, "integer division or modulo by zero")
    return a.floordiv(b)


def _big_mod(space, a, b):
    if not b.tobool():
        raise _zero_division(space, "integer modulo by zero")
    return a.mod(b)


def _shift_count(space, b):
    if b.sign < 0:
        raise oefmt(space.w_ValueError, "negative shift count")
    try:
        return b.toint()
    except OverflowError:
        raise oefmt(space.w_OverflowError, "too many digits in integer")


def _big_lshift(space, a, b):
    return a.lshift(_shift_count(space, b))


def _big_rshift(space, a, b):
    if b.sign < 0:
        raise oefmt(space.w_ValueError, "negative shift count")
    try:
        count = b.toint()
    except OverflowError:
        return rbigint.fromint(-1 if a.sign < 0 else 0)
    return a.rshift(count)


def _big_and(space, a, b):
    return a.and_(b)


def _big_or(space, a, b):
    return a.or_(b)


def _big_xor(space, a, b):
    return a.xor(b)


# name, word-sized implementation, rbigint implementation
_BINOPS = [
    ('add', _small_add, _big_add),
    ('sub', _small_sub, _big_sub),
    ('mul', _small_mul, _big_mul),
    ('floordiv', _small_floordiv, _big_floordiv),
    ('mod', _small_mod, _big_mod),
    ('lshift', _small_lshift, _big_lshift),
    ('rshift', _small_rshift, _big_rshift),
    ('and', _small_and, _big_and),
    ('or', _small_or, _big_or),
    ('xor', _small_xor, _big_xor),
]


def _make_binop(name, small_op, big_op):
    def apply(space, w_x, w_y):
        if isinstance(w_x, W_IntObject) and isinstance(w_y, W_IntObject):
            try:
                return space.newint(small_op(space, w_x.intval, w_y.intval))
            except OverflowError:
                pass
        return wrapbigint(space, big_op(space, w_x.as_bigint(),
                                        w_y.as_bigint()))

    def descr_op(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return apply(space, self, w_other)

    def descr_rop(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return apply(space, w_other, self)

    descr_op.__name__ = 'descr_' + name
    descr_rop.__name__ = 'descr_r' + name
    return descr_op, descr_rop


def _make_comparison(name, small_cmp, big_method):
    def descr_cmp(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        if isinstance(self, W_IntObject) and isinstance(w_other,
                                                        W_IntObject):
            return space.newbool(small_cmp(self.intval, w_other.intval))
        return space.newbool(getattr(self.as_bigint(), big_method)(
            w_other.as_bigint()))
    descr_cmp.__name__ = 'descr_' + name
    return descr_cmp


_COMPARISONS = [
    ('lt', lambda x, y: x < y, 'lt'),
    ('le', lambda x, y: x <= y, 'le'),
    ('eq', lambda x, y: x == y, 'eq'),
    ('ne', lambda x, y: x != y, 'ne'),
    ('gt', lambda x, y: x > y, 'gt'),
    ('ge', lambda x, y: x >= y, 'ge'),
]

# Generated: W_AbstractIntObject.descr_add, descr_radd, ..., descr_lt, ...
for _name, _small, _big in _BINOPS:
    _op, _rop = _make_binop(_name, _small, _big)
    setattr(W_AbstractIntObject, _op.__name__, _op)
    setattr(W_AbstractIntObject, _rop.__name__, _rop)
for _name, _small, _big in _COMPARISONS:
    setattr(W_AbstractIntObject, 'descr_' + _name,
            _make_comparison(_name, _small, _big))


def int_truediv(space, w_x, w_y):
    """int / int (space.truediv calls it directly for exact ints)."""
    if isinstance(w_x, W_IntObject) and isinstance(w_y, W_IntObject):
        x = w_x.intval
        y = w_y.intval
        if y == 0:
            raise _zero_division(space, "division by zero")
        # exact as float when both fit in 53 bits
        if -(1 << 53) <= x <= (1 << 53) and -(1 << 53) <= y <= (1 << 53):
            return space.newfloat(float(x) / float(y))
    b = w_y.as_bigint()
    if not b.tobool():
        raise _zero_division(space, "division by zero")
    try:
        return space.newfloat(w_x.as_bigint().truediv(b))
    except OverflowError:
        raise oefmt(space.w_OverflowError,
                    "integer division result too large for a float")


def _divmod(space, w_x, w_y):
    w_div = space.floordiv(w_x, w_y)
    w_mod = space.mod(w_x, w_y)
    return space.newtuple([w_div, w_mod])


def _pow(space, w_x, w_y, w_modulo):
    if w_modulo is not None and not space.is_none(w_modulo):
        if not isinstance(w_modulo, W_AbstractIntObject):
            return space.w_NotImplemented
        m = w_modulo.as_bigint()
        if not m.tobool():
            raise oefmt(space.w_ValueError,
                        "pow() 3rd argument cannot be 0")
        base = w_x.as_bigint()
        exponent = w_y.as_bigint()
        if exponent.sign < 0:
            base = _modular_inverse(space, base, m)
            exponent = exponent.neg()
        return wrapbigint(space, base.pow(exponent, m))
    b = w_y.as_bigint()
    if b.sign < 0:
        # a negative exponent gives a float
        if not w_x.as_bigint().tobool():
            raise _zero_division(space,
                                 "0.0 cannot be raised to a negative power")
        return space.pow(space.float(w_x), space.float(w_y))
    if isinstance(w_x, W_IntObject) and isinstance(w_y, W_IntObject):
        try:
            return space.newint(_small_pow(w_x.intval, w_y.intval))
        except OverflowError:
            pass
    return wrapbigint(space, w_x.as_bigint().pow(b))


def _modular_inverse(space, a, m):
    """The inverse of a modulo abs(m), by the extended Euclidean
    algorithm."""
    modulus = m.abs()
    old_r, r = a.mod(modulus), modulus
    old_s, s = rbigint.fromint(1), rbigint.fromint(0)
    while r.tobool():
        quotient, remainder = old_r.divmod(r)
        old_r, r = r, remainder
        old_s, s = s, old_s.sub(quotient.mul(s))
    if not old_r.eq(rbigint.fromint(1)) and modulus.gt(rbigint.fromint(1)):
        raise oefmt(space.w_ValueError,
                    "base is not invertible for the given modulus")
    return old_s.mod(modulus)


def _small_pow(base, exponent):
    result = 1
    while exponent > 0:
        if exponent & 1:
            result = ovfcheck(result * base)
        exponent >>= 1
        if exponent:
            base = ovfcheck(base * base)
    return result


def descr_new_int(space, w_type, w_x=None, w_base=None):
    """int([x]) -> integer
int(x, base=10) -> integer"""
    if w_x is None:
        if w_base is not None:
            raise oefmt(space.w_TypeError, "int() missing string argument")
        w_value = space.newint(0)
    elif w_base is not None:
        base = space.getindex_w(w_base, None)
        text = _int_text_w(space, w_x)
        if text is None:
            raise oefmt(space.w_TypeError,
                        "int() can't convert non-string with explicit base")
        w_value = int_from_text(space, text, base, w_x)
    else:
        text = _int_text_w(space, w_x)
        if text is None:
            if space.lookup(w_x, '__int__') is None and \
                    space.lookup(w_x, '__index__') is None and \
                    space.lookup(w_x, '__trunc__') is not None:
                w_value = _int_from_trunc(space, w_x)
            else:
                w_value = space.int(w_x)
        else:
            w_value = int_from_text(space, text, 10, w_x)
    if w_type is space.w_int:
        return w_value
    # a subclass of int: an instance of the same representation
    if isinstance(w_value, W_IntObject):
        w_obj = space.allocate_instance(W_IntObject, w_type)
        W_IntObject.__init__(w_obj, w_value.intval)
        return w_obj
    assert isinstance(w_value, W_LongObject)
    w_obj = space.allocate_instance(W_LongObject, w_type)
    W_LongObject.__init__(w_obj, w_value.num)
    return w_obj


def _int_text_w(space, w_x):
    """The text of a str or bytes-like argument of int(), or None for
    other objects."""
    if space.isinstance_w(w_x, space.w_str):
        return _ascii_digits(space.unicode_w(w_x))
    from objspace.std.bytesobject import bytes_like_w
    return bytes_like_w(space, w_x, allow_dunder=False)


def _ascii_digits(text):
    """text with its Unicode decimal digits and white space as ASCII (int()
    and float() accept both); other non-ASCII characters become '?'."""
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    chars = ['?'] * len(text)
    for i in range(len(text)):
        code = ord(text[i])
        if code < 128:
            chars[i] = chr(code)
        elif unicodedb.isspace(code):
            chars[i] = ' '
        elif unicodedb.isdecimal(code):
            chars[i] = chr(ord('0') + unicodedb.decimal(code))
    return ''.join(chars)


def _int_from_trunc(space, w_x):
    """int(x) for an object with __trunc__ only (deprecated in 3.11,
    still supported)."""
    w_result = space.call_method(w_x, '__trunc__')
    if space.isinstance_w(w_result, space.w_int):
        return space.index(w_result)
    if space.lookup(w_result, '__index__') is None:
        raise oefmt(space.w_TypeError,
                    "__trunc__ returned non-Integral (type %T)", w_result)
    return space.index(w_result)


def int_from_text(space, text, base, w_source):
    """int(text, base) with Python's syntax: sign, optional prefix,
    underscores between digits, surrounding white space; w_source is
    the argument, shown in error messages."""
    s = strip_whitespace(text)
    if (base != 0 and base < 2) or base > 36:
        raise oefmt(space.w_ValueError,
                    "int() base must be >= 2 and <= 36, or 0")
    digits = s
    negative = False
    if digits.startswith('-') or digits.startswith('+'):
        negative = digits[0] == '-'
        digits = digits[1:]
    prefix_base = 0
    if len(digits) > 1 and digits[0] == '0' and digits[1] in 'xXoObB':
        prefix_base = {'x': 16, 'o': 8, 'b': 2}[digits[1].lower()]
        if base == 0 or base == prefix_base:
            base = prefix_base
            digits = digits[2:]
            if digits.startswith('_'):
                digits = digits[1:]
    if base == 0:
        base = 10
        if len(digits) > 1 and digits[0] == '0' and \
                _remove_underscores(digits).lstrip('0') != '':
            raise _invalid_literal(space, w_source, 0)
    if not digits or digits.startswith('_') or digits.endswith('_') or \
            '__' in digits:
        raise _invalid_literal(space, w_source, base)
    clean = _remove_underscores(digits)
    # Python 3.11's limit counts the leading run of valid digits; only
    # bases that are not powers of two are limited (quadratic parsing)
    limit = space.int_max_str_digits
    if base & (base - 1) == 0:
        limit = 0
    for i in range(len(clean)):
        value = _digit_value(clean[i])
        if value < 0 or value >= base:
            _check_digit_count(space, limit, i)
            raise _invalid_literal(space, w_source, base)
    _check_digit_count(space, limit, len(clean))
    try:
        num = rbigint.fromstr(clean, base)
    except (ValueError, ParseStringError):
        raise _invalid_literal(space, w_source, base)
    if negative:
        num = num.neg()
    return wrapbigint(space, num)


def _check_digit_count(space, limit, ndigits):
    if limit > 0 and ndigits > limit:
        raise oefmt(space.w_ValueError,
                    "Exceeds the limit (%d digits) for integer string "
                    "conversion: value has %d digits; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    limit, ndigits)


def _remove_underscores(s):
    return ''.join([c for c in s if c != '_'])


def _digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'z':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'Z':
        return ord(c) - ord('A') + 10
    return -1


def _invalid_literal(space, w_source, base):
    return oefmt(space.w_ValueError,
                 "invalid literal for int() with base %d: %R", base,
                 w_source)


def _int_methods():
    """The app-level methods of int: every descr_ method generated above
    under its special name."""
    methods = {}
    names = ['repr', 'hash', 'bool', 'int', 'float', 'neg', 'pos', 'abs',
             'invert', 'truediv', 'rtruediv', 'pow', 'rpow', 'divmod',
             'rdivmod', 'lt', 'le', 'eq', 'ne', 'gt', 'ge']
    for name, _, _ in _BINOPS:
        names.append(name)
        names.append('r' + name)
    for name in names:
        func = getattr(W_AbstractIntObject, 'descr_' + name)
        methods['__%s__' % name] = interp2app(func, app_name='__%s__' % name)
    for name in ['index', 'trunc', 'floor', 'ceil']:
        methods['__%s__' % name] = interp2app(W_AbstractIntObject.descr_int,
                                              app_name='__%s__' % name)
    methods['__str__'] = interp2app(W_AbstractIntObject.descr_repr,
                                    app_name='__str__')
    return methods


W_AbstractIntObject.typedef = TypeDef(
    'int',
    doc="int([x]) -> integer\nint(x, base=10) -> integer",
    __new__=interp2app(descr_new_int, app_name='__new__'),
    __format__=interp2app(W_AbstractIntObject.descr_format),
    bit_length=interp2app(W_AbstractIntObject.descr_bit_length),
    bit_count=interp2app(W_AbstractIntObject.descr_bit_count),
    conjugate=interp2app(W_AbstractIntObject.descr_conjugate),
    as_integer_ratio=interp2app(W_AbstractIntObject.descr_as_integer_ratio),
    to_bytes=interp2app(W_AbstractIntObject.descr_to_bytes),
    from_bytes=interp_classmethod(interp2app(descr_from_bytes,
                                             app_name='from_bytes')),
    __round__=interp2app(W_AbstractIntObject.descr_round),
    __getnewargs__=interp2app(W_AbstractIntObject.descr_getnewargs),
    __sizeof__=interp2app(W_AbstractIntObject.descr_sizeof),
    real=GetSetProperty(W_AbstractIntObject.descr_get_real),
    imag=GetSetProperty(W_AbstractIntObject.descr_get_imag),
    numerator=GetSetProperty(W_AbstractIntObject.descr_get_numerator),
    denominator=GetSetProperty(W_AbstractIntObject.descr_get_denominator),
    **_int_methods()
)
