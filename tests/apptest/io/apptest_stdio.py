# sys.stdout & co., print() and their redirection.
import sys
import _io


def test_std_streams_are_text_wrappers():
    for name in ('stdin', 'stdout', 'stderr'):
        stream = getattr(sys, '__%s__' % name)
        assert isinstance(stream, _io.TextIOWrapper)
        assert stream.name == '<%s>' % name
        assert stream.fileno() == ('stdin', 'stdout', 'stderr').index(name)
    assert sys.__stdout__.mode == 'w'
    assert sys.__stdin__.mode == 'r'
    assert sys.__stderr__.errors == 'backslashreplace'
    assert sys.__stderr__.line_buffering


def test_print_goes_to_sys_stdout():
    old = sys.stdout
    sys.stdout = _io.StringIO()
    try:
        print('a', 1, None)
        print('b', 'c', sep='-', end='!')
        print()
        captured = sys.stdout.getvalue()
    finally:
        sys.stdout = old
    assert captured == 'a 1 None\nb-c!\n'


def test_print_file_and_flush():
    class Recorder:
        def __init__(self):
            self.calls = []

        def write(self, text):
            self.calls.append(('write', text))

        def flush(self):
            self.calls.append(('flush',))
    r = Recorder()
    print('x', 'y', file=r, flush=True)
    assert r.calls == [('write', 'x'), ('write', ' '), ('write', 'y'),
                       ('write', '\n'), ('flush',)]


def test_print_errors():
    s = _io.StringIO()
    try:
        print('x', sep=1, file=s)
    except TypeError as e:
        assert str(e) == 'sep must be None or a string, not int'
    else:
        assert False
    try:
        print('x', bad=1)
    except TypeError as e:
        assert str(e) == "'bad' is an invalid keyword argument for print()"
    else:
        assert False


def test_print_to_none_stdout_is_silent():
    old = sys.stdout
    sys.stdout = None
    try:
        print('lost')
    finally:
        sys.stdout = old


def test_input_reads_sys_stdin():
    old_in, old_out = sys.stdin, sys.stdout
    sys.stdin = _io.StringIO('first line\nsecond')
    sys.stdout = _io.StringIO()
    try:
        assert input('? ') == 'first line'
        assert input() == 'second'
        try:
            input()
        except EOFError as e:
            assert str(e) == 'EOF when reading a line'
        else:
            assert False
        prompt = sys.stdout.getvalue()
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    assert prompt == '? '


def test_builtin_open_is_io_open():
    import posix
    path = '/tmp/apptest-io-open-%d' % posix.getpid()
    with open(path, 'w') as f:
        assert type(f) is _io.TextIOWrapper
        f.write('via builtins')
    with open(path, mode='rb', buffering=0) as f:
        assert type(f) is _io.FileIO
        assert f.read() == b'via builtins'
    posix.unlink(path)
    try:
        open(path)
    except FileNotFoundError as e:
        assert e.filename == path
    else:
        assert False
