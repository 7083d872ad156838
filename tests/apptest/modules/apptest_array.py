"""array.array: typecodes, methods, operators, errors, pickling."""

import array


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


def test_module_attributes():
    assert array.typecodes == 'bBuhHiIlLqQfd'
    assert array.ArrayType is array.array
    assert array.array.__module__ == 'array'
    assert array.array.__name__ == 'array'
    sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
    for code, size in sizes.items():
        a = array.array(code)
        assert a.typecode == code
        assert a.itemsize == size
        assert len(a) == 0


def test_initializers():
    assert array.array('b', [1, -2]).tolist() == [1, -2]
    assert array.array('b', (1, 2)).tolist() == [1, 2]
    assert array.array('b', range(3)).tolist() == [0, 1, 2]
    assert array.array('b', b'ab').tolist() == [97, 98]
    assert array.array('B', bytearray(b'\xff')).tolist() == [255]
    assert array.array('h', b'\x01\x00\x02\x00').tolist() == [1, 2]
    assert array.array('u', 'abc').tounicode() == 'abc'
    assert array.array('d', array.array('h', [1, 2])).tolist() == [1.0, 2.0]
    assert array.array('f', [1]).tolist() == [1.0]
    assert array.array('b', iter([5])).tolist() == [5]


def test_initializer_errors():
    assert raises(ValueError, array.array, 'x') == (
        'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
    assert raises(TypeError, array.array, 'bb') == (
        'array() argument 1 must be a unicode character, not str')
    assert raises(TypeError, array.array, 1) == (
        'array() argument 1 must be a unicode character, not int')
    assert raises(TypeError, array.array, 'b', 'abc') == (
        "cannot use a str to initialize an array with typecode 'b'")
    assert raises(TypeError, array.array, 'b', array.array('u', 'a')) == (
        "cannot use a unicode array to initialize an array with "
        "typecode 'b'")
    assert raises(ValueError, array.array, 'h', b'abc') == (
        'bytes length not a multiple of item size')
    assert raises(TypeError, array.array, 'b', 5) == (
        "'int' object is not iterable")
    assert raises(TypeError, array.array, 'u', [1]) == (
        'array item must be unicode character')
    assert raises(TypeError, array.array, 'u', ['ab']) == (
        'array item must be unicode character')


def test_integer_ranges():
    limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767),
              'H': (0, 65535), 'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1),
              'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
              'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
    for code, (low, high) in limits.items():
        a = array.array(code, [low, high])
        assert a.tolist() == [low, high]
        assert a[0] == low and a[1] == high
        raises(OverflowError, array.array, code, [high + 1])
        raises(OverflowError, array.array, code, [low - 1])


def test_overflow_messages():
    def message(code, value):
        return raises(OverflowError, array.array, code, [value])
    assert message('b', 128) == 'signed char is greater than maximum'
    assert message('b', -129) == 'signed char is less than minimum'
    assert message('B', 256) == 'unsigned byte integer is greater than maximum'
    assert message('B', -1) == 'unsigned byte integer is less than minimum'
    assert message('h', 2**15) == 'signed short integer is greater than maximum'
    assert message('H', -1) == 'unsigned short is less than minimum'
    assert message('i', -2**40) == 'signed integer is less than minimum'
    assert message('I', 2**32) == 'unsigned int is greater than maximum'
    assert message('I', -1) == "can't convert negative value to unsigned int"
    assert message('I', 2**70) == (
        'Python int too large to convert to C unsigned long')
    assert message('b', 10**30) == 'Python int too large to convert to C long'
    assert message('l', 2**63) == 'Python int too large to convert to C long'
    assert message('L', -1) == "can't convert negative value to unsigned int"
    assert message('L', 2**64) == (
        'Python int too large to convert to C unsigned long')
    assert message('q', 2**63) == 'int too big to convert'
    assert message('Q', 2**64) == 'int too big to convert'
    assert message('Q', -1) == "can't convert negative int to unsigned"


