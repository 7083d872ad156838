"""gc.collect() runs a full collection of RPython's GC, then what the
collection made due (the callbacks of weak references whose object died,
interpreter/actions.py) so that a program sees their effects when
collect() returns.

RPython's GC cannot be switched off: enable() and disable() only set the
flag that isenabled() answers, which programs use to restore the state
they found.
"""

from __future__ import absolute_import
from rpython.rlib import rgc

from interpreter.actions import run_pending_actions
from interpreter.error import oefmt
from interpreter.gateway import unwrap_spec
from objspace.std.weakrefobject import sweep_side_table


class _GcState(object):
    def __init__(self):
        self.enabled = True


_state = _GcState()


@unwrap_spec(generation=int)
def collect(space, generation=2):
    """Run the garbage collector.

The number of unreachable objects is not known; 0 is returned."""
    if generation < 0 or generation > 2:
        raise oefmt(space.w_ValueError, "invalid generation")
    rgc.collect()
    # the side table of lifelines lets go of the dead objects' lifelines
    # only when swept; a second collection then finds them dead
    sweep_side_table()
    rgc.collect()
    run_pending_actions(space)
    return space.newint(0)


def enable(space):
    """Enable automatic garbage collection."""
    _state.enabled = True


def disable(space):
    """Disable automatic garbage collection."""
    _state.enabled = False


def isenabled(space):
    """Returns true if automatic garbage collection is enabled."""
    return space.newbool(_state.enabled)
