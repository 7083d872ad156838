"""_codecs: the built-in codecs, the registries, the error handlers."""

import _codecs


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return e
    raise AssertionError(exc.__name__ + ' not raised')


def test_utf_8():
    assert _codecs.utf_8_encode('h\xe9llo') == (b'h\xc3\xa9llo', 5)
    assert _codecs.utf_8_decode(b'h\xc3\xa9llo') == ('h\xe9llo', 6)
    # not final: an incomplete sequence at the end waits
    assert _codecs.utf_8_decode(b'a\xc3', 'strict', False) == ('a', 1)
    assert _codecs.utf_8_decode(b'a\xc3', 'replace', True) == \
        ('a\ufffd', 2)
    e = raises(UnicodeDecodeError, _codecs.utf_8_decode, b'a\xc3', 'strict',
               True)
    assert (e.start, e.end, e.reason) == (1, 2, 'unexpected end of data')


def test_utf_16():
    assert _codecs.utf_16_encode('ab') == (b'\xff\xfea\x00b\x00', 2)
    assert _codecs.utf_16_encode('ab', 'strict', 1) == (b'\x00a\x00b', 2)
    assert _codecs.utf_16_be_encode('\U0001f600') == (b'\xd8\x3d\xde\x00',
                                                      1)
    assert _codecs.utf_16_le_decode(b'\x3d\xd8\x00\xde') == ('\U0001f600',
                                                             4)
    assert _codecs.utf_16_decode(b'\xfe\xff\x00a') == ('a', 4)
    assert _codecs.utf_16_ex_decode(b'\xfe\xff\x00a') == ('a', 4, 1)
    assert _codecs.utf_16_ex_decode(b'\xff\xfea\x00b') == ('a', 4, -1)
    e = raises(UnicodeDecodeError, _codecs.utf_16_le_decode,
               b'\x00\xd8\x00\x00', 'strict', True)
    assert str(e) == "'utf-16-le' codec can't decode bytes in position " \
        "0-1: illegal UTF-16 surrogate"
    e = raises(UnicodeDecodeError, _codecs.utf_16_le_decode, b'a', 'strict',
               True)
    assert (e.start, e.end, e.reason) == (0, 1, 'truncated data')


def test_utf_32():
    assert _codecs.utf_32_encode('a') == (b'\xff\xfe\x00\x00a\x00\x00\x00',
                                          1)
    assert _codecs.utf_32_be_decode(b'\x00\x01\xf6\x00') == ('\U0001f600',
                                                             4)
    e = raises(UnicodeDecodeError, _codecs.utf_32_le_decode,
               b'\x00\x00\x11\x00', 'strict', True)
    assert e.reason == 'code point not in range(0x110000)'


def test_str_methods_use_the_codecs():
    assert 'ab'.encode('utf-16') == b'\xff\xfea\x00b\x00'
    assert 'ab'.encode('UTF_16-be') == b'\x00a\x00b'
    assert b'\xff\xfea\x00'.decode('utf-16') == 'a'
    assert str(b'\x00\x00\x00x', 'utf-32-be') == 'x'
    e = raises(UnicodeEncodeError, '\ud800'.encode, 'utf-16')
    assert str(e) == "'utf-16' codec can't encode character '\\ud800' in " \
        "position 0: surrogates not allowed"


def test_latin_1_and_ascii():
    assert _codecs.latin_1_encode('\xe9') == (b'\xe9', 1)
    assert _codecs.latin_1_decode(b'\xff') == ('\xff', 1)
    assert _codecs.ascii_decode(b'abc') == ('abc', 3)
    e = raises(UnicodeEncodeError, _codecs.ascii_encode, 'a\xe9\xe9b')
    assert (e.encoding, e.object, e.start, e.end, e.reason) == \
        ('ascii', 'a\xe9\xe9b', 1, 3, 'ordinal not in range(128)')
    assert str(e) == "'ascii' codec can't encode characters in position " \
        "1-2: ordinal not in range(128)"
    e = raises(UnicodeDecodeError, _codecs.ascii_decode, b'a\xffb')
    assert (e.object, e.start, e.end) == (b'a\xffb', 1, 2)


