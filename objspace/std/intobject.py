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
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError

from interpreter.baseobjspace import W_Root
from interpreter.textutil import strip_whitespace
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty

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
        return space.newtext(self.as_bigint().str())

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
        return space.newint(self.as_bigint().bit_length())

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
        return _truediv(space, self, w_other)

    def descr_rtruediv(self, space, w_other):
        if not isinstance(w_other, W_AbstractIntObject):
            return space.w_NotImplemented
        return _truediv(space, w_other, self)

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
        raise _zero_division(space, "integer division or modulo by zero")
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
        raise _zero_division(space, "integer division or modulo by zero")
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


def _truediv(space, w_x, w_y):
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
        if w_y.as_bigint().sign < 0:
            raise oefmt(space.w_ValueError,
                        "pow() 2nd argument cannot be negative when 3rd "
                        "argument specified")
        return wrapbigint(space, w_x.as_bigint().pow(w_y.as_bigint(), m))
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
    """int(x=0) / int(x, base=10): convert a number or string."""
    if w_x is None:
        w_value = space.newint(0)
    elif w_base is not None:
        base = space.int_w(w_base)
        w_value = int_from_text(space, space.text_w(w_x), base)
    elif space.isinstance_w(w_x, space.w_str):
        w_value = int_from_text(space, space.text_w(w_x), 10)
    elif space.isinstance_w(w_x, space.w_bytes):
        w_value = int_from_text(space, space.bytes_w(w_x), 10)
    else:
        w_value = space.int(w_x)
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


def int_from_text(space, text, base):
    """int(text, base) with Python's syntax: sign, optional prefix,
    underscores between digits, surrounding white space."""
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
            raise _invalid_literal(space, text, 0)
    if not digits or digits.endswith('_') or '__' in digits:
        raise _invalid_literal(space, text, base)
    clean = _remove_underscores(digits)
    for c in clean:
        value = _digit_value(c)
        if value < 0 or value >= base:
            raise _invalid_literal(space, text, base)
    try:
        num = rbigint.fromstr(clean, base)
    except (ValueError, ParseStringError):
        raise _invalid_literal(space, text, base)
    if negative:
        num = num.neg()
    return wrapbigint(space, num)


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


def _invalid_literal(space, text, base):
    return oefmt(space.w_ValueError,
                 "invalid literal for int() with base %d: %R", base,
                 space.newtext(text))


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
    methods['__index__'] = interp2app(W_AbstractIntObject.descr_int,
                                      app_name='__index__')
    methods['__str__'] = interp2app(W_AbstractIntObject.descr_repr,
                                    app_name='__str__')
    return methods


W_AbstractIntObject.typedef = TypeDef(
    'int',
    doc="int([x]) -> integer\nint(x, base=10) -> integer",
    __new__=interp2app(descr_new_int, app_name='__new__'),
    __format__=interp2app(W_AbstractIntObject.descr_format),
    bit_length=interp2app(W_AbstractIntObject.descr_bit_length),
    real=GetSetProperty(W_AbstractIntObject.descr_get_real),
    imag=GetSetProperty(W_AbstractIntObject.descr_get_imag),
    numerator=GetSetProperty(W_AbstractIntObject.descr_get_numerator),
    denominator=GetSetProperty(W_AbstractIntObject.descr_get_denominator),
    **_int_methods()
)
