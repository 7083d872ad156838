"""The bytecode cache: __pycache__/<name>.pypyc-311.pyc is written after
compiling, used while the source's mtime and size match, ignored when it
is damaged, and never an error to read or write."""
# apptest: pypy-only

import posix
import sys

_made = [0]


def write(path, text):
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC,
                    0o644)
    try:
        posix.write(fd, text.encode('utf-8'))
    finally:
        posix.close(fd)


def make_tree(files):
    """Write {name: source} into a new directory placed first on
    sys.path; returns the directory."""
    _made[0] += 1
    base = '/tmp/apptest-pycache-%d-%d' % (posix.getpid(), _made[0])
    posix.mkdir(base)
    for name in files:
        write(base + '/' + name, files[name])
    sys.path.insert(0, base)
    return base


def forget(name):
    del sys.modules[name]


def cache_of(base, name):
    return base + '/__pycache__/' + name + '.' + \
        sys.implementation.cache_tag + '.pyc'


def exists(path):
    try:
        posix.stat(path)
    except OSError:
        return False
    return True


def with_writing(func):
    saved = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        func()
    finally:
        sys.dont_write_bytecode = saved


def test_cache_tag_is_ours():
    assert sys.implementation.cache_tag == 'pypyc-311'
    assert sys.implementation.name == 'pypyc'


def test_cache_written_and_used():
    def check():
        base = make_tree({'pc_a.py': 'V = "one"\n'})
        import pc_a
        assert pc_a.V == 'one'
        assert pc_a.__cached__ == cache_of(base, 'pc_a')
        assert exists(pc_a.__cached__)
        # same size and mtime: the cache is believed, not the source
        stat = posix.stat(base + '/pc_a.py')
        write(base + '/pc_a.py', 'V = "two"\n')
        posix.utime(base + '/pc_a.py', (stat.st_atime, stat.st_mtime))
        forget('pc_a')
        import pc_a
        assert pc_a.V == 'one'
        # a different size: compiled again
        write(base + '/pc_a.py', 'V = "three"\n')
        posix.utime(base + '/pc_a.py', (stat.st_atime, stat.st_mtime))
        forget('pc_a')
        import pc_a
        assert pc_a.V == 'three'
    with_writing(check)


def test_damaged_cache_is_ignored():
    def check():
        base = make_tree({'pc_b.py': 'V = 1\n'})
        posix.mkdir(base + '/__pycache__')
        write(cache_of(base, 'pc_b'), 'garbage')
        import pc_b
        assert pc_b.V == 1
    with_writing(check)


def test_no_writing_when_disabled():
    saved = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        base = make_tree({'pc_c.py': 'V = 1\n'})
        import pc_c
        assert pc_c.V == 1
        assert not exists(base + '/__pycache__')
    finally:
        sys.dont_write_bytecode = saved


def test_unwritable_directory_is_not_an_error():
    def check():
        base = make_tree({'pc_d.py': 'V = 1\n'})
        write(base + '/__pycache__', 'a file where the directory goes')
        import pc_d
        assert pc_d.V == 1
    with_writing(check)