def test_standard_error_handlers():
    s = 'a\u20ac\xe9'
    assert s.encode('ascii', 'ignore') == b'a'
    assert s.encode('ascii', 'replace') == b'a??'
    assert s.encode('ascii', 'backslashreplace') == b'a\\u20ac\\xe9'
    assert s.encode('ascii', 'xmlcharrefreplace') == b'a&#8364;&#233;'
    assert s.encode('ascii', 'namereplace') == \
        b'a\\N{EURO SIGN}\\N{LATIN SMALL LETTER E WITH ACUTE}'
    assert b'a\xff'.decode('utf-8', 'surrogateescape') == 'a\udcff'
    assert 'a\udcff'.encode('utf-8', 'surrogateescape') == b'a\xff'
    assert '\ud800'.encode('utf-8', 'surrogatepass') == b'\xed\xa0\x80'
    assert b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800'
    assert b'a\xffb'.decode('ascii', 'backslashreplace') == 'a\\xffb'


def test_lookup_error():
    assert _codecs.lookup_error('strict').__name__ == 'strict_errors'
    e = raises(LookupError, _codecs.lookup_error, 'nonexistent')
    assert str(e) == "unknown error handler name 'nonexistent'"
    exc = UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'bad')
    assert _codecs.lookup_error('replace')(exc) == ('?', 2)
    assert _codecs.lookup_error('ignore')(exc) == ('', 2)
    assert _codecs.lookup_error('backslashreplace')(exc) == ('\\xe9', 2)
    assert _codecs.lookup_error('xmlcharrefreplace')(exc) == ('&#233;', 2)
    dexc = UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'bad')
    assert _codecs.lookup_error('replace')(dexc) == ('\ufffd', 2)
    assert _codecs.lookup_error('surrogateescape')(dexc) == ('\udcff', 2)
    assert raises(UnicodeEncodeError, _codecs.lookup_error('strict'),
                  exc) is exc
    e = raises(TypeError, _codecs.lookup_error('replace'), ValueError())
    assert str(e) == \
        "don't know how to handle ValueError in error callback"


def test_custom_error_handler():
    seen = []

    def handler(exc):
        seen.append((type(exc), exc.start, exc.end))
        return ('<%d-%d>' % (exc.start, exc.end), exc.end)
    _codecs.register_error('test.custom', handler)
    assert _codecs.lookup_error('test.custom') is handler
    assert 'a\xe9\xe9b'.encode('ascii', 'test.custom') == b'a<1-3>b'
    assert b'a\xff\xfeb'.decode('utf-8', 'test.custom') == 'a<1-2><2-3>b'
    assert seen == [(UnicodeEncodeError, 1, 3), (UnicodeDecodeError, 1, 2),
                    (UnicodeDecodeError, 2, 3)]

    def from_end(exc):
        # a negative position counts from the end
        return ('X', -1)
    _codecs.register_error('test.from_end', from_end)
    assert 'a\xe9bc'.encode('ascii', 'test.from_end') == b'aXc'
    _codecs.register_error('test.bad', lambda exc: 'nope')
    e = raises(TypeError, 'a\xe9'.encode, 'ascii', 'test.bad')
    assert str(e) == \
        'encoding error handler must return (str/bytes, int) tuple'
    e = raises(TypeError, _codecs.register_error, 'x', 42)
    assert str(e) == 'handler must be callable'


def test_unknown_names():
    e = raises(LookupError, 'a'.encode, 'no-such-codec')
    assert str(e) == 'unknown encoding: no-such-codec'
    e = raises(LookupError, b'\xff'.decode, 'ascii', 'nope')
    assert str(e) == "unknown error handler name 'nope'"
    # a handler is looked up only when needed
    assert 'a'.encode('ascii', 'nope') == b'a'


