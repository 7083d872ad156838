"""`_thread.lock`: a lock of the OS (rpython.rlib.rthread), for threads
that share one GIL.

A non-blocking attempt never releases the GIL.  A blocking one waits in
the C library with the GIL released, in the "interruptible" mode: a signal
wakes the wait, and in the main thread the Python handler then runs (it
may raise KeyboardInterrupt) before the wait goes on with what remains of
the timeout, as CPython does (PEP 475).
"""

from __future__ import absolute_import

from rpython.rlib import rthread
from rpython.rlib.rarithmetic import r_longlong

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef
from interpreter.module._thread import threadstate

# the longest timeout in seconds (as CPython: what fits in microseconds
# of a C long long, divided by 1000 for the conversion to nanoseconds)
TIMEOUT_MAX = float((2 ** 63 - 1) // 1000 // 1000000)

_RESULT_FAILED, _RESULT_ACQUIRED, _RESULT_INTERRUPTED = 0, 1, 2


def parse_timeout(space, blocking, w_timeout):
    """The timeout of acquire() in microseconds, -1 for none."""
    if w_timeout is None:
        return r_longlong(-1)
    if not (space.isinstance_w(w_timeout, space.w_int) or
            space.isinstance_w(w_timeout, space.w_float)):
        raise oefmt(space.w_TypeError,
                    "'%T' object cannot be interpreted as an integer",
                    w_timeout)
    timeout = space.float_w(w_timeout)
    if not blocking:
        if timeout != -1.0:
            raise oefmt(space.w_ValueError,
                        "can't specify a timeout for a non-blocking call")
        return r_longlong(0)
    if timeout == -1.0:
        return r_longlong(-1)
    if timeout < 0.0:
        raise oefmt(space.w_ValueError, "timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise oefmt(space.w_OverflowError, "timeout value is too large")
    return r_longlong(int(timeout * 1e6))


def _monotonic_us():
    from rpython.rlib import rtime
    return r_longlong(int(rtime.time() * 1e6))


def acquire_lock(space, lock, blocking, microseconds):
    """Take the rthread.Lock, waiting up to `microseconds` (-1: for ever)
    with the GIL released; True if taken."""
    if lock.acquire(False):
        return True
    if not blocking:
        return False
    from interpreter.module._signal.interp_signal import (
        signals_pending, run_pending_handlers)
    deadline = r_longlong(0)
    if microseconds > 0:
        deadline = _monotonic_us() + microseconds
    while True:
        result = lock.acquire_timed(microseconds)
        if result == _RESULT_ACQUIRED:
            return True
        if result == _RESULT_FAILED:
            return False
        # interrupted by a signal: its handler runs now, in the main thread
        if threadstate.in_main_thread(space) and signals_pending(space):
            run_pending_handlers(space, None)
        if microseconds > 0:
            microseconds = deadline - _monotonic_us()
            if microseconds <= 0:
                return lock.acquire(False)


def is_locked(lock):
    """Whether the rthread.Lock is held (rthread's is_acquired() takes a
    free lock and keeps it)."""
    if lock.acquire(False):
        lock.release()
        return False
    return True


class W_Lock(W_Root):
    """A lock that any thread may release."""

    def __init__(self, space):
        try:
            self.lock = rthread.allocate_lock()
        except rthread.error:
            raise oefmt(space.w_RuntimeError, "can't allocate lock")

    @unwrap_spec(blocking='truth')
    def descr_acquire(self, space, blocking=True, w_timeout=None):
        """acquire(blocking=True, timeout=-1) -> bool

Lock the lock.  Without argument, this blocks if the lock is already
locked (even by the same thread), waiting for another thread to release
the lock, and return True once the lock is acquired.
With an argument, this will only block if the argument is true,
and the return value reflects whether the lock is acquired.
The blocking operation is interruptible."""
        microseconds = parse_timeout(space, blocking, w_timeout)
        return space.newbool(acquire_lock(space, self.lock, blocking,
                                          microseconds))

    def descr_release(self, space):
        """release()

Release the lock, allowing another thread that is blocked waiting for
the lock to acquire the lock.  The lock must be in the locked state,
but it needn't be locked by the same thread that unlocks it."""
        try:
            self.lock.release()
        except rthread.error:
            raise oefmt(space.w_RuntimeError, "release unlocked lock")

    def descr_locked(self, space):
        """locked() -> bool

Return whether the lock is in the locked state."""
        return space.newbool(is_locked(self.lock))

    def descr_enter(self, space):
        acquire_lock(space, self.lock, True, r_longlong(-1))
        return space.w_True

    def descr_exit(self, space, args_w):
        self.descr_release(space)

    def descr_at_fork_reinit(self, space):
        """Forget the state of the lock after a fork: it is unlocked."""
        if is_locked(self.lock):
            self.lock.release()

    def descr_repr(self, space):
        state = 'locked' if is_locked(self.lock) else 'unlocked'
        return space.newtext('<%s _thread.lock object at 0x%x>' % (
            state, space.id_int(self)))


def allocate_lock(space):
    """allocate_lock() -> lock object

Create a new lock object.  See help(type(threading.Lock())) for
information about locks."""
    return W_Lock(space)


W_Lock.typedef = TypeDef(
    'lock',
    module='_thread',
    doc="A lock object is a synchronization primitive.",
    acceptable_as_base=False,
    __repr__=interp2app(W_Lock.descr_repr),
    acquire=interp2app(W_Lock.descr_acquire),
    acquire_lock=interp2app(W_Lock.descr_acquire, app_name='acquire_lock'),
    release=interp2app(W_Lock.descr_release),
    release_lock=interp2app(W_Lock.descr_release, app_name='release_lock'),
    locked=interp2app(W_Lock.descr_locked),
    locked_lock=interp2app(W_Lock.descr_locked, app_name='locked_lock'),
    __enter__=interp2app(W_Lock.descr_enter),
    __exit__=interp2app(W_Lock.descr_exit),
    _at_fork_reinit=interp2app(W_Lock.descr_at_fork_reinit),
)


def lock_type(space):
    return space.gettypeobject(W_Lock.typedef)


def timeout_max(space):
    return space.newfloat(TIMEOUT_MAX)
