"""`select` at interp level: select() and poll objects on
rpython.rlib.rpoll, which is what `selectors` (and so `subprocess`'s
communicate(), `asyncio`...) needs.  A call interrupted by a signal runs
the Python signal handlers and, if none raises, retries with the time
that is left (PEP 475)."""

from __future__ import absolute_import

import errno
import math

from rpython.rlib import rpoll
from rpython.rlib.rarithmetic import intmask

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt, wrap_oserror
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef


def _oserror(space, errno_value):
    return wrap_oserror(space, OSError(errno_value, ''))


def _after_eintr(space):
    """A signal interrupted the call: run the Python handlers (which may
    raise, e.g. KeyboardInterrupt) before the caller retries."""
    from interpreter.module._signal.interp_signal import (signals_pending,
                                                          run_pending_handlers)
    if signals_pending(space):
        run_pending_handlers(space,
                             space.getexecutioncontext().gettopframe())


def fileno_w(space, w_obj):
    """A file descriptor: an int, or what the object's fileno() answers."""
    if space.isinstance_w(w_obj, space.w_int):
        fd = space.int_w(w_obj)
    else:
        w_fileno = space.findattr(w_obj, space.newtext('fileno'))
        if w_fileno is None:
            raise oefmt(space.w_TypeError, "argument must be an int, or "
                        "have a fileno() method.")
        w_fd = space.call_function(w_fileno)
        if not space.isinstance_w(w_fd, space.w_int):
            raise oefmt(space.w_TypeError,
                        "fileno() returned a non-integer")
        fd = space.int_w(w_fd)
    if fd < 0:
        raise oefmt(space.w_ValueError, "file descriptor cannot be a "
                    "negative integer (%d)", fd)
    return fd


def _now():
    from rpython.rlib import rtime
    return rtime.time()


# ------------------------------------------------------------- select()

# glibc's fd_set size (rpoll.FD_SETSIZE is a probed constant that does not
# survive translation as a plain int)
FD_SETSIZE = 1024


def _fd_list(space, w_seq, objects_w):
    fds = []
    for w_obj in space.listview(w_seq):
        fd = fileno_w(space, w_obj)
        if fd >= FD_SETSIZE:
            raise oefmt(space.w_ValueError,
                        "filedescriptor out of range in select()")
        fds.append(fd)
        objects_w.append(w_obj)
    return fds


def _chosen(fds, ready, objects_w):
    result_w = []
    for i in range(len(fds)):
        if fds[i] in ready:
            result_w.append(objects_w[i])
    return result_w


def _timeout_seconds(space, w_timeout, what):
    """-1.0 for None (wait forever), else the number of seconds."""
    if space.is_none(w_timeout):
        return -1.0
    if not (space.isinstance_w(w_timeout, space.w_int) or
            space.isinstance_w(w_timeout, space.w_float)):
        raise oefmt(space.w_TypeError, "%s must be a float or None", what)
    timeout = space.float_w(space.float(w_timeout))
    if math.isnan(timeout):
        raise oefmt(space.w_ValueError, "Invalid value NaN (not a number)")
    if timeout < 0.0:
        raise oefmt(space.w_ValueError, "%s must be non-negative", what)
    if timeout > 1e12:
        raise oefmt(space.w_OverflowError, "timeout doesn't fit into C "
                    "timeval")
    return timeout


def select(space, w_rlist, w_wlist, w_xlist, w_timeout=None):
    """Wait until one or more file descriptors are ready for some kind
    of I/O."""
    timeout = _timeout_seconds(space, w_timeout, "timeout")
    rl_w = []
    wl_w = []
    xl_w = []
    rfds = _fd_list(space, w_rlist, rl_w)
    wfds = _fd_list(space, w_wlist, wl_w)
    xfds = _fd_list(space, w_xlist, xl_w)
    deadline = _now() + timeout
    while True:
        try:
            ready_r, ready_w, ready_x = rpoll.select(rfds, wfds, xfds,
                                                     timeout)
            break
        except rpoll.SelectError as e:
            if e.errno != errno.EINTR:
                raise _oserror(space, e.errno)
            _after_eintr(space)
            if timeout >= 0.0:
                timeout = max(0.0, deadline - _now())
    return space.newtuple([space.newlist(_chosen(rfds, ready_r, rl_w)),
                           space.newlist(_chosen(wfds, ready_w, wl_w)),
                           space.newlist(_chosen(xfds, ready_x, xl_w))])


