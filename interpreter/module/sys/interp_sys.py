"""The interp-level functions and values of `sys`."""


from __future__ import absolute_import
import os
import sys

from rpython.rlib.rarithmetic import LONG_BIT

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec

# The language version we implement, and our own.
PYTHON_VERSION = (3, 11, 0, 'final', 0)
IMPLEMENTATION_VERSION = '0.1.0'


def initial_argv(space):
    return space.newlist([space.newtext('')])


# The directory that holds lib_pypy/ and .toolchain/lib-python/ when
# running untranslated; the translated binary finds its own at start-up
# (goal/app_main.py).
SOURCE_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))))
STDLIB_DIR = os.path.join(SOURCE_ROOT, '.toolchain', 'lib-python')


def initial_path(space):
    return space.newlist([
        space.newtext(os.path.join(SOURCE_ROOT, 'lib_pypy')),
        space.newtext(STDLIB_DIR)])


def initial_prefix(space):
    return space.newtext(SOURCE_ROOT)


def platlibdir(space):
    return space.newtext('lib')


def new_list(space):
    return space.newlist([])


def new_dict(space):
    return space.newdict()


def stdlib_module_names(space):
    """The top-level modules of the standard library (CPython's, as found
    in lib-python when building, and ours)."""
    from interpreter.module.moduledefs import builtin_module_classes
    names = {}
    for cls in builtin_module_classes(space):
        names[cls.applevel_name] = None
    if os.path.isdir(STDLIB_DIR):
        for entry in os.listdir(STDLIB_DIR):
            path = os.path.join(STDLIB_DIR, entry)
            if entry.endswith('.py'):
                names[entry[:-3]] = None
            elif os.path.isfile(os.path.join(path, '__init__.py')):
                names[entry] = None
    for name in ['__main__', 'test', 'site-packages']:
        names.pop(name, None)
    return space.call_function(space.w_frozenset, space.newlist(
        [space.newtext(name) for name in sorted(names)]))


def getsizeof(space, w_object, w_default=None):
    """Return the size of object in bytes: what its __sizeof__() says,
    plus the header that the garbage collector adds."""
    w_method = space.lookup(w_object, '__sizeof__')
    if w_method is None:
        # types without __sizeof__ count as a bare object
        if w_default is not None:
            return w_default
        return space.newint(OBJECT_SIZE + GC_HEADER_SIZE)
    w_size = space.get_and_call_function(w_method, w_object)
    size = space.int_w(w_size)
    if size < 0:
        raise oefmt(space.w_ValueError, "__sizeof__() should return >= 0")
    return space.newint(size + GC_HEADER_SIZE)


GC_HEADER_SIZE = 16
OBJECT_SIZE = 16


def initial_executable(space):
    return space.newtext('')


def builtin_module_names(space):
    from interpreter.module.moduledefs import builtin_module_classes
    names = sorted([cls.applevel_name
                    for cls in builtin_module_classes(space)])
    return space.newtuple([space.newtext(name) for name in names])


def version(space):
    major, minor, micro = PYTHON_VERSION[:3]
    return space.newtext('%d.%d.%d (pypy-c %s, RPython)' % (
        major, minor, micro, IMPLEMENTATION_VERSION))


def copyright(space):
    # what site.py shows as builtins.copyright
    return space.newtext(
        'pypy-c, a Python 3 interpreter written in RPython.\n\n'
        'Python and its standard library:\n'
        'Copyright (c) 2001-2023 Python Software Foundation.\n'
        'All Rights Reserved.')


def hexversion(space):
    major, minor, micro = PYTHON_VERSION[:3]
    return space.newint((major << 24) | (minor << 16) | (micro << 8) | 0xf0)


def platform(space):
    return space.newtext('linux')


def byteorder(space):
    return space.newtext(sys.byteorder)


def maxsize(space):
    return space.newint((1 << (LONG_BIT - 1)) - 1)


def maxunicode(space):
    return space.newint(0x10ffff)


def displayhook(space, w_value):
    """Print an object to sys.stdout and also save it in builtins._"""
    from interpreter.module.builtins.interp_io import print_
    from interpreter.argument import Arguments
    if space.is_none(w_value):
        return
    w_underscore = space.newtext('_')
    space.setitem(space.w_builtins_dict, w_underscore, space.w_None)
    print_(space, [space.repr(w_value)], Arguments(space, []))
    space.setitem(space.w_builtins_dict, w_underscore, w_value)


def exit(space, w_status=None):
    """Exit the interpreter by raising SystemExit(status)."""
    if w_status is None:
        w_exc = space.call_function(space.w_SystemExit)
    else:
        w_exc = space.call_function(space.w_SystemExit, w_status)
    raise OperationError(space.w_SystemExit, w_exc)


def getrecursionlimit(space):
    """Return the current value of the recursion limit."""
    return space.newint(space.recursionlimit)


@unwrap_spec(limit=int)
def setrecursionlimit(space, limit):
    """Set the maximum depth of the Python interpreter stack to n."""
    if limit < 1:
        raise oefmt(space.w_ValueError, "recursion limit must be greater or "
                    "equal than 1")
    space.recursionlimit = limit


def getswitchinterval(space):
    """Return the current thread switch interval; see
sys.setswitchinterval()."""
    from interpreter.actions import get_switch_interval
    return space.newfloat(get_switch_interval())


@unwrap_spec(interval=float)
def setswitchinterval(space, interval):
    """Set the ideal thread switching delay inside the Python interpreter
(interpreter/actions.py)."""
    from interpreter.actions import set_switch_interval
    if interval <= 0.0:
        raise oefmt(space.w_ValueError,
                    "switch interval must be strictly positive")
    set_switch_interval(interval)


@unwrap_spec(depth=int)
def getframe(space, depth=0):
    """Return a frame object from the call stack."""
    frame = space.getexecutioncontext().gettopframe()
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        raise oefmt(space.w_ValueError, "call stack is not deep enough")
    return frame


def getdefaultencoding(space):
    """Return the current default encoding used by the Unicode
    implementation."""
    return space.newtext('utf-8')


def getfilesystemencodeerrors(space):
    """Return the error mode used Unicode to OS filename conversion."""
    return space.newtext('surrogateescape')


def exc_info(space):
    """Return information about the most recent exception caught by an
    except clause in the current stack frame or in an older stack frame."""
    handled = space.getexecutioncontext().handled_errors
    if not handled:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    operr = handled[-1]
    w_value = operr.get_w_value(space)
    w_tb = operr.get_traceback()
    if w_tb is None:
        w_tb = space.w_None
    return space.newtuple([space.type(w_value), w_value, w_tb])


def exception(space):
    """Return the current exception."""
    handled = space.getexecutioncontext().handled_errors
    if not handled:
        return space.w_None
    return handled[-1].get_w_value(space)
