"""math: every function against CPython 3.11's values and errors."""

import math


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def test_constants():
    assert math.pi == 3.141592653589793
    assert math.e == 2.718281828459045
    assert math.tau == 6.283185307179586
    assert math.inf == float('inf') and math.isnan(math.nan)


def test_unary_values():
    assert math.sqrt(2) == 1.4142135623730951
    assert math.exp(1) == 2.718281828459045
    assert math.exp2(3) == 8.0
    assert math.cbrt(27) == 3.0000000000000004
    assert math.cbrt(-8) == -2.0
    assert math.expm1(1e-10) == 1.00000000005e-10
    assert math.log1p(1e-10) == 9.999999999500001e-11
    assert math.sin(0.5) == 0.479425538604203
    assert math.cos(0.5) == 0.8775825618903728
    assert math.tan(0.5) == 0.5463024898437905
    assert math.asin(0.5) == 0.5235987755982989
    assert math.acos(0.5) == 1.0471975511965979
    assert math.atan(0.5) == 0.4636476090008061
    assert math.sinh(1) == 1.1752011936438014
    assert math.cosh(1) == 1.5430806348152437
    assert math.tanh(1) == 0.7615941559557649
    assert math.asinh(1) == 0.881373587019543
    assert math.acosh(2) == 1.3169578969248166
    assert math.atanh(0.5) == 0.5493061443340548
    assert math.atan2(1, 1) == 0.7853981633974483
    assert math.fabs(-3) == 3.0
    assert math.erf(0.5) == 0.5204998778130465
    assert math.erfc(0.5) == 0.4795001221869535
    assert math.gamma(5.5) == 52.34277778455352
    assert math.gamma(5) == 24.0
    assert math.lgamma(10.5) == 13.940625219403763
    assert math.degrees(math.pi) == 180.0
    assert math.radians(180) == math.pi


def test_logs():
    assert math.log(math.e) == 1.0
    assert math.log(8, 2) == 3.0
    assert math.log(100, 10) == 2.0
    assert math.log2(1024) == 10.0
    assert math.log10(1000) == 3.0
    assert math.log(10 ** 400) == 921.0340371976182
    assert math.log10(10 ** 400) == 400.0
    assert math.log2(2 ** 2000) == 2000.0
    assert str(raises(ValueError, math.log, 0)) == "math domain error"
    assert str(raises(ValueError, math.log, -(10 ** 400)))
    assert str(raises(ValueError, math.log10, -1.0)) == "math domain error"
    assert str(raises(ZeroDivisionError, math.log, 1, 1)) == \
        "float division by zero"


def test_errors():
    assert str(raises(ValueError, math.sqrt, -1)) == "math domain error"
    assert str(raises(OverflowError, math.exp, 1000)) == "math range error"
    assert str(raises(ValueError, math.acos, 2)) == "math domain error"
    assert str(raises(ValueError, math.gamma, 0)) == "math domain error"
    assert str(raises(ValueError, math.lgamma, -2)) == "math domain error"
    assert str(raises(TypeError, math.sqrt, "4")) == \
        "must be real number, not str"
    assert str(raises(OverflowError, math.sqrt, 10 ** 400)) == \
        "int too large to convert to float"
    assert math.isnan(math.sqrt(math.nan))
    assert math.exp(-math.inf) == 0.0


def test_float_protocol():
    class F:
        def __float__(self):
            return 4.0

    class I:
        def __index__(self):
            return 9

    assert math.sqrt(F()) == 2.0
    assert math.sqrt(I()) == 3.0
    assert math.sqrt(True) == 1.0


def test_pow_fmod_remainder():
    assert math.pow(2, 10) == 1024.0
    assert math.pow(-8, 1 / 3 * 0 + 2) == 64.0
    assert str(raises(ValueError, math.pow, 0, -1)) == "math domain error"
    assert str(raises(ValueError, math.pow, -1, 0.5)) == "math domain error"
    assert str(raises(OverflowError, math.pow, 10, 400)) == "math range error"
    assert math.pow(math.nan, 0) == 1.0
    assert math.fmod(7, 3) == 1.0 and math.fmod(-7, 3) == -1.0
    assert math.fmod(1, math.inf) == 1.0
    assert str(raises(ValueError, math.fmod, 1, 0)) == "math domain error"
    assert math.remainder(5, 2) == 1.0
    assert math.remainder(7, 2) == -1.0
    assert math.remainder(-5, 2) == -1.0
    assert math.remainder(10, 3) == 1.0
    assert math.remainder(11, 3) == -1.0
    assert str(raises(ValueError, math.remainder, 1, 0)) == \
        "math domain error"
    assert math.copysign(3, -0.0) == -3.0


def test_frexp_ldexp_modf():
    assert math.frexp(8.0) == (0.5, 4)
    assert math.frexp(0.0) == (0.0, 0)
    assert math.frexp(-3) == (-0.75, 2)
    assert math.ldexp(0.5, 4) == 8.0
    assert math.ldexp(1.0, -2000) == 0.0
    assert str(raises(OverflowError, math.ldexp, 1.0, 2000)) == \
        "math range error"
    assert str(raises(OverflowError, math.ldexp, 1.0, 10 ** 30)) == \
        "math range error"
    assert str(raises(TypeError, math.ldexp, 1.0, 1.5)) == \
        "Expected an int as second argument to ldexp."
    assert math.modf(2.5) == (0.5, 2.0)
    assert math.modf(-2.5) == (-0.5, -2.0)
    assert math.modf(math.inf) == (0.0, math.inf)


