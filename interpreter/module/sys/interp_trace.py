"""sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile: the hooks
of this thread (the events are emitted by interpreter/tracing.py)."""


from __future__ import absolute_import
from interpreter import tracing


def settrace(space, w_function):
    """Set the global debug tracing function.

It will be called on each function call.  See the debugger chapter
in the library manual."""
    tracing.settrace(space, w_function)


def gettrace(space):
    """Return the global debug tracing function set with sys.settrace.

See the debugger chapter in the library manual."""
    return tracing.gettrace(space)


def setprofile(space, w_function):
    """Set the profiling function.

It will be called on each function call and return.  See the profiler
chapter in the library manual."""
    tracing.setprofile(space, w_function)


def getprofile(space):
    """Return the profiling function set with sys.setprofile.

See the profiler chapter in the library manual."""
    return tracing.getprofile(space)
