"""The per-thread state of the interpreter: the chain of running frames
and the recursion depth.  (One context for now: threads come with the
`_thread` module.)"""


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
