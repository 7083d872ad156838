"""memoryview: native formats, casts with shapes, writable multi-byte
views, tobytes orders, comparisons, hashing, released views and the
exports that keep a bytearray from resizing."""

import array
import struct


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


FORMATS = 'bBhHiIlLqQnNPfd?c'


def test_every_native_format_reads_as_struct():
    data = bytes(range(1, 17))
    for code in FORMATS:
        size = struct.calcsize(code)
        for fmt in (code, '@' + code):
            m = memoryview(data).cast(fmt)
            assert m.format == fmt and m.itemsize == size
            assert m.nbytes == 16 and len(m) == 16 // size
            expected = list(struct.iter_unpack(code, data))
            assert m.tolist() == [item[0] for item in expected]
            assert m[-1] == expected[-1][0]


def test_cast_back_and_shapes():
    m = memoryview(bytearray(range(12)))
    h = m.cast('h', (2, 3))
    assert (h.ndim, h.shape, h.strides, h.suboffsets) == (2, (2, 3), (6, 2),
                                                          ())
    assert h.tolist() == [[256, 770, 1284], [1798, 2312, 2826]]
    assert h[1, 2] == 2826 and h[-1, -3] == 1798
    b = h.cast('B', [12])
    assert b.tolist() == list(range(12))
    c = m.cast('c', [2, 2, 3])
    assert c.tolist()[1][0] == [b'\x06', b'\x07', b'\x08']
    assert len(m.cast('B', [3, 4])) == 3
    assert m.cast('B', [3, 4])[1:].tolist() == [[4, 5, 6, 7],
                                                [8, 9, 10, 11]]
    assert m.cast('B', [3, 4]).nbytes == 12
    zero = m[:4].cast('i', [])
    assert zero.ndim == 0 and zero.shape == () and zero.strides == ()
    assert zero.tolist() == zero[()] == 0x03020100
    assert zero[...] is zero and len(zero) == 1


def test_cast_errors():
    m = memoryview(bytearray(12))
    assert raises(TypeError, m[::2].cast, 'h') == (
        'memoryview: casts are restricted to C-contiguous views')
    assert raises(TypeError, m.cast('h').cast, 'i') == (
        'memoryview: cannot cast between two non-byte formats')
    assert raises(TypeError, m.cast('B', (2, 6)).cast, 'B', (3, 4)) == (
        'memoryview: cast must be 1D -> ND or ND -> 1D')
    assert raises(TypeError, m.cast, 'B', 5) == (
        'shape must be a list or a tuple')
    assert raises(TypeError, m.cast, 'B', [2, 'a']) == (
        'memoryview.cast(): elements of shape must be integers')
    assert raises(ValueError, m.cast, 'B', [0, 12]) == (
        'memoryview.cast(): elements of shape must be integers > 0')
    assert raises(TypeError, m.cast, 'B', [5]) == (
        'memoryview: product(shape) * itemsize != buffer size')
    assert raises(ValueError, m.cast, 'B', [1] * 65) == (
        'memoryview: number of dimensions must not exceed 64')
    assert raises(TypeError, m[:5].cast, 'i') == (
        'memoryview: length is not a multiple of itemsize')
    for bad in ('e', '=b', '<h', 'bb', 'x', 's', ''):
        assert raises(ValueError, m.cast, bad) == (
            "memoryview: destination format must be a native single "
            "character format prefixed with an optional '@'")
    assert raises(TypeError, m.cast, 5) == (
        "cast() argument 'format' must be str, not int")


def test_indexing_errors():
    m = memoryview(bytearray(range(12)))
    two = m.cast('B', [2, 6])
    assert raises(NotImplementedError, two.__getitem__, 0) == (
        'multi-dimensional sub-views are not implemented')
    assert raises(TypeError, two.__getitem__, (1, 2, 3)) == (
        'cannot index 2-dimension view with 3-element tuple')
    assert raises(NotImplementedError, two.__getitem__,
                  (slice(1, 2), slice(0, 1))) == (
        'multi-dimensional slicing is not implemented')
    assert raises(IndexError, two.__getitem__, (5, 0)) == (
        'index out of bounds on dimension 1')
    assert raises(IndexError, two.__getitem__, (0, 6)) == (
        'index out of bounds on dimension 2')
    assert raises(TypeError, m.__getitem__, 'a') == (
        'memoryview: invalid slice key')
    assert raises(TypeError, m.__getitem__, 1.5) == (
        'memoryview: invalid slice key')
    assert raises(IndexError, m.__getitem__, 12) == (
        'index out of bounds on dimension 1')
    zero = m[:1].cast('B', [])
    assert raises(TypeError, zero.__getitem__, 0) == (
        'invalid indexing of 0-dim memory')
    assert raises(TypeError, two.__getitem__, ...) == (
        'memoryview: invalid slice key')
    assert raises(NotImplementedError, list, two) == (
        'multi-dimensional sub-views are not implemented')


