"""`float`: W_FloatObject holds an RPython float (a C double).

repr() is the shortest string that round-trips (rfloat.formatd with
code 'r'); arithmetic with ints converts the int first; hashing follows
Python's rule that equal numbers hash equal across int and float.
"""


from __future__ import absolute_import
import math

from rpython.rlib.rfloat import (formatd, string_to_float, isinf, isnan,
                                 DTSF_ADD_DOT_0, INFINITY, NAN)
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


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

    def descr_get_real(self, space):
        return space.newfloat(self.floatval)

    def descr_get_imag(self, space):
        return space.newfloat(0.0)


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
    return math.floor(x / y) if not isinf(x / y) else x / y


def _float_mod(space, x, y):
    if y == 0.0:
        raise oefmt(space.w_ZeroDivisionError, "float modulo")
    mod = math.fmod(x, y)
    if mod and ((y < 0.0) != (mod < 0.0)):
        mod += y
    elif not mod:
        mod = math.copysign(0.0, y)
    return mod


def _float_pow(space, x, y):
    if x == 0.0 and y < 0.0:
        raise oefmt(space.w_ZeroDivisionError,
                    "0.0 cannot be raised to a negative power")
    if x < 0.0 and math.floor(y) != y:
        raise oefmt(space.w_ValueError,
                    "complex results of float powers are not supported yet")
    try:
        return math.pow(x, y)
    except OverflowError:
        raise oefmt(space.w_OverflowError, "(34, 'Numerical result out of "
                    "range')")


_BINOPS = [
    ('add', _float_add), ('sub', _float_sub), ('mul', _float_mul),
    ('truediv', _float_truediv), ('floordiv', _float_floordiv),
    ('mod', _float_mod), ('pow', _float_pow),
]


def _make_binop(name, op):
    def descr_op(self, space, w_other):
        try:
            y = _as_float(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        return space.newfloat(op(space, self.floatval, y))

    def descr_rop(self, space, w_other):
        try:
            x = _as_float(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        return space.newfloat(op(space, x, self.floatval))
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
    if space.isinstance_w(w_x, space.w_str):
        text = space.text_w(w_x).strip(' ')
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
    if not body or '__' in body or body.startswith('_') or body.endswith('_'):
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
    real=GetSetProperty(W_FloatObject.descr_get_real),
    imag=GetSetProperty(W_FloatObject.descr_get_imag),
    **_float_methods()
)
