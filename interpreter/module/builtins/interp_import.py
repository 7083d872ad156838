"""The import system, at interp level: `__import__` and what the import
statements need (docs/imports.rst).

A module is looked up in sys.modules, then by the finders of
sys.meta_path in order.  The two default finders, _imp.BuiltinImporter and
_imp.PathFinder, are recognised by identity and done here directly (no
app-level call); any other finder is asked through its `find_spec` as in
CPython, and the module it describes is made by its loader.  PathFinder
looks along sys.path (or the parent package's __path__) for a package
directory with `__init__.py`, then for `name.py`; directories without
`__init__.py` make a namespace package when nothing else is found.

A source module's code is cached in __pycache__ (interp_pyc.py).
"""


from __future__ import absolute_import
import os
import stat
from rpython.rlib import rpath

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec


@unwrap_spec(name='text', level=int)
def importhook(space, name, w_globals=None, w_locals=None, w_fromlist=None,
               level=0):
    """__import__(name, globals=None, locals=None, fromlist=(), level=0)
-> module

Import a module.  Because this function is meant for use by the Python
interpreter and not for general use, it is better to use
importlib.import_module() to programmatically import a module."""
    if level < 0:
        raise oefmt(space.w_ValueError, "level must be >= 0")
    if level > 0:
        package = calc_package(space, w_globals)
        absname = resolve_name(space, name, package, level)
    else:
        if not name:
            raise oefmt(space.w_ValueError, "Empty module name")
        absname = name
    w_module = import_absolute(space, absname)
    has_from = (w_fromlist is not None and not space.is_none(w_fromlist)
                and space.is_true(w_fromlist))
    if not has_from:
        dot = name.find('.')
        if dot < 0:
            if level == 0 or name:
                return w_module
        elif level == 0:
            return import_absolute(space, name[:dot])
        if not name:
            return w_module
        # `from . import` never gets here; `import .a.b` is not syntax,
        # but __import__('a.b', g, l, [], 1) returns the package `.a`
        cut = len(name) - dot
        end = len(absname) - cut
        assert end >= 0
        return sys_module(space, absname[:end])
    if space.findattr(w_module, space.newtext('__path__')) is not None:
        handle_fromlist(space, w_module, w_fromlist, False)
    return w_module


def calc_package(space, w_globals):
    """The package that a relative import is relative to."""
    if w_globals is None or not space.isinstance_w(w_globals, space.w_dict):
        raise oefmt(space.w_TypeError, "globals must be a dict")
    w_package = space.finditem_str(w_globals, '__package__')
    if w_package is not None and not space.is_none(w_package):
        if not space.isinstance_w(w_package, space.w_str):
            raise oefmt(space.w_TypeError, "package must be a string")
        package = space.text_w(w_package)
    else:
        w_spec = space.finditem_str(w_globals, '__spec__')
        if w_spec is not None and not space.is_none(w_spec):
            w_parent = space.getattr(w_spec, space.newtext('parent'))
            if not space.isinstance_w(w_parent, space.w_str):
                raise oefmt(space.w_TypeError,
                            "__spec__.parent must be a string")
            package = space.text_w(w_parent)
        else:
            w_name = space.finditem_str(w_globals, '__name__')
            if w_name is None:
                raise OperationError(space.w_KeyError, space.call_function(
                    space.w_KeyError, space.newtext("'__name__' not in globals")))
            if not space.isinstance_w(w_name, space.w_str):
                raise oefmt(space.w_TypeError, "__name__ must be a string")
            package = space.text_w(w_name)
            if space.finditem_str(w_globals, '__path__') is None:
                package = parent_name(package)
    if not package:
        raise oefmt(space.w_ImportError,
                    "attempted relative import with no known parent package")
    return package


def resolve_name(space, name, package, level):
    base = package
    for i in range(level - 1):
        dot = base.rfind('.')
        if dot < 0:
            raise oefmt(space.w_ImportError,
                        "attempted relative import beyond top-level package")
        base = base[:dot]
    if name:
        return base + '.' + name
    return base


def parent_name(name):
    dot = name.rfind('.')
    if dot < 0:
        return ''
    return name[:dot]


def sys_module(space, name):
    w_module = space.finditem(space.w_modules, space.newtext(name))
    if w_module is None:
        raise OperationError(space.w_KeyError, space.call_function(
            space.w_KeyError,
            space.newtext("'%s' not in sys.modules as expected" % name)))
    return w_module


