"""The `_weakref` module: weak references (what `weakref` is built on).
The types and functions are in objspace/std/weakrefobject.py."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Weak-reference support module."""
    applevel_name = '_weakref'

    interpleveldefs = {
        'ref': 'interp_weakref.reference_type()',
        'ReferenceType': 'interp_weakref.reference_type()',
        'ProxyType': 'interp_weakref.proxy_type()',
        'CallableProxyType': 'interp_weakref.callable_proxy_type()',
        'proxy': 'interp_weakref.proxy',
        'getweakrefcount': 'interp_weakref.getweakrefcount',
        'getweakrefs': 'interp_weakref.getweakrefs',
        '_remove_dead_weakref': 'interp_weakref.remove_dead_weakref',
    }