def test_writable_multibyte_views():
    ba = bytearray(8)
    m = memoryview(ba)
    h = m.cast('h')
    h[0] = -2
    h[-1] = 0x0102
    assert ba == bytearray(b'\xfe\xff\x00\x00\x00\x00\x02\x01')
    q = m.cast('Q')
    q[0] = 2**64 - 1
    assert ba == bytearray(b'\xff' * 8)
    d = m.cast('d')
    d[0] = 1.5
    assert struct.unpack('d', ba) == (1.5,)
    f = m[:4].cast('f')
    f[0] = 1e300
    assert f[0] == float('inf')
    two = m.cast('B', [2, 4])
    two[1, 3] = 7
    assert ba[7] == 7
    b = m.cast('?')
    b[0] = []
    b[1] = 'x'
    assert ba[:2] == bytearray(b'\x00\x01')
    c = m.cast('c')
    c[0] = b'z'
    assert ba[0:1] == b'z'
    p = m.cast('P')
    p[0] = -1
    assert p[0] == 2**64 - 1


def test_item_assignment_errors():
    m = memoryview(bytearray(8))
    h = m.cast('h')
    for value in (1.5, 'a', None):
        assert raises(TypeError, h.__setitem__, 0, value) == (
            "memoryview: invalid type for format 'h'")
    for value in (40000, -40000, 2**70):
        assert raises(ValueError, h.__setitem__, 0, value) == (
            "memoryview: invalid value for format 'h'")
    q = m.cast('Q')
    for value in (-1, 2**64):
        assert raises(ValueError, q.__setitem__, 0, value) == (
            "memoryview: invalid value for format 'Q'")
    assert raises(ValueError, m.__setitem__, 0, 256) == (
        "memoryview: invalid value for format 'B'")
    assert raises(TypeError, m.__setitem__, 0, b'a') == (
        "memoryview: invalid type for format 'B'")
    c = m.cast('c')
    assert raises(TypeError, c.__setitem__, 0, 'a') == (
        "memoryview: invalid type for format 'c'")
    assert raises(ValueError, c.__setitem__, 0, b'ab') == (
        "memoryview: invalid value for format 'c'")
    assert raises(TypeError, m.cast('f').__setitem__, 0, 'x') == (
        "memoryview: invalid type for format 'f'")
    assert raises(TypeError, memoryview(b'ab').__setitem__, 0, 1) == (
        'cannot modify read-only memory')
    assert raises(TypeError, m.__delitem__, 0) == 'cannot delete memory'
    two = m.cast('B', [2, 4])
    assert raises(NotImplementedError, two.__setitem__, 0, 1) == (
        'sub-views are not implemented')
    assert raises(NotImplementedError, two.__getitem__, (1,)) == (
        'sub-views are not implemented')
    assert raises(TypeError, two.__setitem__, (slice(1), 1), 1) == (
        'memoryview: invalid slice key')
    zero = m[:1].cast('B', [])
    zero[...] = 5
    zero[()] += 1
    assert m[0] == 6
    assert raises(NotImplementedError, two.__setitem__, slice(0, 1),
                  b'a') == ('memoryview slice assignments are currently '
                            'restricted to ndim = 1')


