# Files through _io: FileIO, the buffered classes, TextIOWrapper and
# open(), on files under a fresh directory in /tmp.
import _io
import posix

_counter = [0]


def fresh_path(name='f'):
    # (a directory left by an earlier run with the same pid is skipped)
    while True:
        _counter[0] += 1
        d = '/tmp/apptest-io-%d-%d' % (posix.getpid(), _counter[0])
        try:
            posix.mkdir(d)
        except FileExistsError:
            continue
        return d + '/' + name


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError('%s not raised' % exc.__name__)


def test_write_then_read_text():
    p = fresh_path()
    with _io.open(p, 'w') as f:
        assert f.write('hello\nwörld\n') == 12
    with _io.open(p) as f:
        assert f.read() == 'hello\nwörld\n'
    with _io.open(p, 'rb') as f:
        assert f.read() == 'hello\nwörld\n'.encode('utf-8')


def test_open_types_and_attributes():
    p = fresh_path()
    f = _io.open(p, 'w')
    assert type(f) is _io.TextIOWrapper
    assert type(f.buffer) is _io.BufferedWriter
    assert type(f.buffer.raw) is _io.FileIO
    assert f.mode == 'w' and f.name == p
    assert f.buffer.raw.mode == 'wb'
    assert f.writable() and not f.readable()
    f.close()
    assert f.closed
    with _io.open(p, 'rb') as f:
        assert type(f) is _io.BufferedReader
    with _io.open(p, 'r+b') as f:
        assert type(f) is _io.BufferedRandom
        assert f.raw.mode == 'rb+'
    with _io.open(p, 'rb', buffering=0) as f:
        assert type(f) is _io.FileIO
    with _io.open(p, 'a') as f:
        assert f.buffer.raw.mode == 'ab'


def test_mode_validation_messages():
    p = fresh_path()
    e = raises(ValueError, _io.open, p, 'rw')
    assert str(e) == 'must have exactly one of create/read/write/append mode'
    e = raises(ValueError, _io.open, p, 'rr')
    assert str(e) == "invalid mode: 'rr'"
    e = raises(ValueError, _io.open, p, 'rq')
    assert str(e) == "invalid mode: 'rq'"
    e = raises(ValueError, _io.open, p, 'rbt')
    assert str(e) == "can't have text and binary mode at once"
    e = raises(ValueError, _io.open, p, 'wb', encoding='utf-8')
    assert str(e) == "binary mode doesn't take an encoding argument"
    e = raises(ValueError, _io.open, p, 'wb', errors='strict')
    assert str(e) == "binary mode doesn't take an errors argument"
    e = raises(ValueError, _io.open, p, 'wb', newline='')
    assert str(e) == "binary mode doesn't take a newline argument"
    e = raises(ValueError, _io.open, p, 'w', buffering=0)
    assert str(e) == "can't have unbuffered text I/O"
    e = raises(ValueError, _io.open, p, 'w', newline='x')
    assert str(e) == "illegal newline value: x"
    e = raises(TypeError, _io.open, p, 1)
    assert str(e) == "open() argument 'mode' must be str, not int"


def test_missing_file_error():
    p = fresh_path()
    e = raises(FileNotFoundError, _io.open, p)
    assert e.errno == 2
    assert e.filename == p
    assert str(e) == "[Errno 2] No such file or directory: %r" % p


def test_exclusive_create():
    p = fresh_path()
    with _io.open(p, 'x') as f:
        f.write('1')
    e = raises(FileExistsError, _io.open, p, 'x')
    assert e.errno == 17


def test_closed_file_errors():
    p = fresh_path()
    f = _io.open(p, 'w')
    f.close()
    e = raises(ValueError, f.write, 'x')
    assert str(e) == 'I/O operation on closed file.'
    f = _io.open(p, 'rb')
    f.close()
    e = raises(ValueError, f.read)
    f.close()          # closing twice is fine


def test_unsupported_operation():
    p = fresh_path()
    with _io.open(p, 'w') as f:
        e = raises(_io.UnsupportedOperation, f.read)
        assert isinstance(e, OSError) and isinstance(e, ValueError)
    with _io.open(p, 'rb') as f:
        raises(_io.UnsupportedOperation, f.write, b'x')


