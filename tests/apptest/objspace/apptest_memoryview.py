"""memoryview over bytes and bytearray: items, slices (views, not
copies), formats B/b/c, writing through to a bytearray, release and the
context manager, and memoryviews accepted wherever bytes-like objects
are."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_attributes():
    m = memoryview(b'ab\xff')
    assert len(m) == 3
    assert m.format == 'B' and m.itemsize == 1 and m.nbytes == 3
    assert m.ndim == 1 and m.shape == (3,) and m.strides == (1,)
    assert m.suboffsets == ()
    assert m.readonly and not memoryview(bytearray()).readonly
    assert m.c_contiguous and m.f_contiguous and m.contiguous
    assert m[::2].strides == (2,)
    assert repr(m).startswith('<memory at 0x')
    data = b'xyz'
    assert memoryview(data).obj is data


def test_items_and_slices():
    m = memoryview(b'ab\xff')
    assert m[0] == 97 and m[-1] == 255
    assert m.tolist() == [97, 98, 255]
    assert list(m) == [97, 98, 255]
    assert m[::2].tobytes() == b'a\xff'
    assert m[::-1].tolist() == [255, 98, 97]
    assert m[-4:10].tobytes() == b'ab\xff'
    assert m[1:][1:].tobytes() == b'\xff'
    assert m[1:].obj is m.obj
    assert m.tobytes('C') == b'ab\xff'
    assert m.hex() == '6162ff' and m.hex(':') == '61:62:ff'
    assert raises(IndexError, lambda: m[5]) == \
        'index out of bounds on dimension 1'
    assert raises(TypeError, lambda: m['a']) == \
        'memoryview: invalid slice key'
    assert raises(TypeError, lambda: m[1.0]) == \
        'memoryview: invalid slice key'


def test_cast():
    m = memoryview(b'ab\xff')
    assert m.cast('b').tolist() == [97, 98, -1]
    assert m.cast('c').tolist() == [b'a', b'b', b'\xff']
    assert m.cast('c')[0] == b'a'
    assert m.cast('b').format == 'b'
    assert m.cast('@B').format == '@B'
    assert m.cast('B', [3]).tolist() == [97, 98, 255]
    assert m.cast('c').cast('b')[2] == -1
    assert raises(ValueError, m.cast, 'x') == (
        "memoryview: destination format must be a native single character "
        "format prefixed with an optional '@'")
    assert raises(TypeError, m.cast, 'B', [4]) == \
        'memoryview: product(shape) * itemsize != buffer size'
    assert raises(TypeError, m.cast, 5) == \
        "cast() argument 'format' must be str, not int"


def test_equality_and_hash():
    m = memoryview(b'ab\xff')
    assert m == b'ab\xff' and not (m != b'ab\xff')
    assert m == bytearray(b'ab\xff')
    assert memoryview(b'a') == memoryview(bytearray(b'a'))
    assert m != m[1:]
    assert not (m[0:2] == m[1:3])
    assert not (m.cast('c') == b'ab\xff')
    assert not (m.cast('b') == b'ab\xff')
    assert m.cast('b')[:2] == b'ab'
    assert (m == [97, 98, 255]) is False
    assert hash(m) == hash(b'ab\xff')
    assert raises(ValueError, hash, memoryview(bytearray())) == \
        'cannot hash writable memoryview object'


def test_writing_through():
    data = bytearray(b'abc')
    m = memoryview(data)
    m[0] = 65
    m[-1] = 67
    assert data == bytearray(b'AbC')
    m[0:2] = b'xy'
    assert data == bytearray(b'xyC')
    m[::2] = b'12'
    assert data == bytearray(b'1y2')
    m[0:1] = memoryview(b'Q')
    m.cast('c')[1] = b'Z'
    m.cast('b')[2] = -3
    assert data == bytearray(b'QZ\xfd')
    data[1] = 0
    assert m[1] == 0
    assert raises(ValueError, m.__setitem__, 0, 256) == \
        "memoryview: invalid value for format 'B'"
    assert raises(TypeError, m.__setitem__, 0, b'x') == \
        "memoryview: invalid type for format 'B'"
    assert raises(TypeError, m.cast('c').__setitem__, 0, 5) == \
        "memoryview: invalid type for format 'c'"
    assert raises(ValueError, m.cast('b').__setitem__, 0, 200) == \
        "memoryview: invalid value for format 'b'"
    assert raises(ValueError, m.__setitem__, slice(0, 1), b'xy') == \
        'memoryview assignment: lvalue and rvalue have different structures'
    assert raises(TypeError, m.__setitem__, slice(0, 1), 5) == \
        "a bytes-like object is required, not 'int'"
    assert raises(IndexError, m.__setitem__, 5, 1) == \
        'index out of bounds on dimension 1'
    assert raises(TypeError, m.__delitem__, 0) == 'cannot delete memory'
    assert raises(TypeError, memoryview(b'a').__setitem__, 0, 1) == \
        'cannot modify read-only memory'
    assert raises(TypeError, m.toreadonly().__setitem__, 0, 1) == \
        'cannot modify read-only memory'


def test_release():
    m = memoryview(b'ab')
    m.release()
    m.release()
    message = 'operation forbidden on released memoryview object'
    assert raises(ValueError, lambda: m[0]) == message
    assert raises(ValueError, len, m) == message
    assert raises(ValueError, m.tobytes) == message
    assert raises(ValueError, bytes, m) == message
    assert raises(ValueError, lambda: m.format) == message
    assert raises(ValueError, lambda: m.obj) == message
    assert m == m and not (m == b'')
    assert repr(m).startswith('<released memory at 0x')
    with memoryview(b'x') as v:
        assert v.__enter__() is v
        assert v[0] == 120
    assert repr(v).startswith('<released memory')


def test_constructor_errors():
    assert raises(TypeError, memoryview, 5) == \
        "memoryview: a bytes-like object is required, not 'int'"
    assert raises(TypeError, memoryview, 'a') == \
        "memoryview: a bytes-like object is required, not 'str'"
    m = memoryview(b'ab')
    assert memoryview(m).tobytes() == b'ab'


def test_buffer_consumers():
    m = memoryview(b'xyz')
    assert bytes(m) == b'xyz'
    assert bytes(m[1:]) == b'yz'
    assert bytearray(m) == bytearray(b'xyz')
    assert b'-'.join([m[:1], b'b']) == b'x-b'
    b = bytearray(b'a')
    b.extend(m)
    b += m[:1]
    assert b == bytearray(b'axyzx')
    assert b'a' + m == b'axyz'
    assert int.from_bytes(m, 'big') == 0x78797a
    assert b'xyz'.startswith(m[:2])
    assert b'axyz'.find(m) == 1


def test_repr_address_is_id():
    m = memoryview(b'a')
    assert repr(m) == '<memory at 0x%x>' % id(m)


def test_cast_to_native_integer_formats():
    import sys
    m = memoryview(bytes(range(16))).cast('I')
    assert (len(m), m.itemsize, m.nbytes, m.format) == (4, 4, 16, 'I')
    expected = [int.from_bytes(bytes(range(i, i + 4)), sys.byteorder)
                for i in range(0, 16, 4)]
    assert m.tolist() == expected
    assert m[1] == expected[1] and m[-1] == expected[-1]
    assert list(m) == expected
    assert m.tobytes() == bytes(range(16))
    assert m.cast('B').tolist()[:4] == [0, 1, 2, 3]
    assert memoryview(b'\xff\xff\xfe\xff').cast('h').tolist() == [-1, -2]
    assert memoryview(b'\x00\x01').cast('?').tolist() == [False, True]
    assert memoryview(b'\xff' * 8).cast('q').tolist() == [-1]
    assert memoryview(b'\xff' * 8).cast('Q').tolist() == [2 ** 64 - 1]
    try:
        memoryview(b'abc').cast('I')
    except TypeError as e:
        assert str(e) == 'memoryview: length is not a multiple of itemsize'
    else:
        assert False
