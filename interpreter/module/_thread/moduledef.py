"""`_thread` for a single-threaded interpreter (app level).

Locks, RLocks, thread-local data and the thread identity work, so that
`threading`, `functools`, `reprlib` and the rest of the stdlib import and
use their locks; starting a second OS thread is not supported yet and
raises RuntimeError (docs/modules.rst)."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides primitive operations to write multi-threaded
programs."""
    applevel_name = '_thread'

    interpleveldefs = {}
    appleveldefs = {}
    for _name in ['LockType', 'lock', 'RLock', 'allocate_lock',
                  'allocate', 'get_ident', 'get_native_id',
                  'start_new_thread', 'start_new', '_set_sentinel',
                  'TIMEOUT_MAX', 'error', '_local', 'stack_size', '_count',
                  'interrupt_main', 'exit', 'exit_thread',
                  '_excepthook', '_ExceptHookArgs',
                  'daemon_threads_allowed']:
        appleveldefs[_name] = 'app_thread.%s' % _name
    del _name
