"""The `_thread` module of an interpreter that runs one thread.

A lock can only be released by the thread that runs, so waiting forever
for a held lock could never end: that case raises RuntimeError instead of
hanging.  A wait with a timeout sleeps for the timeout and fails."""

# (no imports at the top: this file runs while the builtin modules are
# being made, before the import system is ready)

error = RuntimeError
TIMEOUT_MAX = float(2 ** 31)
_MAIN_IDENT = 1


def get_ident():
    """Return a non-zero integer that uniquely identifies the current
thread amongst other threads that exist simultaneously."""
    return _MAIN_IDENT


def get_native_id():
    """Return the native integral Thread ID of the current thread."""
    import posix
    return posix.getpid()


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timeout value is too large')


def _wait_in_vain(blocking, timeout):
    """A held lock that nobody else can release: fail like a timeout."""
    if not blocking:
        return False
    if timeout == -1:
        raise RuntimeError('deadlock: waiting for a lock held by the only '
                           'thread of this interpreter')
    import time
    time.sleep(timeout)
    return False


class LockType:
    """A lock object is a synchronization primitive."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Lock the lock; return True if it was acquired."""
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        return _wait_in_vain(blocking, timeout)

    acquire_lock = acquire

    def release(self):
        """Release the lock."""
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        """Test whether the lock is currently locked."""
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s %s object at %s>' % (
            'locked' if self._locked else 'unlocked',
            '_thread.lock', hex(id(self)))


LockType.__module__ = '_thread'
LockType.__name__ = LockType.__qualname__ = 'lock'
lock = LockType


class RLock:
    """A reentrant lock."""

    def __init__(self):
        self._count = 0
        self._owner = None

    def acquire(self, blocking=True, timeout=-1):
        """Lock the lock, or count one more level if this thread holds it."""
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner != me:
            return _wait_in_vain(blocking, timeout)
        self._owner = me
        self._count += 1
        return True

    def release(self):
        """Release one level of the lock."""
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _at_fork_reinit(self):
        self._count = 0
        self._owner = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._count else 'unlocked', '_thread', 'RLock',
            self._owner or 0, self._count, hex(id(self)))


RLock.__module__ = '_thread'


def allocate_lock():
    """Create a new lock object."""
    return LockType()


allocate = allocate_lock


def _set_sentinel():
    """Set a sentinel lock that will be released when a thread ends."""
    return LockType()


def start_new_thread(function, args, kwargs=None):
    """Start a new thread (not supported yet: raises RuntimeError)."""
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    raise RuntimeError("can't start new thread: this pypy-c runs a single "
                       "thread")


start_new = start_new_thread


def daemon_threads_allowed():
    return True


def _count():
    """Return the number of currently running Python threads, excluding
the main thread."""
    return 0


def stack_size(size=0):
    """Return the thread stack size used when creating new threads."""
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


def interrupt_main(signum=2):
    """Simulate the arrival of the given signal in the main thread."""
    import _signal
    _signal.raise_signal(signum)


def exit():
    """Raise SystemExit to end the current thread."""
    raise SystemExit


exit_thread = exit


class _local:
    """Thread-local data: with one thread, a plain namespace object."""


_local.__module__ = '_thread'


class _ExceptHookArgs(tuple):
    """ExceptHookArgs: exc_type, exc_value, exc_traceback, thread."""

    def __new__(cls, args):
        if len(args) != 4:
            raise TypeError('_ExceptHookArgs takes 4 items')
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def _excepthook(args):
    """Handle an uncaught exception of a thread (print it to stderr)."""
    import sys
    if args.exc_type is SystemExit:
        return
    stream = sys.stderr
    if stream is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stream.write('Exception in thread %s:\n' % (name,))
    sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)
    stream.flush()
