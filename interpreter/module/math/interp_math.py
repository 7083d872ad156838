"""The interp-level functions of `math`.

Floats are unwrapped by `_float_w` (CPython's "must be real number"
rule: floats, ints and objects with __float__ or __index__, never str).
libm failures come back from RPython's math functions as ValueError or
OverflowError; `_domain`/`_range` turn them into CPython's messages.
Integer functions (factorial, gcd, comb, isqrt...) work on rbigint.
"""

from __future__ import absolute_import
import math

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY, NAN
from rpython.rlib.rarithmetic import maxint
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.rlib.longlong2float import float2longlong, longlong2float

from interpreter.error import oefmt, OperationError
from objspace.std.intobject import W_AbstractIntObject
from objspace.std.floatobject import W_FloatObject


def _float_w(space, w_x):
    if isinstance(w_x, W_FloatObject):
        return w_x.floatval
    if isinstance(w_x, W_AbstractIntObject):
        return _bigint_to_float(space, w_x.as_bigint())
    if (space.lookup(w_x, '__float__') is None and
            space.lookup(w_x, '__index__') is None):
        raise oefmt(space.w_TypeError, "must be real number, not %T", w_x)
    return space.float_w(w_x)


def _bigint_to_float(space, num):
    try:
        return num.tofloat()
    except OverflowError:
        raise oefmt(space.w_OverflowError,
                    "int too large to convert to float")


def _domain(space):
    return oefmt(space.w_ValueError, "math domain error")


def _range(space):
    return oefmt(space.w_OverflowError, "math range error")


_isinf = rfloat.isinf
_isnan = rfloat.isnan


def _isfinite(x):
    return not _isinf(x) and not _isnan(x)


def _make_unary(name, func, can_overflow):
    """A math function of one float: the result is checked as CPython
    checks it (a NaN from a non-NaN is a domain error; an infinity from a
    finite argument is a range error when the function can overflow)."""
    def unary(space, w_x):
        x = _float_w(space, w_x)
        try:
            r = func(x)
        except ValueError:
            raise _domain(space)
        except OverflowError:
            raise _range(space)
        if _isnan(r) and not _isnan(x):
            raise _domain(space)
        if _isinf(r) and _isfinite(x):
            if can_overflow:
                raise _range(space)
            raise _domain(space)
        return space.newfloat(r)
    unary.__name__ = name
    unary.__doc__ = "Return the %s of x." % name
    return unary


# C99 functions that RPython's math does not wrap: libm's own, so that
# the results are CPython's to the last bit
_libm = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])
_cbrt = rffi.llexternal('cbrt', [rffi.DOUBLE], rffi.DOUBLE,
                        compilation_info=_libm, _nowrapper=True,
                        elidable_function=True)
_exp2 = rffi.llexternal('exp2', [rffi.DOUBLE], rffi.DOUBLE,
                        compilation_info=_libm, _nowrapper=True,
                        elidable_function=True)


acos = _make_unary('acos', math.acos, False)
acosh = _make_unary('acosh', rfloat.acosh, False)
asin = _make_unary('asin', math.asin, False)
asinh = _make_unary('asinh', rfloat.asinh, False)
atan = _make_unary('atan', math.atan, False)
atanh = _make_unary('atanh', rfloat.atanh, False)
cos = _make_unary('cos', math.cos, False)
cosh = _make_unary('cosh', math.cosh, True)
sin = _make_unary('sin', math.sin, False)
sinh = _make_unary('sinh', math.sinh, True)
tan = _make_unary('tan', math.tan, False)
tanh = _make_unary('tanh', math.tanh, False)
exp = _make_unary('exp', math.exp, True)
exp2 = _make_unary('exp2', _exp2, True)
expm1 = _make_unary('expm1', rfloat.expm1, True)
log1p = _make_unary('log1p', rfloat.log1p, False)
sqrt = _make_unary('sqrt', math.sqrt, False)
cbrt = _make_unary('cbrt', _cbrt, False)
fabs = _make_unary('fabs', math.fabs, False)
erf = _make_unary('erf', rfloat.erf, False)
erfc = _make_unary('erfc', rfloat.erfc, False)
gamma = _make_unary('gamma', rfloat.gamma, True)
lgamma = _make_unary('lgamma', rfloat.lgamma, True)


# --- logarithms (of any int, however large) ------------------------------

