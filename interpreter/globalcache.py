"""The LOAD_GLOBAL cache: one entry per name of a code object.

A global name is looked up in the globals dict, then in the builtins dict.
Each code object keeps, for each of its names (indexed like `co_names`),
the value that lookup found last, with what it was found in: the globals
dict, the builtins dict and the `version` of each (a W_DictObject bumps
its version after every write; objspace/std/dictobject.py).

The invariant: an entry holds the answer of that lookup for as long as
both dicts are the ones it names and neither version has moved.  That
holds because an entry is filled only when the lookup runs no app-level
code and depends on the dicts' contents alone: both dicts are exact
dicts (a subclass may override `__getitem__` or `__missing__`, which then
runs on every read, as in CPython) and all their keys are exact strs
(`only_str_keys`: a key with its own `__eq__` could start or stop equalling
the name without any write).  Anything else takes the generic lookup every
time, exactly as without the cache.

A hit is a few loads and compares; a miss looks up as before and refills
the entry in place.  An entry keeps its dicts and value alive until it is
refilled."""

from __future__ import absolute_import
from rpython.rlib.objectmodel import always_inline, dont_inline

from objspace.std.dictobject import W_DictObject


class GlobalCacheEntry(object):
    """What one name's lookup found, and in which dicts and versions."""

    def __init__(self, w_globals, w_builtins, w_value):
        self.fill(w_globals, w_builtins, w_value)

    def fill(self, w_globals, w_builtins, w_value):
        self.w_globals = w_globals
        self.globals_version = w_globals.version
        self.w_builtins = w_builtins
        self.builtins_version = w_builtins.version
        self.w_value = w_value


@always_inline
def load_global(space, pycode, w_globals, oparg):
    """The value of the global name co_names[oparg] seen from w_globals
    (then the builtins), or None if neither has it."""
    entry = pycode.global_cache[oparg]
    if (entry is not None and entry.w_globals is w_globals and
            entry.globals_version == entry.w_globals.version and
            entry.w_builtins is space.w_builtins_dict and
            entry.builtins_version == entry.w_builtins.version):
        return entry.w_value
    return _lookup_and_fill(space, pycode, w_globals, oparg)


def is_plain_dict(space, w_dict):
    """Whether looking up a str in w_dict runs no app-level code."""
    return (isinstance(w_dict, W_DictObject) and w_dict.only_str_keys and
            space.type(w_dict) is space.w_dict)


@dont_inline
def _lookup_and_fill(space, pycode, w_globals, oparg):
    w_name = pycode.co_names_w[oparg]
    w_builtins = space.w_builtins_dict
    if not (is_plain_dict(space, w_globals) and
            is_plain_dict(space, w_builtins)):
        w_value = space.finditem(w_globals, w_name)
        if w_value is None:
            w_value = space.finditem(w_builtins, w_name)
        return w_value
    assert isinstance(w_globals, W_DictObject)
    assert isinstance(w_builtins, W_DictObject)
    w_value = w_globals.getitem(w_name)
    if w_value is None:
        w_value = w_builtins.getitem(w_name)
        if w_value is None:
            return None
    entry = pycode.global_cache[oparg]
    if entry is None:
        pycode.global_cache[oparg] = GlobalCacheEntry(w_globals, w_builtins, w_value)
    else:
        entry.fill(w_globals, w_builtins, w_value)
    return w_value
