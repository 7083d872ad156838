"""The `_imp` module: the import machinery's primitives, as importlib
expects them, plus the default finders and loaders (app_imp.py)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """(Extremely) low-level import machinery bits as used by importlib."""
    applevel_name = '_imp'

    interpleveldefs = {
        'is_builtin': 'interp_imp.is_builtin',
        'create_builtin': 'interp_imp.create_builtin',
        'exec_builtin': 'interp_imp.exec_builtin',
        'acquire_lock': 'interp_imp.acquire_lock',
        'release_lock': 'interp_imp.release_lock',
        'lock_held': 'interp_imp.lock_held',
        'extension_suffixes': 'interp_imp.extension_suffixes',
        'is_frozen': 'interp_imp.is_frozen',
        'is_frozen_package': 'interp_imp.is_frozen',
        'find_frozen': 'interp_imp.find_frozen',
        'init_frozen': 'interp_imp.init_frozen',
        'get_frozen_object': 'interp_imp.init_frozen',
        '_fix_co_filename': 'interp_imp.fix_co_filename',
        'check_hash_based_pycs': 'interp_imp.check_hash_based_pycs()',
        '_find_spec': 'interp_imp.find_spec_on_path',
    }

    appleveldefs = {
        'ModuleSpec': 'app_imp.ModuleSpec',
        'spec_for': 'app_imp.spec_for',
        'SourceFileLoader': 'app_imp.SourceFileLoader',
        'NamespaceLoader': 'app_imp.NamespaceLoader',
        'BuiltinImporter': 'app_imp.BuiltinImporter',
        'PathFinder': 'app_imp.PathFinder',
        'FileFinder': 'app_imp.FileFinder',
    }

    def install_applevel(self, space):
        MixedModule.install_applevel(self, space)
        # sys.meta_path starts with the two default finders
        w_meta_path = space.builtin_modules['sys'].get('meta_path')
        space.call_method(w_meta_path, 'extend', space.newlist(
            [self.get('BuiltinImporter'), self.get('PathFinder')]))
        # and sys.path_hooks with the finder of a directory
        w_path_hooks = space.builtin_modules['sys'].get('path_hooks')
        space.call_method(w_path_hooks, 'append', space.getattr(
            self.get('FileFinder'), space.newtext('path_hook')))
