"""_struct: every format code, byte orders and native alignment, the
buffer functions, Struct, and CPython's error messages."""

import _struct as struct


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def message(func, *args):
    return str(raises(struct.error, func, *args))


def test_calcsize_and_alignment():
    assert struct.calcsize('@ic') == 5
    assert struct.calcsize('@ci') == 8
    assert struct.calcsize('<ci') == 5
    assert struct.calcsize('@qh') == 10 and struct.calcsize('@hq') == 16
    assert struct.calcsize('P') == 8
    assert struct.calcsize('@l') == 8 and struct.calcsize('=l') == 4
    assert struct.calcsize('5s') == 5 and struct.calcsize('0s') == 0
    assert struct.calcsize('2i 3h') == 14
    assert struct.calcsize(b'<d') == 8
    assert struct.calcsize('@hidq') == 24


def test_integers():
    packed = struct.pack('>hHiIqQ', -2, 3, -4, 5, -6, 7)
    assert packed == (b'\xff\xfe\x00\x03\xff\xff\xff\xfc\x00\x00\x00\x05'
                      b'\xff\xff\xff\xff\xff\xff\xff\xfa'
                      b'\x00\x00\x00\x00\x00\x00\x00\x07')
    assert struct.unpack('>hHiIqQ', packed) == (-2, 3, -4, 5, -6, 7)
    assert struct.pack('<i', 1) == b'\x01\x00\x00\x00'
    assert struct.pack('!i', 1) == b'\x00\x00\x00\x01'
    assert struct.pack('@bi', 1, 2) == b'\x01\x00\x00\x00\x02\x00\x00\x00'
    assert struct.unpack('<Q', b'\xff' * 8) == (2 ** 64 - 1,)
    assert struct.unpack('<q', b'\xff' * 8) == (-1,)
    assert struct.unpack('@P', b'\xff' * 8) == (2 ** 64 - 1,)
    assert struct.pack('q', True) == b'\x01' + b'\x00' * 7

    class I:
        def __index__(self):
            return 7

    assert struct.pack('<i', I()) == b'\x07\x00\x00\x00'


def test_integer_errors():
    cases = [
        ('b', 200, "byte format requires -128 <= number <= 127"),
        ('B', -1, "ubyte format requires 0 <= number <= 255"),
        ('h', 40000, "short format requires -32768 <= number <= 32767"),
        ('H', -1, "ushort format requires 0 <= number <= 65535"),
        ('i', 2 ** 31,
         "'i' format requires -2147483648 <= number <= 2147483647"),
        ('I', 2 ** 32, "'I' format requires 0 <= number <= 4294967295"),
        ('I', -1, "argument out of range"),
        ('l', 2 ** 63, "argument out of range"),
        ('<l', 2 ** 31,
         "'l' format requires -2147483648 <= number <= 2147483647"),
        ('<L', 2 ** 32, "'L' format requires 0 <= number <= 4294967295"),
        ('<L', -1, "argument out of range"),
        ('<q', 2 ** 64, "argument out of range"),
        ('Q', -1, "argument out of range"),
        ('b', 'x', "required argument is not an integer"),
        ('b', 1.0, "required argument is not an integer"),
    ]
    for fmt, value, expected in cases:
        assert message(struct.pack, fmt, value) == expected, (fmt, value)


def test_floats():
    assert struct.pack('<e f d', 1.5, 2.5, -0.1) == \
        b'\x00>\x00\x00 @\x9a\x99\x99\x99\x99\x99\xb9\xbf'
    assert struct.unpack('<e f d', b'\x00>\x00\x00 @\x9a\x99\x99\x99\x99'
                         b'\x99\xb9\xbf') == (1.5, 2.5, -0.1)
    assert struct.pack('<e', 65504.0) == b'\xff\x7b'
    assert struct.unpack('<e', b'\x00\x7c') == (float('inf'),)
    assert struct.pack('>d', 1) == b'?\xf0\x00\x00\x00\x00\x00\x00'
    assert message(struct.pack, 'd', 'x') == \
        "required argument is not a float"
    e = raises(OverflowError, struct.pack, '<e', 1e10)
    assert str(e) == "float too large to pack with e format"
    e = raises(OverflowError, struct.pack, '<f', 1e300)
    assert str(e) == "float too large to pack with f format"


