"""The methods of bytes and bytearray."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_search():
    b = b'abcabc'
    assert b.count(b'a') == 2
    assert b.count(b'') == 7
    assert b.count(97) == 2
    assert b.find(b'c', 3) == 5
    assert b.find(99) == 2
    assert b.rfind(b'b') == 4
    assert b.rfind(b'b', 0, 4) == 1
    assert b.index(b'b', 2) == 4
    assert b.rindex(b'a') == 3
    assert raises(ValueError, b.index, b'x') == 'subsection not found'
    assert raises(ValueError, b.find, 256) == 'byte must be in range(0, 256)'
    assert raises(TypeError, b.find, 'a') == \
        "argument should be integer or bytes-like object, not 'str'"
    assert 98 in b
    assert b'ca' in b
    assert b'x' not in b


def test_affixes():
    assert b'hello'.startswith(b'he')
    assert b'hello'.startswith((b'x', b'hel'))
    assert b'hello'.startswith(b'll', 2)
    assert b'hello'.endswith(b'ell', 0, 4)
    assert not b'hello'.endswith((b'a', b'b'))
    assert raises(TypeError, b'a'.startswith, 'a') == \
        'startswith first arg must be bytes or a tuple of bytes, not str'


def test_split_strip():
    assert b'a b  c'.split() == [b'a', b'b', b'c']
    assert b'a,b,c'.split(b',', 1) == [b'a', b'b,c']
    assert b'a,b,c'.rsplit(b',', 1) == [b'a,b', b'c']
    assert b' a b c '.rsplit(None, 1) == [b' a b', b'c']
    assert b'a\xa0b'.split() == [b'a\xa0b']
    assert b'  x  '.strip() == b'x'
    assert b'  x  '.lstrip() == b'x  '
    assert b'  x  '.rstrip() == b'  x'
    assert b'xxaxx'.strip(b'x') == b'a'
    assert raises(ValueError, b'a'.split, b'') == 'empty separator'


def test_replace_case():
    assert b'aaa'.replace(b'a', b'b', 2) == b'bba'
    assert b'abc'.replace(b'', b'-') == b'-a-b-c-'
    assert b'Hello \xe9'.upper() == b'HELLO \xe9'
    assert b'Hello'.lower() == b'hello'


def test_hex():
    assert b'\x01\xab'.hex() == '01ab'
    assert b''.hex() == ''
    assert b'\x01\x02\x03'.hex(':') == '01:02:03'
    assert b'\x01\x02\x03'.hex('-', 2) == '01-0203'
    assert b'\x01\x02\x03'.hex('-', -2) == '0102-03'
    assert bytes.fromhex('01 ab FF') == b'\x01\xab\xff'
    assert bytes.fromhex('') == b''
    assert raises(ValueError, bytes.fromhex, '0g') == \
        'non-hexadecimal number found in fromhex() arg at position 1'
    assert raises(ValueError, bytes.fromhex, 'a') == \
        'non-hexadecimal number found in fromhex() arg at position 1'


def test_decode():
    assert b'abc'.decode() == 'abc'
    assert b'\xc3\xa9'.decode('utf-8') == '\xe9'
    assert b'\xe9'.decode('latin-1') == '\xe9'
    assert b'a\xff'.decode('utf-8', 'replace') == 'a\ufffd'
    assert b'a\xffb'.decode('utf-8', 'ignore') == 'ab'
    assert b'a\xff'.decode('utf-8', 'backslashreplace') == 'a\\xff'
    assert b'a\xff'.decode('utf-8', 'surrogateescape') == 'a\udcff'
    assert b'a\xe9'.decode('ascii', errors='replace') == 'a\ufffd'
    assert b'\xe2\x82'.decode('utf-8', 'replace') == '\ufffd'
    assert b'\xf0\x9f\x98\x80'.decode() == '\U0001f600'


def test_decode_errors():
    assert raises(UnicodeDecodeError, b'\xff'.decode) == \
        "'utf-8' codec can't decode byte 0xff in position 0: " \
        "invalid start byte"
    assert raises(UnicodeDecodeError, b'a\xe2\x82'.decode) == \
        "'utf-8' codec can't decode bytes in position 1-2: " \
        "unexpected end of data"
    assert raises(UnicodeDecodeError, b'\xe2(a'.decode) == \
        "'utf-8' codec can't decode byte 0xe2 in position 0: " \
        "invalid continuation byte"
    assert raises(UnicodeDecodeError, b'\xed\xa0\x80'.decode) == \
        "'utf-8' codec can't decode byte 0xed in position 0: " \
        "invalid continuation byte"
    assert raises(UnicodeDecodeError, b'ab\x80'.decode, 'ascii') == \
        "'ascii' codec can't decode byte 0x80 in position 2: " \
        "ordinal not in range(128)"
    assert raises(LookupError, b'a'.decode, 'nope') == 'unknown encoding: nope'


def test_sequence():
    assert list(b'ab') == [97, 98]
    assert [x for x in b''] == []
    assert b'ab' * 2 == b'abab'
    assert 2 * b'ab' == b'abab'
    assert b'ab' * -1 == b''
    assert b'a' + b'b' == b'ab'
    assert b'a' < b'b'
    assert b'a' <= b'a'
    assert b'b' > b'a'
    assert b'ab' >= b'a'
    assert not (b'a' > b'a')
    assert b'abc'[1] == 98
    assert b'abc'[-1] == 99
    assert b'abcdef'[::2] == b'ace'
    assert b'-'.join([b'a', bytearray(b'b')]) == b'a-b'
    assert raises(TypeError, lambda: b'a' + 'b') == "can't concat str to bytes"


def test_constructor():
    assert bytes() == b''
    assert bytes(3) == b'\x00\x00\x00'
    assert bytes([65, 66]) == b'AB'
    assert bytes('\xe9', 'utf-8') == b'\xc3\xa9'
    assert bytes('a', encoding='ascii') == b'a'
    assert bytes(bytearray(b'xy')) == b'xy'

    class B:
        def __bytes__(self):
            return b'bb'
    assert bytes(B()) == b'bb'
    assert raises(TypeError, bytes, 'a') == 'string argument without an encoding'
    assert raises(ValueError, bytes, [256]) == 'bytes must be in range(0, 256)'
    assert raises(TypeError, bytes, 1.5) == \
        "cannot convert 'float' object to bytes"


def test_bytearray_basics():
    b = bytearray(b'abc')
    assert b == b'abc'
    assert b'abc' == b
    assert len(b) == 3
    assert repr(b) == "bytearray(b'abc')"
    assert repr(bytearray()) == "bytearray(b'')"
    assert b[0] == 97
    assert b[1:] == bytearray(b'bc')
    assert isinstance(b[1:], bytearray)
    assert list(b) == [97, 98, 99]
    assert bytearray(2) == b'\x00\x00'
    assert bytearray([1, 2]) == b'\x01\x02'
    assert bytearray('\xe9', 'latin-1') == b'\xe9'
    assert b.upper() == bytearray(b'ABC')
    assert b.split(b'b') == [bytearray(b'a'), bytearray(b'c')]
    assert b.decode() == 'abc'
    assert b.hex() == '616263'
    assert bytearray.fromhex('0102') == bytearray(b'\x01\x02')
    try:
        hash(b)
    except TypeError:
        pass
    else:
        raise AssertionError('bytearray is hashable')


def test_bytearray_mutation():
    b = bytearray(b'abc')
    b[0] = 65
    assert b == b'Abc'
    b.append(100)
    assert b == b'Abcd'
    b.extend(b'ef')
    b.extend([103])
    assert b == b'Abcdefg'
    assert b.pop() == 103
    assert b.pop(0) == 65
    assert b == b'bcdef'
    b.insert(0, 97)
    b.insert(100, 122)
    assert b == b'abcdefz'
    b.remove(122)
    b[1:3] = b'XYZ'
    assert b == b'aXYZdef'
    del b[0]
    del b[-1]
    assert b == b'XYZde'
    del b[::2]
    assert b == b'Yd'
    b += b'!!'
    assert b == b'Yd!!'
    c = b.copy()
    b.reverse()
    assert b == b'!!dY'
    assert c == b'Yd!!'
    b.clear()
    assert b == b''
    assert raises(IndexError, b.pop) == 'pop from empty bytearray'
    assert raises(ValueError, bytearray(b'a').remove, 98) == \
        'value not found in bytearray'
    x = bytearray(b'abc')
    x[::2] = b'XY'
    assert x == b'XbY'
    assert raises(ValueError, x.append, 256) == \
        'byte must be in range(0, 256)'
