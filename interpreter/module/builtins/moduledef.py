"""The `builtins` module."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from objspace.std.exceptionobject import (EXCEPTION_TABLE,
                                          EXCEPTION_ALIASES)
from objspace.std.objspace import BUILTIN_TYPES


class Module(MixedModule):
    """Built-in functions, exceptions, and other objects."""
    applevel_name = 'builtins'

    interpleveldefs = {
        'None': 'space.w_None',
        'True': 'space.w_True',
        'False': 'space.w_False',
        'Ellipsis': 'space.w_Ellipsis',
        'NotImplemented': 'space.w_NotImplemented',
        '__debug__': 'space.w_True',

        'print': 'interp_io.print_',
        'input': 'interp_io.input',
        'open': 'interp_io.open',
        'repr': 'interp_builtins.repr_',
        'ascii': 'interp_builtins.ascii',
        'len': 'interp_builtins.len_',
        'hash': 'interp_builtins.hash_',
        'id': 'interp_builtins.id_',
        'abs': 'interp_builtins.abs_',
        'iter': 'interp_functional.iter_',
        'next': 'interp_builtins.next_',
        'isinstance': 'interp_builtins.isinstance_',
        'issubclass': 'interp_builtins.issubclass_',
        'callable': 'interp_builtins.callable_',
        'getattr': 'interp_builtins.getattr_',
        'setattr': 'interp_builtins.setattr_',
        'delattr': 'interp_builtins.delattr_',
        'hasattr': 'interp_builtins.hasattr_',
        'chr': 'interp_builtins.chr_',
        'ord': 'interp_builtins.ord_',
        'divmod': 'interp_builtins.divmod_',
        'pow': 'interp_builtins.pow_',
        'format': 'interp_builtins.format_',
        'globals': 'interp_builtins.globals_',
        'locals': 'interp_builtins.locals_',

        'compile': 'interp_compile.compile_',
        'exec': 'interp_compile.exec_',
        'eval': 'interp_compile.eval_',
        '__import__': 'interp_import.importhook',

        '__build_class__': 'interp_classes.build_class',
        'dir': 'interp_classes.dir_',
        'vars': 'interp_classes.vars_',

        'sorted': 'interp_functional.sorted_',
        'min': 'interp_functional.min_',
        'max': 'interp_functional.max_',
        'sum': 'interp_functional.sum_',
        'all': 'interp_functional.all_',
        'any': 'interp_functional.any_',
        'round': 'interp_functional.round_',
        'bin': 'interp_functional.bin_',
        'oct': 'interp_functional.oct_',
        'hex': 'interp_functional.hex_',
    }
    appleveldefs = {
        'BaseExceptionGroup': 'app_exceptiongroup.BaseExceptionGroup',
        'ExceptionGroup': 'app_exceptiongroup.ExceptionGroup',
        'breakpoint': 'app_breakpoint.breakpoint',
    }

    # every builtin type and exception class, by its app-level name
    for _name, _typedef in BUILTIN_TYPES:
        interpleveldefs[_name] = 'space.w_' + _name
    for _name, _ in EXCEPTION_TABLE:
        interpleveldefs[_name] = 'space.w_' + _name
    for _name, _target in EXCEPTION_ALIASES:
        interpleveldefs[_name] = 'space.w_' + _target
    del _name, _typedef, _target
