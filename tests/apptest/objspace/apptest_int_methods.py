"""int's methods beyond arithmetic: rounding, bytes, ratios, pow with a
modulus, int() parsing and the 3.11 int/str conversion limit."""

import sys


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_bit_count_and_length():
    assert (13).bit_count() == 3
    assert (-7).bit_count() == 3
    assert (0).bit_count() == 0
    assert (2 ** 100 - 1).bit_count() == 100
    assert (-(2 ** 200)).bit_count() == 1
    assert (2 ** 100).bit_length() == 101
    assert True.bit_count() == 1


def test_trivial_methods():
    assert (5).conjugate() == 5
    assert type(True.conjugate()) is int
    assert (10 ** 20).as_integer_ratio() == (10 ** 20, 1)
    assert type(True.as_integer_ratio()[0]) is int
    assert (5).__getnewargs__() == (5,)
    assert (-3).__trunc__() == -3
    assert (-3).__floor__() == -3
    assert (-3).__ceil__() == -3
    assert type(int.__floor__(True)) is int
    assert (7).real == 7 and (7).imag == 0
    assert (7).numerator == 7 and (7).denominator == 1
    assert (0).__sizeof__() < (2 ** 100).__sizeof__()


def test_round():
    assert round(7) == 7
    assert round(7, None) == 7
    assert round(7, 3) == 7
    assert round(15, -1) == 20
    assert round(25, -1) == 20
    assert round(-25, -1) == -20
    assert round(-35, -1) == -40
    assert round(10 ** 30 + 5 * 10 ** 10, -11) == 10 ** 30
    assert round(10 ** 30 + 15 * 10 ** 10, -11) == 10 ** 30 + 2 * 10 ** 11
    assert round(7, 10 ** 30) == 7
    assert round(123456, -10) == 0
    assert type(round(True, -1)) is int
    assert 'integer' in raises(TypeError, round, 1, 1.5)


def test_to_bytes():
    assert (3).to_bytes(2, 'little') == b'\x03\x00'
    assert (3).to_bytes(2) == b'\x00\x03'
    assert (3).to_bytes() == b'\x03'
    assert (-1).to_bytes(2, 'big', signed=True) == b'\xff\xff'
    assert (2 ** 64).to_bytes(9, 'big') == b'\x01' + b'\x00' * 8
    assert (0).to_bytes(0, 'big') == b''
    assert raises(OverflowError, (255).to_bytes, signed=True) == \
        'int too big to convert'
    assert raises(OverflowError, (256).to_bytes) == 'int too big to convert'
    assert raises(OverflowError, (-1).to_bytes) == \
        "can't convert negative int to unsigned"
    assert raises(ValueError, (5).to_bytes, 2, 'mid') == \
        "byteorder must be either 'little' or 'big'"
    assert raises(ValueError, (1).to_bytes, -1) == \
        'length argument must be non-negative'


def test_from_bytes():
    assert int.from_bytes(b'\x01\x02') == 258
    assert int.from_bytes([1, 2], 'little') == 513
    assert int.from_bytes(bytearray(b'\x01\x00'), 'little') == 1
    assert int.from_bytes(b'\xff\x00', 'little', signed=True) == 255
    assert int.from_bytes(b'\xff\xff', 'big', signed=True) == -1
    assert int.from_bytes(b'') == 0
    assert int.from_bytes(b'\x01' + b'\x00' * 16) == 2 ** 128
    assert raises(TypeError, int.from_bytes, 'ab') == \
        "cannot convert 'str' object to bytes"
    assert raises(TypeError, int.from_bytes, 5) == \
        "cannot convert 'int' object to bytes"
    assert raises(ValueError, int.from_bytes, b'x', 'mid') == \
        "byteorder must be either 'little' or 'big'"

    class MyInt(int):
        pass
    x = MyInt.from_bytes(b'\x07')
    assert type(x) is MyInt and x == 7
    assert type(bool.from_bytes(b'\x01')) is bool


def test_pow_with_modulus():
    assert pow(3, 4, 5) == 1
    assert pow(3, -1, 7) == 5
    assert pow(3, -1, -7) == -2
    assert pow(3, -2, 7) == 4
    assert pow(0, -1, 1) == 0
    assert pow(2, -1, 1) == 0
    assert pow(38, -1, 97) * 38 % 97 == 1
    big = 2 ** 127 - 1
    assert pow(12345, -1, big) * 12345 % big == 1
    assert raises(ValueError, pow, 6, -1, 9) == \
        'base is not invertible for the given modulus'
    assert raises(ValueError, pow, 2, -1, 0) == \
        'pow() 3rd argument cannot be 0'
    assert raises(ZeroDivisionError, pow, 0, -1) == \
        '0.0 cannot be raised to a negative power'


def test_divmod_big():
    a = 10 ** 40 + 7
    assert divmod(a, 10 ** 20) == (10 ** 20, 7)
    assert divmod(-a, 10 ** 20) == (-10 ** 20 - 1, 10 ** 20 - 7)
    assert divmod(a, -(10 ** 20)) == (-10 ** 20 - 1, -(10 ** 20) + 7)