def test_chars_strings_bools():
    assert struct.pack('?x?', 0, 5) == b'\x00\x00\x01'
    assert struct.unpack('?c', b'\x02z') == (True, b'z')
    assert struct.pack('3s5p', b'abcdef', b'xy') == b'abc\x02xy\x00\x00'
    assert struct.unpack('3s5p', b'abc\x02xy\x00\x00') == (b'abc', b'xy')
    assert struct.unpack('5p', b'\x09abcd') == (b'abcd',)
    assert struct.pack('4s', bytearray(b'ab')) == b'ab\x00\x00'
    assert message(struct.pack, 'c', b'ab') == \
        "char format requires a bytes object of length 1"
    assert message(struct.pack, 'c', 'a') == \
        "char format requires a bytes object of length 1"
    assert message(struct.pack, 's', 1) == \
        "argument for 's' must be a bytes object"


def test_format_errors():
    assert message(struct.pack, 'z') == "bad char in struct format"
    assert message(struct.pack, '<n', 1) == "bad char in struct format"
    assert message(struct.pack, '3') == \
        "repeat count given without format specifier"
    assert message(struct.pack, 'ii', 1) == \
        "pack expected 2 items for packing (got 1)"
    assert str(raises(TypeError, struct.calcsize, 1)) == \
        "Struct() argument 1 must be a str or bytes object, not int"


def test_buffers():
    assert message(struct.unpack, 'i', b'abc') == \
        "unpack requires a buffer of 4 bytes"
    assert message(struct.unpack_from, 'i', b'abc') == (
        "unpack_from requires a buffer of at least 4 bytes for unpacking "
        "4 bytes at offset 0 (actual buffer size is 3)")
    assert message(struct.unpack_from, 'i', b'abcdef', 4) == (
        "unpack_from requires a buffer of at least 8 bytes for unpacking "
        "4 bytes at offset 4 (actual buffer size is 6)")
    assert message(struct.unpack_from, 'i', b'abcdef', -10) == \
        "offset -10 out of range for 6-byte buffer"
    b = bytearray(10)
    struct.pack_into('>H', b, 2, 0x1234)
    struct.pack_into('b', b, -1, -1)
    assert b == bytearray(b'\x00\x00\x124\x00\x00\x00\x00\x00\xff')
    assert struct.unpack_from('>H', b, 2) == (0x1234,)
    assert struct.unpack_from('>H', b, offset=-2) == (255,)
    assert struct.unpack_from('<h', bytearray(b'\x01\x00')) == (1,)
    assert message(struct.pack_into, 'i', bytearray(6), 4, 1) == (
        "pack_into requires a buffer of at least 8 bytes for packing 4 "
        "bytes at offset 4 (actual buffer size is 6)")
    assert str(raises(TypeError, struct.unpack, 'i', 'abcd')) == \
        "a bytes-like object is required, not 'str'"
    raises(TypeError, struct.pack_into, 'i', b'abcd', 0, 1)


def test_iter_unpack():
    it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
    assert it.__length_hint__() == 3
    assert list(it) == [(1,), (2,), (3,)]
    assert message(struct.iter_unpack, 'i', b'abcde') == \
        "iterative unpacking requires a buffer of a multiple of 4 bytes"
    assert message(struct.iter_unpack, '', b'') == \
        "cannot iteratively unpack with a struct of length 0"


def test_struct_class():
    s = struct.Struct('<hi')
    assert s.format == '<hi' and s.size == 6
    assert s.pack(1, 2) == b'\x01\x00\x02\x00\x00\x00'
    assert s.unpack(b'\x01\x00\x02\x00\x00\x00') == (1, 2)
    assert list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 2)) == \
        [(1, 2), (1, 2)]
    b = bytearray(8)
    s.pack_into(b, 1, 3, 4)
    assert s.unpack_from(b, 1) == (3, 4)
    assert struct.Struct(b'<i').format == '<i'
    assert issubclass(struct.error, Exception)
    assert struct.error.__module__ == 'struct'
