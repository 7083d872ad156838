"""The `_functools` module: the parts of functools written in C."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Tools that operate on functions."""
    applevel_name = '_functools'

    interpleveldefs = {
        'reduce': 'interp_functools.reduce',
        'partial': 'interp_functools.partial_type()',
    }