def test_item_type_errors():
    assert raises(TypeError, array.array, 'b', [1.5]) == (
        "'float' object cannot be interpreted as an integer")
    assert raises(TypeError, array.array, 'i', ['a']) == (
        "'str' object cannot be interpreted as an integer")
    assert raises(TypeError, array.array, 'd', ['a']) == (
        'must be real number, not str')
    assert array.array('b', [True]).tolist() == [1]


def test_floats():
    a = array.array('f', [1.5, 1e300, -1e300])
    assert a[0] == 1.5
    assert a[1] == float('inf') and a[2] == float('-inf')
    d = array.array('d', [0.1, -2.5])
    assert d.tolist() == [0.1, -2.5]
    assert array.array('f', [0.1])[0] != 0.1      # rounded to a C float


def test_indexing_and_slices():
    a = array.array('i', range(10))
    assert a[0] == 0 and a[-1] == 9
    assert a[2:5] == array.array('i', [2, 3, 4])
    assert a[::3].tolist() == [0, 3, 6, 9]
    assert a[::-1].tolist() == list(range(9, -1, -1))
    assert a[5:2].tolist() == []
    assert raises(IndexError, a.__getitem__, 10) == 'array index out of range'
    assert raises(TypeError, a.__getitem__, 1.5) == (
        'array indices must be integers')
    assert raises(IndexError, a.__setitem__, 10, 1) == (
        'array assignment index out of range')
    a[0] = 100
    a[-1] = -9
    assert a[0] == 100 and a[9] == -9


def test_slice_assignment():
    a = array.array('b', [1, 2, 3, 4])
    a[1:3] = array.array('b', [7, 8, 9])
    assert a.tolist() == [1, 7, 8, 9, 4]
    a[::2] = array.array('b', [0, 0, 0])
    assert a.tolist() == [0, 7, 0, 9, 0]
    assert raises(ValueError, a.__setitem__, slice(0, 4, 2),
                  array.array('b', [1])) == (
        'attempt to assign array of size 1 to extended slice of size 2')
    assert raises(TypeError, a.__setitem__, slice(0, 2), [1, 2]) == (
        'can only assign array (not "list") to array slice')
    assert raises(TypeError, a.__setitem__, slice(0, 2),
                  array.array('h', [1])) == (
        'bad argument type for built-in operation')
    del a[1:3]
    assert a.tolist() == [0, 9, 0]
    del a[::2]
    assert a.tolist() == [9]
    del a[0]
    assert a.tolist() == []


def test_list_like_methods():
    a = array.array('h', [3, 1, 3])
    a.append(5)
    a.extend([6, 7])
    a.extend(array.array('h', [8]))
    a.insert(0, 0)
    a.insert(-1, -1)
    a.insert(100, 9)
    assert a.tolist() == [0, 3, 1, 3, 5, 6, 7, -1, 8, 9]
    assert a.pop() == 9
    assert a.pop(0) == 0
    assert a.pop(-2) == -1
    assert a.count(3) == 2 and a.count(3.0) == 2 and a.count('x') == 0
    assert a.index(3) == 0 and a.index(3, 1) == 2 and a.index(8, -1) == 6
    a.remove(3)
    assert a.tolist() == [1, 3, 5, 6, 7, 8]
    a.reverse()
    assert a.tolist() == [8, 7, 6, 5, 3, 1]
    assert 5 in a and 4 not in a and 'x' not in a
    assert list(iter(a)) == a.tolist()
    assert raises(ValueError, a.index, 42) == (
        'array.index(x): x not in array')
    assert raises(ValueError, a.remove, 42) == (
        'array.remove(x): x not in array')
    assert raises(IndexError, array.array('b').pop) == 'pop from empty array'
    assert raises(IndexError, a.pop, 50) == 'pop index out of range'
    assert raises(TypeError, a.extend, array.array('b')) == (
        'can only extend with array of same kind')
    assert raises(TypeError, a.fromlist, (1,)) == 'arg must be list'


