"""The interp-level functions of `posix`: thin layers over the RPython `os`
functions (which rposix and rposix_stat replace when translating).

Paths are handed to the OS as bytes: a str is encoded with UTF-8 and
surrogateescape (so a name read from the OS round-trips), a bytes object
is taken as is, anything else must have `__fspath__`.  Errors become the
OSError subclass chosen by errno, with the path as `filename`.
"""


from __future__ import absolute_import
import errno as _errno_module
import os

from rpython.rlib import rposix, rposix_stat
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import StringBuilder, assert_str0
from rpython.rlib.runicode import unicode_encode_utf_8
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec


# --- paths and errors ---------------------------------------------------

def fsencode(u):
    """Text as bytes for the OS: UTF-8, with the lone surrogates
    U+DC80..U+DCFF (undecodable bytes, as surrogateescape made them)
    turned back into their byte."""
    builder = StringBuilder(len(u))
    start = 0
    for i in range(len(u)):
        c = ord(u[i])
        if 0xdc80 <= c <= 0xdcff:
            if start < i:
                builder.append(_utf8(u[start:i]))
            builder.append(chr(c - 0xdc00))
            start = i + 1
    if start < len(u):
        builder.append(_utf8(u[start:]))
    return builder.build()


def _utf8(u):
    return unicode_encode_utf_8(u, len(u), 'strict', allow_surrogates=True)


def fspath_w(space, w_path):
    """os.fspath(): a str or bytes, calling __fspath__ on other objects."""
    if (space.isinstance_w(w_path, space.w_str) or
            space.isinstance_w(w_path, space.w_bytes)):
        return w_path
    w_method = space.lookup(w_path, '__fspath__')
    if w_method is None:
        raise oefmt(space.w_TypeError,
                    "expected str, bytes or os.PathLike object, not %T",
                    w_path)
    w_result = space.get_and_call_function(w_method, w_path)
    if (space.isinstance_w(w_result, space.w_str) or
            space.isinstance_w(w_result, space.w_bytes)):
        return w_result
    raise oefmt(space.w_TypeError,
                "expected %T.__fspath__() to return str or bytes, not %T",
                w_path, w_result)


def fspath(space, w_path):
    """Return the file system path representation of the object."""
    return fspath_w(space, w_path)


def path_bytes(space, w_path):
    """The path as bytes for the OS (`w_path` may be any path-like)."""
    w_path = fspath_w(space, w_path)
    if space.isinstance_w(w_path, space.w_bytes):
        path = space.bytes_w(w_path)
    else:
        path = fsencode(space.unicode_w(w_path))
    if '\x00' in path:
        raise oefmt(space.w_ValueError, "embedded null byte")
    return assert_str0(path)


def is_bytes_path(space, w_path):
    return space.isinstance_w(fspath_w(space, w_path), space.w_bytes)


def oserror(space, e, w_filename=None, w_filename2=None):
    """The app-level OSError (subclass chosen by errno) for an
    interp-level OSError."""
    errno = e.errno
    try:
        msg = os.strerror(errno)
    except ValueError:
        msg = 'Unknown error %d' % errno
    w_type = space.oserror_class_for_errno(errno)
    if w_filename is None:
        w_value = space.call_function(w_type, space.newint(errno),
                                      space.newtext(msg))
    else:
        w_value = space.call_function(w_type, space.newint(errno),
                                      space.newtext(msg), w_filename)
    if w_filename2 is not None:
        space.setattr(w_value, space.newtext('filename2'), w_filename2)
    return OperationError(space.type(w_value), w_value)


# --- file descriptors ---------------------------------------------------