def test_universal_newlines_read():
    p = fresh_path()
    with _io.open(p, 'wb') as f:
        f.write(b'a\nb\r\nc\rd')
    with _io.open(p) as f:
        assert f.readlines() == ['a\n', 'b\n', 'c\n', 'd']
        assert sorted(f.newlines) == ['\n', '\r', '\r\n']
    with _io.open(p, newline='') as f:
        assert list(f) == ['a\n', 'b\r\n', 'c\r', 'd']
    with _io.open(p, newline='\n') as f:
        assert list(f) == ['a\n', 'b\r\n', 'c\rd']
    with _io.open(p, newline='\r') as f:
        assert list(f) == ['a\nb\r', '\nc\r', 'd']


def test_newline_on_write():
    p = fresh_path()
    with _io.open(p, 'w', newline='\r\n') as f:
        f.write('a\nb\n')
    with _io.open(p, 'rb') as f:
        assert f.read() == b'a\r\nb\r\n'
    with _io.open(p, 'w', newline='') as f:
        f.write('a\nb\r')
    with _io.open(p, 'rb') as f:
        assert f.read() == b'a\nb\r'


def test_encodings_and_errors():
    p = fresh_path()
    with _io.open(p, 'w', encoding='latin-1') as f:
        f.write('caf\xe9')
    with _io.open(p, 'rb') as f:
        assert f.read() == b'caf\xe9'
    raises(UnicodeDecodeError, _io.open(p, encoding='utf-8').read)
    with _io.open(p, encoding='utf-8', errors='replace') as f:
        assert f.read() == 'caf\ufffd'
    with _io.open(p, encoding='utf-8', errors='surrogateescape') as f:
        assert f.read() == 'caf\udce9'
    with _io.open(p, encoding='ascii', errors='ignore') as f:
        assert f.read() == 'caf'
    with _io.open(p, 'w', encoding='ascii', errors='backslashreplace') as f:
        f.write('\xe9')
    with _io.open(p, 'rb') as f:
        assert f.read() == b'\\xe9'
    raises(LookupError, _io.open, p, encoding='no-such-codec')


def test_utf8_split_across_chunks():
    p = fresh_path()
    text = 'é' * 10000
    with _io.open(p, 'w', encoding='utf-8') as f:
        f.write(text)
    with _io.open(p, encoding='utf-8') as f:
        assert f.read() == text
    with _io.open(p, encoding='utf-8') as f:
        assert f.read(3) == 'ééé'
        assert len(f.read()) == 9997


def test_readline_with_size_and_iteration():
    p = fresh_path()
    with _io.open(p, 'w') as f:
        f.writelines(['line %d\n' % i for i in range(1000)])
    with _io.open(p) as f:
        assert f.readline(3) == 'lin'
        assert f.readline() == 'e 0\n'
        rest = list(f)
    assert len(rest) == 999 and rest[-1] == 'line 999\n'
    with _io.open(p, 'rb') as f:
        assert f.readline() == b'line 0\n'
        assert f.readline(2) == b'li'
        assert len(f.readlines()) == 999


def test_text_tell_and_seek():
    p = fresh_path()
    with _io.open(p, 'w') as f:
        f.write('abc\ndéf\nghi\n')
        assert f.tell() == 13
    with _io.open(p) as f:
        assert f.readline() == 'abc\n'
        pos = f.tell()
        assert pos == 4
        assert f.readline() == 'déf\n'
        f.seek(pos)
        assert f.read() == 'déf\nghi\n'
        f.seek(0)
        assert f.read(3) == 'abc'
        assert f.seek(0, 2) == 13
        assert f.read() == ''
        raises(_io.UnsupportedOperation, f.seek, 1, 1)


def test_binary_seek_tell_truncate():
    p = fresh_path()
    with _io.open(p, 'w+b') as f:
        f.write(b'0123456789')
        assert f.tell() == 10
        f.seek(2)
        assert f.read(3) == b'234'
        assert f.tell() == 5
        f.write(b'xx')
        f.seek(0)
        assert f.read() == b'01234xx789'
        assert f.seek(-3, 2) == 7
        assert f.read() == b'789'
        assert f.truncate(4) == 4
        f.seek(0)
        assert f.read() == b'0123'


def test_append_mode():
    p = fresh_path()
    with _io.open(p, 'w') as f:
        f.write('one\n')
    with _io.open(p, 'a') as f:
        f.write('two\n')
    with _io.open(p) as f:
        assert f.read() == 'one\ntwo\n'