def handle_fromlist(space, w_module, w_fromlist, recursive):
    """Import the submodules named in `from package import a, b`."""
    w_modname = space.getattr(w_module, space.newtext('__name__'))
    for w_item in space.listview(w_fromlist):
        if not space.isinstance_w(w_item, space.w_str):
            if recursive:
                where = space.text_w(w_modname) + '.__all__'
            else:
                where = "``from list''"
            raise oefmt(space.w_TypeError, "Item in %s must be str, not %T",
                        where, w_item)
        item = space.text_w(w_item)
        if item == '*':
            if recursive:
                continue
            w_all = space.findattr(w_module, space.newtext('__all__'))
            if w_all is not None:
                handle_fromlist(space, w_module, w_all, True)
            continue
        if space.findattr(w_module, w_item) is not None:
            continue
        subname = space.text_w(w_modname) + '.' + item
        try:
            import_absolute(space, subname)
        except OperationError as e:
            # a missing submodule is not an error here: IMPORT_FROM
            # reports the missing name
            if not e.match(space, space.w_ModuleNotFoundError):
                raise
            w_name = space.findattr(e.get_w_value(space),
                                    space.newtext('name'))
            if w_name is None or not space.eq_w(w_name,
                                                space.newtext(subname)):
                raise
            w_there = space.finditem(space.w_modules, space.newtext(subname))
            if w_there is not None and space.is_none(w_there):
                raise


def import_from(space, w_module, w_name):
    """The IMPORT_FROM instruction: `from module import name`."""
    try:
        return space.getattr(w_module, w_name)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
    # a circular import: the submodule may be in sys.modules before its
    # parent has the attribute
    w_pkgname = space.findattr(w_module, space.newtext('__name__'))
    if w_pkgname is not None and space.isinstance_w(w_pkgname, space.w_str):
        pkgname = space.text_w(w_pkgname)
        w_full = space.newtext(pkgname + '.' + space.text_w(w_name))
        w_sub = space.finditem(space.w_modules, w_full)
        if w_sub is not None:
            return w_sub
    else:
        pkgname = '<unknown module name>'
    name = space.text_w(w_name)
    w_path = space.findattr(w_module, space.newtext('__file__'))
    if w_path is not None and space.isinstance_w(w_path, space.w_str):
        path = space.text_w(w_path)
        if is_initializing(space, w_module):
            message = ("cannot import name '%s' from partially initialized "
                       "module '%s' (most likely due to a circular import) "
                       "(%s)" % (name, pkgname, path))
        else:
            message = "cannot import name '%s' from '%s' (%s)" % (
                name, pkgname, path)
    else:
        w_path = space.w_None
        message = "cannot import name '%s' from '%s' (unknown location)" % (
            name, pkgname)
    raise import_error(space, space.w_ImportError, message, w_pkgname,
                       w_path)


def is_initializing(space, w_module):
    w_spec = space.findattr(w_module, space.newtext('__spec__'))
    if w_spec is None or space.is_none(w_spec):
        return False
    w_flag = space.findattr(w_spec, space.newtext('_initializing'))
    return w_flag is not None and space.is_true(w_flag)


def import_error(space, w_type, message, w_name, w_path=None):
    w_exc = space.call_function(w_type, space.newtext(message))
    if w_name is not None:
        space.setattr(w_exc, space.newtext('name'), w_name)
    if w_path is not None:
        space.setattr(w_exc, space.newtext('path'), w_path)
    return OperationError(w_type, w_exc)


def not_found(space, name, message):
    return import_error(space, space.w_ModuleNotFoundError, message,
                        space.newtext(name))


# --- finding and loading ----------------------------------------------------

def import_absolute(space, name):
    """The module called `name` (dotted, absolute), imported if needed."""
    w_name = space.newtext(name)
    w_module = space.finditem(space.w_modules, w_name)
    if w_module is not None:
        if space.is_none(w_module):
            raise not_found(space, name, "import of %s halted; None in "
                            "sys.modules" % name)
        return w_module
    return find_and_load(space, name)


