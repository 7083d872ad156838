"""`_genericalias`: the types behind `list[int]` and `int | str`
(`types.GenericAlias`, `types.UnionType`), written at app level.

The builtin types' `__class_getitem__` and `type.__or__` create them
through `objspace/std/genericalias.py`."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    applevel_name = '_genericalias'

    interpleveldefs = {}
    appleveldefs = {
        'GenericAlias': 'app_genericalias.GenericAlias',
        'UnionType': 'app_genericalias.UnionType',
        'make_union': 'app_genericalias.make_union',
    }
