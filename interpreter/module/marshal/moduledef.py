"""The `marshal` module: our own format for constants and code objects,
used by the bytecode cache (docs/imports.rst)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module contains functions that can read and write Python values
in a binary format. The format is specific to pypy-c, but will not
change with the interpreter's version unless marshal.version changes."""
    applevel_name = 'marshal'

    interpleveldefs = {
        'dumps': 'interp_marshal.dumps',
        'loads': 'interp_marshal.loads',
        'dump': 'interp_marshal.dump',
        'load': 'interp_marshal.load',
        'version': 'interp_marshal.version()',
    }
