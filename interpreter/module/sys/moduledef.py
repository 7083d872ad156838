"""The `sys` module."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides access to some objects used or maintained by the
interpreter and to functions that interact strongly with the interpreter."""
    applevel_name = 'sys'

    interpleveldefs = {
        'modules': 'space.w_modules',
        'argv': 'interp_sys.initial_argv()',
        'orig_argv': 'interp_sys.initial_argv()',
        'path': 'interp_sys.initial_path()',
        'executable': 'interp_sys.initial_executable()',
        'builtin_module_names': 'interp_sys.builtin_module_names()',
        'version': 'interp_sys.version()',
        'copyright': 'interp_sys.copyright()',
        'hexversion': 'interp_sys.hexversion()',
        'platform': 'interp_sys.platform()',
        'byteorder': 'interp_sys.byteorder()',
        'maxsize': 'interp_sys.maxsize()',
        'maxunicode': 'interp_sys.maxunicode()',
        'displayhook': 'interp_sys.displayhook',
        'excepthook': 'interp_excepthook.excepthook',
        '__excepthook__': 'interp_excepthook.excepthook',
        '__displayhook__': 'interp_sys.displayhook',
        'exit': 'interp_sys.exit',
        'exc_info': 'interp_sys.exc_info',
        'exception': 'interp_sys.exception',
        'getrecursionlimit': 'interp_sys.getrecursionlimit',
        'setrecursionlimit': 'interp_sys.setrecursionlimit',
        'getswitchinterval': 'interp_sys.getswitchinterval',
        'setswitchinterval': 'interp_sys.setswitchinterval',
        '_getframe': 'interp_sys.getframe',
        'settrace': 'interp_trace.settrace',
        'gettrace': 'interp_trace.gettrace',
        'setprofile': 'interp_trace.setprofile',
        'getprofile': 'interp_trace.getprofile',
        'getdefaultencoding': 'interp_sys.getdefaultencoding',
        'getfilesystemencoding': 'interp_sys.getdefaultencoding',
        'getfilesystemencodeerrors': 'interp_sys.getfilesystemencodeerrors',
        # the standard streams: set by interp_stdio.init_stdio
        'stdin': 'space.w_None',
        'stdout': 'space.w_None',
        'stderr': 'space.w_None',
        '__stdin__': 'space.w_None',
        '__stdout__': 'space.w_None',
        '__stderr__': 'space.w_None',
        'meta_path': 'interp_sys.new_list()',
        'path_hooks': 'interp_sys.new_list()',
        'path_importer_cache': 'interp_sys.new_dict()',
        'warnoptions': 'interp_sys.new_list()',
        '_xoptions': 'interp_sys.new_dict()',
        'dont_write_bytecode': 'space.w_False',
        'pycache_prefix': 'space.w_None',
        'prefix': 'interp_sys.initial_prefix()',
        'exec_prefix': 'interp_sys.initial_prefix()',
        'base_prefix': 'interp_sys.initial_prefix()',
        'base_exec_prefix': 'interp_sys.initial_prefix()',
        'platlibdir': 'interp_sys.platlibdir()',
        'stdlib_module_names': 'interp_sys.stdlib_module_names()',
        'getsizeof': 'interp_sys.getsizeof',
        'get_int_max_str_digits': 'interp_intlimit.get_int_max_str_digits',
        'set_int_max_str_digits': 'interp_intlimit.set_int_max_str_digits',
    }

    appleveldefs = {
        'flags': 'app_sys.flags',
        'version_info': 'app_sys.version_info',
        'float_info': 'app_sys.float_info',
        'int_info': 'app_sys.int_info',
        'hash_info': 'app_sys.hash_info',
        'thread_info': 'app_sys.thread_info',
        'implementation': 'app_sys.implementation',
        'intern': 'app_sys.intern',
        'audit': 'app_sys.audit',
        'addaudithook': 'app_sys.addaudithook',
        'breakpointhook': 'app_breakpoint.breakpointhook',
        '__breakpointhook__': 'app_breakpoint.breakpointhook',
    }
