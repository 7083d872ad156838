"""`complex`: W_ComplexObject holds two RPython floats (real, imag).

repr() follows CPython: each part is the shortest round-tripping float
string without a forced '.0'; a real part of +0.0 is left out.  Mixed
arithmetic converts an int or float operand to complex(x, 0.0) first;
division and powers follow CPython's algorithms (_Py_c_quot, c_powi,
_Py_c_pow).
"""


from __future__ import absolute_import
import math

from rpython.rlib.rfloat import formatd, isinf, isnan, INFINITY, NAN
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rstring import ParseStringError

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.floatobject import (W_FloatObject, hash_float,
                                      parse_float_text)


class W_ComplexObject(W_Root):
    _immutable_fields_ = ['realval', 'imagval']

    def __init__(self, realval, imagval):
        self.realval = realval
        self.imagval = imagval

    def descr_repr(self, space):
        return space.newtext(complex_repr(self.realval, self.imagval))

    def descr_bool(self, space):
        return space.newbool(self.realval != 0.0 or self.imagval != 0.0)

    def descr_hash(self, space):
        hashreal = r_uint(hash_float(self.realval))
        hashimag = r_uint(hash_float(self.imagval))
        combined = intmask(hashreal + r_uint(1000003) * hashimag)
        if combined == -1:
            combined = -2
        return space.newint(combined)

    def descr_neg(self, space):
        return W_ComplexObject(-self.realval, -self.imagval)

    def descr_pos(self, space):
        return W_ComplexObject(self.realval, self.imagval)

    def descr_abs(self, space):
        return space.newfloat(complex_abs(space, self.realval, self.imagval))

    def descr_conjugate(self, space):
        return W_ComplexObject(self.realval, -self.imagval)

    def descr_complex(self, space):
        if space.type(self) is space.w_complex:
            return self
        return W_ComplexObject(self.realval, self.imagval)

    def descr_getnewargs(self, space):
        return space.newtuple([space.newfloat(self.realval),
                               space.newfloat(self.imagval)])

    def descr_format(self, space, w_spec):
        from objspace.std.intobject import format_spec_arg
        spec = format_spec_arg(space, w_spec)
        if not spec:
            return space.str(self)
        raise oefmt(space.w_ValueError,
                    "format specifications for complex are not supported "
                    "yet")

    def descr_get_real(self, space):
        return space.newfloat(self.realval)

    def descr_get_imag(self, space):
        return space.newfloat(self.imagval)

    def descr_eq(self, space, w_other):
        return _complex_eq(space, self, w_other, True)

    def descr_ne(self, space, w_other):
        return _complex_eq(space, self, w_other, False)

    def descr_lt(self, space, w_other):
        return space.w_NotImplemented

    def descr_le(self, space, w_other):
        return space.w_NotImplemented

    def descr_gt(self, space, w_other):
        return space.w_NotImplemented

    def descr_ge(self, space, w_other):
        return space.w_NotImplemented


def _part_repr(x):
    if isinf(x):
        return 'inf' if x > 0 else '-inf'
    if isnan(x):
        return 'nan'
    return formatd(x, 'r', 0)


def complex_repr(real, imag):
    if real == 0.0 and math.copysign(1.0, real) == 1.0:
        return _part_repr(imag) + 'j'
    re = _part_repr(real)
    im = _part_repr(imag)
    if not im.startswith('-'):
        im = '+' + im
    return '(' + re + im + 'j)'


def complex_abs(space, real, imag):
    if isinf(real) or isinf(imag):
        return INFINITY
    if isnan(real) or isnan(imag):
        return NAN
    try:
        result = math.hypot(real, imag)
    except OverflowError:
        result = INFINITY
    if isinf(result):
        raise oefmt(space.w_OverflowError, "absolute value too large")
    return result


def _complex_eq(space, w_self, w_other, eq):
    from objspace.std.intobject import W_AbstractIntObject
    if isinstance(w_other, W_ComplexObject):
        result = (w_self.realval == w_other.realval and
                  w_self.imagval == w_other.imagval)
    elif isinstance(w_other, W_FloatObject):
        result = (w_self.realval == w_other.floatval and
                  w_self.imagval == 0.0)
    elif isinstance(w_other, W_AbstractIntObject):
        if w_self.imagval != 0.0:
            result = False
        else:
            # exact comparison of the real part with the int
            w_res = W_FloatObject(w_self.realval).descr_eq(space, w_other)
            result = space.is_true(w_res)
    else:
        return space.w_NotImplemented
    if not eq:
        result = not result
    return space.newbool(result)


class _NotANumber(Exception):
    pass


