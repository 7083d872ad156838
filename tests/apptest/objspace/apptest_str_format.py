"""format(x, spec) and the format mini-language; str.format and
str.format_map."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_int_basic():
    assert format(42) == '42'
    assert format(42, '') == '42'
    assert format(True, '') == 'True'
    assert format(True, 'd') == '1'
    assert format(-42, 'd') == '-42'
    assert format(42, '+d') == '+42'
    assert format(42, ' d') == ' 42'
    assert format(-42, ' d') == '-42'
    assert format(42, '5') == '   42'
    assert format(42, '<5') == '42   '
    assert format(42, '^6') == '  42  '
    assert format(42, '*^7') == '**42***'
    assert format(-42, '=6') == '-   42'
    assert format(-42, '06') == '-00042'
    assert format(42, 'x<5') == '42xxx'


def test_int_bases():
    assert format(255, 'x') == 'ff'
    assert format(255, 'X') == 'FF'
    assert format(255, '#x') == '0xff'
    assert format(255, '#X') == '0XFF'
    assert format(-255, '#x') == '-0xff'
    assert format(5, 'b') == '101'
    assert format(5, '#b') == '0b101'
    assert format(8, 'o') == '10'
    assert format(8, '#o') == '0o10'
    assert format(8, '#010o') == '0o00000010'
    assert format(1234, 'n') == '1234'
    assert format(65, 'c') == 'A'
    assert format(300, 'c') == '\u012c'
    assert format(65, '>3c') == '  A'
    assert format(2 ** 70, 'x') == '400000000000000000'
    assert format(-2 ** 70, ',') == '-1,180,591,620,717,411,303,424'


def test_int_grouping():
    assert format(1234567, ',') == '1,234,567'
    assert format(1234567, '_') == '1_234_567'
    assert format(123, ',') == '123'
    assert format(1234, '07,') == '001,234'
    assert format(1234, '08,') == '0,001,234'
    assert format(1234, '010,') == '00,001,234'
    assert format(1234, 'x=10,') == 'xxxxx1,234'
    assert format(1234, '<010,') == '1,23400000'
    assert format(1234, '012_x') == '00_0000_04d2'
    assert format(1234, '+#012_x') == '+0x0000_04d2'
    assert format(0xabcdef, '_b') == '1010_1011_1100_1101_1110_1111'


def test_int_as_float():
    assert format(3, '.2f') == '3.00'
    assert format(3, 'e') == '3.000000e+00'
    assert format(1, '%') == '100.000000%'
    assert format(12345, ',.1f') == '12,345.0'
    assert format(3, 'g') == '3'
    assert raises(OverflowError, format, 10 ** 400, 'f') == \
        'int too large to convert to float'


def test_int_errors():
    assert raises(ValueError, format, 1, 'abc') == \
        "Invalid format specifier 'abc' for object of type 'int'"
    assert raises(ValueError, format, 1, '.2d') == \
        'Precision not allowed in integer format specifier'
    assert raises(ValueError, format, 1, ',x') == "Cannot specify ',' with 'x'."
    assert raises(ValueError, format, 1, '_c') == "Cannot specify '_' with 'c'."
    assert raises(ValueError, format, 1, ',_') == \
        "Cannot specify both ',' and '_'."
    assert raises(ValueError, format, 1, '_,') == \
        "Cannot specify both ',' and '_'."
    assert raises(ValueError, format, 1, 's') == \
        "Unknown format code 's' for object of type 'int'"
    assert raises(ValueError, format, True, 's') == \
        "Unknown format code 's' for object of type 'bool'"
    assert raises(ValueError, format, 1, 'z') == \
        'Negative zero coercion (z) not allowed in integer format specifier'
    assert raises(ValueError, format, 1, '#c') == \
        "Alternate form (#) not allowed with integer format specifier 'c'"
    assert raises(ValueError, format, 1, '+c') == \
        "Sign not allowed with integer format specifier 'c'"
    assert raises(OverflowError, format, -1, 'c') == \
        '%c arg not in range(0x110000)'
    assert raises(ValueError, format, 1, '1000000000000000000000') == \
        'Too many decimal digits in format string'
    assert raises(ValueError, format, 1, '.') == \
        'Format specifier missing precision'
    assert raises(TypeError, (1).__format__, 2) == \
        '__format__() argument must be str, not int'


def test_float_types():
    assert format(1.5) == '1.5'
    assert format(1.0, '') == '1.0'
    assert format(1.0, '10') == '       1.0'
    assert format(1.0, '.3') == '1.0'
    assert format(1234567.891, '.3') == '1.23e+06'
    assert format(1e100, '') == '1e+100'
    assert format(3.14159, '.2f') == '3.14'
    assert format(3.14159, 'f') == '3.141590'
    assert format(-0.0001, '.0e') == '-1e-04'
    assert format(1.0, '#.0e') == '1.e+00'
    assert format(1234567.891, 'g') == '1.23457e+06'
    assert format(1.0, 'g') == '1'
    assert format(1.0, '#g') == '1.00000'
    assert format(1.0, 'E') == '1.000000E+00'
    assert format(1.0, 'n') == '1'
    assert format(0.25, '%') == '25.000000%'
    assert format(0.25, '.1%') == '25.0%'
    assert format(1234567.891, '.2F') == '1234567.89'


def test_float_layout():
    assert format(-0.0001, '010') == '-0000.0001'
    assert format(1e100, '010') == '00001e+100'
    assert format(1.0, '<010') == '1.00000000'
    assert format(-0.0001, '=10') == '-   0.0001'
    assert format(1234567.891, ',.1f') == '1,234,567.9'
    assert format(1.0, '010,.1f') == '0,000,001.0'
    assert format(-0.0001, '010,.1f') == '-000,000.0'
    assert format(1.0, '^12.3e') == ' 1.000e+00  '
    assert format(1.5, '+') == '+1.5'
    assert format(1234.5, '_') == '1_234.5'


def test_float_special():
    inf = float('inf')
    nan = float('nan')
    assert format(inf, '') == 'inf'
    assert format(-inf, 'f') == '-inf'
    assert format(inf, 'F') == 'INF'
    assert format(nan, 'E') == 'NAN'
    assert format(inf, '010') == '0000000inf'
    assert format(inf, '010,.1f') == '0000000inf'
    assert format(nan, '+.2%') == '+nan%'
    assert format(inf, '^7') == '  inf  '


def test_float_negative_zero():
    assert format(-0.0, '') == '-0.0'
    assert format(-0.0, 'z') == '0.0'
    assert format(-0.0001, 'z.1f') == '0.0'
    assert format(-0.0001, 'z010.1f') == '00000000.0'
    assert format(-1.5, 'z.1f') == '-1.5'


def test_float_errors():
    assert raises(ValueError, format, 1.5, 'd') == \
        "Unknown format code 'd' for object of type 'float'"
    assert raises(ValueError, format, 1.0, '#x') == \
        "Unknown format code 'x' for object of type 'float'"
    assert raises(ValueError, format, 1.0, ',n') == \
        "Cannot specify ',' with 'n'."
    assert raises(ValueError, format, 1.0, 'abc') == \
        "Invalid format specifier 'abc' for object of type 'float'"


def test_str_spec():
    assert format('abc') == 'abc'
    assert format('abc', '') == 'abc'
    assert format('abc', '5') == 'abc  '
    assert format('abc', '>5') == '  abc'
    assert format('abc', '^7') == '  abc  '
    assert format('abc', '*^6') == '*abc**'
    assert format('abc', '.2') == 'ab'
    assert format('abc', '5.1') == 'a    '
    assert format('a', '05') == 'a0000'
    assert format('abc', 's') == 'abc'
    assert format('\xe9', '{^3') == '{\xe9{'


def test_str_spec_errors():
    assert raises(ValueError, format, 'a', '+') == \
        'Sign not allowed in string format specifier'
    assert raises(ValueError, format, 'a', 'd') == \
        "Unknown format code 'd' for object of type 'str'"
    assert raises(ValueError, format, 'a', 'x') == \
        "Unknown format code 'x' for object of type 'str'"
    assert raises(ValueError, format, 'a', '=5') == \
        "'=' alignment not allowed in string format specifier"
    assert raises(ValueError, format, 'a', ',') == \
        "Cannot specify ',' with 's'."
    assert raises(ValueError, format, 'a', '#') == \
        'Alternate form (#) not allowed in string format specifier'
    assert raises(ValueError, format, 'a', 'z') == \
        'Negative zero coercion (z) not allowed in string format specifier'


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def __str__(self):
        return 'P'


def test_format_fields():
    assert '{} {}'.format(1, 'a') == '1 a'
    assert '{1}{0}{1}'.format('a', 'b') == 'bab'
    assert '{name}={0}'.format(3, name='x') == 'x=3'
    assert '{{}} {{{0}}}'.format(5) == '{} {5}'
    assert 'plain'.format() == 'plain'
    assert ''.format() == ''
    assert '{0.x},{0.y}'.format(Point(1, 2)) == '1,2'
    assert '{p.x}'.format(p=Point(7, 8)) == '7'
    assert '{0[1]}{0[0]}'.format('ab') == 'ba'
    assert '{0[key]}'.format({'key': 'v'}) == 'v'
    assert '{d[1]}'.format(d={1: 'one'}) == 'one'
    assert '{0.__class__.__name__}'.format('x') == 'str'
    assert '{0[}]}'.format({'}': 'brace'}) == 'brace'


def test_format_conversions():
    p = Point(1, 2)
    assert '{0!r}'.format(p) == 'Point(1, 2)'
    assert '{0!s}'.format(p) == 'P'
    assert '{0}'.format(p) == 'P'
    assert '{!a}'.format('\xe9') == "'\\xe9'"
    assert '{0!r:>8}'.format('x') == "     'x'"
    assert '{!r}'.format('x') == "'x'"


def test_format_nested_specs():
    assert '{0:{1}}'.format('x', 5) == 'x    '
    assert '{:{}}'.format('x', 5) == 'x    '
    assert '{0:{fill}^{width}}'.format('x', fill='*', width=5) == '**x**'
    assert '{:.{}f}'.format(3.14159, 2) == '3.14'
    assert '{0:>{1}.{2}f}'.format(2.5, 8, 3) == '   2.500'


def test_format_with_specs():
    assert '{:>5}|{:<5}|{:^5}'.format(1, 2, 3) == '    1|2    |  3  '
    assert '{:,}'.format(1234567) == '1,234,567'
    assert '{0:x} {0:#o}'.format(64) == '40 0o100'
    assert '{:%}'.format(0.5) == '50.000000%'


def test_format_user_format():
    class F:
        def __format__(self, spec):
            return '<' + spec + '>'
    assert '{0:abc}'.format(F()) == '<abc>'
    assert '{0}'.format(F()) == '<>'


def test_format_errors():
    def err(template, *args, **kwargs):
        try:
            template.format(*args, **kwargs)
        except (ValueError, IndexError, KeyError, TypeError) as e:
            return type(e).__name__ + ': ' + str(e)
        raise AssertionError('no error')
    assert err('{') == "ValueError: Single '{' encountered in format string"
    assert err('}') == "ValueError: Single '}' encountered in format string"
    assert err('a}b') == "ValueError: Single '}' encountered in format string"
    assert err('{0', 1) == "ValueError: expected '}' before end of string"
    assert err('{0!}', 1) == "ValueError: unmatched '{' in format spec"
    assert err('{0!x}', 1) == 'ValueError: Unknown conversion specifier x'
    assert err('{0!rr}', 1) == \
        "ValueError: expected ':' after conversion specifier"
    assert err('{0.}', 1) == 'ValueError: Empty attribute in format string'
    assert err('{0[}', 1) == "ValueError: expected '}' before end of string"
    assert err('{0[0]x}', 'a') == "ValueError: Only '.' or '[' may follow " \
        "']' in format field specifier"
    assert err('{}{1}', 1, 2) == 'ValueError: cannot switch from automatic ' \
        'field numbering to manual field specification'
    assert err('{1}{}', 1, 2) == 'ValueError: cannot switch from manual ' \
        'field specification to automatic field numbering'
    assert err('{5}', 1) == 'IndexError: Replacement index 5 out of range ' \
        'for positional args tuple'
    assert err('{}') == 'IndexError: Replacement index 0 out of range ' \
        'for positional args tuple'
    assert err('{a}') == "KeyError: 'a'"
    assert err('{0a}', 1) == "KeyError: '0a'"
    assert err('{0:{1:{2}}}', 1, 2, 3) == \
        'ValueError: Max string recursion exceeded'
    assert err('{0:{', 1) == "ValueError: unmatched '{' in format spec"
    assert err('{0:}}', 1) == \
        "ValueError: Single '}' encountered in format string"
    assert err('{0:d}', 'a') == \
        "ValueError: Unknown format code 'd' for object of type 'str'"


def test_format_map():
    assert '{a}-{b}'.format_map({'a': 1, 'b': 2}) == '1-2'

    class Default(dict):
        def __missing__(self, key):
            return key.upper()
    assert '{x} {y}'.format_map(Default(x='1')) == '1 Y'
    try:
        '{0}'.format_map({})
    except ValueError as e:
        assert str(e) == 'Format string contains positional fields'
    else:
        raise AssertionError
    try:
        '{x}'.format_map({})
    except KeyError as e:
        assert e.args == ('x',)
    else:
        raise AssertionError
