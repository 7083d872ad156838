# The posix module: files, directories, stat, processes, errors.
import posix

_counter = [0]


def fresh_dir():
    _counter[0] += 1
    d = '/tmp/apptest-os-%d-%d' % (posix.getpid(), _counter[0])
    posix.mkdir(d)
    return d


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError('%s not raised' % exc.__name__)


def write_file(path, data):
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC,
                    0o644)
    try:
        assert posix.write(fd, data) == len(data)
    finally:
        posix.close(fd)


def test_fd_round_trip():
    d = fresh_dir()
    p = d + '/data'
    write_file(p, b'hello world')
    fd = posix.open(p, posix.O_RDWR)
    assert posix.read(fd, 5) == b'hello'
    assert posix.lseek(fd, 0, 1) == 5
    assert posix.lseek(fd, -5, 2) == 6
    assert posix.read(fd, 100) == b'world'
    assert posix.read(fd, 100) == b''
    posix.ftruncate(fd, 5)
    posix.fsync(fd)
    assert posix.fstat(fd).st_size == 5
    posix.close(fd)
    raises(OSError, posix.close, fd)
    posix.truncate(p, 2)
    assert posix.stat(p).st_size == 2
    raises(FileNotFoundError, posix.truncate, d + '/missing', 0)


def test_stat_result():
    d = fresh_dir()
    p = d + '/f'
    write_file(p, b'12345')
    st = posix.stat(p)
    assert isinstance(st, tuple) and len(st) == 10
    assert st.st_size == 5 == st[6]
    assert st.st_mode == st[0]
    assert st.st_mode & 0o170000 == 0o100000
    assert isinstance(st.st_mtime, float)
    assert isinstance(st.st_mtime_ns, int)
    assert st[8] == int(st.st_mtime)
    assert abs(st.st_mtime_ns / 1e9 - st.st_mtime) < 1e-3
    assert st.st_ino == posix.lstat(p).st_ino
    assert type(st).__name__ == 'stat_result'
    assert repr(st).startswith('os.stat_result(st_mode=')
    assert posix.stat(d).st_mode & 0o170000 == 0o040000
    assert posix.stat_result(tuple(range(10)))[9] == 9


def test_errors_carry_errno_and_filename():
    d = fresh_dir()
    missing = d + '/missing'
    e = raises(FileNotFoundError, posix.stat, missing)
    assert e.errno == 2 and e.strerror == 'No such file or directory'
    assert e.filename == missing
    assert str(e) == "[Errno 2] No such file or directory: %r" % missing
    e = raises(FileExistsError, posix.mkdir, d)
    assert e.errno == 17
    write_file(d + '/file', b'')
    raises(NotADirectoryError, posix.listdir, d + '/file')
    raises(IsADirectoryError, posix.open, d, posix.O_WRONLY)
    e = raises(TypeError, posix.stat, 1.5)
    assert 'os.PathLike' in str(e)
    raises(ValueError, posix.stat, 'a\0b')


def test_directories():
    d = fresh_dir()
    posix.mkdir(d + '/sub')
    write_file(d + '/a', b'')
    assert sorted(posix.listdir(d)) == ['a', 'sub']
    assert sorted(posix.listdir(d.encode())) == [b'a', b'sub']
    posix.rename(d + '/a', d + '/b')
    posix.replace(d + '/b', d + '/c')
    assert sorted(posix.listdir(d)) == ['c', 'sub']
    posix.remove(d + '/c')
    posix.rmdir(d + '/sub')
    assert posix.listdir(d) == []
    raises(FileNotFoundError, posix.unlink, d + '/c')


def test_cwd():
    d = fresh_dir()
    old = posix.getcwd()
    try:
        posix.chdir(d)
        assert posix.getcwd() == d
        assert posix.getcwdb() == d.encode()
        write_file('rel', b'x')
        assert posix.listdir() == ['rel']
    finally:
        posix.chdir(old)
    assert posix.getcwd() == old


def test_path_like_and_bytes():
    class P:
        def __fspath__(self):
            return d
    d = fresh_dir()
    assert posix.fspath(P()) == d
    assert posix.fspath(b'x') == b'x'
    assert posix.stat(P()).st_mode == posix.stat(d.encode()).st_mode
    e = raises(TypeError, posix.fspath, 1)
    assert str(e) == 'expected str, bytes or os.PathLike object, not int'