@unwrap_spec(flags=int, mode=int)
def open(space, w_path, flags, mode=0o777, w_dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor
    (integer)."""
    path = path_bytes(space, w_path)
    try:
        fd = os.open(path, flags | O_CLOEXEC, mode)
    except OSError as e:
        raise oserror(space, e, w_path)
    return space.newint(fd)


@unwrap_spec(fd=int, length=int)
def read(space, fd, length):
    """Read from a file descriptor."""
    if length < 0:
        raise OperationError(space.w_ValueError,
                             space.newtext("negative length"))
    try:
        data = os.read(fd, length)
    except OSError as e:
        raise oserror(space, e)
    return space.newbytes(data)


def buffer_bytes(space, w_data):
    """The contents of a bytes-like object (bytes, bytearray, memoryview,
    array.array)."""
    from objspace.std.bytesobject import bytes_like_w
    data = bytes_like_w(space, w_data, allow_dunder=False)
    if data is not None:
        return data
    raise oefmt(space.w_TypeError,
                "a bytes-like object is required, not '%T'", w_data)


@unwrap_spec(fd=int)
def write(space, fd, w_data):
    """Write a bytes object to a file descriptor."""
    data = buffer_bytes(space, w_data)
    try:
        n = os.write(fd, data)
    except OSError as e:
        raise oserror(space, e)
    return space.newint(n)


@unwrap_spec(fd=int)
def close(space, fd):
    """Close a file descriptor."""
    try:
        os.close(fd)
    except OSError as e:
        raise oserror(space, e)


@unwrap_spec(fd=int, how=int)
def lseek(space, fd, w_pos, how):
    """Set the position of a file descriptor.  Return the new position."""
    pos = space.int_w(w_pos)
    try:
        result = os.lseek(fd, pos, how)
    except OSError as e:
        raise oserror(space, e)
    return space.newint(intmask(result))


@unwrap_spec(fd=int)
def ftruncate(space, fd, w_length):
    """Truncate a file, specified by file descriptor, to a specific
    length."""
    try:
        os.ftruncate(fd, space.int_w(w_length))
    except OSError as e:
        raise oserror(space, e)


def truncate(space, w_path, w_length):
    """Truncate a file, specified by path (or file descriptor), to a
    specific length."""
    length = space.int_w(w_length)
    if space.isinstance_w(w_path, space.w_int):
        try:
            os.ftruncate(space.int_w(w_path), length)
        except OSError as e:
            raise oserror(space, e)
        return
    path = path_bytes(space, w_path)
    try:
        fd = os.open(path, os.O_WRONLY | O_CLOEXEC, 0)
        try:
            os.ftruncate(fd, length)
        finally:
            os.close(fd)
    except OSError as e:
        raise oserror(space, e, w_path)


def _fileno(space, w_fd):
    """An int fd, or the result of the object's fileno() method."""
    if space.isinstance_w(w_fd, space.w_int):
        return space.int_w(w_fd)
    return space.int_w(space.call_method(w_fd, 'fileno'))


def fsync(space, w_fd):
    """Force write of fd to disk."""
    fd = _fileno(space, w_fd)
    try:
        os.fsync(fd)
    except OSError as e:
        raise oserror(space, e)


def pipe(space):
    """Create a pipe.  Returns a tuple of two file descriptors
    (read_fd, write_fd)."""
    try:
        fd_r, fd_w = rposix.pipe(O_CLOEXEC)
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newint(fd_r), space.newint(fd_w)])


@unwrap_spec(fd=int)
def dup(space, fd):
    """Return a duplicate of a file descriptor."""
    try:
        newfd = rposix.dup(fd, inheritable=False)
    except OSError as e:
        raise oserror(space, e)
    return space.newint(newfd)


@unwrap_spec(fd=int, fd2=int, inheritable='truth')
def dup2(space, fd, fd2, inheritable=True):
    """Duplicate file descriptor."""
    try:
        rposix.dup2(fd, fd2, inheritable)
    except OSError as e:
        raise oserror(space, e)
    return space.newint(fd2)


@unwrap_spec(fd=int)
def get_inheritable(space, fd):
    """Get the close-on-exe flag of the specified file descriptor."""
    try:
        return space.newbool(rposix.get_inheritable(fd))
    except OSError as e:
        raise oserror(space, e)


@unwrap_spec(fd=int, inheritable='truth')
def set_inheritable(space, fd, inheritable):
    """Set the inheritable flag of the specified file descriptor."""
    try:
        rposix.set_inheritable(fd, inheritable)
    except OSError as e:
        raise oserror(space, e)


@unwrap_spec(fd=int)
def get_blocking(space, fd):
    """Get the blocking mode of the file descriptor."""
    try:
        flags = rposix.get_status_flags(fd)
    except OSError as e:
        raise oserror(space, e)
    return space.newbool(not (flags & os.O_NONBLOCK))


