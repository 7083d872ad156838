"""The methods of str."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_find_family():
    s = 'abcabc'
    assert s.find('c') == 2
    assert s.find('c', 3) == 5
    assert s.find('c', 3, 5) == -1
    assert s.find('c', -1) == 5
    assert s.find('') == 0
    assert s.find('', 6) == 6
    assert s.find('', 7) == -1
    assert s.rfind('b') == 4
    assert s.rfind('b', 0, 4) == 1
    assert s.rfind('') == 6
    assert s.index('b', 2) == 4
    assert s.rindex('a') == 3
    assert s.find('b', None, None) == 1
    assert raises(ValueError, s.index, 'x') == 'substring not found'
    assert raises(ValueError, s.rindex, 'a', 4) == 'substring not found'
    assert raises(TypeError, s.find, 1) == 'must be str, not int'


def test_count():
    assert 'aaa'.count('a') == 3
    assert 'aaaa'.count('aa') == 2
    assert 'abc'.count('') == 4
    assert 'abc'.count('', 1) == 3
    assert 'abcabc'.count('bc', 2) == 1
    assert 'abc'.count('', 5) == 0


def test_startswith_endswith():
    assert 'hello'.startswith('he')
    assert 'hello'.startswith(('x', 'hel'))
    assert not 'hello'.startswith(('x', 'y'))
    assert 'hello'.startswith('ll', 2)
    assert not 'hello'.startswith('ll', 2, 3)
    assert 'hello'.startswith('', 5)
    assert not 'hello'.startswith('', 6)
    assert 'hello'.endswith('lo')
    assert 'hello'.endswith('ell', 0, 4)
    assert 'hello'.endswith(('a', 'o'))
    assert 'hello'.endswith('h', -10, 1)
    assert raises(TypeError, 'a'.startswith, 1) == \
        'startswith first arg must be str or a tuple of str, not int'
    assert raises(TypeError, 'a'.endswith, ('b', 1)) == \
        'tuple for endswith must only contain str, not int'


def test_split():
    assert 'a b  c'.split() == ['a', 'b', 'c']
    assert '  a b  '.split() == ['a', 'b']
    assert 'a b c'.split(maxsplit=1) == ['a', 'b c']
    assert '  a b c  '.split(None, 1) == ['a', 'b c  ']
    assert 'a,b,,c'.split(',') == ['a', 'b', '', 'c']
    assert 'a,b,c'.split(',', 1) == ['a', 'b,c']
    assert ''.split() == []
    assert ''.split(',') == ['']
    assert 'a b c'.rsplit(None, 1) == ['a b', 'c']
    assert '  a b c  '.rsplit(maxsplit=1) == ['  a b', 'c']
    assert 'a,b,c'.rsplit(',', 1) == ['a,b', 'c']
    assert 'a,b,c'.rsplit(',') == ['a', 'b', 'c']
    assert 'a\u2003b'.split() == ['a', 'b']
    assert raises(ValueError, 'a'.split, '') == 'empty separator'
    assert raises(ValueError, 'a'.rsplit, '') == 'empty separator'


def test_splitlines():
    assert 'a\nb\r\nc\rd'.splitlines() == ['a', 'b', 'c', 'd']
    assert 'a\nb\r\n'.splitlines(True) == ['a\n', 'b\r\n']
    assert 'a\nb'.splitlines(keepends=True) == ['a\n', 'b']
    assert ''.splitlines() == []
    assert '\n'.splitlines() == ['']
    assert 'a\x0bb\x1cc\u2028d\x85e'.splitlines() == ['a', 'b', 'c', 'd', 'e']


def test_partition():
    assert 'a=b=c'.partition('=') == ('a', '=', 'b=c')
    assert 'a=b=c'.rpartition('=') == ('a=b', '=', 'c')
    assert 'abc'.partition('x') == ('abc', '', '')
    assert 'abc'.rpartition('x') == ('', '', 'abc')
    assert raises(ValueError, 'a'.partition, '') == 'empty separator'


def test_remove_affixes():
    assert 'prefix-body'.removeprefix('prefix-') == 'body'
    assert 'body'.removeprefix('x') == 'body'
    assert 'body.py'.removesuffix('.py') == 'body'
    assert 'body'.removesuffix('') == 'body'


def test_padding():
    assert 'ab'.ljust(5) == 'ab   '
    assert 'ab'.rjust(5, '*') == '***ab'
    assert 'ab'.center(5) == '  ab '
    assert 'abc'.center(6) == ' abc  '
    assert 'a'.center(4, '-') == '-a--'
    assert 'abc'.center(2) == 'abc'
    assert '42'.zfill(5) == '00042'
    assert '-42'.zfill(5) == '-0042'
    assert '+4'.zfill(4) == '+004'
    assert 'abc'.zfill(2) == 'abc'
    assert ''.zfill(3) == '000'
    assert raises(TypeError, 'a'.ljust, 3, 'xy') == \
        'The fill character must be exactly one character long'


def test_expandtabs():
    assert 'a\tb'.expandtabs() == 'a       b'
    assert 'a\tb'.expandtabs(4) == 'a   b'
    assert 'ab\ncd\te'.expandtabs(4) == 'ab\ncd  e'
    assert 'a\tb'.expandtabs(0) == 'ab'


def test_case():
    assert 'Hello World'.upper() == 'HELLO WORLD'
    assert 'Hello World'.lower() == 'hello world'
    assert 'stra\xdfe'.upper() == 'STRASSE'
    assert '\ufb01'.upper() == 'FI'
    assert 'Stra\xdfe'.casefold() == 'strasse'
    assert 'Hello'.swapcase() == 'hELLO'
    assert '\xdf'.swapcase() == 'SS'
    assert 'hello wORLD'.capitalize() == 'Hello world'
    assert '\u01f3a'.capitalize() == '\u01f2a'
    assert "they're bill's friends".title() == "They'Re Bill'S Friends"
    assert 'hello world'.title() == 'Hello World'
    assert '\u03a3\u0391\u03a3'.lower() == '\u03c3\u03b1\u03c2'
    assert 'A\u03a3 B'.lower() == 'a\u03c2 b'


def test_case_predicates():
    assert 'abc'.islower()
    assert not 'aBc'.islower()
    assert 'a1'.islower()
    assert not '1'.islower()
    assert 'ABC'.isupper()
    assert not '1'.isupper()
    assert 'Hello World'.istitle()
    assert not 'Hello world'.istitle()
    assert not 'HeLLo'.istitle()
    assert not ''.istitle()
    assert 'abc'.isascii()
    assert ''.isascii()
    assert not '\xe9'.isascii()
    assert 'ab c'.isprintable()
    assert ''.isprintable()
    assert not 'a\n'.isprintable()
    assert 'abc_1'.isidentifier()
    assert '_'.isidentifier()
    assert '\xe9t\xe9'.isidentifier()
    assert not '1a'.isidentifier()
    assert not ''.isidentifier()
    assert not 'a-b'.isidentifier()


def test_translate():
    table = str.maketrans('abc', 'xyz', 'd')
    assert table == {97: 120, 98: 121, 99: 122, 100: None}
    assert 'abcd'.translate(table) == 'xyz'
    assert 'abc'.translate({ord('a'): 'AA', ord('b'): None}) == 'AAc'
    assert 'abc'.translate({97: 66}) == 'Bbc'
    assert 'abc'.translate([]) == 'abc'
    assert str.maketrans({'a': 'b', 99: 'd'}) == {97: 'b', 99: 'd'}
    assert 'x'.maketrans('a', 'b') == {97: 98}
    assert raises(ValueError, str.maketrans, 'ab', 'c') == \
        'the first two maketrans arguments must have equal length'
    assert raises(TypeError, 'a'.translate, {97: 1.5}) == \
        'character mapping must return integer, None or str'
    assert raises(ValueError, 'a'.translate, {97: -1}) == \
        'character mapping must be in range(0x110000)'


def test_replace():
    assert 'aaa'.replace('a', 'b') == 'bbb'
    assert 'aaa'.replace('a', 'b', 2) == 'bba'
    assert 'abc'.replace('', '-') == '-a-b-c-'
    assert 'abc'.replace('', '-', 2) == '-a-bc'
    assert 'abc'.replace('x', 'y') == 'abc'
    assert 'abc'.replace('b', 'B', 0) == 'abc'


def test_iteration():
    assert list('abc') == ['a', 'b', 'c']
    assert [c for c in ''] == []
    it = iter('\xe9x')
    assert next(it) == '\xe9'


def test_encode():
    assert 'abc'.encode() == b'abc'
    assert '\xe9'.encode() == b'\xc3\xa9'
    assert '\u20ac'.encode('utf-8') == b'\xe2\x82\xac'
    assert '\U0001f600'.encode('utf8') == b'\xf0\x9f\x98\x80'
    assert '\xe9'.encode('latin-1') == b'\xe9'
    assert '\xe9'.encode('Latin_1') == b'\xe9'
    assert 'a\xe9\u20ac'.encode('ascii', 'replace') == b'a??'
    assert 'a\xe9'.encode('ascii', 'ignore') == b'a'
    assert 'a\xe9\u20ac\U0001f600'.encode('ascii', 'backslashreplace') == \
        b'a\\xe9\\u20ac\\U0001f600'
    assert 'a\xe9'.encode('ascii', 'xmlcharrefreplace') == b'a&#233;'
    assert '\u20ac'.encode('latin-1', errors='xmlcharrefreplace') == \
        b'&#8364;'
    assert 'a\udcff'.encode('utf-8', 'surrogateescape') == b'a\xff'
    assert '\ud800'.encode('utf-8', 'surrogatepass') == b'\xed\xa0\x80'


def test_encode_errors():
    assert raises(UnicodeEncodeError, '\xe9'.encode, 'ascii') == \
        "'ascii' codec can't encode character '\\xe9' in position 0: " \
        "ordinal not in range(128)"
    assert raises(UnicodeEncodeError, 'a\xe9\xe8'.encode, 'ascii') == \
        "'ascii' codec can't encode characters in position 1-2: " \
        "ordinal not in range(128)"
    assert raises(UnicodeEncodeError, '\u20ac'.encode, 'latin-1') == \
        "'latin-1' codec can't encode character '\\u20ac' in position 0: " \
        "ordinal not in range(256)"
    assert raises(UnicodeEncodeError, 'a\ud800'.encode) == \
        "'utf-8' codec can't encode character '\\ud800' in position 1: " \
        "surrogates not allowed"
    assert raises(LookupError, 'a'.encode, 'nope') == 'unknown encoding: nope'
    assert issubclass(UnicodeEncodeError, ValueError)


def test_str_from_bytes():
    assert str(b'abc', 'ascii') == 'abc'
    assert str(b'\xc3\xa9', 'utf-8') == '\xe9'
    assert str(b'\xe9', 'latin-1') == '\xe9'
    assert str(b'a\xff', 'utf-8', 'replace') == 'a\ufffd'
    assert str(b'a\xff', errors='ignore') == 'a'
    assert str(b'abc') == "b'abc'"
    assert raises(TypeError, str, 'a', 'utf-8') == \
        'decoding str is not supported'
    assert raises(TypeError, str, 5, 'utf-8') == \
        'decoding to str: need a bytes-like object, int found'


def test_getnewargs():
    assert 'ab'.__getnewargs__() == ('ab',)
