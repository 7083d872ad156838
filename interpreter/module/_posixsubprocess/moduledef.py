"""The `_posixsubprocess` module: fork_exec for subprocess.Popen."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """A POSIX helper for the subprocess module."""
    applevel_name = '_posixsubprocess'

    interpleveldefs = {
        'fork_exec': 'interp_subprocess.fork_exec',
    }
