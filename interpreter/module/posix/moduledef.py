"""The `posix` module (what `os` is built on)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard."""
    applevel_name = 'posix'

    interpleveldefs = {
        'open': 'interp_posix.open',
        'read': 'interp_posix.read',
        'write': 'interp_posix.write',
        'close': 'interp_posix.close',
        'getcwd': 'interp_posix.getcwd',
        'strerror': 'interp_posix.strerror',
        'isatty': 'interp_posix.isatty',
    }
    for _name in ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC',
                  'O_APPEND', 'O_EXCL']:
        interpleveldefs[_name] = 'interp_posix.constant_%s()' % _name
    del _name
