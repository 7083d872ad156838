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
        'version_info': 'interp_sys.version_info()',
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
        '_getframe': 'interp_sys.getframe',
        'getdefaultencoding': 'interp_sys.getdefaultencoding',
        'getfilesystemencoding': 'interp_sys.getdefaultencoding',
    }