def test_symlinks():
    d = fresh_dir()
    write_file(d + '/target', b'abc')
    posix.symlink(d + '/target', d + '/link')
    assert posix.readlink(d + '/link') == d + '/target'
    assert posix.readlink((d + '/link').encode()) == (d + '/target').encode()
    assert posix.lstat(d + '/link').st_mode & 0o170000 == 0o120000
    assert posix.stat(d + '/link').st_size == 3


def test_scandir():
    d = fresh_dir()
    posix.mkdir(d + '/sub')
    write_file(d + '/file', b'12')
    posix.symlink(d + '/file', d + '/link')
    with posix.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    assert [e.name for e in entries] == ['file', 'link', 'sub']
    f, l, s = entries
    assert f.path == d + '/file'
    assert f.is_file() and not f.is_dir() and not f.is_symlink()
    assert s.is_dir() and not s.is_file()
    assert l.is_symlink() and l.is_file()
    assert not l.is_file(follow_symlinks=False)
    assert f.stat().st_size == 2
    assert f.inode() == posix.stat(d + '/file').st_ino
    assert posix.fspath(f) == f.path
    assert repr(f) == "<DirEntry 'file'>"


def test_access_chmod_utime_umask():
    d = fresh_dir()
    p = d + '/f'
    write_file(p, b'')
    assert posix.access(p, posix.F_OK)
    assert not posix.access(d + '/nothing', posix.F_OK)
    posix.chmod(p, 0o600)
    assert posix.stat(p).st_mode & 0o777 == 0o600
    posix.utime(p, (1000000000, 1200000000))
    st = posix.stat(p)
    assert st.st_atime == 1000000000 and st.st_mtime == 1200000000
    posix.utime(p, ns=(5 * 10**9, 6 * 10**9))
    assert posix.stat(p).st_mtime_ns == 6 * 10**9
    old = posix.umask(0o22)
    assert posix.umask(old) == 0o22


def test_pipe_dup_inheritable_blocking():
    r, w = posix.pipe()
    assert not posix.get_inheritable(r)
    posix.set_inheritable(r, True)
    assert posix.get_inheritable(r)
    w2 = posix.dup(w)
    posix.write(w2, b'dup')
    assert posix.read(r, 10) == b'dup'
    assert posix.get_blocking(r)
    posix.set_blocking(r, False)
    assert not posix.get_blocking(r)
    raises(BlockingIOError, posix.read, r, 10)
    posix.dup2(w, w2)
    for fd in (r, w, w2):
        posix.close(fd)


def test_process_ids():
    assert posix.getpid() > 0
    assert posix.getppid() >= 0
    assert posix.getuid() >= 0 and posix.geteuid() >= 0
    assert posix.getgid() >= 0


def test_fork_waitpid():
    pid = posix.fork()
    if pid == 0:
        posix._exit(7)
    got, status = posix.waitpid(pid, 0)
    assert got == pid
    assert posix.WIFEXITED(status)
    assert posix.WEXITSTATUS(status) == 7
    assert posix.waitstatus_to_exitcode(status) == 7


def test_environ():
    assert isinstance(posix.environ, dict)
    for key, value in posix.environ.items():
        assert isinstance(key, bytes) and isinstance(value, bytes)
    posix.putenv(b'APPTEST_POSIX_VAR', b'1')
    posix.unsetenv(b'APPTEST_POSIX_VAR')


def test_misc():
    assert len(posix.urandom(16)) == 16
    assert posix.urandom(0) == b''
    assert posix.strerror(2) == 'No such file or directory'
    u = posix.uname()
    assert u.sysname == 'Linux' and u[0] == 'Linux' and len(u) == 5
    t = posix.times()
    assert len(t) == 5 and t.user >= 0.0
    assert posix.cpu_count() >= 1
    assert posix.device_encoding(posix.open('/dev/null', posix.O_RDONLY)) \
        is None
    assert isinstance(posix._have_functions, list)
    assert posix.error is OSError
    for name in ('O_RDONLY', 'O_CREAT', 'O_CLOEXEC', 'O_NONBLOCK', 'F_OK',
                 'R_OK', 'W_OK', 'X_OK', 'WNOHANG'):
        assert isinstance(getattr(posix, name), int)
    size = posix.terminal_size((80, 24))
    assert size.columns == 80 and size.lines == 24