@unwrap_spec(fd=int, blocking='truth')
def set_blocking(space, fd, blocking):
    """Set the blocking mode of the specified file descriptor."""
    try:
        flags = rposix.get_status_flags(fd)
        if blocking:
            flags &= ~os.O_NONBLOCK
        else:
            flags |= os.O_NONBLOCK
        rposix.set_status_flags(fd, flags)
    except OSError as e:
        raise oserror(space, e)


@unwrap_spec(fd=int)
def isatty(space, fd):
    """Return True if the fd is connected to a terminal."""
    return space.newbool(os.isatty(fd))


@unwrap_spec(fd=int)
def device_encoding(space, fd):
    """Return a string describing the encoding of a terminal's file
    descriptor, or None if it is not a terminal."""
    if os.isatty(fd):
        return space.newtext('UTF-8')
    return space.w_None


class _WinsizeConfig:
    _compilation_info_ = ExternalCompilationInfo(
        includes=['sys/ioctl.h', 'termios.h'])
    TIOCGWINSZ = rffi_platform.ConstantInteger('TIOCGWINSZ')
    WINSIZE = rffi_platform.Struct('struct winsize', [
        ('ws_row', rffi.USHORT), ('ws_col', rffi.USHORT)])

_winsize_config = rffi_platform.configure(_WinsizeConfig)
_WINSIZE = _winsize_config['WINSIZE']
_c_ioctl_winsize = rffi.llexternal(
    'ioctl', [rffi.INT, rffi.ULONG, lltype.Ptr(_WINSIZE)], rffi.INT,
    compilation_info=_WinsizeConfig._compilation_info_,
    save_err=rffi.RFFI_SAVE_ERRNO)


@unwrap_spec(fd=int)
def get_terminal_size_raw(space, fd=1):
    """(columns, lines) of the terminal on fd (app-level get_terminal_size
    wraps it in terminal_size)."""
    with lltype.scoped_alloc(_WINSIZE) as size:
        if intmask(_c_ioctl_winsize(
                fd, rffi.cast(rffi.ULONG, _winsize_config['TIOCGWINSZ']),
                size)) < 0:
            raise oserror(space, OSError(rposix.get_saved_errno(), ''))
        return space.newtuple([space.newint(intmask(size.c_ws_col)),
                               space.newint(intmask(size.c_ws_row))])


# --- stat ---------------------------------------------------------------

def _stat_tuple(space, st):
    """The raw fields of a stat result, in the order app_posix.stat_result
    expects: the 10 indexable ints, then the float times, the times in
    nanoseconds, st_blksize, st_blocks, st_rdev."""
    # (a stat result is a tuple of mixed types: constant indexes only)
    items_w = [space.newint(st[0]), space.newint(intmask(st[1])),
               space.newint(intmask(st[2])), space.newint(intmask(st[3])),
               space.newint(intmask(st[4])), space.newint(intmask(st[5])),
               space.newint(intmask(st[6])), space.newint(intmask(st[7])),
               space.newint(intmask(st[8])), space.newint(intmask(st[9])),
               space.newfloat(st.st_atime), space.newfloat(st.st_mtime),
               space.newfloat(st.st_ctime),
               space.newbigint(rposix_stat.get_stat_ns_as_bigint(st,
                                                                 'atime')),
               space.newbigint(rposix_stat.get_stat_ns_as_bigint(st,
                                                                 'mtime')),
               space.newbigint(rposix_stat.get_stat_ns_as_bigint(st,
                                                                 'ctime'))]
    items_w.append(space.newint(st.st_blksize))
    items_w.append(space.newint(st.st_blocks))
    items_w.append(space.newint(st.st_rdev))
    return space.newtuple(items_w)


@unwrap_spec(follow_symlinks='truth')
def stat_raw(space, w_path, follow_symlinks=True):
    """The fields of stat()/lstat() of a path or an int fd, as a tuple."""
    if space.isinstance_w(w_path, space.w_int):
        return fstat_raw(space, space.int_w(w_path))
    path = path_bytes(space, w_path)
    try:
        if follow_symlinks:
            st = os.stat(path)
        else:
            st = os.lstat(path)
    except OSError as e:
        raise oserror(space, e, w_path)
    return _stat_tuple(space, st)


