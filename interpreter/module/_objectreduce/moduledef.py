"""`_objectreduce`: the app-level bodies of `object.__reduce__`,
`object.__reduce_ex__` and `object.__getstate__` (what copy and pickle
call), reached from objspace/std/objectobject.py."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    applevel_name = '_objectreduce'

    interpleveldefs = {}
    appleveldefs = {
        'reduce_ex': 'app_objectreduce.reduce_ex',
        'reduce': 'app_objectreduce.reduce',
        'getstate': 'app_objectreduce.getstate',
    }
