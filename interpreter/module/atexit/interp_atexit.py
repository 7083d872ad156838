"""The registered exit functions, called last registered first."""

from __future__ import absolute_import

from interpreter.actions import report_unraisable
from interpreter.argument import Arguments
from interpreter.error import OperationError, oefmt


class _ExitFunc(object):
    def __init__(self, w_func, args_w, keywords, keywords_w):
        self.w_func = w_func
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w


class _AtexitState(object):
    def __init__(self):
        self.funcs = []


_state = _AtexitState()


def register(space, __args__):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword-arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    args_w = __args__.arguments_w
    if not args_w:
        raise oefmt(space.w_TypeError,
                    "register() takes at least 1 argument (0 given)")
    w_func = args_w[0]
    if space.lookup(w_func, '__call__') is None:
        raise oefmt(space.w_TypeError, "the first argument must be callable")
    _state.funcs.append(_ExitFunc(w_func, args_w[1:],
                                  __args__.keywords[:],
                                  __args__.keywords_w[:]))
    return w_func


def unregister(space, w_func):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    kept = []
    for entry in _state.funcs:
        if not space.eq_w(entry.w_func, w_func):
            kept.append(entry)
    _state.funcs = kept


def run_exitfuncs(space):
    """Run all registered exit functions.

If a callback raises an exception, it is logged with sys.unraisablehook."""
    while _state.funcs:
        entry = _state.funcs.pop()
        try:
            space.call_args(entry.w_func, Arguments(
                space, entry.args_w, entry.keywords, entry.keywords_w))
        except OperationError as e:
            report_unraisable(space, e, entry.w_func,
                              'Exception ignored in atexit callback: ')


def clear(space):
    """Clear the list of previously registered exit functions."""
    _state.funcs = []


def ncallbacks(space):
    """Return the number of registered exit functions."""
    return space.newint(len(_state.funcs))

