"""Starting OS threads (rpython.rlib.rthread) that run app-level callables,
and what `_thread` says about them.

RPython passes no argument to a new thread: `start_new_thread` leaves the
callable in the prebuilt `bootstrapper`, holding `bootstrapper.lock` so
that no other start overwrites it, and the new thread takes it from there
and releases the lock.  The new thread begins in `bootstrap` already
holding the GIL (rffi's callback wrapper takes it around the callback that
RPyThreadStart runs); it tells the GC first, makes its own
ExecutionContext (threadstate.py), runs the callable, releases its
`_set_sentinel` locks (threading.Thread.join waits on them) and tells the
GC that it dies, the last thing before the wrapper releases the GIL.

The GIL itself changes hands around blocking external calls (rffi's
`releasegil` wrappers) and every sys.getswitchinterval() in the dispatch
loop (interpreter/actions.py).
"""

from __future__ import absolute_import

import os

from rpython.rlib import rthread, rstackovf
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from interpreter import actions
from interpreter.argument import Arguments
from interpreter.error import OperationError, oefmt
from interpreter.executioncontext import ExecutionContext
from interpreter.gateway import unwrap_spec
from interpreter.module._thread import threadstate
from interpreter.module._thread.interp_lock import W_Lock, is_locked


class _Bootstrapper(object):
    """The callable of the thread being started, the number of running
    threads and the source of thread tokens (a prebuilt instance)."""

    def __init__(self):
        self._cleanup_()

    def _cleanup_(self):
        # (rthread.Lock cannot be prebuilt: made by the first start)
        self.lock = None
        self.space = None
        self.w_callable = None
        self.w_args = None
        self.w_kwargs = None
        self.nbthreads = 0
        self.last_token = 0
        self.tokens_alive = {}


bootstrapper = _Bootstrapper()


def _bootstrap():
    # the new thread, with the GIL: no GC operation before this call
    rthread.gc_thread_start()
    space = bootstrapper.space
    w_callable = bootstrapper.w_callable
    w_args = bootstrapper.w_args
    w_kwargs = bootstrapper.w_kwargs
    bootstrapper.w_callable = None
    bootstrapper.w_args = None
    bootstrapper.w_kwargs = None
    bootstrapper.last_token += 1
    token = bootstrapper.last_token
    bootstrapper.tokens_alive[token] = True
    bootstrapper.lock.release()
    state = threadstate.ThreadState(ExecutionContext(space), token)
    threadstate.set_state(state)
    _run_thread(space, w_callable, w_args, w_kwargs)
    for w_lock in state.sentinels_w:
        if is_locked(w_lock.lock):
            w_lock.lock.release()
    del bootstrapper.tokens_alive[token]
    bootstrapper.nbthreads -= 1
    threadstate.set_state(None)
    # the last thing: no GC operation after this call
    rthread.gc_thread_die()


def _run_thread(space, w_callable, w_args, w_kwargs):
    """Call the thread's function; an exception that escapes it is
    reported as CPython reports it, SystemExit silently ends the thread."""
    from interpreter.actions import report_unraisable
    try:
        try:
            args = Arguments.from_call_site(space, space.fixedview(w_args),
                                            [], [], None, w_kwargs)
            space.call_args(w_callable, args)
        except OperationError as e:
            if not e.match(space, space.w_SystemExit):
                report_unraisable(space, e, w_callable,
                                  'Exception ignored in thread started '
                                  'by: ')
    except OperationError:
        os.write(2, "Fatal error in a thread: cannot report an "
                    "exception\n")
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        os.write(2, "Fatal error in a thread: stack overflow\n")
    except MemoryError:
        os.write(2, "Fatal error in a thread: MemoryError\n")


