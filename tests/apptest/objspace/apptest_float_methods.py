"""float's methods: rounding, ratios, hex()/fromhex(), divmod and the
sign rules of // and %, powers with complex results, float() parsing."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


INF = float('inf')
NAN = float('nan')


def test_as_integer_ratio():
    assert (1.5).as_integer_ratio() == (3, 2)
    assert (-0.1).as_integer_ratio() == (-3602879701896397,
                                         36028797018963968)
    assert (8.0).as_integer_ratio() == (8, 1)
    assert (0.0).as_integer_ratio() == (0, 1)
    assert (1e300).as_integer_ratio()[1] == 1
    assert raises(OverflowError, INF.as_integer_ratio) == \
        'cannot convert Infinity to integer ratio'
    assert raises(ValueError, NAN.as_integer_ratio) == \
        'cannot convert NaN to integer ratio'


def test_small_methods():
    assert (3.5).conjugate() == 3.5
    assert (3.5).__getnewargs__() == (3.5,)
    assert (3.5).real == 3.5 and (3.5).imag == 0.0
    assert (2.0).is_integer() and not (2.5).is_integer()
    assert not INF.is_integer()
    assert float.__getformat__('double') in ('IEEE, little-endian',
                                             'IEEE, big-endian')
    assert raises(ValueError, float.__getformat__, 'x') == \
        "__getformat__() argument 1 must be 'double' or 'float'"
    assert raises(TypeError, float.__getformat__, 1) == \
        '__getformat__() argument must be str, not int'


def test_trunc_floor_ceil():
    assert (1.5).__trunc__() == 1
    assert (-1.5).__trunc__() == -1
    assert (-1.5).__floor__() == -2
    assert (-1.5).__ceil__() == -1
    assert (1e20).__floor__() == 10 ** 20
    assert type((2.0).__ceil__()) is int
    assert raises(OverflowError, INF.__floor__) == \
        'cannot convert float infinity to integer'
    assert raises(ValueError, NAN.__ceil__) == \
        'cannot convert float NaN to integer'


def test_round():
    assert round(2.5) == 2 and type(round(2.5)) is int
    assert round(3.5) == 4
    assert round(-0.5) == 0
    assert round(2.675, 2) == 2.67
    assert round(1234.5, -2) == 1200.0
    assert round(0.5, 0) == 0.0
    assert round(1.5, 10 ** 30) == 1.5
    assert round(1e300, -10 ** 30) == 0.0
    assert str(round(-1.5, -400)) == '-0.0'
    assert round(INF, 2) == INF
    assert round(5e-324, 400) == 5e-324
    assert raises(OverflowError, round, INF) == \
        'cannot convert float infinity to integer'
    assert raises(ValueError, round, NAN) == \
        'cannot convert float NaN to integer'


def test_hex():
    assert (0.1).hex() == '0x1.999999999999ap-4'
    assert (1.0).hex() == '0x1.0000000000000p+0'
    assert (-0.0).hex() == '-0x0.0p+0'
    assert (5e-324).hex() == '0x0.0000000000001p-1022'
    assert (1e308).hex() == '0x1.1ccf385ebc8a0p+1023'
    assert INF.hex() == 'inf' and (-INF).hex() == '-inf'
    assert NAN.hex() == 'nan'


def test_fromhex():
    assert float.fromhex('0x1.8p1') == 3.0
    assert float.fromhex(' -0X1.P-1 ') == -0.5
    assert float.fromhex('0x1.8') == 1.5
    assert float.fromhex('1p4') == 16.0
    assert str(float.fromhex('-0x0p0')) == '-0.0'
    assert float.fromhex('-Infinity') == -INF
    assert float.fromhex('0x1.0000000000000fp0') == 1.0000000000000002
    # ties round to even, subnormals and underflow
    assert float.fromhex('0x1.00000000000008p0') == 1.0
    assert float.fromhex('0x1.00000000000018p0') == 1.0000000000000004
    assert float.fromhex('0x.8p-1074') == 0.0
    assert float.fromhex('0x1p-1075') == 0.0
    assert float.fromhex('0x1.1p-1075') == 5e-324
    assert float.fromhex('1p-99999999999999999') == 0.0
    assert float.fromhex('0x1.fffffffffffff7p1023') == 1.7976931348623157e308
    for bad in ['x', '0x1p', '0x.p1', '0x1.8q', '', '0x1 2']:
        assert raises(ValueError, float.fromhex, bad) == \
            'invalid hexadecimal floating-point string'
    for big in ['0x1p2000', '0x1.fffffffffffff8p1023']:
        assert raises(OverflowError, float.fromhex, big) == \
            'hexadecimal value too large to represent as a float'

    class F(float):
        pass
    assert type(F.fromhex('0x1p0')) is F


def test_hex_round_trip():
    seed = 12345
    for i in range(300):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        x = (seed / 2 ** 31 - 0.5) * 2.0 ** (seed % 2095 - 1074)
        assert float.fromhex(x.hex()) == x, (x, x.hex())
        assert float.fromhex(x.hex().upper()) == x


def test_divmod_and_sign_rules():
    assert divmod(7.0, -2) == (-4.0, -1.0)
    assert divmod(-7.5, 2) == (-4.0, 0.5)
    assert divmod(7, 2.5) == (2.0, 2.0)
    assert (5.0).__rdivmod__(17) == (3.0, 2.0)
    assert str(divmod(-0.0, 1.0)) == '(-0.0, 0.0)'
    assert 1 // 0.1 == 9.0
    assert 1 % 0.1 == 0.09999999999999995
    assert (-1e-300) // 1e300 == -1.0
    assert str(-1.0 % 1.0) == '0.0'
    assert str(1.0 % -1.0) == '-0.0'
    assert raises(ZeroDivisionError, divmod, 1, 0.0) == 'float divmod()'
    assert raises(ZeroDivisionError, lambda: 1.0 // 0.0) == \
        'float floor division by zero'
    assert raises(ZeroDivisionError, lambda: 1.0 % 0.0) == 'float modulo'


def test_pow():
    r = (-8.0) ** (1 / 3)
    assert type(r) is complex
    assert abs(r - (1 + 1.7320508075688772j)) < 1e-12
    assert type((-8.0) ** 0.5) is complex
    assert (-2.0) ** 2 == 4.0
    assert (-INF) ** 0.5 == INF
    assert (-1.0) ** INF == 1.0
    assert raises(ZeroDivisionError, lambda: 0.0 ** -1) == \
        '0.0 cannot be raised to a negative power'
    assert raises(OverflowError, lambda: 1e300 ** 2) == \
        "(34, 'Numerical result out of range')"


def test_float_parsing():
    assert float(' \t1.5\n') == 1.5
    assert float(b'1.5') == 1.5
    assert float(bytearray(b' 2.5 ')) == 2.5
    assert float('1_0.5') == 10.5
    assert float('1e5_0') == 1e50
    assert float('-iNF') == -INF
    assert float('+Infinity') == INF
    assert str(float('+nan')) == 'nan'
    for bad in ['1_.5', '1__0', '_1', '1_', '', '0x10', '1e', 'infinit']:
        assert raises(ValueError, float, bad) == \
            'could not convert string to float: %r' % bad


def test_repr_round_trip():
    for x in [0.1, 1 / 3, 1e22, 1e-7, 123456789.125, 5e-324, 1.7e308]:
        assert float(repr(x)) == x
    assert repr(0.1) == '0.1'
    assert repr(1e16) == '1e+16'
    assert repr(1e-5) == '1e-05'