def _as_complex(space, w_obj):
    """(real, imag) of an int, float or complex operand, or raise
    _NotANumber."""
    from objspace.std.intobject import W_AbstractIntObject
    if isinstance(w_obj, W_ComplexObject):
        return w_obj.realval, w_obj.imagval
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval, 0.0
    if isinstance(w_obj, W_AbstractIntObject):
        try:
            return w_obj.as_bigint().tofloat(), 0.0
        except OverflowError:
            raise oefmt(space.w_OverflowError,
                        "int too large to convert to float")
    raise _NotANumber


# --- arithmetic on (real, imag) pairs --------------------------------

def _c_add(space, ar, ai, br, bi):
    return ar + br, ai + bi


def _c_sub(space, ar, ai, br, bi):
    return ar - br, ai - bi


def _c_mul(space, ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


class _ComplexZeroDivision(Exception):
    pass


def _quot(ar, ai, br, bi):
    """CPython's _Py_c_quot; raises _ComplexZeroDivision for b == 0."""
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise _ComplexZeroDivision
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    else:
        # at least one of br, bi is a NaN
        return NAN, NAN


def _c_truediv(space, ar, ai, br, bi):
    try:
        return _quot(ar, ai, br, bi)
    except _ComplexZeroDivision:
        raise oefmt(space.w_ZeroDivisionError, "complex division by zero")


def _powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def _powi(xr, xi, n):
    if n > 0:
        return _powu(xr, xi, n)
    pr, pi = _powu(xr, xi, -n)
    return _quot(1.0, 0.0, pr, pi)


def _pow_general(ar, ai, br, bi):
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise _ComplexZeroDivision
        return 0.0, 0.0
    vabs = math.hypot(ar, ai)
    length = math.pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= math.exp(at * bi)
        phase += bi * math.log(vabs)
    return length * math.cos(phase), length * math.sin(phase)


def _c_pow(space, ar, ai, br, bi):
    try:
        if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
            rr, ri = _powi(ar, ai, int(br))
        else:
            rr, ri = _pow_general(ar, ai, br, bi)
    except _ComplexZeroDivision:
        raise oefmt(space.w_ZeroDivisionError,
                    "0.0 to a negative or complex power")
    except (OverflowError, ValueError):
        raise oefmt(space.w_OverflowError, "complex exponentiation")
    if isinf(rr) or isinf(ri):
        raise oefmt(space.w_OverflowError, "complex exponentiation")
    return rr, ri


_BINOPS = [
    ('add', _c_add), ('sub', _c_sub), ('mul', _c_mul),
    ('truediv', _c_truediv), ('pow', _c_pow),
]


def _make_binop(name, op):
    def descr_op(self, space, w_other):
        try:
            br, bi = _as_complex(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        rr, ri = op(space, self.realval, self.imagval, br, bi)
        return W_ComplexObject(rr, ri)

    def descr_rop(self, space, w_other):
        try:
            ar, ai = _as_complex(space, w_other)
        except _NotANumber:
            return space.w_NotImplemented
        rr, ri = op(space, ar, ai, self.realval, self.imagval)
        return W_ComplexObject(rr, ri)
    descr_op.__name__ = 'descr_' + name
    descr_rop.__name__ = 'descr_r' + name
    return descr_op, descr_rop


# Generated: W_ComplexObject.descr_add, descr_radd, ...
for _name, _op in _BINOPS:
    _d, _r = _make_binop(_name, _op)
    setattr(W_ComplexObject, _d.__name__, _d)
    setattr(W_ComplexObject, _r.__name__, _r)


# --- construction ----------------------------------------------------

def descr_new_complex(space, w_type, w_real=None, w_imag=None):
    if (w_real is not None and w_imag is None and
            w_type is space.w_complex and
            space.type(w_real) is space.w_complex):
        return w_real
    realval, imagval = _complex_value(space, w_real, w_imag)
    if w_type is space.w_complex:
        return W_ComplexObject(realval, imagval)
    w_obj = space.allocate_instance(W_ComplexObject, w_type)
    W_ComplexObject.__init__(w_obj, realval, imagval)
    return w_obj


def _is_number(space, w_obj):
    return (isinstance(w_obj, W_ComplexObject) or
            space.lookup(w_obj, '__float__') is not None or
            space.lookup(w_obj, '__index__') is not None)


def _complex_value(space, w_real, w_imag):
    if w_real is None:
        if w_imag is None:
            return 0.0, 0.0
        w_real = space.newint(0)
    if space.isinstance_w(w_real, space.w_str):
        if w_imag is not None:
            raise oefmt(space.w_TypeError,
                        "complex() can't take second arg if first is a "
                        "string")
        text = space.text_w(w_real)
        if '_' in text:
            text = _remove_underscores(text)
            if text is None:
                raise oefmt(space.w_ValueError,
                            "could not convert string to complex: %R",
                            w_real)
        try:
            return parse_complex_text(text)
        except ValueError:
            raise oefmt(space.w_ValueError,
                        "complex() arg is a malformed string")
    if w_imag is not None and space.isinstance_w(w_imag, space.w_str):
        raise oefmt(space.w_TypeError,
                    "complex() second arg can't be a string")
    # the first argument
    real_is_complex = False
    cr_real = 0.0
    cr_imag = 0.0
    w_method = space.lookup(w_real, '__complex__')
    if w_method is not None:
        w_res = space.get_and_call_function(w_method, w_real)
        if not isinstance(w_res, W_ComplexObject):
            raise oefmt(space.w_TypeError,
                        "__complex__ returned non-complex (type %T)", w_res)
        cr_real = w_res.realval
        cr_imag = w_res.imagval
        real_is_complex = True
    elif isinstance(w_real, W_ComplexObject):
        cr_real = w_real.realval
        cr_imag = w_real.imagval
        real_is_complex = True
    elif _is_number(space, w_real):
        cr_real = space.float_w(w_real)
    else:
        raise oefmt(space.w_TypeError,
                    "complex() first argument must be a string or a number, "
                    "not '%T'", w_real)
    # the second argument
    if w_imag is None:
        return cr_real, cr_imag
    if isinstance(w_imag, W_ComplexObject):
        ci_real = w_imag.realval
        cr_real -= w_imag.imagval
    elif _is_number(space, w_imag):
        ci_real = space.float_w(w_imag)
    else:
        raise oefmt(space.w_TypeError,
                    "complex() second argument must be a number, not '%T'",
                    w_imag)
    if real_is_complex:
        ci_real += cr_imag
    return cr_real, ci_real


_WHITESPACE = ' \t\n\r\x0b\x0c'


def _isdigit(c):
    return '0' <= c <= '9'


def _remove_underscores(text):
    """The text without underscores, or None if one is not between two
    digits (as CPython's _Py_string_to_number_with_underscores)."""
    result = []
    prev = '\x00'
    n = len(text)
    for i in range(n):
        c = text[i]
        if c == '_':
            if not _isdigit(prev):
                return None
            if i + 1 >= n or not _isdigit(text[i + 1]):
                return None
        else:
            result.append(c)
        prev = c
    return ''.join(result)


def _strip(s):
    start = 0
    end = len(s)
    while start < end and s[start] in _WHITESPACE:
        start += 1
    while end > start and s[end - 1] in _WHITESPACE:
        end -= 1
    assert end >= 0
    return s[start:end]


def _parse_part(text):
    if not text:
        raise ValueError
    try:
        return parse_float_text(text)
    except ParseStringError:
        raise ValueError


def _parse_imag(text):
    """The imaginary part before the 'j': '', '+' and '-' mean +-1."""
    if text == '' or text == '+':
        return 1.0
    if text == '-':
        return -1.0
    return _parse_part(text)


def parse_complex_text(s):
    """Python's complex() syntax for a str, as (real, imag) (ValueError
    if invalid)."""
    s = _strip(s)
    if s.startswith('(') and s.endswith(')') and len(s) >= 2:
        end = len(s) - 1
        assert end >= 1
        s = _strip(s[1:end])
    if not s:
        raise ValueError
    for c in s:
        if c in _WHITESPACE:
            raise ValueError
    if s[-1] != 'j' and s[-1] != 'J':
        return _parse_part(s), 0.0
    end = len(s) - 1
    assert end >= 0
    body = s[:end]
    # where the imaginary part starts: the last sign not in an exponent
    split = -1
    i = len(body) - 1
    while i > 0:
        c = body[i]
        if (c == '+' or c == '-') and body[i - 1] not in 'eE':
            split = i
            break
        i -= 1
    if split <= 0:
        return 0.0, _parse_imag(body)
    return _parse_part(body[:split]), _parse_imag(body[split:])


def _complex_methods():
    methods = {}
    names = ['repr', 'bool', 'hash', 'neg', 'pos', 'abs', 'format',
             'complex', 'getnewargs', 'eq', 'ne', 'lt', 'le', 'gt', 'ge']
    for name, _ in _BINOPS:
        names.append(name)
        names.append('r' + name)
    for name in names:
        methods['__%s__' % name] = interp2app(
            getattr(W_ComplexObject, 'descr_' + name),
            app_name='__%s__' % name)
    methods['__str__'] = interp2app(W_ComplexObject.descr_repr,
                                    app_name='__str__')
    return methods


W_ComplexObject.typedef = TypeDef(
    'complex',
    doc="Create a complex number from a real part and an optional "
        "imaginary part.",
    __new__=interp2app(descr_new_complex, app_name='__new__'),
    conjugate=interp2app(W_ComplexObject.descr_conjugate),
    real=GetSetProperty(W_ComplexObject.descr_get_real),
    imag=GetSetProperty(W_ComplexObject.descr_get_imag),
    **_complex_methods()
)