def test_classification():
    assert math.isfinite(1.0) and not math.isfinite(math.inf)
    assert math.isinf(-math.inf) and not math.isinf(math.nan)
    assert math.isnan(math.nan) and not math.isnan(1)
    assert math.isclose(1.0, 1.0000000001)
    assert not math.isclose(1.0, 1.1)
    assert math.isclose(1.0, 1.1, rel_tol=0.2)
    assert math.isclose(0.0, 1e-10, abs_tol=1e-9)
    assert not math.isclose(math.inf, -math.inf)
    assert str(raises(ValueError, math.isclose, 1, 1, rel_tol=-1)) == \
        "tolerances must be non-negative"


def test_nextafter_ulp():
    assert math.nextafter(1.0, 2.0) == 1.0000000000000002
    assert math.nextafter(1.0, 0.0) == 0.9999999999999999
    assert math.nextafter(0.0, 1.0) == 5e-324
    assert math.nextafter(0.0, -1.0) == -5e-324
    assert math.nextafter(-1.0, -2.0) == -1.0000000000000002
    assert math.nextafter(2.0, 2.0) == 2.0
    assert math.ulp(1.0) == 2.220446049250313e-16
    assert math.ulp(-1.0) == 2.220446049250313e-16
    assert math.ulp(0.0) == 5e-324
    assert math.ulp(math.inf) == math.inf


def test_floor_ceil_trunc():
    assert math.floor(2.5) == 2 and type(math.floor(2.5)) is int
    assert math.floor(-2.5) == -3
    assert math.ceil(2.5) == 3 and math.ceil(-2.5) == -2
    assert math.trunc(-2.5) == -2 and math.trunc(2.9) == 2
    assert math.floor(10 ** 30) == 10 ** 30
    assert math.floor(1e30) == 1000000000000000019884624838656
    assert str(raises(OverflowError, math.floor, math.inf)) == \
        "cannot convert float infinity to integer"
    assert str(raises(ValueError, math.ceil, math.nan)) == \
        "cannot convert float NaN to integer"

    class R:
        def __floor__(self):
            return 'floor'

        def __ceil__(self):
            return 'ceil'

        def __trunc__(self):
            return 'trunc'

    assert math.floor(R()) == 'floor'
    assert math.ceil(R()) == 'ceil'
    assert math.trunc(R()) == 'trunc'
    assert str(raises(TypeError, math.trunc, "x")) == \
        "type str doesn't define __trunc__ method"
    assert str(raises(TypeError, math.floor, "x")) == \
        "must be real number, not str"


def test_factorial():
    assert math.factorial(0) == 1
    assert math.factorial(5) == 120
    assert math.factorial(30) == 265252859812191058636308480000000
    assert str(raises(ValueError, math.factorial, -1)) == \
        "factorial() not defined for negative values"
    assert str(raises(TypeError, math.factorial, 5.0)) == \
        "'float' object cannot be interpreted as an integer"


def test_gcd_lcm():
    assert math.gcd() == 0 and math.gcd(-12) == 12
    assert math.gcd(12, 18, 27) == 3
    assert math.gcd(2 ** 100 * 3, 2 ** 80 * 5) == 2 ** 80
    assert math.lcm() == 1 and math.lcm(4, 6) == 12
    assert math.lcm(4, 0, 6) == 0
    assert math.lcm(-4, 6) == 12
    assert math.lcm(2 ** 70, 3) == 3 * 2 ** 70


def test_comb_perm():
    assert math.comb(10, 3) == 120
    assert math.comb(3, 10) == 0
    assert math.comb(100, 50) == 100891344545564193334812497256
    assert math.perm(5) == 120 and math.perm(5, 2) == 20
    assert math.perm(2, 5) == 0
    assert str(raises(ValueError, math.comb, -1, 2)) == \
        "n must be a non-negative integer"
    assert str(raises(ValueError, math.perm, 3, -2)) == \
        "k must be a non-negative integer"


def test_isqrt():
    assert [math.isqrt(n) for n in range(10)] == [0, 1, 1, 1, 2, 2, 2, 2, 2, 3]
    assert math.isqrt(10 ** 40 + 1) == 10 ** 20
    assert math.isqrt(10 ** 40 - 1) == 10 ** 20 - 1
    assert str(raises(ValueError, math.isqrt, -1)) == \
        "isqrt() argument must be nonnegative"


def test_prod():
    assert math.prod([]) == 1
    assert math.prod(range(1, 6)) == 120
    assert math.prod([2, 3], start=10) == 60
    assert math.prod([1.5, 2]) == 3.0


def test_fsum():
    assert math.fsum([0.1] * 10) == 1.0
    assert sum([0.1] * 10) != 1.0
    assert math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == \
        1e-100
    assert math.fsum([]) == 0.0
    assert math.fsum([math.inf, 1]) == math.inf
    assert math.isnan(math.fsum([math.nan, 1]))
    assert str(raises(ValueError, math.fsum, [math.inf, -math.inf])) == \
        "-inf + inf in fsum"
    assert str(raises(OverflowError, math.fsum, [1e308, 1e308])) == \
        "intermediate overflow in fsum"


def test_hypot_dist():
    assert math.hypot(3, 4) == 5.0
    assert math.hypot() == 0.0
    assert math.hypot(-7) == 7.0
    assert math.hypot(1e300, 1e300) == 1.4142135623730952e+300
    assert math.hypot(math.nan, math.inf) == math.inf
    assert math.dist((0, 0), (3, 4)) == 5.0
    assert math.dist([1, 1, 1], [2, 2, 2]) == 1.7320508075688772
    assert str(raises(ValueError, math.dist, (1,), (1, 2))) == \
        "both points must have the same number of dimensions"
