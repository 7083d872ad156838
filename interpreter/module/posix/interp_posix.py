"""The interp-level functions of `posix`: thin layers over rposix."""


from __future__ import absolute_import
import os

from rpython.rlib import rposix

from interpreter.error import oefmt, wrap_oserror
from interpreter.gateway import unwrap_spec


def _fspath(space, w_path):
    if space.isinstance_w(w_path, space.w_str):
        return space.text_w(w_path)
    if space.isinstance_w(w_path, space.w_bytes):
        return space.bytes_w(w_path)
    raise oefmt(space.w_TypeError,
                "expected str, bytes or os.PathLike object, not %T", w_path)


@unwrap_spec(flags=int, mode=int)
def open(space, w_path, flags, mode=0o777):
    """Open a file for low level IO.  Returns a file descriptor
    (integer)."""
    path = _fspath(space, w_path)
    try:
        fd = os.open(path, flags, mode)
    except OSError as e:
        raise wrap_oserror(space, e, path)
    return space.newint(fd)


@unwrap_spec(fd=int, length=int)
def read(space, fd, length):
    """Read from a file descriptor."""
    if length < 0:
        raise oefmt(space.w_ValueError, "negative length")
    try:
        data = os.read(fd, length)
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.newbytes(data)


@unwrap_spec(fd=int)
def write(space, fd, w_data):
    """Write a bytes object to a file descriptor."""
    data = space.bytes_w(w_data)
    try:
        n = os.write(fd, data)
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.newint(n)


@unwrap_spec(fd=int)
def close(space, fd):
    """Close a file descriptor."""
    try:
        os.close(fd)
    except OSError as e:
        raise wrap_oserror(space, e)


def getcwd(space):
    """Return a unicode string representing the current working
    directory."""
    try:
        return space.newtext(os.getcwd())
    except OSError as e:
        raise wrap_oserror(space, e)


@unwrap_spec(fd=int)
def isatty(space, fd):
    """Return True if the fd is connected to a terminal."""
    return space.newbool(os.isatty(fd))


@unwrap_spec(code=int)
def strerror(space, code):
    """Translate an error code to a message string."""
    return space.newtext(os.strerror(code))


def _make_constants():
    for name in ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC',
                 'O_APPEND', 'O_EXCL']:
        value = getattr(os, name)
        func = lambda space, value=value: space.newint(value)
        func.__name__ = 'constant_' + name
        globals()[func.__name__] = func


_make_constants()
