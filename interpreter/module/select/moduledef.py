"""The `select` module: select() and poll() (no epoll: `selectors`
chooses PollSelector)."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module.select.interp_select import CONSTANTS


class Module(MixedModule):
    """This module supports asynchronous I/O on multiple file descriptors.

*** IMPORTANT NOTICE ***
On Windows, only sockets are supported; on Unix, all file descriptors."""
    applevel_name = 'select'

    interpleveldefs = {
        'select': 'interp_select.select',
        'poll': 'interp_select.poll',
        'error': 'space.w_OSError',
    }
    for _name in CONSTANTS:
        interpleveldefs[_name] = 'interp_select.constant_%s()' % _name
    del _name
