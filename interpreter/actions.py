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
"""

from __future__ import absolute_import


class _ActionState(object):
    """The one mutable flag (a prebuilt instance, writable after
    translation)."""

    def __init__(self):
        self.fired = False


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
