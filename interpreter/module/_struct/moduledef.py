"""The `_struct` module: what struct.py re-exports."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Functions to convert between Python values and C structs."""
    applevel_name = '_struct'

    interpleveldefs = {
        '_clearcache': 'interp_struct._clearcache',
        'pack': 'interp_struct.pack',
        'unpack': 'interp_struct.unpack',
        'unpack_from': 'interp_struct.unpack_from',
        'pack_into': 'interp_struct.pack_into',
        'iter_unpack': 'interp_struct.iter_unpack',
        'calcsize': 'interp_struct.calcsize',
        'Struct': 'interp_struct.struct_type()',
    }
    appleveldefs = {
        'error': 'app_struct.error',
    }
