"""`_thread`: OS threads sharing one GIL (docs/modules.rst, "Threads").

Locks and threads are interp-level (interp_lock.py, interp_thread.py, and
threadstate.py for what each thread owns); the reentrant lock, `_local`
and the exception hook are app-level (app_thread.py), where the
interp-level functions they use are globals."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides primitive operations to write multi-threaded
programs.
The 'threading' module provides a more convenient interface."""
    applevel_name = '_thread'

    interpleveldefs = {
        'LockType': 'interp_lock.lock_type()',
        'lock': 'interp_lock.lock_type()',
        'allocate_lock': 'interp_lock.allocate_lock',
        'allocate': 'interp_lock.allocate_lock',
        'start_new_thread': 'interp_thread.start_new_thread',
        'start_new': 'interp_thread.start_new_thread',
        'get_ident': 'interp_thread.get_ident',
        'get_native_id': 'interp_thread.get_native_id',
        '_count': 'interp_thread.count',
        'stack_size': 'interp_thread.stack_size',
        '_set_sentinel': 'interp_thread.set_sentinel',
        '_thread_token': 'interp_thread.thread_token',
        '_token_alive': 'interp_thread.token_alive',
        'TIMEOUT_MAX': 'interp_lock.timeout_max()',
        'error': 'space.w_RuntimeError',
    }
    appleveldefs = {}
    for _name in ['RLock', '_local', 'interrupt_main', 'exit',
                  'exit_thread', '_excepthook', '_ExceptHookArgs']:
        appleveldefs[_name] = 'app_thread.%s' % _name
    del _name

    # the interp-level names that app_thread.py uses as globals
    _shared_with_applevel = ['allocate_lock', 'get_ident', '_thread_token',
                             '_token_alive']

    def _run_applevel(self, space, package, filename, w_globals=None):
        if w_globals is None:
            w_globals = space.newdict()
            space.setitem(w_globals, space.newtext('__name__'),
                          space.newtext(self.applevel_name))
            space.setitem(w_globals, space.newtext('__builtins__'),
                          space.builtin)
            for name in self._shared_with_applevel:
                w_name = space.newtext(name)
                space.setitem(w_globals, w_name,
                              space.getitem(self.w_dict, w_name))
        return MixedModule._run_applevel(self, space, package, filename,
                                         w_globals)
