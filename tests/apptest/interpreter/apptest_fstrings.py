"""f-strings: FORMAT_VALUE with conversions, BUILD_STRING."""


class Both:
    def __str__(self):
        return 'str'

    def __repr__(self):
        return 'repr'


def test_simple():
    x = 42
    assert f'x={x}' == 'x=42'
    assert f'{x}{x}' == '4242'
    assert f'' == ''
    assert f'plain' == 'plain'
    assert f'{"a" + "b"}' == 'ab'


def test_conversions():
    assert f'{"é"!r}' == "'é'"
    assert f'{"é"!a}' == "'\\xe9'"
    assert f'{"s"!s}' == 's'
    assert f'{[1, "a"]}' == "[1, 'a']"


def test_debug_specifier():
    x = 3
    assert f'{x=}' == 'x=3'
    assert f'{x = }' == 'x = 3'


def test_format_spec_calls_format():
    class F:
        def __format__(self, spec):
            return '<' + spec + '>'
    w = 'ab'
    assert f'{F():xyz}' == '<xyz>'
    assert f'{F():{w}c}' == '<abc>'
    assert f'{F()}' == '<>'


def test_str_and_repr_of_user_objects():
    # needs user-defined classes
    b = Both()
    assert f'{b}' == 'str'
    assert f'{b!r}' == 'repr'
