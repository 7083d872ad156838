"""What each OS thread of the interpreter owns, found through one
thread-local reference.

A thread started by `_thread.start_new_thread` gets a `ThreadState`: its
own ExecutionContext (frames, recursion depth, sys.exc_info), a token that
is never reused (thread idents are: `_thread._local` keys its per-thread
dicts on it) and the `_set_sentinel` locks to release when it ends.  The
main thread has no ThreadState: an empty thread-local means "the main
thread", whose context is the space's prebuilt `space.ec`.  So
`space.getexecutioncontext()` costs one thread-local read and one test.
"""

from __future__ import absolute_import

from rpython.rlib import rthread


class ThreadState(object):
    """The state of one thread started from app level."""

    def __init__(self, ec, token):
        self.ec = ec
        self.token = token
        self.sentinels_w = []


_current = rthread.ThreadLocalReference(ThreadState, loop_invariant=True)


def get_state():
    """The ThreadState of the running thread, None in the main thread."""
    return _current.get()


def set_state(state):
    _current.set(state)


def getexecutioncontext(space):
    state = _current.get()
    if state is None:
        return space.ec
    return state.ec


def in_main_thread(space):
    """Whether the running thread is the main one (the only one that runs
    Python signal handlers, as in CPython)."""
    return _current.get() is None


def current_token():
    """0 for the main thread, a number never reused for the others."""
    state = _current.get()
    if state is None:
        return 0
    return state.token