def _log_of(space, w_x, base):
    """log(x) to `base` (0.0 means e)."""
    if isinstance(w_x, W_AbstractIntObject):
        num = w_x.as_bigint()
        if num.sign <= 0:
            raise _domain(space)
        try:
            x = num.tofloat()
        except OverflowError:
            # x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2)
            e = num.bit_length()
            m = math.ldexp(num.rshift(e - 60).tofloat(), -60)
            if base == 10.0:
                return math.log10(m) + e * math.log10(2.0)
            if base == 2.0:
                return rfloat.log2(m) + e
            return math.log(m) + e * math.log(2.0)
    else:
        x = _float_w(space, w_x)
    if _isnan(x):
        return x
    if x <= 0.0:
        raise _domain(space)
    if _isinf(x):
        return x
    if base == 10.0:
        return math.log10(x)
    if base == 2.0:
        return rfloat.log2(x)
    return math.log(x)


def log(space, w_x, w_base=None):
    """log(x, [base=math.e])
Return the logarithm of x to the given base.

If the base not specified, returns the natural logarithm (base e) of x."""
    num = _log_of(space, w_x, 0.0)
    if w_base is None:
        return space.newfloat(num)
    den = _log_of(space, w_base, 0.0)
    if den == 0.0:
        raise oefmt(space.w_ZeroDivisionError, "float division by zero")
    return space.newfloat(num / den)


def log2(space, w_x):
    """Return the base 2 logarithm of x."""
    return space.newfloat(_log_of(space, w_x, 2.0))


def log10(space, w_x):
    """Return the base 10 logarithm of x."""
    return space.newfloat(_log_of(space, w_x, 10.0))


# --- functions of two floats ---------------------------------------------

def pow(space, w_x, w_y):
    """Return x**y (x to the power of y)."""
    x = _float_w(space, w_x)
    y = _float_w(space, w_y)
    if x == 0.0 and y < 0.0 and _isfinite(y):
        raise _domain(space)
    try:
        r = math.pow(x, y)
    except ValueError:
        raise _domain(space)
    except OverflowError:
        raise _range(space)
    if _isnan(r) and not _isnan(x) and not _isnan(y):
        raise _domain(space)
    if _isinf(r) and _isfinite(x) and _isfinite(y):
        raise _range(space)
    return space.newfloat(r)


def atan2(space, w_y, w_x):
    """Return the arc tangent (measured in radians) of y/x.

Unlike atan(y/x), the signs of both x and y are considered."""
    return space.newfloat(math.atan2(_float_w(space, w_y),
                                     _float_w(space, w_x)))


def fmod(space, w_x, w_y):
    """Return fmod(x, y), according to platform C.

x % y may differ."""
    x = _float_w(space, w_x)
    y = _float_w(space, w_y)
    if _isinf(y) and _isfinite(x):
        return space.newfloat(x)
    if _isnan(x) or _isnan(y):
        return space.newfloat(NAN)
    if y == 0.0 or _isinf(x):
        raise _domain(space)
    return space.newfloat(math.fmod(x, y))


def copysign(space, w_x, w_y):
    """Return a float with the magnitude (absolute value) of x but the sign
of y."""
    return space.newfloat(math.copysign(_float_w(space, w_x),
                                        _float_w(space, w_y)))


def remainder(space, w_x, w_y):
    """Difference between x and the closest integer multiple of y.

Return x - n*y where n*y is the closest integer multiple of y.
In the case where x is exactly halfway between two multiples of
y, the nearest even value of n is used. The result is always exact."""
    x = _float_w(space, w_x)
    y = _float_w(space, w_y)
    if _isnan(x):
        return space.newfloat(x)
    if _isnan(y):
        return space.newfloat(y)
    if _isinf(x) or y == 0.0:
        raise _domain(space)
    if _isinf(y):
        return space.newfloat(x)
    absx = abs(x)
    absy = abs(y)
    m = math.fmod(absx, absy)
    c = absy - m
    if m < c:
        r = m
    elif m > c:
        r = -c
    else:
        # a tie: pick the multiple whose quotient is even
        r = m - 2.0 * math.fmod(0.5 * (absx - m), absy)
    return space.newfloat(math.copysign(1.0, x) * r)


def ldexp(space, w_x, w_i):
    """Return x * (2**i).

This is essentially the inverse of frexp()."""
    x = _float_w(space, w_x)
    if not space.isinstance_w(w_i, space.w_int):
        raise oefmt(space.w_TypeError,
                    "Expected an int as second argument to ldexp.")
    num = space.bigint_w(w_i)
    if x == 0.0 or not _isfinite(x):
        return space.newfloat(x)
    if num.gt(rbigint.fromint(100000)):
        raise _range(space)
    if num.lt(rbigint.fromint(-100000)):
        return space.newfloat(math.copysign(0.0, x))
    try:
        r = math.ldexp(x, num.toint())
    except OverflowError:
        raise _range(space)
    if _isinf(r):
        raise _range(space)
    return space.newfloat(r)


