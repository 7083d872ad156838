"""The `_warnings` module: the warning filters and `warn`/`warn_explicit`,
which warnings.py takes from here (app_warnings.py)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""
    applevel_name = '_warnings'

    appleveldefs = {}
    for _name in ['filters', '_defaultaction', '_onceregistry', 'warn',
                  'warn_explicit', '_filters_mutated']:
        appleveldefs[_name] = 'app_warnings.%s' % _name
    del _name
