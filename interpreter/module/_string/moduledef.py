"""The `_string` module: the template parser that string.Formatter uses."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """string helper module"""
    applevel_name = '_string'

    interpleveldefs = {
        'formatter_parser': 'interp_string.formatter_parser',
        'formatter_field_name_split':
            'interp_string.formatter_field_name_split',
    }
