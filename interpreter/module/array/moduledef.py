"""The `array` module: compact arrays of numbers and characters."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained."""
    applevel_name = 'array'

    interpleveldefs = {
        'array': 'interp_array.array_type()',
        'ArrayType': 'interp_array.array_type()',
        'typecodes': 'interp_array.typecodes()',
        '_array_reconstructor': 'interp_array._array_reconstructor',
    }
