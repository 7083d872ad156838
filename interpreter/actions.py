"""Work that the garbage collector asks for, done later at a safe point.

The GC may find dead objects at any allocation; what must then happen at
app level (calling the callbacks of weak references, ...) cannot run
inside the GC.  A finalizer queue's `finalizer_trigger` only calls
`fire()`, which sets a flag; the work itself runs in
`run_pending_actions(space)`, called where running app-level code is
safe: by the dispatch loop between two instructions, and by
`gc.collect()` right after collecting (which makes the order of events
deterministic enough for tests).

A module that needs such work registers its handler at import time with
`register_action(handler)`; a handler takes the space and returns nothing.

The dispatch loop's check at each backward jump is `poll`: it counts
down one ticker, and only when that goes negative does `periodic_work`
run: the Python signal handlers, an offer of the GIL to a waiting thread,
the fired handlers.  The ticker goes negative every `interval` polls
(sys.setswitchinterval sets it), and at once when `fire()` is called or
a signal arrives: translated, the ticker is rsignal's C counter, which
the C signal handler sets to -1, so that signals, actions and thread
switches cost one decrement and test together.
"""

from __future__ import absolute_import

from rpython.rlib import rgil, rsignal
from rpython.rlib.objectmodel import we_are_translated


# polls between two offers of the GIL for the default switch interval
# (5 ms): a translated pypy-c makes some 2e6 polls (backward jumps) a second
TICKS_PER_SECOND = 2000000.0
DEFAULT_SWITCH_INTERVAL = 0.005


class _ActionState(object):
    """The mutable flags, shared by all threads (a prebuilt instance,
    writable after translation; only the thread holding the GIL runs)."""

    def __init__(self):
        self.fired = False
        self.ticker = 0
        self.switch_interval = DEFAULT_SWITCH_INTERVAL
        self.interval = int(DEFAULT_SWITCH_INTERVAL * TICKS_PER_SECOND)
        # set when a second thread starts (untranslated, where offering
        # the GIL is a slow call, it is done only from then on)
        self.threads_started = False


_state = _ActionState()
_handlers = []


def register_action(handler):
    """Run handler(space) at the next safe point after each `fire()`
    (called at import time only)."""
    if handler not in _handlers:
        _handlers.append(handler)


def fire():
    """Ask for the handlers to run at the next safe point (safe to call
    from a finalizer_trigger)."""
    _state.fired = True
    _set_ticker(-1)


def _set_ticker(value):
    if we_are_translated():
        rsignal.pypysig_getaddr_occurred().c_value = value
    else:
        # untranslated, the C counter is a slow ll2ctypes call
        _state.ticker = value


def set_switch_interval(seconds):
    """How often the running thread offers the GIL to the others."""
    _state.switch_interval = seconds
    _state.interval = max(1, int(seconds * TICKS_PER_SECOND))


def get_switch_interval():
    return _state.switch_interval


def threads_started():
    _state.threads_started = True


def poll(space, frame):
    """The dispatch loop's check, at each backward jump of `frame`."""
    if we_are_translated():
        counter = rsignal.pypysig_getaddr_occurred()
        counter.c_value -= 1
        if counter.c_value >= 0:
            return
    else:
        from interpreter.module._signal.interp_signal import (
            signals_pending)
        _state.ticker -= 1
        if _state.ticker >= 0 and not signals_pending(space):
            return
    periodic_work(space, frame)


def periodic_work(space, frame):
    """Run what `poll` found due (frame: where a signal handler raises)."""
    from interpreter.module._signal.interp_signal import (
        signals_pending, run_pending_handlers)
    if signals_pending(space):
        run_pending_handlers(space, frame)
    # (after the signal handlers, which reset the C counter; in another
    # thread than the main one they did not run, and the counter stays
    # negative until the main thread sees it)
    if not signals_pending(space):
        _set_ticker(_state.interval)
    if _state.threads_started or we_are_translated():
        rgil.yield_thread()
    run_pending_actions(space)


def run_pending_actions(space):
    """Run the handlers if something fired since the last time."""
    if not _state.fired:
        return
    _state.fired = False
    for handler in _handlers:
        handler(space)


def report_unraisable(space, operr, w_where,
                      prefix='Exception ignored in: '):
    """An exception that nothing can catch (raised by a weakref callback,
    an exit function, ...): printed to stderr as CPython prints it,
    'Exception ignored in: <repr of w_where>' and the traceback."""
    from interpreter.error import OperationError
    from interpreter.module.sys.interp_excepthook import (format_exception,
                                                          write_stderr)
    w_value = operr.get_w_value(space)
    w_tb = operr.get_traceback()
    if w_tb is None:
        w_tb = space.w_None
    lines = []
    try:
        where = space.text_w(space.repr(w_where))
    except OperationError:
        where = '<object repr() failed>'
    lines.append(prefix + where + '\n')
    format_exception(space, space.type(w_value), w_value, w_tb, lines)
    write_stderr(space, ''.join(lines))