@unwrap_spec(fd=int)
def fstat_raw(space, fd):
    """The fields of fstat(fd), as a tuple."""
    try:
        st = os.fstat(fd)
    except OSError as e:
        raise oserror(space, e)
    return _stat_tuple(space, st)


# --- the file system ----------------------------------------------------

def getcwd(space):
    """Return a unicode string representing the current working
    directory."""
    try:
        return space.newfilename(os.getcwd())
    except OSError as e:
        raise oserror(space, e)


def getcwdb(space):
    """Return a bytes string representing the current working
    directory."""
    try:
        return space.newbytes(os.getcwd())
    except OSError as e:
        raise oserror(space, e)


def chdir(space, w_path):
    """Change the current working directory to the specified path."""
    path = path_bytes(space, w_path)
    try:
        os.chdir(path)
    except OSError as e:
        raise oserror(space, e, w_path)


def listdir(space, w_path=None):
    """Return a list containing the names of the files in the
    directory."""
    if w_path is None or space.is_none(w_path):
        w_path = space.newtext('.')
    as_bytes = is_bytes_path(space, w_path)
    path = path_bytes(space, w_path)
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(space, e, w_path)
    if as_bytes:
        return space.newlist([space.newbytes(name) for name in names])
    return space.newlist([space.newfilename(name) for name in names])


@unwrap_spec(mode=int)
def mkdir(space, w_path, mode=0o777, w_dir_fd=None):
    """Create a directory."""
    path = path_bytes(space, w_path)
    try:
        os.mkdir(path, mode)
    except OSError as e:
        raise oserror(space, e, w_path)


def rmdir(space, w_path, w_dir_fd=None):
    """Remove a directory."""
    path = path_bytes(space, w_path)
    try:
        os.rmdir(path)
    except OSError as e:
        raise oserror(space, e, w_path)


def unlink(space, w_path, w_dir_fd=None):
    """Remove a file (same as remove())."""
    path = path_bytes(space, w_path)
    try:
        os.unlink(path)
    except OSError as e:
        raise oserror(space, e, w_path)


def rename(space, w_src, w_dst):
    """Rename a file or directory."""
    src = path_bytes(space, w_src)
    dst = path_bytes(space, w_dst)
    try:
        os.rename(src, dst)
    except OSError as e:
        raise oserror(space, e, w_src, w_dst)


def symlink(space, w_src, w_dst, w_target_is_directory=None):
    """Create a symbolic link pointing to src named dst."""
    src = path_bytes(space, w_src)
    dst = path_bytes(space, w_dst)
    try:
        os.symlink(src, dst)
    except OSError as e:
        raise oserror(space, e, w_src, w_dst)


def readlink(space, w_path):
    """Return a string representing the path to which the symbolic link
    points."""
    as_bytes = is_bytes_path(space, w_path)
    path = path_bytes(space, w_path)
    try:
        result = os.readlink(path)
    except OSError as e:
        raise oserror(space, e, w_path)
    if as_bytes:
        return space.newbytes(result)
    return space.newfilename(result)


@unwrap_spec(mode=int)
def access(space, w_path, mode):
    """Use the real uid/gid to test for access to a path."""
    path = path_bytes(space, w_path)
    return space.newbool(os.access(path, mode))


@unwrap_spec(mode=int)
def chmod(space, w_path, mode):
    """Change the access permissions of a file."""
    if space.isinstance_w(w_path, space.w_int):
        try:
            os.fchmod(space.int_w(w_path), mode)
        except OSError as e:
            raise oserror(space, e)
        return
    path = path_bytes(space, w_path)
    try:
        os.chmod(path, mode)
    except OSError as e:
        raise oserror(space, e, w_path)