def test_register_and_lookup():
    calls = []

    def search(name):
        calls.append(name)
        if name == 'test_codec_x':
            return (lambda s, errors='strict': (s.upper().encode(), len(s)),
                    lambda b, errors='strict': (bytes(b).decode().lower(),
                                        len(b)),
                    None, None)
        return None
    _codecs.register(search)
    try:
        info = _codecs.lookup('Test-Codec X')
        assert calls[-1] == 'test_codec_x'
        assert _codecs.lookup('test codec-x') is info
        assert _codecs.encode('abc', 'test-codec-x') == b'ABC'
        assert _codecs.decode(b'ABC', 'test-codec-x') == 'abc'
        assert 'abc'.encode('test_codec_x') == b'ABC'
        assert b'ABC'.decode('test_codec_x') == 'abc'
        if hasattr(_codecs, '_forget_codec'):   # not in every CPython
            _codecs._forget_codec('test_codec_x')
            n = len(calls)
            _codecs.lookup('test_codec_x')
            assert len(calls) == n + 1
    finally:
        _codecs.unregister(search)
    e = raises(TypeError, _codecs.register, 42)
    assert str(e) == 'argument must be callable'


def test_escape_codecs():
    assert _codecs.escape_encode(b"a'\"\\\n\t\x00\xff") == \
        (b"a\\'\"\\\\\\n\\t\\x00\\xff", 8)
    assert _codecs.escape_decode(b'a\\x41\\n\\101') == (b'aA\nA', 11)
    e = raises(ValueError, _codecs.escape_decode, b'\\x4')
    assert str(e) == 'invalid \\x escape at position 0'
    assert _codecs.unicode_escape_encode('a\n\xff\u1234\U00012345') == \
        (b'a\\n\\xff\\u1234\\U00012345', 5)
    assert _codecs.unicode_escape_decode(
        b'a\\x41\\u1234\\U00012345\\N{DIGIT ONE}\xff') == \
        ('aA\u1234\U00012345' + '1\xff', 35)
    e = raises(UnicodeDecodeError, _codecs.unicode_escape_decode,
               b'ab\\u12x')
    assert str(e) == "'unicodeescape' codec can't decode bytes in " \
        "position 2-5: truncated \\uXXXX escape"
    assert _codecs.unicode_escape_decode(b'ab\\u12x', 'replace') == \
        ('ab\ufffdx', 7)
    assert _codecs.unicode_escape_decode(b'ab\\u12', 'strict', False) == \
        ('ab', 2)
    e = raises(UnicodeDecodeError, _codecs.unicode_escape_decode,
               b'\\N{NO SUCH NAME}')
    assert e.reason == 'unknown Unicode character name'
    assert _codecs.raw_unicode_escape_encode('a\\\xff\u1234') == \
        (b'a\\\xff\\u1234', 4)
    assert _codecs.raw_unicode_escape_decode(
        b'a\\u1234\\\\u1234\\x41') == ('a\u1234\\\\u1234\\x41', 18)


def test_charmap():
    assert _codecs.charmap_decode(b'ab', 'strict', {97: 'A', 98: 66}) == \
        ('AB', 2)
    assert _codecs.charmap_decode(b'ab', 'strict', 'xyz' * 40) == \
        ('yz', 2)
    e = raises(UnicodeDecodeError, _codecs.charmap_decode, b'\x05', 'strict',
               'xyz')
    assert str(e) == "'charmap' codec can't decode byte 0x05 in position " \
        "0: character maps to <undefined>"
    assert _codecs.charmap_decode(b'\x05a', 'replace', 'xyz') == \
        ('\ufffd\ufffd', 2)
    assert _codecs.charmap_encode('ab', 'strict', {97: 65, 98: b'BB'}) == \
        (b'ABB', 2)
    e = raises(UnicodeEncodeError, _codecs.charmap_encode, 'abc', 'strict',
               {97: 65})
    assert (e.start, e.end, e.reason) == (1, 3,
                                          'character maps to <undefined>')
    assert _codecs.charmap_encode('abz', 'replace',
                                  {97: 65, 98: b'BB', 63: 63}) == \
        (b'ABB?', 3)
    e = raises(TypeError, _codecs.charmap_encode, 'a', 'strict', {97: 300})
    assert str(e) == 'character mapping must be in range(256)'
    table = _codecs.charmap_build('abc')
    assert _codecs.charmap_encode('cab', 'strict', table) == \
        (b'\x02\x00\x01', 3)
    assert _codecs.charmap_decode(b'ab') == ('ab', 2)