def test_fromlist_is_atomic():
    a = array.array('b', [1])
    raises(TypeError, a.fromlist, [2, 'x'])
    assert a.tolist() == [1]
    a.fromlist([2, 3])
    assert a.tolist() == [1, 2, 3]


def test_bytes_and_unicode():
    a = array.array('h', [1, -1])
    assert a.tobytes() == b'\x01\x00\xff\xff'
    a.frombytes(b'\x02\x00')
    a.frombytes(memoryview(b'\x03\x00'))
    assert a.tolist() == [1, -1, 2, 3]
    assert raises(ValueError, a.frombytes, b'x') == (
        'bytes length not a multiple of item size')
    assert raises(TypeError, a.frombytes, 'ab') == (
        "a bytes-like object is required, not 'str'")
    u = array.array('u', 'h\xe9')
    u.fromunicode('\U0001f600!')
    assert u.tounicode() == 'h\xe9\U0001f600!'
    assert u.tolist() == ['h', '\xe9', '\U0001f600', '!']
    assert u[2] == '\U0001f600'
    assert raises(ValueError, a.tounicode) == (
        'tounicode() may only be called on unicode type arrays')
    assert raises(ValueError, a.fromunicode, 'x') == (
        'fromunicode() may only be called on unicode type arrays')
    assert raises(TypeError, u.fromunicode, 3) == (
        'fromunicode() argument must be str, not int')


def test_byteswap_and_buffer_info():
    a = array.array('i', [1, 2])
    a.byteswap()
    assert a.tolist() == [1 << 24, 2 << 24]
    b = array.array('b', [1, 2])
    b.byteswap()
    assert b.tolist() == [1, 2]
    address, length = a.buffer_info()
    assert isinstance(address, int) and length == 2


def test_operators():
    a = array.array('b', [1, 2])
    assert a + array.array('b', [3]) == array.array('b', [1, 2, 3])
    assert a * 2 == array.array('b', [1, 2, 1, 2])
    assert 2 * a == array.array('b', [1, 2, 1, 2])
    assert a * -1 == array.array('b')
    b = a
    b += array.array('b', [5])
    b *= 2
    assert a is b and a.tolist() == [1, 2, 5, 1, 2, 5]
    assert raises(TypeError, lambda: a + [1]) == (
        'can only append array (not "list") to array')
    assert raises(TypeError, lambda: a + array.array('h')) == (
        'bad argument type for built-in operation')
    assert raises(TypeError, a.__iadd__, [1]) == (
        'can only extend array with array (not "list")')
    assert raises(TypeError, lambda: a * 'x') == (
        "can't multiply sequence by non-int of type 'str'")
    assert raises(TypeError, hash, a).startswith('unhashable type')


def test_comparisons():
    assert array.array('b', [1, 2]) == array.array('d', [1.0, 2.0])
    assert array.array('b', [1, 2]) != array.array('b', [1])
    assert array.array('b', [1, 2]) < array.array('b', [1, 3])
    assert array.array('b', [1, 2]) < array.array('b', [1, 2, 0])
    assert array.array('b', [2]) > array.array('h', [1, 5])
    assert array.array('b', [1]) <= array.array('b', [1])
    assert array.array('b', [1]) >= array.array('b', [1])
    assert (array.array('b', [1]) == [1]) is False
    assert array.array('d', [float('nan')]) != array.array('d',
                                                          [float('nan')])
    raises(TypeError, lambda: array.array('b') < [1])


def test_repr():
    assert repr(array.array('b')) == "array('b')"
    assert repr(array.array('d', [1.5])) == "array('d', [1.5])"
    assert repr(array.array('u', 'ab')) == "array('u', 'ab')"

    class A(array.array):
        pass
    a = A('h', [1])
    assert repr(a) == "A('h', [1])"
    assert isinstance(a, array.array) and type(a[0:1]) is array.array
    a.attribute = 5
    assert a.attribute == 5


