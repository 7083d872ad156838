"""The registry of builtin modules: which exist, and in which order the
space creates them (builtins first: the others' app-level parts use it)."""



from __future__ import absolute_import
def builtin_module_classes(space):
    from interpreter.module.builtins.moduledef import Module as Builtins
    from interpreter.module.sys.moduledef import Module as Sys
    from interpreter.module.posix.moduledef import Module as Posix
    return [Builtins, Sys, Posix]


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
    for cls in classes:
        modules[cls.applevel_name].install_applevel(space)
    return modules
