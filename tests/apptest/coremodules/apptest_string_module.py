"""_string: the pieces of a str.format template, for string.Formatter."""

import _string


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def test_formatter_parser():
    parse = lambda t: list(_string.formatter_parser(t))
    assert parse('') == []
    assert parse('abc') == [('abc', None, None, None)]
    assert parse('{}') == [('', '', '', None)]
    assert parse('{!s}') == [('', '', '', 's')]
    assert parse('a{0}b{x.y[1]!r:>{w}}c{{d}}e}}f') == [
        ('a', '0', '', None), ('b', 'x.y[1]', '>{w}', 'r'),
        ('c{', None, None, None), ('d}', None, None, None),
        ('e}', None, None, None), ('f', None, None, None)]
    assert parse('{0:{1:{2}}}') == [('', '0', '{1:{2}}', None)]


def test_formatter_parser_errors():
    parse = lambda t: list(_string.formatter_parser(t))
    assert raises(ValueError, parse, '{') == \
        "Single '{' encountered in format string"
    assert raises(ValueError, parse, 'x}') == \
        "Single '}' encountered in format string"
    assert raises(ValueError, parse, 'a{0') == \
        "expected '}' before end of string"
    assert raises(ValueError, parse, '{0!rr}') == \
        "expected ':' after conversion specifier"


def test_formatter_field_name_split():
    first, rest = _string.formatter_field_name_split('x.y[1][k]')
    assert first == 'x'
    assert list(rest) == [(True, 'y'), (False, 1), (False, 'k')]
    first, rest = _string.formatter_field_name_split('0.real')
    assert first == 0 and type(first) is int
    assert list(rest) == [(True, 'real')]
    first, rest = _string.formatter_field_name_split('')
    assert first == '' and list(rest) == []
    first, rest = _string.formatter_field_name_split('[0]')
    assert first == '' and list(rest) == [(False, 0)]


def test_formatter_field_name_split_errors():
    def split(name):
        first, rest = _string.formatter_field_name_split(name)
        return list(rest)
    assert raises(ValueError, split, 'a.') == \
        'Empty attribute in format string'
    assert raises(ValueError, split, 'a[') == \
        "Missing ']' in format string"
    assert raises(ValueError, split, 'a[]') == \
        'Empty attribute in format string'
    assert raises(ValueError, split, 'a[0]x') == \
        "Only '.' or '[' may follow ']' in format field specifier"
