"""The `termios` module: POSIX terminal control (interp_termios.py calls
the C library, app_termios.py gives the CPython interface)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides an interface to the Posix calls for tty I/O
control."""
    applevel_name = 'termios'

    interpleveldefs = {}
    appleveldefs = {'error': 'app_termios.error'}
    for _name in ['tcgetattr', 'tcsetattr', 'tcsendbreak', 'tcdrain',
                  'tcflush', 'tcflow']:
        interpleveldefs['_' + _name] = 'interp_termios.' + _name
        appleveldefs[_name] = 'app_termios.' + _name
    del _name

    def install_interplevel(self, space):
        from interpreter.module.termios.interp_termios import constants
        MixedModule.install_interplevel(self, space)
        space.call_method(self.w_dict, 'update', constants(space))
