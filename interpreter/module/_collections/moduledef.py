"""The `_collections` module: the C part of collections (deque and
defaultdict; OrderedDict and Counter's helper stay pure-Python)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """High performance data structures.
- deque:        ordered collection accessible from endpoints only
- defaultdict:  dict subclass with a default value factory
"""
    applevel_name = '_collections'

    interpleveldefs = {
        'deque': 'interp_deque.deque_type()',
        '_deque_iterator': 'interp_deque.deque_iterator_type()',
        'defaultdict': 'interp_defaultdict.defaultdict_type()',
    }
