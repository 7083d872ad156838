"""The registry of builtin modules: which exist, and in which order the
space creates them.

Every package `interpreter/module/<pkg>/` with a `moduledef.py` defining
`Module` is a builtin module.  `builtins` and `sys` come first (the others'
app-level parts use them), then the rest by name, so the order is the same
on every machine.  A module may be left out of a build by the options: its
`Module.enabled(config)` answers (the default is always).
"""

from __future__ import absolute_import
import os

FIRST = ['builtins', 'sys']


def module_packages():
    """The names of the packages that hold a builtin module, in order."""
    here = os.path.dirname(os.path.abspath(__file__))
    found = [name for name in os.listdir(here)
             if os.path.isfile(os.path.join(here, name, 'moduledef.py'))]
    rest = sorted([name for name in found if name not in FIRST])
    return FIRST + rest


def import_interplevel_files():
    """Import every interp-level file that a module's table names, so that
    the TypeDefs they define (deque, _random.Random...) exist before the
    space makes its type objects (objspace/std/objspace.py)."""
    for pkg in module_packages():
        mod = __import__('interpreter.module.%s.moduledef' % pkg,
                         None, None, ['Module'])
        for spec in mod.Module.interpleveldefs.values():
            if not spec.startswith('space.'):
                __import__('interpreter.module.%s.%s'
                           % (pkg, spec.split('.')[0]))


def builtin_module_classes(space):
    classes = []
    for pkg in module_packages():
        mod = __import__('interpreter.module.%s.moduledef' % pkg,
                         None, None, ['Module'])
        cls = mod.Module
        if cls.enabled(space.config):
            classes.append(cls)
    return classes


def make_builtin_modules(space):
    """{app-level name: module}, every module built."""
    modules = {}
    classes = builtin_module_classes(space)
    for cls in classes:
        module = cls(space)
        module.install_interplevel(space)
        modules[cls.applevel_name] = module
    space.builtin = modules['builtins']
    space.w_builtins_dict = space.builtin.w_dict
    space.builtin_modules = modules     # app-level parts may look them up
    for cls in classes:
        modules[cls.applevel_name].install_applevel(space)
    return modules
