"""The app-level part of `_thread`: the reentrant lock, thread-local
objects and the reporting of a thread's uncaught exception, on top of the
interp-level locks and threads (interp_lock.py, interp_thread.py).

Threads switch only between two bytecodes at a backward jump, or inside a
blocking call: a run of code here without loops or blocking calls is not
interrupted by another thread."""

# (no imports at the top: this file runs while the builtin modules are
# being made, before the import system is ready)

error = RuntimeError


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')


class RLock:
    """A reentrant lock: the thread that holds it may take it again, and
    must release it as many times."""

    def __init__(self):
        self._block = allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Lock the lock, or count one more level if this thread holds it;
        return whether the lock is held."""
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        """Release one level of the lock (held by this thread)."""
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
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


def _local_dict(self):
    """The running thread's dict of the local object, made now (and
    __init__ run on it) in a thread that had none; it becomes the
    object's __dict__ until another thread touches the object."""
    dicts, args, kwargs = object.__getattribute__(self, '_local__impl')
    token = _thread_token()
    d = dicts.get(token)
    if d is not None:
        object.__setattr__(self, '__dict__', d)
        return d
    for old in list(dicts):
        if not _token_alive(old):
            del dicts[old]
    d = dicts[token] = {}
    object.__setattr__(self, '__dict__', d)
    init = type(self).__init__
    if init is not object.__init__:
        init(self, *args, **kwargs)
    return d


class _local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        d = {}
        object.__setattr__(self, '_local__impl',
                           ({_thread_token(): d}, args, kwargs))
        object.__setattr__(self, '__dict__', d)
        return self

    def __getattribute__(self, name):
        _local_dict(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        _local_dict(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is "
                                 "read-only" % type(self).__name__)
        _local_dict(self)
        object.__delattr__(self, name)


_local.__module__ = '_thread'


def interrupt_main(signum=2):
    """Simulate the arrival of the given signal in the main thread,
where the corresponding signal handler will be executed.
If *signum* is omitted, SIGINT is assumed."""
    import _signal
    handler = _signal.getsignal(signum)
    if handler in (_signal.SIG_DFL, _signal.SIG_IGN):
        return
    _signal.raise_signal(signum)


def exit():
    """Raise SystemExit to end the current thread."""
    raise SystemExit


exit_thread = exit


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


_ExceptHookArgs.__module__ = '_thread'


def _excepthook(args):
    """Handle an uncaught exception of a thread (print it to stderr)."""
    import sys
    if args.exc_type is SystemExit:
        return
    stream = sys.stderr
    if stream is None:
        thread = args.thread
        stream = getattr(thread, '_stderr', None)
        if stream is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stream.write('Exception in thread %s:\n' % (name,))
    stream.flush()
    if stream is sys.stderr:
        sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)
    else:
        import traceback
        traceback.print_exception(args.exc_type, args.exc_value,
                                  args.exc_traceback, file=stream)
    stream.flush()