def frexp(space, w_x):
    """Return the mantissa and exponent of x, as pair (m, e).

m is a float and e is an int, such that x = m * 2.**e.
If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."""
    x = _float_w(space, w_x)
    if not _isfinite(x) or x == 0.0:
        return space.newtuple([space.newfloat(x), space.newint(0)])
    m, e = math.frexp(x)
    return space.newtuple([space.newfloat(m), space.newint(e)])


def modf(space, w_x):
    """Return the fractional and integer parts of x.

Both results carry the sign of x and are floats."""
    x = _float_w(space, w_x)
    if _isinf(x):
        return space.newtuple([space.newfloat(math.copysign(0.0, x)),
                               space.newfloat(x)])
    if _isnan(x):
        return space.newtuple([space.newfloat(x), space.newfloat(x)])
    frac, whole = math.modf(x)
    return space.newtuple([space.newfloat(frac), space.newfloat(whole)])


def degrees(space, w_x):
    """Convert angle x from radians to degrees."""
    return space.newfloat(_float_w(space, w_x) * (180.0 / math.pi))


def radians(space, w_x):
    """Convert angle x from degrees to radians."""
    return space.newfloat(_float_w(space, w_x) * (math.pi / 180.0))


def isfinite(space, w_x):
    """Return True if x is neither an infinity nor a NaN, and False
otherwise."""
    return space.newbool(_isfinite(_float_w(space, w_x)))


def isinf(space, w_x):
    """Return True if x is a positive or negative infinity, and False
otherwise."""
    return space.newbool(rfloat.isinf(_float_w(space, w_x)))


def isnan(space, w_x):
    """Return True if x is a NaN (not a number), and False otherwise."""
    return space.newbool(rfloat.isnan(_float_w(space, w_x)))


