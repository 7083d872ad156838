"""The `_ast` module (what `ast` is built on): the node classes of CPython
3.11's `ast`, made at start-up from the front end's node table
(nodetable.py), and the PyCF_* flags of compile()."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module._ast import nodetable


class Module(MixedModule):
    applevel_name = '_ast'

    interpleveldefs = {
        'PyCF_ONLY_AST': 'interp_ast.flag_only_ast()',
        'PyCF_TYPE_COMMENTS': 'interp_ast.flag_type_comments()',
        'PyCF_ALLOW_TOP_LEVEL_AWAIT': 'interp_ast.flag_top_level_await()',
    }
    appleveldefs = {
        'AST': 'app_ast.AST',
        '_build_classes': 'app_ast._build_classes',
    }

    def __init__(self, space):
        MixedModule.__init__(self, space)
        self.w_classes = {}     # name -> the node class (prebuilt)
        # kind -> [None, one shared instance per constructor] of the
        # enumerations, as CPython shares them in the trees it makes
        self.enum_instances_w = {}

    def install_applevel(self, space):
        MixedModule.install_applevel(self, space)
        w_build = self.get('_build_classes')
        space.delitem(self.w_dict, space.newtext('_build_classes'))
        specs = nodetable.build_specs()
        specs_w = []
        for spec in specs:
            fields_w = [space.newtext(f[0]) for f in spec.fields]
            optional_w = [space.newtext(n) for n in spec.optional_names()]
            if spec.base is None:
                w_base = space.w_None
            else:
                w_base = space.newtext(spec.base)
            specs_w.append(space.newtuple([
                space.newtext(spec.name), w_base, space.newtuple(fields_w),
                space.newtuple(optional_w),
                space.newtuple([space.newtext(a) for a in spec.attributes]),
                space.newtext(spec.doc)]))
        w_classes = space.call_function(w_build, space.newlist(specs_w))
        self.w_classes['AST'] = self.get('AST')
        for spec in specs:
            w_cls = space.getitem(w_classes, space.newtext(spec.name))
            space.setitem(self.w_dict, space.newtext(spec.name), w_cls)
            self.w_classes[spec.name] = w_cls
        for kind, names in nodetable.ENUMS:
            instances_w = [None]
            for name in names:
                instances_w.append(space.call_function(self.w_classes[name]))
            self.enum_instances_w[kind] = instances_w


def get_module(space):
    """The `_ast` module of this space (its node classes)."""
    mod = space.builtin_modules['_ast']
    assert isinstance(mod, Module)
    return mod
