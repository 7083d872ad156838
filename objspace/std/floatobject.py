"""`float`: W_FloatObject holds an RPython float (a C double).

repr() is the shortest string that round-trips (rfloat.formatd with
code 'r'); arithmetic with ints converts the int first; hashing follows
Python's rule that equal numbers hash equal across int and float.
"""


from __future__ import absolute_import
import math

from rpython.rlib.rfloat import (formatd, string_to_float, isinf, isnan,
                                 DTSF_ADD_DOT_0, INFINITY, NAN, round_double,
                                 round_half_even, float_as_rbigint_ratio)
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.textutil import strip_whitespace
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.typeobject import interp_classmethod


class W_FloatObject(W_Root):
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def descr_repr(self, space):
        return space.newtext(float_repr(self.floatval))

    def descr_bool(self, space):
        return space.newbool(self.floatval != 0.0)

    def descr_hash(self, space):
        return space.newint(hash_float(self.floatval))

    def descr_float(self, space):
        return self

    def descr_int(self, space):
        value = self.floatval
        if isinf(value):
            raise oefmt(space.w_OverflowError,
                        "cannot convert float infinity to integer")
        if isnan(value):
            raise oefmt(space.w_ValueError,
                        "cannot convert float NaN to integer")
        from objspace.std.intobject import wrapbigint
        return wrapbigint(space, rbigint.fromfloat(value))

    def descr_neg(self, space):
        return space.newfloat(-self.floatval)

    def descr_pos(self, space):
        return space.newfloat(self.floatval)

    def descr_abs(self, space):
        return space.newfloat(abs(self.floatval))

    def descr_format(self, space, w_spec):
        from objspace.std.formatting import format_float
        from objspace.std.intobject import format_spec_arg
        spec = format_spec_arg(space, w_spec)
        if not spec:
            return space.str(self)
        return space.newunicode(format_float(space, self, self.floatval,
                                             spec))

    def descr_is_integer(self, space):
        value = self.floatval
        if isinf(value) or isnan(value):
            return space.w_False
        return space.newbool(math.floor(value) == value)

    def descr_trunc(self, space):
        """Return the Integral closest to x between 0 and x."""
        return self.descr_int(space)

    def descr_floor(self, space):
        """Return the floor as an Integral."""
        return _float_to_int(space, math.floor(self.floatval))

    def descr_ceil(self, space):
        """Return the ceiling as an Integral."""
        return _float_to_int(space, math.ceil(self.floatval))

    def descr_round(self, space, w_ndigits=None):
        """Return the Integral closest to x, rounding half toward even.

When an argument is passed, work like built-in round(x, ndigits)."""
        value = self.floatval
        if w_ndigits is None or space.is_none(w_ndigits):
            return _float_to_int(space, round_half_even(value))
        ndigits = space.getindex_w(w_ndigits, None)
        if isinf(value) or isnan(value) or value == 0.0:
            return space.newfloat(value)
        # beyond these, every float is its own rounding, or rounds to 0
        if ndigits > _NDIGITS_MAX:
            return space.newfloat(value)
        if ndigits < _NDIGITS_MIN:
            return space.newfloat(0.0 * value)
        result = round_double(value, ndigits, half_even=True)
        if isinf(result):
            raise oefmt(space.w_OverflowError,
                        "rounded value too large to represent")
        return space.newfloat(result)

    def descr_as_integer_ratio(self, space):
        """Return integer ratio."""
        from objspace.std.intobject import wrapbigint
        value = self.floatval
        if isinf(value):
            raise oefmt(space.w_OverflowError,
                        "cannot convert Infinity to integer ratio")
        if isnan(value):
            raise oefmt(space.w_ValueError,
                        "cannot convert NaN to integer ratio")
        num, den = float_as_rbigint_ratio(value)
        return space.newtuple([wrapbigint(space, num),
                               wrapbigint(space, den)])

    def descr_conjugate(self, space):
        """Return self, the complex conjugate of any float."""
        return space.newfloat(self.floatval)

    def descr_getnewargs(self, space):
        return space.newtuple([space.newfloat(self.floatval)])

    def descr_sizeof(self, space):
        """Size of object in memory, in bytes."""
        return space.newint(24)

    def descr_hex(self, space):
        """Return a hexadecimal representation of a floating-point
        number."""
        return space.newtext(float_hex(self.floatval))

    def descr_divmod(self, space, w_other):
        try:
            y = _as_float(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        return _divmod_w(space, self.floatval, y)

    def descr_rdivmod(self, space, w_other):
        try:
            x = _as_float(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        return _divmod_w(space, x, self.floatval)

    def descr_get_real(self, space):
        return space.newfloat(self.floatval)

    def descr_get_imag(self, space):
        return space.newfloat(0.0)


# the ndigits of round() past which rounding is the identity (every
# float is a multiple of 2**-1074) or gives zero (all floats are below
# 10**309)
_NDIGITS_MAX = 323
_NDIGITS_MIN = -308


def _float_to_int(space, value):
    """The int equal to the integral float value."""
    return W_FloatObject(value).descr_int(space)


def _divmod(x, y):
    """Python's (x // y, x % y) for floats (y != 0), exact as
    CPython's."""
    mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod:
        # the remainder takes the sign of the divisor
        if (y < 0.0) != (mod < 0.0):
            mod += y
            div -= 1.0
    else:
        mod = math.copysign(0.0, y)
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, x / y)
    return floordiv, mod


def _divmod_w(space, x, y):
    if y == 0.0:
        raise oefmt(space.w_ZeroDivisionError, "float divmod()")
    div, mod = _divmod(x, y)
    return space.newtuple([space.newfloat(div), space.newfloat(mod)])


def float_hex(x):
    """float.hex(): 0x<digit>.<13 hex digits>p<exponent>."""
    if isinf(x):
        return 'inf' if x > 0 else '-inf'
    if isnan(x):
        return 'nan'
    sign = '-' if math.copysign(1.0, x) < 0 else ''
    if x == 0.0:
        return sign + '0x0.0p+0'
    mantissa, exponent = math.frexp(abs(x))
    # a leading digit of 1 for normal numbers, 0 for subnormal ones
    shift = 1 - max(-1021 - exponent, 0)
    mantissa = math.ldexp(mantissa, shift)
    exponent -= shift
    digits = '0123456789abcdef'
    lead = int(mantissa)
    mantissa -= lead
    chars = [sign, '0x', digits[lead], '.']
    for _ in range(13):
        mantissa *= 16.0
        digit = int(mantissa)
        mantissa -= digit
        chars.append(digits[digit])
    chars.append('p')
    if exponent >= 0:
        chars.append('+')
    chars.append(str(exponent))
    return ''.join(chars)


def float_fromhex(space, text):
    """The float spelled by a hexadecimal string (float.hex's format),
    correctly rounded (ties to even)."""
    from objspace.std.intobject import _digit_value
    s = strip_whitespace(text).lower()
    negative = s.startswith('-')
    if negative or s.startswith('+'):
        s = s[1:]
    if s == 'inf' or s == 'infinity':
        return -INFINITY if negative else INFINITY
    if s == 'nan':
        return NAN
    if s.startswith('0x'):
        s = s[2:]
    i = 0
    n = len(s)
    digits = []
    point_shift = 0
    seen_digit = False
    seen_point = False
    while i < n:
        c = s[i]
        if c == '.' and not seen_point:
            seen_point = True
        else:
            value = _digit_value(c)
            if value < 0 or value >= 16:
                break
            digits.append(c)
            seen_digit = True
            if seen_point:
                point_shift += 4
        i += 1
    if not seen_digit:
        raise _invalid_hex(space)
    exponent = 0
    if i < n and s[i] == 'p':
        i += 1
        exp_negative = False
        if i < n and (s[i] == '-' or s[i] == '+'):
            exp_negative = s[i] == '-'
            i += 1
        start = i
        while i < n and '0' <= s[i] <= '9':
            # large enough to overflow or underflow any float
            if exponent < 1 << 40:
                exponent = exponent * 10 + (ord(s[i]) - ord('0'))
            i += 1
        if i == start:
            raise _invalid_hex(space)
        if exp_negative:
            exponent = -exponent
    if i != n:
        raise _invalid_hex(space)
    mant = rbigint.fromstr(''.join(digits), 16)
    result = _scaled_to_float(space, mant, exponent - point_shift)
    return -result if negative else result


def _scaled_to_float(space, mant, exponent):
    """mant * 2**exponent, rounded to a float (ties to even)."""
    if not mant.tobool():
        return 0.0
    top = mant.bit_length() + exponent   # 2**(top-1) <= value < 2**top
    if top > 1024:
        raise _hex_too_large(space)
    # the weight of the last bit kept: 53 bits, fewer when subnormal
    low = max(top - 53, -1074)
    if low > exponent:
        drop = low - exponent
        if drop > top - exponent + 1:
            return 0.0
        kept = mant.rshift(drop)
        rest = mant.sub(kept.lshift(drop))
        half = rbigint.fromint(1).lshift(drop - 1)
        if rest.gt(half) or (rest.eq(half) and kept.int_and_(1).tobool()):
            kept = kept.int_add(1)
        mant = kept
        exponent = low
    try:
        result = math.ldexp(mant.tofloat(), exponent)
    except OverflowError:
        raise _hex_too_large(space)
    if isinf(result):
        raise _hex_too_large(space)
    return result


def _invalid_hex(space):
    return oefmt(space.w_ValueError,
                 "invalid hexadecimal floating-point string")


def _hex_too_large(space):
    return oefmt(space.w_OverflowError,
                 "hexadecimal value too large to represent as a float")


def descr_fromhex(space, w_type, w_string):
    """Create a floating-point number from a hexadecimal string."""
    w_result = space.newfloat(float_fromhex(space, space.text_w(w_string)))
    if space.is_w(w_type, space.w_float):
        return w_result
    return space.call_function(w_type, w_result)


def descr_getformat(space, w_type, w_typestr):
    """You probably don't want to use this function."""
    if not space.isinstance_w(w_typestr, space.w_str):
        raise oefmt(space.w_TypeError,
                    "__getformat__() argument must be str, not %T",
                    w_typestr)
    typestr = space.text_w(w_typestr)
    if typestr != 'double' and typestr != 'float':
        raise oefmt(space.w_ValueError,
                    "__getformat__() argument 1 must be 'double' or 'float'")
    return space.newtext('IEEE, little-endian')


def float_repr(x):
    if isinf(x):
        return 'inf' if x > 0 else '-inf'
    if isnan(x):
        return 'nan'
    return formatd(x, 'r', 0, DTSF_ADD_DOT_0)


def hash_float(x):
    """Python's hash of a float: equal to the hash of an equal int."""
    from objspace.std.intobject import hash_bigint
    if isinf(x):
        return 314159 if x > 0 else -314159
    if isnan(x):
        return 0
    if math.floor(x) == x:
        return hash_bigint(rbigint.fromfloat(x))
    # non-integral: reduce the exact ratio modulo the hash prime
    mantissa, exponent = math.frexp(x)
    bits = 0
    result = 0
    modulus = (1 << 61) - 1
    negative = mantissa < 0
    if negative:
        mantissa = -mantissa
    while mantissa:
        result = ((result << 28) & modulus) | (result >> (61 - 28))
        mantissa *= 268435456.0
        exponent -= 28
        digit = int(mantissa)
        mantissa -= digit
        result += digit
        if result >= modulus:
            result -= modulus
        bits += 1
    if exponent >= 0:
        exponent = exponent % 61
    else:
        exponent = 61 - 1 - ((-1 - exponent) % 61)
    result = ((result << exponent) & modulus) | (result >> (61 - exponent))
    if negative:
        result = -result
    if result == -1:
        result = -2
    return result


def _as_float(space, w_obj):
    """The value of a float or int operand as an RPython float, or raise
    _NotANumber."""
    from objspace.std.intobject import W_AbstractIntObject
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_AbstractIntObject):
        try:
            return w_obj.as_bigint().tofloat()
        except OverflowError:
            raise oefmt(space.w_OverflowError,
                        "int too large to convert to float")
    raise _NotANumber