def start_new_thread(space, w_function, w_args, w_kwargs=None):
    """start_new_thread(function, args[, kwargs])
(start_new() is an obsolete synonym)

Start a new thread and return its identifier.  The thread will call the
function with positional arguments from the tuple args and keyword
arguments taken from the optional dictionary kwargs.  The thread exits
when the function returns; the return value is ignored.  The thread will
also exit when the function raises an unhandled exception; a stack trace
will be printed unless the exception is SystemExit."""
    if space.lookup(w_function, '__call__') is None:
        raise oefmt(space.w_TypeError, "first arg must be callable")
    if not space.isinstance_w(w_args, space.w_tuple):
        raise oefmt(space.w_TypeError, "2nd arg must be a tuple")
    if w_kwargs is not None and \
            not space.isinstance_w(w_kwargs, space.w_dict):
        raise oefmt(space.w_TypeError,
                    "optional 3rd arg must be a dictionary")
    if not space.config.objspace.threads:
        raise oefmt(space.w_RuntimeError,
                    "can't start new thread: this pypy-c was built "
                    "without threads")
    if bootstrapper.lock is None:
        bootstrapper.lock = rthread.allocate_lock()
        actions.threads_started()
    # wait until the thread started last has taken its arguments
    bootstrapper.lock.acquire(True)
    bootstrapper.space = space
    bootstrapper.w_callable = w_function
    bootstrapper.w_args = w_args
    bootstrapper.w_kwargs = w_kwargs
    # counted from now on, as CPython does, so that _count() right after
    # this call includes the new thread even before it runs
    bootstrapper.nbthreads += 1
    try:
        ident = rthread.start_new_thread(_bootstrap, ())
    except rthread.error:
        bootstrapper.nbthreads -= 1
        bootstrapper.w_callable = None
        bootstrapper.w_args = None
        bootstrapper.w_kwargs = None
        bootstrapper.lock.release()
        raise oefmt(space.w_RuntimeError, "can't start new thread")
    return space.newint(ident)


def get_ident(space):
    """get_ident() -> integer

Return a non-zero integer that uniquely identifies the current thread
amongst other threads that exist simultaneously."""
    return space.newint(rthread.get_ident())


_native_id_eci = ExternalCompilationInfo(
    separate_module_sources=['''
#include <unistd.h>
#include <sys/syscall.h>
__attribute__((visibility("default")))
long pypy_thread_native_id(void) { return (long)syscall(SYS_gettid); }
'''],
    post_include_bits=['long pypy_thread_native_id(void);'])
_c_native_id = rffi.llexternal('pypy_thread_native_id', [], rffi.LONG,
                               compilation_info=_native_id_eci,
                               releasegil=False)


def get_native_id(space):
    """get_native_id() -> integer

Return the native integral Thread ID of the current thread assigned by
the kernel."""
    return space.newint(rffi.cast(lltype.Signed, _c_native_id()))


def count(space):
    """_count() -> integer

Return the number of currently running Python threads, excluding the
main thread."""
    return space.newint(bootstrapper.nbthreads)


@unwrap_spec(size=int)
def stack_size(space, size=0):
    """stack_size([size]) -> size

Return the thread stack size used when creating new threads; with an
argument, set it (0: the platform's default, else at least 32768)."""
    old = rthread.get_stacksize()
    if size != 0 and size < 32768:
        raise oefmt(space.w_ValueError, "size not valid: %d bytes", size)
    if rthread.set_stacksize(size) < 0:
        raise oefmt(space.w_RuntimeError, "setting stack size not supported")
    return space.newint(old)


def set_sentinel(space):
    """_set_sentinel() -> lock

Set a sentinel lock that will be released when the current thread
state is finalized."""
    w_lock = W_Lock(space)
    state = threadstate.get_state()
    if state is not None:
        state.sentinels_w.append(w_lock)
    return w_lock


def thread_token(space):
    """A number for the running thread that is never reused (the main
    thread's is 0): the key of _local's per-thread dicts."""
    return space.newint(threadstate.current_token())


@unwrap_spec(token=int)
def token_alive(space, token):
    """Whether the thread of this token still runs."""
    return space.newbool(token == 0 or token in bootstrapper.tokens_alive)


def wait_for_thread_shutdown(space):
    """At exit: join the non-daemon threads as threading._shutdown()
    does, if threading was imported."""
    from interpreter.actions import report_unraisable
    w_modules = space.sys.get('modules')
    w_threading = space.finditem_str(w_modules, 'threading')
    if w_threading is None:
        return
    try:
        space.call_method(w_threading, '_shutdown')
    except OperationError as e:
        report_unraisable(space, e, w_threading)