# --------------------------------------------------------------- poll()

DEFAULT_EVENTS = rpoll.POLLIN | rpoll.POLLPRI | rpoll.POLLOUT


def _event_mask(space, w_mask):
    mask = space.int_w(w_mask)
    if mask < 0 or mask > 0xffff:
        raise oefmt(space.w_OverflowError, "Python int too large for C "
                    "unsigned short")
    return mask


class W_Poll(W_Root):
    """select.poll(): a set of descriptors and the events asked for."""

    def __init__(self):
        self.fddict = {}
        self.polling = False

    def descr_register(self, space, w_fd, w_eventmask=None):
        fd = fileno_w(space, w_fd)
        mask = DEFAULT_EVENTS
        if w_eventmask is not None:
            mask = _event_mask(space, w_eventmask)
        self.fddict[fd] = mask

    def descr_modify(self, space, w_fd, w_eventmask):
        fd = fileno_w(space, w_fd)
        mask = _event_mask(space, w_eventmask)
        if fd not in self.fddict:
            raise _oserror(space, errno.ENOENT)
        self.fddict[fd] = mask

    def descr_unregister(self, space, w_fd):
        fd = fileno_w(space, w_fd)
        if fd not in self.fddict:
            raise OperationError(space.w_KeyError, space.call_function(
                space.w_KeyError, space.newint(fd)))
        del self.fddict[fd]

    def descr_poll(self, space, w_timeout=None):
        """Poll the registered descriptors; the timeout is in
        milliseconds (None or negative: wait forever)."""
        if w_timeout is None or space.is_none(w_timeout):
            timeout_ms = -1
        else:
            if not (space.isinstance_w(w_timeout, space.w_int) or
                    space.isinstance_w(w_timeout, space.w_float)):
                raise oefmt(space.w_TypeError, "'%T' object cannot be "
                            "interpreted as an integer", w_timeout)
            value = space.float_w(space.float(w_timeout))
            if math.isnan(value) or value > 2147483647.0:
                raise oefmt(space.w_OverflowError,
                            "Python int too large to convert to C int")
            # round up, as CPython: a positive timeout never becomes 0
            timeout_ms = int(math.ceil(value)) if value >= 0.0 else -1
        if self.polling:
            raise oefmt(space.w_RuntimeError,
                        "concurrent poll() invocation")
        deadline = _now() + timeout_ms / 1000.0
        self.polling = True
        try:
            while True:
                try:
                    events = rpoll.poll(self.fddict, timeout_ms)
                    break
                except rpoll.PollError as e:
                    if e.errno != errno.EINTR:
                        raise _oserror(space, e.errno)
                    _after_eintr(space)
                    if timeout_ms >= 0:
                        left = deadline - _now()
                        timeout_ms = max(0, int(math.ceil(left * 1000.0)))
        finally:
            self.polling = False
        result_w = []
        for fd, revents in events:
            result_w.append(space.newtuple([space.newint(fd),
                                            space.newint(intmask(revents))]))
        return space.newlist(result_w)


def poll(space):
    """Returns a polling object."""
    return W_Poll()


W_Poll.typedef = TypeDef(
    'poll',
    module='select',
    register=interp2app(W_Poll.descr_register),
    modify=interp2app(W_Poll.descr_modify),
    unregister=interp2app(W_Poll.descr_unregister),
    poll=interp2app(W_Poll.descr_poll),
    acceptable_as_base=False,
)


# ------------------------------------------------------------ constants

# name -> value: rpoll's event bits as the C headers define them, and
# Linux's values of the few that rpoll does not probe
CONSTANTS = {'PIPE_BUF': 4096, 'POLLRDHUP': 0x2000, 'POLLWRBAND': 0x200}
for _name in rpoll.eventnames:
    if _name != 'FD_SETSIZE':
        CONSTANTS[_name] = getattr(rpoll, _name)


def _make_constants():
    # what comes out: constant_POLLIN(space) ... for moduledef.py
    for name, value in CONSTANTS.items():
        func = lambda space, value=value: space.newint(value)
        func.__name__ = 'constant_' + name
        globals()[func.__name__] = func


_make_constants()
