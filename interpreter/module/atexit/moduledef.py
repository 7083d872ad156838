"""The `atexit` module: functions to call when the interpreter exits.

The program's entry point calls `interp_atexit.run_exitfuncs(space)` once
the main program has finished (normally or by an exception)."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""
    applevel_name = 'atexit'

    interpleveldefs = {
        'register': 'interp_atexit.register',
        'unregister': 'interp_atexit.unregister',
        '_run_exitfuncs': 'interp_atexit.run_exitfuncs',
        '_clear': 'interp_atexit.clear',
        '_ncallbacks': 'interp_atexit.ncallbacks',
    }
