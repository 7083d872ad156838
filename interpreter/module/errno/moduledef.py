"""The `errno` module: the symbolic error codes of the system."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module.errno.interp_errno import ERRNO_NAMES


class Module(MixedModule):
    """This module makes available standard errno system symbols.

The value of each symbol is the corresponding integer value,
e.g., on most systems, errno.ENOENT equals the integer 2.

The dictionary errno.errorcode maps numeric codes to symbol names,
e.g., errno.errorcode[2] could be the string 'ENOENT'."""
    applevel_name = 'errno'

    interpleveldefs = {'errorcode': 'interp_errno.errorcode()'}
    for _name in ERRNO_NAMES:
        interpleveldefs[_name] = 'interp_errno.constant_%s()' % _name
    del _name
