"""The interp-level functions of `_imp`.  There are no frozen modules and
no extension modules; the import lock is not needed by an interpreter
without threads."""


from __future__ import absolute_import
from interpreter.error import oefmt
from interpreter.gateway import unwrap_spec
from interpreter.module.builtins.interp_import import find_spec_on_path

__all__ = ['find_spec_on_path']


@unwrap_spec(name='text')
def is_builtin(space, name):
    """Returns True if the module name corresponds to a built-in
    module."""
    return space.newint(1 if name in space.builtin_modules else 0)


def create_builtin(space, w_spec):
    """Create an extension module."""
    name = space.text_w(space.getattr(w_spec, space.newtext('name')))
    module = space.builtin_modules.get(name, None)
    if module is None:
        raise oefmt(space.w_ImportError, "no built-in module named %s", name)
    return module


def exec_builtin(space, w_mod):
    """Initialize a built-in module."""
    return space.newint(0)


def acquire_lock(space):
    """Acquires the interpreter's import lock for the current thread."""


def release_lock(space):
    """Release the interpreter's import lock."""


def lock_held(space):
    """Return True if the import lock is currently held, else False."""
    return space.w_False


def extension_suffixes(space):
    """Returns the list of file suffixes used to identify extension
    modules."""
    return space.newlist([])


def is_frozen(space, w_name):
    """Returns True if the module name corresponds to a frozen module."""
    return space.w_False


def find_frozen(space, w_name, __args__):
    """Return info about the corresponding frozen module (if there is
    one) or None."""
    return space.w_None


def init_frozen(space, w_name):
    """Create a code object for a frozen module."""
    raise oefmt(space.w_ImportError, "No such frozen object named %R",
                w_name)


def fix_co_filename(space, w_code, w_path):
    """Changes code.co_filename to specify the passed-in file path."""


def check_hash_based_pycs(space):
    return space.newtext('never')