def test_int_parsing():
    assert int('  1_0  ') == 10
    assert int(b'12') == 12
    assert int(bytearray(b'12')) == 12
    assert int(b'12', 16) == 18
    assert int('-0b101', 0) == -5
    assert int(' -0o17 ', 8) == -15
    assert int('0x_f', 16) == 15
    assert int('z', 36) == 35
    assert int('0_0', 0) == 0
    assert int('12', base=True.__index__() + 9) == 12
    for bad in ['_1', '1_', '1__0', '', ' ', '0x', '1e5']:
        assert raises(ValueError, int, bad) == \
            'invalid literal for int() with base 10: %r' % bad
    assert raises(ValueError, int, '07', 0) == \
        "invalid literal for int() with base 0: '07'"
    assert raises(ValueError, int, b'z') == \
        "invalid literal for int() with base 10: b'z'"
    assert raises(ValueError, int, '0o17', 16) == \
        "invalid literal for int() with base 16: '0o17'"
    assert raises(ValueError, int, '1', 1) == \
        'int() base must be >= 2 and <= 36, or 0'
    assert raises(ValueError, int, '1', 37) == \
        'int() base must be >= 2 and <= 36, or 0'
    assert raises(ValueError, int, '1', 2 ** 70) == \
        'int() base must be >= 2 and <= 36, or 0'
    assert raises(TypeError, int, 1, 10) == \
        "int() can't convert non-string with explicit base"
    assert raises(TypeError, int, '12', 3.0) == \
        "'float' object cannot be interpreted as an integer"
    assert raises(TypeError, int, base=10) == 'int() missing string argument'


LIMIT_PARSE = ('Exceeds the limit (%d digits) for integer string conversion:'
               ' value has %d digits; use sys.set_int_max_str_digits() to '
               'increase the limit')
LIMIT_STR = ('Exceeds the limit (%d digits) for integer string conversion; '
             'use sys.set_int_max_str_digits() to increase the limit')


def test_str_digits_limit():
    assert sys.get_int_max_str_digits() == 4300
    assert raises(ValueError, int, '1' * 5000) == LIMIT_PARSE % (4300, 5000)
    assert raises(ValueError, int, '1' * 5000 + 'x') == \
        LIMIT_PARSE % (4300, 5000)
    assert raises(ValueError, int, '0' * 4301) == LIMIT_PARSE % (4300, 4301)
    assert raises(ValueError, int, b'1' * 5000, 3) == \
        LIMIT_PARSE % (4300, 5000)
    assert raises(ValueError, int, 'x' * 5000).startswith('invalid literal')
    assert int('1' * 4300) > 0
    assert int('1' * 5000, 16) > 0
    assert int('0x' + '1' * 5000, 0) > 0
    assert len(str(10 ** 4299)) == 4300
    assert len(str(-10 ** 4299)) == 4301
    assert raises(ValueError, str, 10 ** 5000) == LIMIT_STR % 4300
    assert raises(ValueError, repr, 10 ** 4300) == LIMIT_STR % 4300
    assert raises(ValueError, format, 10 ** 5000, 'd') == LIMIT_STR % 4300
    assert format(10 ** 5000, 'x').startswith('31e2')
    assert hex(10 ** 5000).startswith('0x31e2')


def test_set_int_max_str_digits():
    try:
        assert raises(ValueError, sys.set_int_max_str_digits, 100) == \
            'maxdigits must be 0 or larger than 640'
        assert raises(ValueError, sys.set_int_max_str_digits, -1) == \
            'maxdigits must be 0 or larger than 640'
        sys.set_int_max_str_digits(700)
        assert sys.get_int_max_str_digits() == 700
        assert raises(ValueError, int, '1' * 701) == LIMIT_PARSE % (700, 701)
        assert raises(ValueError, str, 10 ** 700) == LIMIT_STR % 700
        sys.set_int_max_str_digits(maxdigits=0)
        assert len(str(10 ** 5000)) == 5001
        assert int('1' * 5000) % 10 == 1
    finally:
        sys.set_int_max_str_digits(4300)


def test_unicode_digits_and_trunc():
    assert int('\u0663\u00a0') == 3
    assert int('\u2003-\u0661_2 ') == -12
    assert float('\u0661.\u0665') == 1.5
    assert raises(ValueError, int, '1\xe9') == \
        "invalid literal for int() with base 10: '1\xe9'"
    assert raises(ValueError, int, '\xb2') == \
        "invalid literal for int() with base 10: '\xb2'"
    assert raises(TypeError, (5).__round__, None) == \
        "'NoneType' object cannot be interpreted as an integer"
    assert (2.5).__round__(None) == 2

    class T:
        def __trunc__(self):
            return 7
    assert int(T()) == 7    # deprecated (a DeprecationWarning) in 3.11
