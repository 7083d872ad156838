"""The app-level part of `_imp`: module specs, loaders, and the two
default finders of sys.meta_path.  The import statement does not call
BuiltinImporter and PathFinder: interp_import.py recognises them and does
their work at interp level; they are here for code that uses the
protocol itself (importlib, pkgutil, runpy)."""


class ModuleSpec:
    """The import-related information of a module (what
    importlib.machinery.ModuleSpec holds)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        """The name of the package the module belongs to."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:
            parts.append('origin=' + repr(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations=' +
                         repr(self.submodule_search_locations))
        return 'ModuleSpec(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations ==
                other.submodule_search_locations and
                self.cached == other.cached and
                self.has_location == other.has_location)


def spec_for(name, loader, origin, locations, cached):
    """The spec of a module found on the path (called by
    interp_import.py)."""
    spec = ModuleSpec(name, loader, origin=origin)
    spec.submodule_search_locations = locations
    spec.cached = cached
    spec.has_location = origin is not None
    return spec


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.name == other.name and self.path == other.path)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return '<_imp.SourceFileLoader object for %r>' % (self.path,)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        import posix
        fd = posix.open(path, posix.O_RDONLY)
        try:
            chunks = []
            while True:
                chunk = posix.read(fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            posix.close(fd)
        return b''.join(chunks)

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec',
                       dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class NamespaceLoader:
    """The loader of a namespace package (a directory without
    __init__.py)."""

    def __init__(self, fullname):
        self.name = fullname

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class BuiltinImporter:
    """Finds and loads the modules built into the interpreter."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        import _imp
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class PathFinder:
    """Finds source modules and packages along sys.path or a package's
    __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        return _imp._find_spec(fullname, path)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    """The finder of one directory of the path, as sys.path_hooks makes
    it for pkgutil-style code (pkgutil.iter_modules, runpy.run_path); the
    import statement itself searches the path at interp level."""

    def __init__(self, path):
        self.path = path

    @classmethod
    def path_hook(cls, path):
        """The finder of a directory; ImportError for anything else."""
        import posix
        try:
            st = posix.stat(path or '.')
        except (OSError, ValueError):
            st = None
        if st is None or st.st_mode & 0o170000 != 0o040000:
            raise ImportError('only directories are supported', path=path)
        return cls(path)

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)

    def find_spec(self, fullname, target=None):
        import _imp
        return _imp._find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass

    def iter_modules(self, prefix=''):
        """(prefix + name, is_package) for the modules of the directory,
        sorted by file name."""
        import posix
        directory = self.path or '.'
        try:
            names = sorted(posix.listdir(directory))
        except OSError:
            return
        seen = set()
        for filename in names:
            if filename.endswith('.py'):
                modname = filename[:-3]
                ispkg = False
                if modname == '__init__':
                    continue
            elif '.' not in filename:
                # a directory is a package if it has an __init__.py
                try:
                    inside = posix.listdir(directory + '/' + filename)
                except OSError:
                    continue
                if '__init__.py' not in inside:
                    continue
                modname = filename
                ispkg = True
            else:
                continue
            if modname and '.' not in modname and modname not in seen:
                seen.add(modname)
                yield prefix + modname, ispkg
