"""The `_signal` module (what `signal` is built on)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module._signal.interp_signal import SignalState, \
    SIGNAL_NAMES


class Module(MixedModule):
    """This module provides mechanisms to use signal handlers in Python."""
    applevel_name = '_signal'

    interpleveldefs = {
        'signal': 'interp_signal.signal',
        'getsignal': 'interp_signal.getsignal',
        'default_int_handler': 'interp_signal.default_int_handler',
        'alarm': 'interp_signal.alarm',
        'set_wakeup_fd': 'interp_signal.set_wakeup_fd',
        'raise_signal': 'interp_signal.raise_signal',
    }
    for _name in SIGNAL_NAMES + ['NSIG', 'SIG_DFL', 'SIG_IGN']:
        interpleveldefs[_name] = 'interp_signal.constant_%s()' % _name
    del _name

    def __init__(self, space):
        MixedModule.__init__(self, space)
        self.state = SignalState(space)
