"""The app-level parts of `posix`: the struct sequences (stat_result,
terminal_size, times_result, uname_result), the functions that build them
from the raw tuples of the interp-level part, and scandir()/DirEntry."""


class _StructSeq(tuple):
    """A tuple of the first `n_sequence_fields` values that also names
    every field (and has the extra, non-indexable ones as attributes)."""
    n_sequence_fields = 0
    _fields = ()

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        n = cls.n_sequence_fields
        total = len(cls._fields)
        if len(values) < n:
            raise TypeError("%s.%s() takes an at least %d-sequence "
                            "(%d-sequence given)" % (
                                cls.__module__, cls.__name__, n,
                                len(values)))
        if len(values) > total:
            raise TypeError("%s.%s() takes an at most %d-sequence "
                            "(%d-sequence given)" % (
                                cls.__module__, cls.__name__, total,
                                len(values)))
        self = tuple.__new__(cls, values[:n])
        extra = {}
        for i in range(n, total):
            name = cls._fields[i]
            if i < len(values):
                extra[name] = values[i]
            elif dict is not None and name in dict:
                extra[name] = dict[name]
            else:
                extra[name] = None
        self._extra = extra
        return self

    def __getattr__(self, name):
        try:
            return self.__dict__['_extra'][name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (
                type(self).__name__, name)) from None

    def __setattr__(self, name, value):
        if name != '_extra':
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __repr__(self):
        names = self._fields[:self.n_sequence_fields]
        return '%s.%s(%s)' % (self.__module__, type(self).__name__,
                              ', '.join(['%s=%r' % (name, value)
                                         for name, value in zip(names,
                                                                self)]))

    def __reduce__(self):
        return (type(self), (tuple(self), dict(self._extra)))


def _field_property(index):
    return property(lambda self: self[index])


def _make_structseq(name, fields, n_sequence_fields, doc):
    namespace = {'n_sequence_fields': n_sequence_fields,
                 'n_fields': len(fields),
                 'n_unnamed_fields': 0,
                 '_fields': tuple(fields),
                 '__module__': 'os',
                 '__doc__': doc}
    for i in range(n_sequence_fields):
        namespace[fields[i]] = _field_property(i)
    return type(name, (_StructSeq,), namespace)


_STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
                'st_gid', 'st_size', None, None, None,
                'st_atime', 'st_mtime', 'st_ctime',
                'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
                'st_blksize', 'st_blocks', 'st_rdev']


class stat_result(_StructSeq):
    """stat_result: Result from stat, fstat, or lstat.

The first ten items are the integral mode, inode, device, link count,
uid, gid, size and the integral access, modification and change times;
the float times and the times in nanoseconds are attributes only."""
    n_sequence_fields = 10
    n_fields = len(_STAT_FIELDS)
    n_unnamed_fields = 3
    # the indexable integral times have no name of their own
    _fields = tuple([name or '_integral_%d' % i
                     for i, name in enumerate(_STAT_FIELDS)])
    __module__ = 'os'

    def __repr__(self):
        parts = ['%s=%r' % (name, self[i])
                 for i, name in enumerate(_STAT_FIELDS[:7])]
        for name in ['st_atime', 'st_mtime', 'st_ctime']:
            parts.append('%s=%d' % (name, self[_STAT_FIELDS.index(name) - 3]))
        return 'os.stat_result(%s)' % ', '.join(parts)


for _i, _name in enumerate(_STAT_FIELDS[:7]):
    setattr(stat_result, _name, _field_property(_i))
del _i, _name


def _stat_result(raw):
    return stat_result(raw)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    import posix
    return stat_result(posix._stat_raw(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following
    symbolic links."""
    import posix
    return stat_result(posix._stat_raw(path, False))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    import posix
    return stat_result(posix._fstat_raw(fd))


terminal_size = _make_structseq(
    'terminal_size', ['columns', 'lines'], 2,
    'A tuple of (columns, lines) for holding terminal window size')


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    import posix
    return terminal_size(posix._get_terminal_size_raw(fd))


times_result = _make_structseq(
    'times_result', ['user', 'system', 'children_user', 'children_system',
                     'elapsed'], 5,
    'times_result: Result from os.times().')


def times():
    """Return a collection containing process timing information."""
    import posix
    return times_result(posix._times_raw())


uname_result = _make_structseq(
    'uname_result', ['sysname', 'nodename', 'release', 'version',
                     'machine'], 5,
    'uname_result: Result from os.uname().')


def uname():
    """Return an object identifying the current operating system."""
    import posix
    return uname_result(posix._uname_raw())


def remove(path, *, dir_fd=None):
    """Remove a file (same as unlink())."""
    import posix
    posix.unlink(path)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, overwriting the destination."""
    import posix
    posix.rename(src, dst)


# --- scandir ------------------------------------------------------------

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """An entry of a directory, as scandir() yields it: the name, the full
    path, and the stat results, fetched when first needed."""

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(name, bytes):
            sep = b'/'
        else:
            sep = '/'
        if dirpath.endswith(sep):
            self.path = dirpath + name
        else:
            self.path = dirpath + sep + name
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        """Return stat_result object for the entry; cached per entry."""
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        """Return inode of the entry; cached per entry."""
        return self.stat(follow_symlinks=False).st_ino

    def _mode_is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & _S_IFMT == kind

    def is_dir(self, *, follow_symlinks=True):
        """Return True if the entry is a directory; cached per entry."""
        return self._mode_is(_S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        """Return True if the entry is a file; cached per entry."""
        return self._mode_is(_S_IFREG, follow_symlinks)

    def is_symlink(self):
        """Return True if the entry is a symbolic link; cached per
        entry."""
        return self._mode_is(_S_IFLNK, False)


class ScandirIterator:
    """The iterator of DirEntry objects that scandir() returns; also a
    context manager."""

    def __init__(self, path, names):
        self._path = path
        self._names = names
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None or self._index >= len(self._names):
            self._names = None
            raise StopIteration
        name = self._names[self._index]
        self._index += 1
        return DirEntry(self._path, name)

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    import posix
    if path is None:
        path = '.'
    path = posix.fspath(path)
    return ScandirIterator(path, posix.listdir(path))