def test_fileio_direct():
    p = fresh_path()
    f = _io.FileIO(p, 'w')
    assert f.write(b'abc') == 3
    assert f.fileno() >= 0
    assert not f.isatty()
    assert repr(f) == "<_io.FileIO name=%r mode='wb' closefd=True>" % p
    f.close()
    assert repr(f) == '<_io.FileIO [closed]>'
    f = _io.FileIO(p)
    assert f.read(2) == b'ab'
    assert f.readall() == b'c'
    assert f.read() == b''
    f.close()
    e = raises(ValueError, _io.FileIO, p, 'rw')
    raises(IsADirectoryError, _io.FileIO, posix.getcwd())


def test_fileio_on_fd_and_closefd():
    r, w = posix.pipe()
    f = _io.FileIO(w, 'w', closefd=False)
    f.write(b'through')
    f.close()
    posix.write(w, b' pipe')      # still open
    posix.close(w)
    with _io.FileIO(r, 'r') as g:
        assert g.read() == b'through pipe'
    raises(OSError, posix.close, r)


def test_line_buffering_and_write_through():
    r, w = posix.pipe()
    raw = _io.FileIO(w, 'w')
    t = _io.TextIOWrapper(_io.BufferedWriter(raw), encoding='utf-8',
                          line_buffering=True)
    t.write('no newline')
    t.write(' then\n')
    assert posix.read(r, 100) == b'no newline then\n'
    t.reconfigure(line_buffering=False, write_through=True)
    assert not t.line_buffering and t.write_through
    t.close()
    posix.close(r)
    r, w = posix.pipe()
    # write_through over an unbuffered raw file: nothing waits
    t = _io.TextIOWrapper(_io.FileIO(w, 'w'), encoding='utf-8',
                          write_through=True)
    t.write('x')
    assert posix.read(r, 100) == b'x'
    t.close()
    posix.close(r)


def test_buffered_rw_pair():
    r1, w1 = posix.pipe()
    pair = _io.BufferedRWPair(_io.FileIO(r1, 'r'), _io.FileIO(w1, 'w'))
    pair.write(b'loop\n')
    pair.flush()
    assert pair.readline() == b'loop\n'
    pair.close()


def test_path_like():
    class P:
        def __init__(self, path):
            self.path = path

        def __fspath__(self):
            return self.path
    p = fresh_path()
    with _io.open(P(p), 'w') as f:
        f.write('via fspath')
    with _io.open(p.encode(), 'r') as f:
        assert f.read() == 'via fspath'
    raises(TypeError, _io.open, 1.5)


def test_text_encoding_helper():
    assert _io.text_encoding('latin-1') == 'latin-1'
    assert _io.text_encoding(None) in ('locale', 'utf-8')


def test_constants_and_bases():
    assert _io.DEFAULT_BUFFER_SIZE == 8192
    assert issubclass(_io.FileIO, _io._RawIOBase)
    assert issubclass(_io.BufferedReader, _io._BufferedIOBase)
    assert issubclass(_io.TextIOWrapper, _io._TextIOBase)
    assert issubclass(_io.StringIO, _io._TextIOBase)
    assert issubclass(_io.BytesIO, _io._BufferedIOBase)
    assert issubclass(_io._RawIOBase, _io._IOBase)
    assert _io.BlockingIOError is BlockingIOError


def test_tell_across_chunk_boundaries():
    p = fresh_path()
    lines = ['é%05d\r\n' % i for i in range(3000)]
    with _io.open(p, 'w', newline='') as f:
        f.writelines(lines)
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line.encode('utf-8'))
    with _io.open(p, encoding='utf-8') as f:
        for i in range(3000):
            assert f.tell() == offsets[i]
            assert f.readline() == lines[i].replace('\r\n', '\n')
        assert f.tell() == pos
    with _io.open(p, encoding='utf-8') as f:
        f.seek(offsets[1234])
        assert f.readline() == 'é01234\n'


def test_read_all_of_a_big_file():
    p = fresh_path()
    text = 'abc\r\n' * 100000
    with _io.open(p, 'w', newline='') as f:
        f.write(text)
    with _io.open(p) as f:
        assert f.read(4) == 'abc\n'
        rest = f.read()
    assert len(rest) == 4 * 99999
    assert rest == 'abc\n' * 99999
    with _io.open(p, 'rb') as f:
        assert len(f.read(300000)) == 300000
        assert len(f.read()) == 200000
