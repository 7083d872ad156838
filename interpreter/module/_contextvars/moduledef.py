"""The `_contextvars` module (what `contextvars` re-exports): context
variables, written at app level (app_contextvars.py).  There is one
thread, so the current context is a module global."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Context Variables"""
    applevel_name = '_contextvars'

    appleveldefs = {
        'Context': 'app_contextvars.Context',
        'ContextVar': 'app_contextvars.ContextVar',
        'Token': 'app_contextvars.Token',
        'copy_context': 'app_contextvars.copy_context',
    }