def find_and_load(space, name):
    w_name = space.newtext(name)
    parent = parent_name(name)
    w_path = None
    w_parent = None
    if parent:
        w_parent = import_absolute(space, parent)
        # importing the parent may have imported us
        w_module = space.finditem(space.w_modules, w_name)
        if w_module is not None:
            return w_module
        w_path = space.findattr(w_parent, space.newtext('__path__'))
        if w_path is None:
            raise not_found(space, name, "No module named '%s'; '%s' is not "
                            "a package" % (name, parent))
    w_module = find_with_meta_path(space, name, w_path)
    if w_module is None:
        raise not_found(space, name, "No module named '%s'" % name)
    if w_parent is not None:
        child = name[len(parent) + 1:]
        try:
            space.setattr(w_parent, space.newtext(child), w_module)
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
    return w_module


def imp_module(space):
    return space.builtin_modules['_imp']


def find_with_meta_path(space, name, w_path):
    """Ask the finders of sys.meta_path in turn; the loaded module (from
    sys.modules) or None if nobody finds it."""
    imp = imp_module(space)
    w_builtin_importer = imp.get('BuiltinImporter')
    w_path_finder = imp.get('PathFinder')
    w_meta_path = space.builtin_modules['sys'].get('meta_path')
    assert w_meta_path is not None
    finders_w = space.listview(w_meta_path)
    if not finders_w and w_path is None and name in space.builtin_modules:
        # while the space is made, app-level parts of builtin modules may
        # import others before _imp has filled sys.meta_path
        return import_builtin(space, name)
    for w_finder in finders_w:
        if space.is_w(w_finder, w_builtin_importer):
            if w_path is None and name in space.builtin_modules:
                return import_builtin(space, name)
        elif space.is_w(w_finder, w_path_finder):
            w_module = find_on_path(space, name, w_path)
            if w_module is not None:
                return w_module
        else:
            w_find_spec = space.findattr(w_finder,
                                         space.newtext('find_spec'))
            if w_find_spec is None:
                continue
            if w_path is None:
                w_arg = space.w_None
            else:
                w_arg = w_path
            w_spec = space.call_function(w_find_spec, space.newtext(name),
                                         w_arg)
            if not space.is_none(w_spec):
                return load_from_spec(space, name, w_spec)
    return None


def import_builtin(space, name):
    w_module = space.builtin_modules[name]
    space.setitem(space.w_modules, space.newtext(name), w_module)
    return w_module


def load_from_spec(space, name, w_spec):
    """Make and run the module that a spec describes (a foreign loader)."""
    w_loader = space.getattr(w_spec, space.newtext('loader'))
    w_module = space.w_None
    if space.findattr(w_loader, space.newtext('create_module')) is not None:
        w_module = space.call_method(w_loader, 'create_module', w_spec)
    if space.is_none(w_module):
        w_module = space.newmodule(name)
    set_spec_attributes(space, w_module, w_spec)
    return exec_in_sys_modules(space, name, w_module, w_loader, None)


def set_spec_attributes(space, w_module, w_spec):
    space.setattr(w_module, space.newtext('__spec__'), w_spec)
    for attr in ['loader', 'parent']:
        w_value = space.findattr(w_spec, space.newtext(attr))
        if w_value is not None:
            target = '__package__' if attr == 'parent' else '__loader__'
            space.setattr(w_module, space.newtext(target), w_value)
    w_locations = space.findattr(w_spec,
                                 space.newtext('submodule_search_locations'))
    if w_locations is not None and not space.is_none(w_locations):
        space.setattr(w_module, space.newtext('__path__'), w_locations)
    w_has_location = space.findattr(w_spec, space.newtext('has_location'))
    if w_has_location is not None and space.is_true(w_has_location):
        space.setattr(w_module, space.newtext('__file__'),
                      space.getattr(w_spec, space.newtext('origin')))
        w_cached = space.findattr(w_spec, space.newtext('cached'))
        if w_cached is not None:
            space.setattr(w_module, space.newtext('__cached__'), w_cached)