def isclose(space, w_a, w_b, w_rel_tol=None, w_abs_tol=None):
    """Determine whether two floating point numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise."""
    a = _float_w(space, w_a)
    b = _float_w(space, w_b)
    rel_tol = 1e-09 if w_rel_tol is None else _float_w(space, w_rel_tol)
    abs_tol = 0.0 if w_abs_tol is None else _float_w(space, w_abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oefmt(space.w_ValueError, "tolerances must be non-negative")
    if a == b:
        return space.w_True
    if rfloat.isinf(a) or rfloat.isinf(b):
        return space.w_False
    diff = abs(b - a)
    return space.newbool(diff <= abs(rel_tol * b) or
                         diff <= abs(rel_tol * a) or diff <= abs_tol)


def nextafter(space, w_x, w_y):
    """Return the next floating-point value after x towards y."""
    x = _float_w(space, w_x)
    y = _float_w(space, w_y)
    return space.newfloat(_nextafter(x, y))


def _nextafter(x, y):
    if rfloat.isnan(x) or rfloat.isnan(y):
        return NAN
    if x == y:
        return y
    if x == 0.0:
        return math.copysign(longlong2float(1), y)
    bits = float2longlong(x)
    # moving away from zero increments the magnitude bits
    if (y > x) == (x > 0.0):
        bits += 1
    else:
        bits -= 1
    return longlong2float(bits)


def ulp(space, w_x):
    """Return the value of the least significant bit of the float x."""
    x = abs(_float_w(space, w_x))
    if rfloat.isnan(x) or rfloat.isinf(x):
        return space.newfloat(x)
    nxt = _nextafter(x, INFINITY)
    if rfloat.isinf(nxt):
        return space.newfloat(x - _nextafter(x, -INFINITY))
    return space.newfloat(nxt - x)


# --- rounding to int -----------------------------------------------------

def _float_to_int(space, x):
    if rfloat.isinf(x):
        raise oefmt(space.w_OverflowError,
                    "cannot convert float infinity to integer")
    if rfloat.isnan(x):
        raise oefmt(space.w_ValueError,
                    "cannot convert float NaN to integer")
    return space.newbigint(rbigint.fromfloat(x))


def _round_by(space, w_x, special, up):
    """floor (up=False) or ceil (up=True) of w_x, as an int."""
    if isinstance(w_x, W_FloatObject):
        x = w_x.floatval
    elif isinstance(w_x, W_AbstractIntObject):
        return space.newbigint(w_x.as_bigint())
    else:
        w_descr = space.lookup(w_x, special)
        if w_descr is not None:
            return space.get_and_call_function(w_descr, w_x)
        x = _float_w(space, w_x)
    if up:
        return _float_to_int(space, math.ceil(x))
    return _float_to_int(space, math.floor(x))


def floor(space, w_x):
    """Return the floor of x as an Integral.

This is the largest integer <= x."""
    return _round_by(space, w_x, '__floor__', False)


def ceil(space, w_x):
    """Return the ceiling of x as an Integral.

This is the smallest integer >= x."""
    return _round_by(space, w_x, '__ceil__', True)


def _trunc_float(x):
    if x < 0.0:
        return math.ceil(x)
    return math.floor(x)


def trunc(space, w_x):
    """Truncates the Real x to the nearest Integral toward 0.

Uses the __trunc__ magic method."""
    if isinstance(w_x, W_FloatObject):
        return _float_to_int(space, _trunc_float(w_x.floatval))
    if isinstance(w_x, W_AbstractIntObject):
        return space.newbigint(w_x.as_bigint())
    w_descr = space.lookup(w_x, '__trunc__')
    if w_descr is None:
        raise oefmt(space.w_TypeError,
                    "type %T doesn't define __trunc__ method", w_x)
    return space.get_and_call_function(w_descr, w_x)


# --- integer functions ---------------------------------------------------

def _int_arg(space, w_x):
    """An int argument as rbigint: floats are refused as CPython does."""
    return space.bigint_w(w_x)


_ZERO = rbigint.fromint(0)
_ONE = rbigint.fromint(1)


def _product(lo, hi):
    """The product of the ints in [lo, hi), split in halves so that the
    multiplications are of balanced sizes."""
    if hi - lo <= 8:
        r = _ONE
        while lo < hi:
            r = r.int_mul(lo)
            lo += 1
        return r
    mid = (lo + hi) // 2
    return _product(lo, mid).mul(_product(mid, hi))


def factorial(space, w_n):
    """Find n!.

Raise a ValueError if x is negative or non-integral."""
    num = _int_arg(space, w_n)
    if num.sign < 0:
        raise oefmt(space.w_ValueError,
                    "factorial() not defined for negative values")
    try:
        n = num.toint()
    except OverflowError:
        raise oefmt(space.w_OverflowError,
                    "factorial() argument should not exceed %d",
                    maxint)
    return space.newbigint(_product(1, n + 1))


def _gcd(a, b):
    a = a.abs()
    b = b.abs()
    while b.sign != 0:
        a, b = b, a.mod(b)
    return a


def gcd(space, args_w):
    """Greatest Common Divisor."""
    result = _ZERO
    for w_arg in args_w:
        result = _gcd(result, _int_arg(space, w_arg))
    return space.newbigint(result)


def lcm(space, args_w):
    """Least Common Multiple."""
    result = _ONE
    for w_arg in args_w:
        num = _int_arg(space, w_arg)
        if result.sign == 0 or num.sign == 0:
            result = _ZERO
            continue
        result = result.mul(num).abs().floordiv(_gcd(result, num))
    return space.newbigint(result)


def _nonneg(space, w_x, what):
    num = _int_arg(space, w_x)
    if num.sign < 0:
        raise oefmt(space.w_ValueError,
                    "%s must be a non-negative integer", what)
    return num


def _falling(n, k):
    """n * (n-1) * ... * (n-k+1), k a machine int."""
    r = _ONE
    i = 0
    while i < k:
        r = r.mul(n.int_sub(i))
        i += 1
    return r


def perm(space, w_n, w_k=None):
    """Number of ways to choose k items from n items without repetition
and with order."""
    n = _nonneg(space, w_n, "n")
    if w_k is None or space.is_w(w_k, space.w_None):
        k = n
    else:
        k = _nonneg(space, w_k, "k")
    if k.gt(n):
        return space.newint(0)
    try:
        kint = k.toint()
    except OverflowError:
        raise oefmt(space.w_OverflowError, "k must not exceed %d",
                    maxint)
    return space.newbigint(_falling(n, kint))


def comb(space, w_n, w_k):
    """Number of ways to choose k items from n items without repetition
and without order."""
    n = _nonneg(space, w_n, "n")
    k = _nonneg(space, w_k, "k")
    if k.gt(n):
        return space.newint(0)
    nk = n.sub(k)
    if nk.lt(k):
        k = nk
    try:
        kint = k.toint()
    except OverflowError:
        raise oefmt(space.w_OverflowError,
                    "min(n - k, k) must not exceed %d", maxint)
    r = _ONE
    i = 0
    while i < kint:
        # r * (n - i) is divisible by i + 1 at every step
        r = r.mul(n.int_sub(i)).floordiv(rbigint.fromint(i + 1))
        i += 1
    return space.newbigint(r)


def isqrt(space, w_n):
    """Return the integer part of the square root of the input."""
    n = _int_arg(space, w_n)
    if n.sign < 0:
        raise oefmt(space.w_ValueError,
                    "isqrt() argument must be nonnegative")
    if n.sign == 0:
        return space.newint(0)
    # Newton's iteration from above: start at a power of two >= sqrt(n)
    x = _ONE.lshift((n.bit_length() + 1) // 2)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            return space.newbigint(x)
        x = y


def prod(space, w_iterable, w_start=None):
    """Calculate the product of all the elements in the input iterable.

The default start value for the product is 1."""
    w_result = space.newint(1) if w_start is None else w_start
    w_iter = space.iter(w_iterable)
    while True:
        try:
            w_item = space.next(w_iter)
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            return w_result
        w_result = space.mul(w_result, w_item)


# --- sums and distances --------------------------------------------------

def fsum(space, w_iterable):
    """Return an accurate floating point sum of values in the iterable.

Assumes IEEE-754 floating point arithmetic."""
    # Shewchuk's algorithm: `partials` holds non-overlapping floats whose
    # exact sum is the exact sum of the items so far
    partials = []
    special = 0.0
    inf_sum = 0.0
    w_iter = space.iter(w_iterable)
    while True:
        try:
            w_item = space.next(w_iter)
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            break
        x = _float_w(space, w_item)
        if not _isfinite(x):
            if rfloat.isinf(x):
                inf_sum += x
            special += x
            continue
        kept = []
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                kept.append(lo)
            x = hi
        if not _isfinite(x):
            raise oefmt(space.w_OverflowError, "intermediate overflow in fsum")
        kept.append(x)
        partials = kept
    if special != 0.0 or rfloat.isnan(special):
        if rfloat.isnan(inf_sum):
            raise oefmt(space.w_ValueError, "-inf + inf in fsum")
        return space.newfloat(special)
    return space.newfloat(_sum_partials(partials))


def _sum_partials(partials):
    """Round the exact sum of the partials (increasing magnitudes) to a
    float, correctly even for halfway cases."""
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        yr = hi - x
        lo = y - yr
        if lo != 0.0:
            break
    # a halfway case: the next partial says which way to round
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                  (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        yr = x - hi
        if y == yr:
            hi = x
    return hi


def _hypot_list(coords):
    """sqrt of the sum of squares, scaled by the largest magnitude so that
    neither overflow nor underflow happens in between."""
    biggest = 0.0
    found_nan = False
    for x in coords:
        x = abs(x)
        if rfloat.isnan(x):
            found_nan = True
        elif x > biggest:
            biggest = x
    if rfloat.isinf(biggest):
        return biggest
    if found_nan:
        return NAN
    if biggest == 0.0 or len(coords) <= 1:
        return biggest
    parts = []
    for x in coords:
        q = x / biggest
        parts.append(q * q)
    total = 0.0
    # compensated summation of the squares
    comp = 0.0
    for p in parts:
        y = p - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return biggest * math.sqrt(total)


def hypot(space, args_w):
    """hypot(*coordinates) -> value

Multidimensional Euclidean distance from the origin to a point."""
    coords = [_float_w(space, w_x) for w_x in args_w]
    return space.newfloat(_hypot_list(coords))


def dist(space, w_p, w_q):
    """Return the Euclidean distance between two points p and q."""
    p_w = space.listview(w_p)
    q_w = space.listview(w_q)
    if len(p_w) != len(q_w):
        raise oefmt(space.w_ValueError,
                    "both points must have the same number of dimensions")
    diffs = []
    for i in range(len(p_w)):
        diffs.append(_float_w(space, p_w[i]) - _float_w(space, q_w[i]))
    return space.newfloat(_hypot_list(diffs))


# --- constants ------------------------------------------------------------

def constant_pi(space):
    return space.newfloat(math.pi)


def constant_e(space):
    return space.newfloat(math.e)


def constant_tau(space):
    return space.newfloat(2.0 * math.pi)


def constant_inf(space):
    return space.newfloat(INFINITY)


def constant_nan(space):
    return space.newfloat(NAN)