def utime(space, w_path, w_times=None, w_ns=None):
    """Set the access and modified time of path: utime(path, (atime,
    mtime)), utime(path, ns=(atime_ns, mtime_ns)) or utime(path) for
    now."""
    path = path_bytes(space, w_path)
    if w_times is not None and not space.is_none(w_times):
        if w_ns is not None and not space.is_none(w_ns):
            raise oefmt(space.w_ValueError,
                        "utime: you may specify either 'times' or 'ns' but "
                        "not both")
        if not space.isinstance_w(w_times, space.w_tuple):
            raise oefmt(space.w_TypeError,
                        "utime: 'times' must be either a tuple of two ints "
                        "or None")
        items_w = space.fixedview(w_times)
        if len(items_w) != 2:
            raise oefmt(space.w_TypeError,
                        "utime: 'times' must be either a tuple of two ints "
                        "or None")
        times = (space.float_w(items_w[0]), space.float_w(items_w[1]))
    elif w_ns is not None and not space.is_none(w_ns):
        items_w = space.fixedview(w_ns)
        if len(items_w) != 2:
            raise oefmt(space.w_TypeError,
                        "utime: 'ns' must be a tuple of two ints")
        times = (space.int_w(items_w[0]) / 1e9,
                 space.int_w(items_w[1]) / 1e9)
    else:
        times = (-1.0, -1.0)
    try:
        if times[0] == -1.0 and times[1] == -1.0:
            os.utime(path, None)
        else:
            os.utime(path, times)
    except OSError as e:
        raise oserror(space, e, w_path)


@unwrap_spec(mask=int)
def umask(space, mask):
    """Set the current numeric umask and return the previous umask."""
    return space.newint(intmask(os.umask(mask)))


# --- processes ----------------------------------------------------------

def getpid(space):
    """Return the current process id."""
    return space.newint(intmask(os.getpid()))


def getppid(space):
    """Return the parent's process id."""
    return space.newint(intmask(os.getppid()))


def getuid(space):
    """Return the current process's user id."""
    return space.newint(intmask(os.getuid()))


def geteuid(space):
    """Return the current process's effective user id."""
    return space.newint(intmask(os.geteuid()))


def getgid(space):
    """Return the current process's group id."""
    return space.newint(intmask(os.getgid()))


def getegid(space):
    """Return the current process's effective group id."""
    return space.newint(intmask(os.getegid()))


@unwrap_spec(pid=int, sig=int)
def kill(space, pid, sig):
    """Kill a process with a signal."""
    try:
        os.kill(pid, sig)
    except OSError as e:
        raise oserror(space, e)


class ForkHooks(object):
    """The callables given to register_at_fork, in registration order."""
    def __init__(self):
        self.before_w = []
        self.after_in_child_w = []
        self.after_in_parent_w = []

_fork_hooks = ForkHooks()
_FORK_HOOK_NAMES = ['before', 'after_in_child', 'after_in_parent']


def register_at_fork(space, __args__):
    """Register callables to be called when forking a new process."""
    if __args__.arguments_w:
        raise oefmt(space.w_TypeError,
                    "register_at_fork() takes no positional arguments")
    if not __args__.keywords:
        raise oefmt(space.w_TypeError, "At least one argument is required.")
    for i in range(len(__args__.keywords)):
        name = __args__.keywords[i]
        if name not in _FORK_HOOK_NAMES:
            raise oefmt(space.w_TypeError, "'%s' is an invalid keyword "
                        "argument for register_at_fork()", name)
        w_func = __args__.keywords_w[i]
        if space.lookup(w_func, '__call__') is None:
            raise oefmt(space.w_TypeError, "'%s' must be callable, not %T",
                        name, w_func)
    for i in range(len(__args__.keywords)):
        name = __args__.keywords[i]
        if name == 'before':
            _fork_hooks.before_w.append(__args__.keywords_w[i])
        elif name == 'after_in_child':
            _fork_hooks.after_in_child_w.append(__args__.keywords_w[i])
        else:
            _fork_hooks.after_in_parent_w.append(__args__.keywords_w[i])


def _run_fork_hooks(space, hooks_w, reverse):
    """Call the hooks; their exceptions are reported, not raised."""
    from interpreter.actions import report_unraisable
    n = len(hooks_w)
    for i in range(n):
        w_func = hooks_w[n - 1 - i] if reverse else hooks_w[i]
        try:
            space.call_function(w_func)
        except OperationError as e:
            report_unraisable(space, e, w_func)