class _NotANumber(Exception):
    pass


def _float_add(space, x, y):
    return x + y


def _float_sub(space, x, y):
    return x - y


def _float_mul(space, x, y):
    return x * y


def _float_truediv(space, x, y):
    if y == 0.0:
        raise oefmt(space.w_ZeroDivisionError, "float division by zero")
    return x / y


def _float_floordiv(space, x, y):
    if y == 0.0:
        raise oefmt(space.w_ZeroDivisionError,
                    "float floor division by zero")
    div, _ = _divmod(x, y)
    return space.newfloat(div)


def _float_mod(space, x, y):
    if y == 0.0:
        raise oefmt(space.w_ZeroDivisionError, "float modulo")
    mod = math.fmod(x, y)
    if mod and ((y < 0.0) != (mod < 0.0)):
        mod += y
    elif not mod:
        mod = math.copysign(0.0, y)
    return space.newfloat(mod)


def _float_pow(space, x, y):
    if x == 0.0 and y < 0.0:
        raise oefmt(space.w_ZeroDivisionError,
                    "0.0 cannot be raised to a negative power")
    if x < 0.0 and not isinf(x) and not isinf(y) and not isnan(y) and \
            math.floor(y) != y:
        # a negative number to a fractional power is complex
        return space.pow(space.newcomplex(x, 0.0), space.newcomplex(y, 0.0))
    try:
        return space.newfloat(math.pow(x, y))
    except OverflowError:
        raise oefmt(space.w_OverflowError, "(34, 'Numerical result out of "
                    "range')")