def test_reduce_and_reconstructor():
    a = array.array('h', [1, 2])
    func, args, state = a.__reduce_ex__(3)
    assert func is array._array_reconstructor
    assert args == (array.array, 'h', 4, b'\x01\x00\x02\x00')
    assert state is None
    assert func(*args) == a
    assert a.__reduce_ex__(2) == (array.array, ('h', [1, 2]), None)
    u = array.array('u', 'ab').__reduce_ex__(3)[1]
    assert u == (array.array, 'u', 20, b'a\x00\x00\x00b\x00\x00\x00')
    rec = array._array_reconstructor
    # big-endian signed 16-bit and UTF-16-LE machine formats
    assert rec(array.array, 'h', 5, b'\x00\x01\xff\xfe').tolist() == [1, -2]
    utf16 = b'a\x00b\x00=\xd8\x00\xde'
    assert rec(array.array, 'u', 18, utf16).tounicode() == 'ab\U0001f600'
    # a 64-bit big-endian signed format gives a 'q' array
    assert rec(array.array, 'h', 13, b'\x00' * 7 + b'\x01') == (
        array.array('q', [1]))
    assert raises(ValueError, rec, array.array, 'h', 5, b'abc') == (
        'string length not a multiple of item size')
    assert rec(array.array, 'd', 17, b'?\xf8' + b'\x00' * 6).tolist() == [1.5]
    assert raises(ValueError, rec, array.array, 'h', 40, b'ab') == (
        'third argument must be a valid machine format code.')
    assert raises(ValueError, rec, array.array, 'x', 4, b'ab') == (
        'second argument must be a valid type code')
    assert raises(TypeError, rec, list, 'h', 4, b'ab') == (
        'list is not a subtype of array.array')
    import copy
    c = copy.copy(a)
    d = copy.deepcopy(a)
    assert c == a and d == a and c is not a


def test_tofile_fromfile():
    import io
    f = io.BytesIO()
    array.array('i', [1, 2, 3]).tofile(f)
    f.seek(0)
    a = array.array('i')
    a.fromfile(f, 2)
    assert a.tolist() == [1, 2]
    assert raises(EOFError, a.fromfile, f, 5) == (
        "read() didn't return enough bytes")
    assert a.tolist() == [1, 2, 3]
    assert raises(ValueError, a.fromfile, f, -1) == 'negative count'


def test_buffer_protocol():
    a = array.array('h', [1, 2])
    assert bytes(a) == b'\x01\x00\x02\x00'
    assert bytearray(a) == bytearray(b'\x01\x00\x02\x00')
    assert b''.join([a, b'!']) == b'\x01\x00\x02\x00!'
    assert int.from_bytes(a, 'little') == 0x20001
    import struct
    assert struct.unpack('hh', a) == (1, 2)
    struct.pack_into('h', a, 2, 7)
    assert a.tolist() == [1, 7]
    m = memoryview(a)
    assert (m.format, m.itemsize, m.shape, m.readonly) == ('h', 2, (2,),
                                                           False)
    m[0] = -5
    assert a[0] == -5 and m.tolist() == [-5, 7]
    assert memoryview(array.array('u', 'a')).format == 'w'


def test_exporting_array_cannot_resize():
    a = array.array('b', [1, 2, 3])
    m = memoryview(a)
    message = 'cannot resize an array that is exporting buffers'
    assert raises(BufferError, a.append, 4) == message
    assert raises(BufferError, a.pop) == message
    assert raises(BufferError, a.__setitem__, slice(0, 3),
                  array.array('b', [1])) == message
    a[0:3] = array.array('b', [7, 8, 9])        # same size: allowed
    a[0] = 5
    assert m.tolist() == [5, 8, 9]
    m.release()
    a.append(4)
    with memoryview(a) as view:
        assert view[3] == 4
    a.append(5)
    assert a.tolist() == [5, 8, 9, 4, 5]
