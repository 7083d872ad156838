"""The `_random` module: the generator behind random.py."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Module implements the Mersenne Twister random number generator."""
    applevel_name = '_random'

    interpleveldefs = {
        'Random': 'interp_random.random_type()',
    }