def _wrap_float_op(op):
    def wrapped(space, x, y):
        return space.newfloat(op(space, x, y))
    return wrapped


_BINOPS = [
    ('add', _wrap_float_op(_float_add)), ('sub', _wrap_float_op(_float_sub)),
    ('mul', _wrap_float_op(_float_mul)),
    ('truediv', _wrap_float_op(_float_truediv)),
    ('floordiv', _float_floordiv), ('mod', _float_mod), ('pow', _float_pow),
]

# name -> (space, x, y) -> wrapped result: what float's methods compute
# once both operands are C doubles (objspace/descroperation.py calls them
# directly for exact floats and ints).
FLOAT_BINOPS = dict(_BINOPS)


def _make_binop(name, op):
    def descr_op(self, space, w_other):
        try:
            y = _as_float(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        return op(space, self.floatval, y)

    def descr_rop(self, space, w_other):
        try:
            x = _as_float(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        return op(space, x, self.floatval)
    descr_op.__name__ = 'descr_' + name
    descr_rop.__name__ = 'descr_r' + name
    return descr_op, descr_rop


def _make_comparison(name, cmp):
    def descr_cmp(self, space, w_other):
        from objspace.std.intobject import W_AbstractIntObject
        x = self.floatval
        if isinstance(w_other, W_FloatObject):
            return space.newbool(cmp(x, w_other.floatval))
        if isinstance(w_other, W_AbstractIntObject):
            if isinf(x) or isnan(x):
                # against any int, as against zero (NaN: always unequal)
                return space.newbool(cmp(x, 0.0))
            # exactly, even for ints too large for a float
            floor_x = math.floor(x)
            c = _bigcmp(rbigint.fromfloat(floor_x), w_other.as_bigint())
            if c == 0 and x != floor_x:
                c = 1
            return space.newbool(cmp(c, 0))
        return space.w_NotImplemented
    descr_cmp.__name__ = 'descr_' + name
    return descr_cmp


def _bigcmp(a, b):
    if a.lt(b):
        return -1
    if a.eq(b):
        return 0
    return 1


_COMPARISONS = [
    ('lt', lambda x, y: x < y), ('le', lambda x, y: x <= y),
    ('eq', lambda x, y: x == y), ('ne', lambda x, y: x != y),
    ('gt', lambda x, y: x > y), ('ge', lambda x, y: x >= y),
]

# Generated: W_FloatObject.descr_add, descr_radd, ..., descr_lt, ...
for _name, _op in _BINOPS:
    _d, _r = _make_binop(_name, _op)
    setattr(W_FloatObject, _d.__name__, _d)
    setattr(W_FloatObject, _r.__name__, _r)
for _name, _cmp in _COMPARISONS:
    setattr(W_FloatObject, 'descr_' + _name, _make_comparison(_name, _cmp))


def _make_float_pow(descr):
    # float.__pow__/__rpow__ take the modulo of pow(x, y, z) and refuse it
    def descr_op(self, space, w_other, w_modulo=None):
        if w_modulo is not None and not space.is_none(w_modulo):
            raise_pow_modulo_error(space)
        return descr(self, space, w_other)
    descr_op.__name__ = descr.__name__
    return descr_op


def raise_pow_modulo_error(space):
    raise oefmt(space.w_TypeError, "pow() 3rd argument not allowed unless "
                "all arguments are integers")


for _name in ['descr_pow', 'descr_rpow']:
    setattr(W_FloatObject, _name,
            _make_float_pow(W_FloatObject.__dict__[_name]))


def descr_new_float(space, w_type, w_x=None):
    w_value = _float_value(space, w_x)
    if w_type is space.w_float:
        return w_value
    # a subclass of float
    assert isinstance(w_value, W_FloatObject)
    w_obj = space.allocate_instance(W_FloatObject, w_type)
    W_FloatObject.__init__(w_obj, w_value.floatval)
    return w_obj


def _float_value(space, w_x):
    if w_x is None:
        return space.newfloat(0.0)
    from objspace.std.bytesobject import bytes_like_w
    text = None
    if space.isinstance_w(w_x, space.w_str):
        from objspace.std.intobject import _ascii_digits
        text = _ascii_digits(space.unicode_w(w_x))
    else:
        text = bytes_like_w(space, w_x, allow_dunder=False)
    if text is not None:
        text = strip_whitespace(text)
        try:
            return space.newfloat(parse_float_text(text))
        except ValueError:
            raise oefmt(space.w_ValueError,
                        "could not convert string to float: %R", w_x)
    return space.float(w_x)


def parse_float_text(text):
    """Python's float() syntax for a str (ValueError if invalid)."""
    lower = text.lower()
    sign = 1.0
    body = lower
    if body.startswith('-') or body.startswith('+'):
        if body[0] == '-':
            sign = -1.0
        body = body[1:]
    if body == 'inf' or body == 'infinity':
        return sign * INFINITY
    if body == 'nan':
        return NAN
    if not body:
        raise ValueError
    # an underscore must stand between two digits
    for i in range(len(body)):
        if body[i] == '_':
            if i == 0 or i == len(body) - 1 or \
                    not body[i - 1].isdigit() or not body[i + 1].isdigit():
                raise ValueError
    try:
        return string_to_float(''.join([c for c in text if c != '_']))
    except ParseStringError:
        # rpython's own error (not a ValueError): the caller reports it
        raise ValueError


def _float_methods():
    methods = {}
    names = ['repr', 'bool', 'hash', 'float', 'int', 'neg', 'pos', 'abs',
             'format']
    for name, _ in _BINOPS:
        names.append(name)
        names.append('r' + name)
    for name, _ in _COMPARISONS:
        names.append(name)
    for name in names:
        methods['__%s__' % name] = interp2app(
            getattr(W_FloatObject, 'descr_' + name), app_name='__%s__' % name)
    methods['__str__'] = interp2app(W_FloatObject.descr_repr,
                                    app_name='__str__')
    return methods


W_FloatObject.typedef = TypeDef(
    'float',
    doc="Convert a string or number to a floating point number, if possible.",
    __new__=interp2app(descr_new_float, app_name='__new__'),
    is_integer=interp2app(W_FloatObject.descr_is_integer),
    as_integer_ratio=interp2app(W_FloatObject.descr_as_integer_ratio),
    conjugate=interp2app(W_FloatObject.descr_conjugate),
    hex=interp2app(W_FloatObject.descr_hex),
    fromhex=interp_classmethod(interp2app(descr_fromhex,
                                          app_name='fromhex')),
    __getformat__=interp_classmethod(interp2app(descr_getformat,
                                                app_name='__getformat__')),
    __trunc__=interp2app(W_FloatObject.descr_trunc),
    __floor__=interp2app(W_FloatObject.descr_floor),
    __ceil__=interp2app(W_FloatObject.descr_ceil),
    __round__=interp2app(W_FloatObject.descr_round),
    __getnewargs__=interp2app(W_FloatObject.descr_getnewargs),
    __sizeof__=interp2app(W_FloatObject.descr_sizeof),
    __divmod__=interp2app(W_FloatObject.descr_divmod),
    __rdivmod__=interp2app(W_FloatObject.descr_rdivmod),
    real=GetSetProperty(W_FloatObject.descr_get_real),
    imag=GetSetProperty(W_FloatObject.descr_get_imag),
    **_float_methods()
)
