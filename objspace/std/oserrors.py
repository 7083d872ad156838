"""Which subclass of OSError an errno value raises (PEP 3151)."""


from __future__ import absolute_import
import errno

_ERRNO_CLASSES = [
    (errno.EAGAIN, 'BlockingIOError'),
    (errno.EALREADY, 'BlockingIOError'),
    (errno.EINPROGRESS, 'BlockingIOError'),
    (errno.EWOULDBLOCK, 'BlockingIOError'),
    (errno.ECHILD, 'ChildProcessError'),
    (errno.EPIPE, 'BrokenPipeError'),
    (errno.ESHUTDOWN, 'BrokenPipeError'),
    (errno.ECONNABORTED, 'ConnectionAbortedError'),
    (errno.ECONNREFUSED, 'ConnectionRefusedError'),
    (errno.ECONNRESET, 'ConnectionResetError'),
    (errno.EEXIST, 'FileExistsError'),
    (errno.ENOENT, 'FileNotFoundError'),
    (errno.EINTR, 'InterruptedError'),
    (errno.EISDIR, 'IsADirectoryError'),
    (errno.ENOTDIR, 'NotADirectoryError'),
    (errno.EACCES, 'PermissionError'),
    (errno.EPERM, 'PermissionError'),
    (errno.ESRCH, 'ProcessLookupError'),
    (errno.ETIMEDOUT, 'TimeoutError'),
]


def oserror_subclass_name(errno_value):
    for value, name in _ERRNO_CLASSES:
        if value == errno_value:
            return name
    return 'OSError'