def openpty(space):
    """Open a pseudo-terminal, returning open fd's for both master and
    slave end."""
    try:
        master_fd, slave_fd = rposix.openpty()
        rposix.set_inheritable(master_fd, False)
        rposix.set_inheritable(slave_fd, False)
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newint(master_fd), space.newint(slave_fd)])


def fork(space):
    """Fork a child process.  Return 0 to child process and PID of child
    to parent process."""
    _run_fork_hooks(space, _fork_hooks.before_w, True)
    try:
        pid = os.fork()
    except OSError as e:
        raise oserror(space, e)
    if pid == 0:
        _run_fork_hooks(space, _fork_hooks.after_in_child_w, False)
    else:
        _run_fork_hooks(space, _fork_hooks.after_in_parent_w, False)
    return space.newint(pid)


@unwrap_spec(pid=int, options=int)
def waitpid(space, pid, options):
    """Wait for completion of a given child process; return (pid,
    status)."""
    try:
        pid, status = os.waitpid(pid, options)
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newint(pid), space.newint(status)])


def _argv(space, w_args):
    args = [path_bytes(space, w_arg) for w_arg in space.listview(w_args)]
    return args


def execv(space, w_path, w_args):
    """Execute an executable path with arguments, replacing the current
    process."""
    path = path_bytes(space, w_path)
    args = _argv(space, w_args)
    if not args:
        raise oefmt(space.w_ValueError, "execv() arg 2 must not be empty")
    if not args[0]:
        raise oefmt(space.w_ValueError,
                    "execv() arg 2 first element cannot be empty")
    try:
        os.execv(path, args)
    except OSError as e:
        raise oserror(space, e)


def execve(space, w_path, w_args, w_env):
    """Execute an executable path with arguments and an environment,
    replacing the current process."""
    path = path_bytes(space, w_path)
    args = _argv(space, w_args)
    if not args:
        raise oefmt(space.w_ValueError, "execve: argv must not be empty")
    env = {}
    w_keys = space.call_method(w_env, 'keys')
    for w_key in space.listview(w_keys):
        w_value = space.getitem(w_env, w_key)
        env[path_bytes(space, w_key)] = path_bytes(space, w_value)
    try:
        os.execve(path, args, env)
    except OSError as e:
        raise oserror(space, e)


@unwrap_spec(status=int)
def _exit(space, status):
    """Exit to the system with specified status, without normal exit
    processing."""
    os._exit(status)


def times_raw(space):
    """(user, system, children_user, children_system, elapsed) as
    floats."""
    try:
        t = os.times()
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newfloat(t[0]), space.newfloat(t[1]),
                           space.newfloat(t[2]), space.newfloat(t[3]),
                           space.newfloat(t[4])])


def uname_raw(space):
    """(sysname, nodename, release, version, machine)."""
    try:
        r = os.uname()
    except OSError as e:
        raise oserror(space, e)
    return space.newtuple([space.newfilename(r[0]), space.newfilename(r[1]),
                           space.newfilename(r[2]), space.newfilename(r[3]),
                           space.newfilename(r[4])])


def cpu_count(space):
    """Return the number of CPUs in the system; return None if
    indeterminable."""
    n = rposix.cpu_count()
    if n <= 0:
        return space.w_None
    return space.newint(n)


@unwrap_spec(size=int)
def urandom(space, size):
    """Return a bytes object containing random bytes suitable for
    cryptographic use."""
    if size < 0:
        raise oefmt(space.w_ValueError, "negative argument not allowed")
    try:
        fd = os.open('/dev/urandom', os.O_RDONLY | O_CLOEXEC, 0)
        try:
            builder = StringBuilder(size)
            remaining = size
            while remaining > 0:
                chunk = os.read(fd, remaining)
                if not chunk:
                    break
                builder.append(chunk)
                remaining -= len(chunk)
        finally:
            os.close(fd)
    except OSError as e:
        raise oserror(space, e)
    return space.newbytes(builder.build())


@unwrap_spec(code=int)
def strerror(space, code):
    """Translate an error code to a message string."""
    try:
        return space.newtext(os.strerror(code))
    except ValueError:
        return space.newtext('Unknown error %d' % code)


def initial_environ(space):
    """posix.environ: the environment as a dict of bytes to bytes, read
    when the space is made (and again by `reset_environ` at start-up of
    the translated binary)."""
    w_environ = space.newdict()
    fill_environ(space, w_environ)
    return w_environ


