"""str methods at their edges: every line boundary of splitlines,
isprintable/isidentifier, casefold, format_map, expandtabs,
maketrans/translate errors, and format specs of numbers."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_splitlines_boundaries():
    text = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
    assert text.splitlines() == list('abcdefghijkl')
    assert 'a\nb\r\n\x85'.splitlines(True) == ['a\n', 'b\r\n', '\x85']
    assert 'a\u2028'.splitlines(keepends=True) == ['a\u2028']
    assert ''.splitlines() == []


def test_predicates():
    assert not 'ab\x7f'.isprintable()
    assert ''.isprintable() and '\xe9'.isprintable()
    assert not 'a\xa0'.isprintable()
    assert not '\u0378'.isprintable()
    assert 'abc'.isidentifier() and '_\xe9'.isidentifier()
    assert '\u2115'.isidentifier()
    assert not '1a'.isidentifier() and not ''.isidentifier()
    assert not 'a-b'.isidentifier()
    assert '\u0661\u0662'.isdecimal()
    assert '\xb2'.isdigit() and not '\xb2'.isdecimal()
    assert '\xbd'.isnumeric()
    assert '\u01c5'.istitle() and not '\u01c6a'.istitle()


def test_case_mappings():
    assert '\xdf\u03a3'.casefold() == 'ss\u03c3'
    assert '\ufb01'.casefold() == 'fi'
    assert 'A\u03a3'.lower() == 'a\u03c2'
    assert '\u01c5'.title() == '\u01c5'


def test_format_map_and_tabs():
    assert '{a}-{b}'.format_map({'a': 1, 'b': 2}) == '1-2'
    assert raises(KeyError, '{x}'.format_map, {}) == "'x'"
    assert 'a\tb\n\tc'.expandtabs(3) == 'a  b\n   c'
    assert 'x\ty'.expandtabs(0) == 'xy'
    assert 'a'.__getnewargs__() == ('a',)


def test_maketrans_translate():
    assert str.maketrans('ab', 'cd') == {97: 99, 98: 100}
    assert str.maketrans({'a': 'b', 98: None}) == {97: 'b', 98: None}
    assert raises(ValueError, str.maketrans, 'a', 'bc') == \
        'the first two maketrans arguments must have equal length'
    assert raises(ValueError, str.maketrans, {'ab': 1}) == \
        'string keys in translate table must be of length 1'
    assert raises(TypeError, str.maketrans, {1.5: 1}) == \
        'keys in translate table must be strings or integers'
    assert raises(TypeError, str.maketrans, 1) == \
        'if you give only one argument to maketrans it must be a dict'
    assert str.maketrans('a', 'b', 'c') == {97: 98, 99: None}
    assert 'abc'.translate({97: 'xx', 98: None, 99: 100}) == 'xxd'
    assert 'abc'.translate(str.maketrans('', '', 'b')) == 'ac'
    assert 'abc'.translate([]) == 'abc'
    assert raises(TypeError, 'abc'.translate, {97: 1.5}) == \
        'character mapping must return integer, None or str'
    assert raises(ValueError, 'abc'.translate, {97: 0x110000}) == \
        'character mapping must be in range(0x110000)'


def test_number_format_specs():
    assert '{:_}'.format(1234567) == '1_234_567'
    assert '{:,.2f}'.format(1234.5) == '1,234.50'
    assert '{:#x}'.format(255) == '0xff'
    assert '{:c}'.format(65) == 'A'
    assert '{:z.1f}'.format(-0.0) == '0.0'
    assert '{:=+8.2f}'.format(3.14159) == '+   3.14'
    assert '{:08_d}'.format(12345) == '0_012_345'
    assert '{:#_b}'.format(255) == '0b1111_1111'
    assert '{:e}'.format(12345.678) == '1.234568e+04'
    assert '{:.3%}'.format(0.25) == '25.000%'
    assert '{:g}'.format(1e20) == '1e+20'
    assert '{:#g}'.format(1.0) == '1.00000'
    assert '{:_x}'.format(2 ** 40) == '100_0000_0000'
    assert format(2 ** 70, ',') == '1,180,591,620,717,411,303,424'
    assert format(1.0, 'n') == '1'
    assert format(-0.0, 'z') == '0.0'
    assert format(float('nan'), '+f') == '+nan'
    assert format(3, '%') == '300.000000%'
    assert format(0.5, '.0f') == '0'
    assert format(1.5, '=10') == '       1.5'
    assert raises(ValueError, format, 8, ',o') == "Cannot specify ',' with 'o'."
