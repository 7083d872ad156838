"""The per-thread state of the interpreter: the chain of running frames,
the recursion depth, the exceptions being handled and the trace and
profile functions (their events: interpreter/tracing.py).  (One context
for now: threads come with the `_thread` module.)"""


from __future__ import absolute_import
from rpython.rlib import jit

from interpreter.error import oefmt


class ExecutionContext(object):
    """`topframeref` is the innermost running frame; `depth` the number
    of running frames, checked against space.sys_recursionlimit."""

    def __init__(self, space):
        self.space = space
        self.topframe = None
        self.depth = 0
        # the exceptions being handled by `except`/`finally` blocks,
        # innermost last: sys.exc_info() is the last one
        self.handled_errors = []
        # sys.settrace / sys.setprofile (None when unset); in_hook while
        # one of them runs (it is not traced itself), trace_event and
        # trace_frame the kind of event it was called for and its frame,
        # trace_jump where a 'line' event's f_lineno assignment goes (-1:
        # none); has_trace_hook is what tracing.switch counts
        self.w_tracefunc = None
        self.w_profilefunc = None
        self.in_hook = False
        self.trace_event = 0
        self.trace_frame = None
        self.trace_jump = -1
        self.has_trace_hook = False

    def enter(self, frame):
        space = self.space
        if self.depth >= space.recursionlimit:
            raise oefmt(space.w_RecursionError,
                        "maximum recursion depth exceeded")
        self.depth += 1
        frame.f_back = self.topframe
        self.topframe = frame

    def leave(self, frame):
        self.topframe = frame.f_back
        self.depth -= 1

    @jit.dont_look_inside
    def gettopframe(self):
        return self.topframe
