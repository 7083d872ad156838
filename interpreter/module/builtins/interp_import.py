"""__import__: the import statement's hook.

For now the modules that can be imported are the builtin modules (and
whatever is already in sys.modules); importing source files comes with
the import system of a later stage.
"""


from __future__ import absolute_import
from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec


@unwrap_spec(name='text', level=int)
def importhook(space, name, w_globals=None, w_locals=None, w_fromlist=None,
               level=0):
    """__import__(name, globals=None, locals=None, fromlist=(), level=0)
-> module"""
    if level < 0:
        raise oefmt(space.w_ValueError, "level must be >= 0")
    if level > 0:
        raise oefmt(space.w_ImportError,
                    "attempted relative import with no known parent package")
    if not name:
        raise oefmt(space.w_ValueError, "Empty module name")
    return import_module(space, name)


def import_module(space, name):
    w_name = space.newtext(name)
    w_module = space.finditem(space.w_modules, w_name)
    if w_module is not None:
        return w_module
    module = space.builtin_modules.get(name, None)
    if module is not None:
        space.setitem(space.w_modules, w_name, module)
        return module
    w_exc = space.call_function(space.w_ModuleNotFoundError,
                                space.newtext("No module named '%s'" % name))
    space.setattr(w_exc, space.newtext('name'), w_name)
    raise OperationError(space.w_ModuleNotFoundError, w_exc)
