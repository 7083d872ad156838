# StringIO and BytesIO.
import _io


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError('%s not raised' % exc.__name__)


def test_stringio_basics():
    s = _io.StringIO()
    assert s.write('hello') == 5
    assert s.write(' world\n') == 7
    assert s.getvalue() == 'hello world\n'
    assert s.tell() == 12
    s.seek(0)
    assert s.read(5) == 'hello'
    assert s.readline() == ' world\n'
    assert s.readline() == ''


def test_stringio_initial_value_and_overwrite():
    s = _io.StringIO('abcdef')
    assert s.tell() == 0
    s.seek(2)
    s.write('XY')
    assert s.getvalue() == 'abXYef'
    s.seek(10)
    s.write('!')
    assert s.getvalue() == 'abXYef\0\0\0\0!'
    assert s.truncate(3) == 3
    assert s.getvalue() == 'abX'


def test_stringio_lines_and_iteration():
    s = _io.StringIO('a\nb\nc')
    assert list(s) == ['a\n', 'b\n', 'c']
    s.seek(0)
    assert s.readlines() == ['a\n', 'b\n', 'c']


def test_stringio_newline_modes():
    s = _io.StringIO(newline=None)
    s.write('a\r\nb\rc\n')
    assert s.getvalue() == 'a\nb\nc\n'
    s = _io.StringIO(newline='')
    s.write('a\r\nb\rc\n')
    s.seek(0)
    assert list(s) == ['a\r\n', 'b\r', 'c\n']
    s = _io.StringIO(newline='\r\n')
    s.write('a\nb')
    assert s.getvalue() == 'a\r\nb'


def test_stringio_errors():
    s = _io.StringIO()
    e = raises(TypeError, s.write, b'x')
    assert str(e) == "string argument expected, got 'bytes'"
    e = raises(OSError, s.seek, 1, 1)
    assert str(e) == "Can't do nonzero cur-relative seeks"
    raises(ValueError, s.seek, -1)
    s.close()
    e = raises(ValueError, s.getvalue)
    assert str(e) == 'I/O operation on closed file'
    raises(ValueError, _io.StringIO, newline='x')


def test_stringio_context_manager():
    with _io.StringIO('x') as s:
        assert s.read() == 'x'
    assert s.closed


def test_bytesio():
    b = _io.BytesIO(b'0123\n456')
    assert b.read(2) == b'01'
    assert b.readline() == b'23\n'
    assert b.read() == b'456'
    assert b.read() == b''
    b.seek(0, 2)
    assert b.write(b'789') == 3
    assert b.getvalue() == b'0123\n456789'
    b.seek(1)
    b.write(bytearray(b'X'))
    assert b.getvalue() == b'0X23\n456789'
    assert b.truncate(2) == 2
    assert b.getvalue() == b'0X'
    assert b.tell() == 2
    b.seek(5)
    b.write(b'!')
    assert b.getvalue() == b'0X\0\0\0!'
    e = raises(TypeError, b.write, 'str')
    assert str(e) == "a bytes-like object is required, not 'str'"
    raises(ValueError, b.seek, -1)
    b.close()
    raises(ValueError, b.getvalue)


def test_bytesio_readinto_and_iteration():
    b = _io.BytesIO(b'ab\ncd\n')
    buf = bytearray(2)
    assert b.readinto(buf) == 2
    assert buf == bytearray(b'ab')
    assert list(b) == [b'\n', b'cd\n']


def test_bytesio_getbuffer():
    import io
    b = io.BytesIO(b'abc')
    view = b.getbuffer()
    assert bytes(view) == b'abc' and not view.readonly and len(view) == 3
    view[0] = ord('X')
    assert b.getvalue() == b'Xbc'
    view.release()
    b.write(b'more')
    assert b.getvalue() == b'more'
    b.close()
    try:
        b.getbuffer()
    except ValueError as e:
        assert str(e) == 'I/O operation on closed file.'
    else:
        raise AssertionError("no ValueError")


def test_pickle_roundtrip_uses_bytesio_frames():
    # pickle's framing (protocol 4) writes through BytesIO.getbuffer()
    import pickle
    data = {'k': list(range(100)), 's': 'x' * 70000, 'b': b'y' * 70000}
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(data, protocol)) == data
