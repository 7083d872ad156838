"""The interp-level `_signal`: handlers written in Python for the signals
of the process.

A C handler (rsignal's pypysig_setflag) only records that a signal
arrived and sets a counter negative; the dispatch loop looks at that
counter each time it returns from a run of bytecodes (`signals_pending`,
one load and compare) and then calls the Python handlers
(`run_pending_handlers`) in the running frame, so an exception a handler
raises (KeyboardInterrupt from default_int_handler) appears there.
"""


from __future__ import absolute_import
import os

from rpython.rlib import rsignal
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import intmask

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec
from interpreter.module._thread.threadstate import in_main_thread

NSIG = rsignal.NSIG
SIG_DFL = rsignal.SIG_DFL
SIG_IGN = rsignal.SIG_IGN
SIGNAL_NAMES = [name for name in rsignal.signal_names
                if name.startswith('SIG') and not name.startswith('SIG_')]


class SignalState(object):
    """The Python handlers of the signals (None: not set from Python)."""

    def __init__(self, space):
        self.handlers_w = [None] * NSIG


# untranslated, each look at the C counter is a slow ll2ctypes call: look
# only once a C handler is installed (translated, this is not read)
_untranslated_flag_installed = [False]


def get_state(space):
    module = space.builtin_modules['_signal']
    from interpreter.module._signal.moduledef import Module
    assert isinstance(module, Module)
    return module.state


def signals_pending(space):
    """Whether a signal arrived since the last run of the handlers."""
    if not we_are_translated() and not _untranslated_flag_installed[0]:
        return False
    return rsignal.pypysig_getaddr_occurred().c_value < 0


def run_pending_handlers(space, frame):
    """Call the Python handler of every signal that arrived."""
    if not in_main_thread(space):
        return      # (left pending: only the main thread runs handlers)
    state = get_state(space)
    rsignal.pypysig_getaddr_occurred().c_value = 0
    while True:
        signum = intmask(rsignal.pypysig_poll())
        if signum < 0:
            break
        w_handler = state.handlers_w[signum]
        if w_handler is None or space.is_none(w_handler):
            continue
        if space.isinstance_w(w_handler, space.w_int):
            continue
        w_frame = frame if frame is not None else space.w_None
        space.call_function(w_handler, space.newint(signum), w_frame)


def default_int_handler(space, w_signum, w_frame):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise OperationError(space.w_KeyboardInterrupt,
                         space.call_function(space.w_KeyboardInterrupt))


def install_sigint_handler(space):
    """At start-up of the binary: SIGINT raises KeyboardInterrupt (unless
    the parent made the process ignore it)."""
    state = get_state(space)
    w_handler = space.getattr(space.builtin_modules['_signal'],
                              space.newtext('default_int_handler'))
    state.handlers_w[rsignal.SIGINT] = w_handler
    rsignal.pypysig_setflag(rsignal.SIGINT)
    _untranslated_flag_installed[0] = True


def _check_signum(space, signum):
    if signum < 1 or signum >= NSIG:
        raise oefmt(space.w_ValueError, "signal number out of range")


@unwrap_spec(signum=int)
def signal(space, signum, w_handler):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned."""
    _check_signum(space, signum)
    state = get_state(space)
    w_old = getsignal(space, signum)
    if space.isinstance_w(w_handler, space.w_int):
        which = space.int_w(w_handler)
        if which == SIG_DFL:
            rsignal.pypysig_default(signum)
        elif which == SIG_IGN:
            rsignal.pypysig_ignore(signum)
        else:
            raise oefmt(space.w_TypeError,
                        "signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
    else:
        if space.lookup(w_handler, '__call__') is None:
            raise oefmt(space.w_TypeError,
                        "signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
        if signum in (rsignal.SIGKILL, rsignal.SIGSTOP):
            raise OperationError(space.w_OSError, space.call_function(
                space.w_OSError, space.newint(22),
                space.newtext('Invalid argument')))
        rsignal.pypysig_setflag(signum)
        _untranslated_flag_installed[0] = True
    state.handlers_w[signum] = w_handler
    return w_old


@unwrap_spec(signum=int)
def getsignal(space, signum):
    """Return the current action for the given signal."""
    _check_signum(space, signum)
    w_handler = get_state(space).handlers_w[signum]
    if w_handler is None:
        return space.newint(SIG_DFL)
    return w_handler


@unwrap_spec(seconds=int)
def alarm(space, seconds):
    """Arrange for SIGALRM to arrive after the given number of
seconds."""
    return space.newint(intmask(rsignal.c_alarm(seconds)))


@unwrap_spec(fd=int, warn_on_full_buffer='truth')
def set_wakeup_fd(space, fd, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal
comes in.  Returns the previous fd, -1 when there was none."""
    if fd != -1:
        try:
            os.fstat(fd)
        except OSError as e:
            from interpreter.module.posix.interp_posix import oserror
            raise oserror(space, e)
    old = rsignal.pypysig_set_wakeup_fd(fd, 0)
    return space.newint(intmask(old))


@unwrap_spec(signum=int)
def raise_signal(space, signum):
    """Send a signal to the executing process."""
    _check_signum(space, signum)
    os.kill(os.getpid(), signum)
    if signals_pending(space):
        run_pending_handlers(space, None)


def _make_constants():
    for name in SIGNAL_NAMES + ['NSIG', 'SIG_DFL', 'SIG_IGN']:
        value = getattr(rsignal, name)
        func = lambda space, value=value: space.newint(value)
        func.__name__ = 'constant_' + name
        globals()[func.__name__] = func


_make_constants()
