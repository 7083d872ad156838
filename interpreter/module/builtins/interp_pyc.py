"""Reading a source module's code, through its bytecode cache.

The cache of `dir/name.py` is `dir/__pycache__/name.<CACHE_TAG>.pyc`: a
header (magic, a stamp of the compiler that wrote it, the source's mtime
and size) and the code object in marshal's format (docs/imports.rst).
It is used when the stamp, mtime and size all match; otherwise the source
is compiled and the cache rewritten, unless writing is disabled (-B,
PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode).  A cache that cannot be
read or written is never an error: the source is compiled instead.
"""


from __future__ import absolute_import
import hashlib
import os

from interpreter.error import OperationError, wrap_oserror
from interpreter.module.marshal.interp_marshal import dumps_w, loads_w
from interpreter.pycode import PyCode

CACHE_TAG = 'pypyc-311'
MAGIC = 'PYPC'


def _compiler_stamp():
    """8 bytes that change whenever the compiler or the marshal format
    may have changed: a hash of their sources, taken when building."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    paths = [os.path.join(top, 'opcodes.py'),
             os.path.join(top, 'module', 'marshal', 'interp_marshal.py')]
    for subdir in ['astcompiler', 'pyparser']:
        directory = os.path.join(top, subdir)
        paths.extend([os.path.join(directory, name)
                      for name in sorted(os.listdir(directory))
                      if name.endswith('.py')])
    digest = hashlib.sha1()
    for path in paths:
        with open(path, 'rb') as f:
            digest.update(f.read())
    return digest.digest()[:8]


STAMP = _compiler_stamp()
HEADER_SIZE = len(MAGIC) + len(STAMP) + 16


def cache_path(space, filename):
    """The cache file of a source file."""
    slash = filename.rfind('/') + 1
    assert slash >= 0
    head = filename[:slash]
    tail = filename[slash:]
    if tail.endswith('.py'):
        end = len(tail) - 3
        assert end >= 0
        tail = tail[:end]
    from interpreter.astcompiler.compiler import interpreter_optimize_level
    level = interpreter_optimize_level(space)
    # code compiled under -O / -OO is cached apart, as CPython does
    opt = '.opt-%d' % level if level > 0 else ''
    return head + '__pycache__/' + tail + '.' + CACHE_TAG + opt + '.pyc'


def read_file(path):
    """The whole content of a file (raises OSError)."""
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        chunks = []
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return ''.join(chunks)


def pack8(value):
    return ''.join([chr((value >> (8 * i)) & 0xff) for i in range(8)])


def header(mtime, size):
    return MAGIC + STAMP + pack8(mtime) + pack8(size)


def load_code(space, filename):
    """The code object of a source module."""
    from interpreter.astcompiler.compiler import compile_source
    try:
        st = os.stat(filename)
        source = read_file(filename)
    except OSError as e:
        raise wrap_oserror(space, e, filename)
    expected = header(int(st.st_mtime), st.st_size)
    cpath = cache_path(space, filename)
    code = read_cache(space, cpath, expected)
    if code is not None:
        return code
    code = compile_source(space, source, filename, 'exec')
    if not dont_write_bytecode(space):
        write_cache(space, cpath, expected, code)
    return code


def dont_write_bytecode(space):
    w_flag = space.builtin_modules['sys'].get('dont_write_bytecode')
    return w_flag is not None and space.is_true(w_flag)


def read_cache(space, cpath, expected):
    """The code in a valid cache file, or None."""
    try:
        data = read_file(cpath)
    except OSError:
        return None
    if len(data) < HEADER_SIZE or data[:HEADER_SIZE] != expected:
        return None
    try:
        w_code = loads_w(space, data[HEADER_SIZE:])
    except OperationError:
        return None
    if not isinstance(w_code, PyCode):
        return None
    return w_code


def write_cache(space, cpath, expected, code):
    """Write the cache through a temporary file renamed into place, so
    that a reader never sees half a file; failures are ignored."""
    try:
        data = expected + dumps_w(space, code)
    except OperationError:
        return
    slash = cpath.rfind('/')
    assert slash >= 0
    directory = cpath[:slash]
    try:
        os.mkdir(directory, 0o755)
    except OSError:
        pass
    temp = '%s.%d.tmp' % (cpath, os.getpid())
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    except OSError:
        return
    try:
        try:
            written = 0
            while written < len(data):
                assert written >= 0
                written += os.write(fd, data[written:])
        finally:
            os.close(fd)
        os.rename(temp, cpath)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