def fill_environ(space, w_environ):
    for key, value in os.environ.items():
        space.setitem(w_environ, space.newbytes(key), space.newbytes(value))


@unwrap_spec(key='bytes', value='bytes')
def putenv(space, key, value):
    """Change or add an environment variable."""
    if not key or '=' in key:
        raise oefmt(space.w_ValueError, "illegal environment variable name")
    try:
        rposix.putenv(key, value)
    except OSError as e:
        raise oserror(space, e)


@unwrap_spec(key='bytes')
def unsetenv(space, key):
    """Delete an environment variable."""
    try:
        rposix.unsetenv(key)
    except OSError as e:
        raise oserror(space, e)


# --- constants ----------------------------------------------------------

CONSTANT_NAMES = [
    'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC', 'O_APPEND',
    'O_EXCL', 'O_NONBLOCK', 'O_NDELAY', 'O_SYNC', 'O_DSYNC', 'O_NOCTTY',
    'O_CLOEXEC', 'O_DIRECTORY', 'O_NOFOLLOW', 'O_ACCMODE', 'O_ASYNC',
    'O_NOATIME', 'O_PATH', 'O_TMPFILE', 'O_LARGEFILE', 'O_DIRECT',
    'F_OK', 'R_OK', 'W_OK', 'X_OK',
    'WNOHANG', 'WUNTRACED', 'WCONTINUED', 'EX_OK',
]
# the host (PyPy 2.7) lacks the newer Linux flags: rposix or the values of
# Linux's headers
_LINUX_FLAGS = {'O_CLOEXEC': rposix.O_CLOEXEC or 0o2000000,
                'O_ACCMODE': 3, 'O_PATH': 0o10000000,
                'O_TMPFILE': 0o20200000}
CONSTANTS = [(name, getattr(os, name, _LINUX_FLAGS.get(name)))
             for name in CONSTANT_NAMES
             if hasattr(os, name) or name in _LINUX_FLAGS]
O_CLOEXEC = _LINUX_FLAGS['O_CLOEXEC']


def _make_constants():
    for name, value in CONSTANTS:
        func = lambda space, value=value: space.newint(value)
        func.__name__ = 'constant_' + name
        globals()[func.__name__] = func


_make_constants()


WAIT_MACROS = [name for name in ['WIFEXITED', 'WEXITSTATUS', 'WIFSIGNALED',
                                  'WTERMSIG', 'WIFSTOPPED', 'WSTOPSIG',
                                  'WCOREDUMP', 'WIFCONTINUED']
               if hasattr(os, name)]


def _make_waitmacros():
    # WIFEXITED & co. from rposix (C macros after translation)
    for name in WAIT_MACROS:
        globals()[name] = _make_waitmacro(name, getattr(os, name))


def _make_waitmacro(name, os_func):
    is_test = name.startswith('WIF') or name == 'WCOREDUMP'

    @unwrap_spec(status=int)
    def macro(space, status):
        result = os_func(status)
        if is_test:
            return space.newbool(bool(result))
        return space.newint(result)
    macro.__name__ = name
    return macro


_make_waitmacros()


@unwrap_spec(status=int)
def waitstatus_to_exitcode(space, status):
    """Convert a wait status to an exit code."""
    if os.WIFEXITED(status):
        return space.newint(os.WEXITSTATUS(status))
    if os.WIFSIGNALED(status):
        return space.newint(-os.WTERMSIG(status))
    raise oefmt(space.w_ValueError, "invalid wait status: %d", status)


def have_functions(space):
    """posix._have_functions: the HAVE_* features os.py asks about (no
    dir_fd variants yet)."""
    return space.newlist([space.newtext('HAVE_FTRUNCATE'),
                          space.newtext('HAVE_LSTAT'),
                          space.newtext('HAVE_FCHMOD')])


def reset_environ(space):
    """Refill posix.environ from the process's environment (the one made
    with the space is the translation machine's)."""
    w_environ = space.getattr(space.builtin_modules['posix'],
                              space.newtext('environ'))
    space.call_method(w_environ, 'clear')
    fill_environ(space, w_environ)
