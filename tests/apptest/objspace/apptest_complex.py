"""complex: construction (numbers, strings, __complex__/__float__/
__index__), repr, arithmetic with int/float/complex, comparison, hash,
abs, bool and attributes."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


def same(a, b):
    """Equal parts, including the sign of zeros."""
    return repr(a) == repr(b) and type(a) is type(b)


def test_literals_and_attributes():
    z = 3j
    assert type(z) is complex
    assert z.real == 0.0 and z.imag == 3.0
    assert type(z.real) is float
    assert (1 + 2j).real == 1.0
    assert (1 + 2j).imag == 2.0
    assert (1 + 2j).conjugate() == 1 - 2j
    assert 1.5e3j.imag == 1500.0
    assert 1_0j == 10j


def test_constructor_numbers():
    assert same(complex(), 0j)
    assert same(complex(1), 1 + 0j)
    assert same(complex(1.5), complex(1.5, 0.0))
    assert complex(1, 2) == 1 + 2j
    assert complex(1.5, -2) == 1.5 - 2j
    assert complex(2j) == 2j
    assert complex(1j, 1j) == -1 + 1j
    assert complex(1 + 2j, 3) == 1 + 5j
    assert complex(True, False) == 1
    assert complex(real=1, imag=2) == 1 + 2j
    assert complex(imag=2) == 2j
    z = 1 + 2j
    assert complex(z) is z
    assert repr(complex(1, -0.0)) == '(1-0j)'


def test_constructor_protocols():
    class C:
        def __complex__(self):
            return 4 + 5j

    class F:
        def __float__(self):
            return 2.5

    class I:
        def __index__(self):
            return 7

    assert complex(C()) == 4 + 5j
    assert complex(F()) == 2.5
    assert complex(I()) == 7
    assert complex(F(), I()) == 2.5 + 7j

    class Bad:
        def __complex__(self):
            return 1

    msg = raises(TypeError, complex, Bad())
    assert msg == "__complex__ returned non-complex (type int)"


def test_constructor_errors():
    msg = raises(TypeError, complex, [])
    assert msg == ("complex() first argument must be a string or a number, "
                   "not 'list'")
    msg = raises(TypeError, complex, 1, [])
    assert msg == "complex() second argument must be a number, not 'list'"
    msg = raises(TypeError, complex, '1', 2)
    assert msg == "complex() can't take second arg if first is a string"
    msg = raises(TypeError, complex, 1, '2')
    assert msg == "complex() second arg can't be a string"


def test_constructor_strings():
    assert complex('1+2j') == 1 + 2j
    assert complex('  ( 1-2j )  ') == 1 - 2j
    assert complex('j') == 1j
    assert complex('-j') == -1j
    assert complex('+J') == 1j
    assert complex('3') == 3
    assert complex('1.5e3') == 1500
    assert complex('1e-3-2.5e+2j') == 0.001 - 250j
    assert complex('1+j') == 1 + 1j
    assert complex('1-j') == 1 - 1j
    assert complex('-1.5j') == -1.5j
    assert complex('1_000+2_0j') == 1000 + 20j
    z = complex('inf-infj')
    assert z.real == float('inf') and z.imag == float('-inf')
    z = complex('nan+nanj')
    assert z.real != z.real and z.imag != z.imag
    for bad in ['', ' ', '1+', '1 + 2j', '1+2jj', 'j1', '()', '(1+2j',
                '1+-2j', 'x', '1e', '+', '--1j', '1+2j+3j']:
        msg = raises(ValueError, complex, bad)
        assert msg == "complex() arg is a malformed string", bad
    for bad in ['1__0', '_1', '1_', '1_.5j']:
        msg = raises(ValueError, complex, bad)
        assert msg == "could not convert string to complex: %r" % bad


def test_repr_str():
    assert repr(1j) == '1j'
    assert str(1j) == '1j'
    assert repr(1 + 2j) == '(1+2j)'
    assert repr(complex(-0.0, -1.0)) == '(-0-1j)'
    assert repr(-1j) == '(-0-1j)'
    assert repr(complex(0.0, -1.0)) == '-1j'
    assert repr(1.5 + 0j) == '(1.5+0j)'
    assert repr(0j) == '0j'
    assert repr(-0j) == '(-0-0j)'
    assert repr(complex(0.1, 2.5)) == '(0.1+2.5j)'
    assert repr(1e16j) == '1e+16j'
    assert repr(complex(1e-5, 1e20)) == '(1e-05+1e+20j)'
    assert repr(complex(float('inf'), float('-inf'))) == '(inf-infj)'
    assert repr(complex(1, float('nan'))) == '(1+nanj)'
    assert '%s' % (2 + 3j) == '(2+3j)'
    assert format(2 + 3j) == '(2+3j)'
    assert format(2 + 3j, '') == '(2+3j)'
    assert '{}'.format(1j) == '1j'


def test_arithmetic():
    assert (1 + 2j) + (3 + 4j) == 4 + 6j
    assert (1 + 2j) + 1 == 2 + 2j
    assert 1 + (1 + 2j) == 2 + 2j
    assert 1.5 + 1j == complex(1.5, 1)
    assert (1 + 2j) - 1 == 2j
    assert 1 - (1 + 2j) == -2j
    assert 2.0 - 1j == complex(2, -1)
    assert (1 + 2j) * (3 - 4j) == 11 + 2j
    assert 2 * (1 + 2j) == 2 + 4j
    assert (1 + 2j) * 0.5 == 0.5 + 1j
    assert (1 + 1j) / (1 - 1j) == 1j
    assert (4 + 2j) / 2 == 2 + 1j
    assert 1 / 1j == -1j
    assert 1.0 / (1 + 1j) == 0.5 - 0.5j
    assert -(1 + 2j) == -1 - 2j
    assert +(1 + 2j) == 1 + 2j
    assert same(-(0j), complex(-0.0, -0.0))
    z = 1 + 1j
    z += 1
    z *= 2
    assert z == 4 + 2j


def test_division_by_zero():
    for a, b in [(1j, 0), (1j, 0.0), (1j, 0j), (1, 0j), (1.5, 0j)]:
        msg = raises(ZeroDivisionError, lambda: a / b)
        assert msg == "complex division by zero"


def test_power():
    assert 1j ** 2 == -1
    assert (1 + 1j) ** 0 == 1
    assert (1 + 1j) ** 3 == -2 + 2j
    assert 2j ** -1 == -0.5j
    assert (1 + 2j) ** 2.0 == -3 + 4j
    assert 0j ** 0 == 1
    assert 0j ** 2 == 0
    assert 0j ** 0.5 == 0
    assert abs(2 ** 1j - (0.7692389013639721 + 0.6389612763136348j)) < 1e-12
    assert abs(1j ** 1j - 0.20787957635076193) < 1e-12
    assert abs((-1 + 0j) ** 0.5 - 1j) < 1e-12
    assert pow(1j, 2) == -1
    for a, b in [(0j, -1), (0j, 1j), (0, -1j), (0j, -2.5)]:
        msg = raises(ZeroDivisionError, lambda: a ** b)
        assert msg == "0.0 to a negative or complex power"
    raises(OverflowError, lambda: (1e200 + 1e200j) ** 1e5)


def test_unsupported_operations():
    raises(TypeError, lambda: 1j // 1)
    raises(TypeError, lambda: 1j % 1)
    raises(TypeError, lambda: 1j + 'a')
    raises(TypeError, lambda: 'a' * 1j)
    raises(TypeError, lambda: 1j < 2j)
    raises(TypeError, lambda: 1j >= 1)
    raises(TypeError, lambda: 1 > 1j)


def test_equality():
    assert 1 + 0j == 1
    assert 1 == 1 + 0j
    assert 1.5 + 0j == 1.5
    assert 1.5 == complex(1.5)
    assert 1j != 1
    assert not (1j == 0)
    assert 2j == 2j
    assert 1 + 2j != 1 + 3j
    assert complex(2 ** 53) != 2 ** 53 + 1
    assert complex(2 ** 53) == 2 ** 53
    assert 1j != 'a'
    assert not (1j == None)
    nan = complex(float('nan'), 0)
    assert nan != nan
    assert (1j).__lt__(2j) is NotImplemented
    assert (1j).__eq__('a') is NotImplemented


def test_hash():
    assert hash(1 + 0j) == hash(1) == hash(1.0)
    assert hash(complex(2.5)) == hash(2.5)
    assert hash(0j) == 0
    assert hash(1j) == 1000003
    assert hash(1 + 2j) == hash(complex(1, 2))
    assert hash(-1 + 0j) == -2
    d = {1: 'a', 2j: 'b'}
    assert d[1 + 0j] == 'a'
    assert d[complex(0, 2)] == 'b'


def test_abs_bool():
    assert abs(3 + 4j) == 5.0
    assert type(abs(1j)) is float
    assert abs(-2j) == 2.0
    assert abs(complex(float('inf'), float('nan'))) == float('inf')
    r = abs(complex(float('nan'), 1))
    assert r != r
    msg = raises(OverflowError, abs, complex(1.7e308, 1.7e308))
    assert msg == "absolute value too large"
    assert not 0j
    assert 1j
    assert complex(0.5)
    assert bool(complex(-0.0, -0.0)) is False