def exec_in_sys_modules(space, name, w_module, w_loader, code):
    """Run a module's code with the module in sys.modules (so that
    circular imports see it); on failure it leaves sys.modules again.
    Returns what sys.modules holds afterwards (a module may replace
    itself there)."""
    w_name = space.newtext(name)
    space.setitem(space.w_modules, w_name, w_module)
    w_spec = space.findattr(w_module, space.newtext('__spec__'))
    if w_spec is not None and not space.is_none(w_spec):
        space.setattr(w_spec, space.newtext('_initializing'), space.w_True)
    try:
        try:
            if code is not None:
                w_dict = space.getattr(w_module, space.newtext('__dict__'))
                space.createframe(code, w_dict, w_dict).run()
            else:
                space.call_method(w_loader, 'exec_module', w_module)
        except OperationError:
            if space.finditem(space.w_modules, w_name) is not None:
                space.delitem(space.w_modules, w_name)
            raise
    finally:
        if w_spec is not None and not space.is_none(w_spec):
            space.setattr(w_spec, space.newtext('_initializing'),
                          space.w_False)
    w_result = space.finditem(space.w_modules, w_name)
    if w_result is None:
        raise import_error(space, space.w_KeyError, name, None)
    return w_result


# --- the path finder ----------------------------------------------------------

def isdir(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode)


def isfile(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode)


def path_entries(space, w_path):
    """The directories to search: w_path, or sys.path when None; entries
    that are not str are skipped, '' means the current directory."""
    if w_path is None:
        w_path = space.builtin_modules['sys'].get('path')
        assert w_path is not None
    entries = []
    for w_entry in space.listview(w_path):
        if not space.isinstance_w(w_entry, space.w_str):
            continue
        entry = space.text_w(w_entry)
        if not entry:
            try:
                entry = os.getcwd()
            except OSError:
                continue
        entries.append(entry)
    return entries


class Found(object):
    """Where PathFinder found a module: its kind and location."""
    SOURCE, PACKAGE, NAMESPACE = 0, 1, 2

    def __init__(self, kind, filename, locations):
        self.kind = kind
        self.filename = filename         # the .py file, or '' (namespace)
        self.locations = locations       # a package's __path__, or None


def last_part(name):
    start = name.rfind('.') + 1
    assert start >= 0
    return name[start:]


def find_location(space, name, w_path):
    tail = last_part(name)
    namespace_dirs = []
    for entry in path_entries(space, w_path):
        base = rpath.rjoin(entry, tail)
        if isdir(base):
            init = rpath.rjoin(base, '__init__.py')
            if isfile(init):
                return Found(Found.PACKAGE, init, [base])
            namespace_dirs.append(base)
        filename = base + '.py'
        if isfile(filename):
            return Found(Found.SOURCE, filename, None)
    if namespace_dirs:
        return Found(Found.NAMESPACE, '', namespace_dirs)
    return None


def find_on_path(space, name, w_path):
    """Import a source module or package found along the path; None if
    there is none."""
    found = find_location(space, name, w_path)
    if found is None:
        return None
    w_spec = make_spec(space, name, found)
    w_module = space.newmodule(name)
    set_spec_attributes(space, w_module, w_spec)
    if found.kind == Found.NAMESPACE:
        space.setattr(w_module, space.newtext('__file__'), space.w_None)
        space.setitem(space.w_modules, space.newtext(name), w_module)
        return w_module
    from interpreter.module.builtins.interp_pyc import load_code
    code = load_code(space, found.filename)
    return exec_in_sys_modules(space, name, w_module, None, code)


def make_spec(space, name, found):
    from interpreter.module.builtins.interp_pyc import cache_path
    imp = imp_module(space)
    w_name = space.newtext(name)
    if found.kind == Found.NAMESPACE:
        w_loader = space.call_function(imp.get('NamespaceLoader'), w_name)
        w_origin = space.w_None
        w_cached = space.w_None
    else:
        w_origin = space.newtext(found.filename)
        w_loader = space.call_function(imp.get('SourceFileLoader'), w_name,
                                       w_origin)
        w_cached = space.newtext(cache_path(space, found.filename))
    if found.locations is None:
        w_locations = space.w_None
    else:
        w_locations = space.newlist([space.newtext(location)
                                     for location in found.locations])
    return space.call_function(imp.get('spec_for'), w_name, w_loader,
                               w_origin, w_locations, w_cached)


@unwrap_spec(name='text')
def find_spec_on_path(space, name, w_path=None):
    """_find_spec(name, path=None): PathFinder's spec for a module, or
    None."""
    if w_path is not None and space.is_none(w_path):
        w_path = None
    found = find_location(space, name, w_path)
    if found is None:
        return space.w_None
    return make_spec(space, name, found)