def test_slice_assignment():
    ba = bytearray(b'abcdef')
    m = memoryview(ba)
    m[1:3] = b'XY'
    m[::2] = bytearray(b'123')
    assert ba == bytearray(b'1X2d3f')
    m[2:6] = m[0:4]         # overlapping
    assert ba == bytearray(b'1X1X2d')
    assert raises(ValueError, m.__setitem__, slice(0, 2), b'abc') == (
        'memoryview assignment: lvalue and rvalue have different '
        'structures')
    assert raises(TypeError, m.__setitem__, slice(0, 2), 'ab') == (
        "a bytes-like object is required, not 'str'")
    h = memoryview(bytearray(4)).cast('h')
    h[0:2] = memoryview(b'\x01\x00\x02\x00').cast('h')
    assert h.tolist() == [1, 2]
    assert raises(ValueError, h.__setitem__, slice(0, 2), b'abcd') == (
        'memoryview assignment: lvalue and rvalue have different '
        'structures')
    a = array.array('i', [1, 2, 3])
    memoryview(a)[1:] = array.array('i', [8, 9])
    assert a.tolist() == [1, 8, 9]


def test_strides_and_contiguity():
    m = memoryview(bytes(range(12)))
    assert m[::2].strides == (2,) and m[::-1].strides == (-1,)
    assert not m[::2].c_contiguous and m[::2].tobytes() == bytes(range(0, 12,
                                                                      2))
    assert m[::-1].tolist() == list(range(11, -1, -1))
    assert m[::2][1:3].tolist() == [2, 4]
    two = m.cast('B', [2, 6])
    assert two.c_contiguous and not two.f_contiguous and two.contiguous
    rev = two[::-1]
    assert rev.strides == (-6, 1) and not rev.c_contiguous
    assert rev.tobytes() == bytes(range(6, 12)) + bytes(range(6))
    assert two.tobytes('F') == bytes([0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11])
    assert two.tobytes('C') == two.tobytes('A') == bytes(range(12))
    assert raises(ValueError, two.tobytes, 'X') == (
        "order must be 'C', 'F' or 'A'")
    assert m[3:4].cast('B', [1, 1]).f_contiguous


def test_hex():
    m = memoryview(b'\x01\xab\xff')
    assert m.hex() == '01abff'
    assert m.hex(':') == '01:ab:ff'
    assert m.hex(':', 2) == '01:abff'
    assert m[::2].hex() == '01ff'
    assert memoryview(array.array('h', [1])).hex() == '0100'


def test_equality():
    assert memoryview(b'ab') == b'ab'
    assert memoryview(b'ab') == bytearray(b'ab')
    assert memoryview(b'ab') != b'abc'
    assert memoryview(b'ab').cast('c') != b'ab'      # b'a' != 97
    assert memoryview(b'\x01\x00').cast('h') != memoryview(b'\x01\x00')
    assert memoryview(b'\x01\x00').cast('h') == (
        memoryview(b'\x01\x00\x00\x00').cast('i')[:1])
    four = b'\x01\x00\x01\x00'
    assert memoryview(four).cast('h', [2, 1]) != (
        memoryview(four).cast('h', [1, 2]))
    assert memoryview(four).cast('h', [2, 1]) == (
        memoryview(four).cast('h', [2, 1]))
    nan = memoryview(struct.pack('d', float('nan'))).cast('d')
    assert nan != nan.toreadonly()
    assert memoryview(array.array('h', [1, 2])) == array.array('i', [1, 2])
    assert (memoryview(b'ab') == 'ab') is False
    assert raises(TypeError, lambda: memoryview(b'') < memoryview(b''))
    released = memoryview(b'ab')
    released.release()
    assert released == released and released != memoryview(b'ab')


