"""The `itertools` module: fast iterator building blocks."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module.itertools.interp_itertools import ALL_TYPES


class Module(MixedModule):
    """Functional tools for creating and using iterators."""
    applevel_name = 'itertools'

    interpleveldefs = {'tee': 'interp_itertools.tee'}
    for _name in ALL_TYPES:
        interpleveldefs[_name] = 'interp_itertools.type_%s()' % _name
    del _name
