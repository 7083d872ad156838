"""The `_operator` module: only `_compare_digest` so far (hmac imports
it); operator.py defines the operator functions itself when they are
missing here."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    applevel_name = '_operator'

    interpleveldefs = {
        '__doc__': 'interp_operator.module_doc()',
        '_compare_digest': 'interp_operator.compare_digest',
    }