def test_hash():
    assert hash(memoryview(b'ab')) == hash(b'ab')
    assert hash(memoryview(b'abcd')[::2]) == hash(b'ac')
    assert hash(memoryview(b'ab').cast('c')) == hash(b'ab')
    assert raises(ValueError, hash, memoryview(bytearray(b'ab'))) == (
        'cannot hash writable memoryview object')
    # the exporter must be hashable too
    assert raises(TypeError, hash, memoryview(bytearray(b'a')).toreadonly())
    assert raises(ValueError, hash, memoryview(b'abcd').cast('h')) == (
        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")


def test_released_views():
    m = memoryview(bytearray(b'abc'))
    with m as view:
        assert view is m
    message = 'operation forbidden on released memoryview object'
    for operation in (lambda: len(m), m.tobytes, m.tolist, m.hex, m.toreadonly,
                      lambda: m[0], lambda: m.obj, lambda: m.format,
                      lambda: m.shape, lambda: m.nbytes, lambda: m.cast('B'),
                      lambda: memoryview(m), lambda: bytes(m),
                      m.__enter__):
        assert raises(ValueError, operation) == message
    assert repr(m).startswith('<released memory at 0x')
    m.release()


def test_obj_and_views_of_views():
    data = bytearray(b'abcd')
    m = memoryview(data)
    assert m.obj is data and m[1:].obj is data
    assert memoryview(m).obj is data
    assert memoryview(m).tolist() == m.tolist()
    r = m.toreadonly()
    assert r.readonly and not m.readonly and r.obj is data
    a = array.array('d', [1.5, 2.5])
    ma = memoryview(a)
    assert ma.obj is a and ma.format == 'd' and ma.tolist() == [1.5, 2.5]
    assert ma.cast('B').nbytes == 16
    assert raises(TypeError, memoryview, 'abc') == (
        "memoryview: a bytes-like object is required, not 'str'")
    assert raises(TypeError, memoryview, 5) == (
        "memoryview: a bytes-like object is required, not 'int'")


def test_exports_keep_bytearray_from_resizing():
    data = bytearray(b'abc')
    m = memoryview(data)
    message = 'Existing exports of data: object cannot be re-sized'
    for operation in (lambda: data.append(1), lambda: data.extend(b'x'),
                      lambda: data.pop(), lambda: data.insert(0, 1),
                      lambda: data.remove(97), data.clear,
                      lambda: data.__delitem__(0),
                      lambda: data.__setitem__(slice(0, 1), b'xy'),
                      lambda: data.__iadd__(b'x'),
                      lambda: data.__imul__(2)):
        assert raises(BufferError, operation) == message
    data[0:1] = b'z'            # the same size: allowed
    data[1] = 0x79
    assert m.tobytes() == b'zyc'
    sub = m[1:]
    m.release()
    assert raises(BufferError, data.append, 1) == message
    sub.release()
    data.append(0x21)
    assert data == bytearray(b'zyc!')


def test_garbage_views_do_not_pin():
    data = bytearray(b'abc')
    for i in range(3):
        memoryview(data)[0] = 0x41 + i
    assert bytes(memoryview(data)[1:]) == b'bc'
    del i
    data += b'd'        # every view above is garbage by now
    assert data == bytearray(b'Cbcd')


def test_buffer_consumers():
    m = memoryview(b'hello world')
    assert bytes(m[::2]) == b'hlowrd'
    assert bytearray(m[:5]) == bytearray(b'hello')
    assert b'-'.join([m[:2], array.array('b', [33])]) == b'he-!'
    assert int.from_bytes(memoryview(b'\x01\x02'), 'big') == 258
    assert int(memoryview(b'12')) == 12
    assert float(array.array('b', [49])) == 1.0
    assert struct.unpack('<h', m[:2]) == (0x6568,)
    ba = bytearray(4)
    struct.pack_into('<h', memoryview(ba)[2:], 0, 258)
    assert ba == bytearray(b'\x00\x00\x02\x01')
    assert raises(TypeError, struct.pack_into, 'b', memoryview(b'ab'),
                  0, 1) == (
        'argument must be read-write bytes-like object, not memoryview')
    assert m.tobytes().decode() == 'hello world'
    assert str(m[:5], 'ascii') == 'hello'
    import re
    assert re.search(b'wor', m).span() == (6, 9)


def test_io_with_views_and_arrays():
    import io
    f = io.BytesIO()
    data = bytearray(b'zz')
    f.write(array.array('h', [1, 2]))
    f.write(memoryview(b'xy')[1:])
    f.write(data)
    data.append(0x21)           # write() does not keep it exported
    assert f.getvalue() == b'\x01\x00\x02\x00yzz'
    target = array.array('h', [0, 0])
    assert io.BytesIO(b'\x05\x00\x06\x00\x07').readinto(target) == 4
    assert target.tolist() == [5, 6]
    buf = bytearray(5)
    assert io.BytesIO(b'abc').readinto(memoryview(buf)[1:]) == 3
    assert buf == bytearray(b'\x00abc\x00')
    buf.append(0)               # readinto() released its views
    import os
    r, w = os.pipe()
    os.write(w, array.array('b', [65, 66]))
    os.write(w, memoryview(b'CD')[1:])
    assert os.read(r, 10) == b'ABD'
    os.close(r)
    os.close(w)
