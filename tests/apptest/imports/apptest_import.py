"""Importing source modules and packages: sys.path search, submodules,
relative imports, fromlist, `import *`, circular imports, the module
attributes and spec, sys.meta_path, and CPython's error messages.

Each test writes its own modules into a fresh directory put first on
sys.path; module names carry the test's prefix so that tests do not see
each other's modules."""

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
    """Write {relative path: source} into a new directory placed first on
    sys.path; returns the directory."""
    _made[0] += 1
    base = '/tmp/apptest-imports-%d-%d' % (posix.getpid(), _made[0])
    posix.mkdir(base)
    for relative in sorted(files):
        parts = relative.split('/')
        path = base
        for part in parts[:-1]:
            path = path + '/' + part
            try:
                posix.mkdir(path)
            except FileExistsError:
                pass
        write(base + '/' + relative, files[relative])
    sys.path.insert(0, base)
    return base


def forget(prefix):
    for name in list(sys.modules):
        if name == prefix or name.startswith(prefix + '.'):
            del sys.modules[name]


def raises(exc_type, func, *args):
    try:
        func(*args)
    except exc_type as e:
        return e
    raise AssertionError('%s not raised' % exc_type.__name__)


def test_plain_module_and_attributes():
    base = make_tree({'ta_mod.py': 'VALUE = 42\n'})
    import ta_mod
    assert ta_mod.VALUE == 42
    assert sys.modules['ta_mod'] is ta_mod
    assert ta_mod.__name__ == 'ta_mod'
    assert ta_mod.__file__ == base + '/ta_mod.py'
    assert ta_mod.__package__ == ''
    assert ta_mod.__cached__.startswith(base + '/__pycache__/ta_mod.')
    assert ta_mod.__cached__.endswith('.pyc')
    assert ta_mod.__loader__ is not None
    spec = ta_mod.__spec__
    assert spec.name == 'ta_mod'
    assert spec.origin == ta_mod.__file__
    assert spec.parent == ''
    assert spec.has_location
    assert spec.submodule_search_locations is None
    assert spec.loader is ta_mod.__loader__
    assert spec.cached == ta_mod.__cached__
    assert ta_mod.__loader__.get_source('ta_mod') == 'VALUE = 42\n'
    assert not ta_mod.__loader__.is_package('ta_mod')
    assert repr(ta_mod) == "<module 'ta_mod' from '%s'>" % ta_mod.__file__
    import ta_mod as again
    assert again is ta_mod


def test_package_attributes():
    base = make_tree({'tb_pkg/__init__.py': 'A = 1\n'})
    import tb_pkg
    assert tb_pkg.A == 1
    assert tb_pkg.__file__ == base + '/tb_pkg/__init__.py'
    assert tb_pkg.__path__ == [base + '/tb_pkg']
    assert tb_pkg.__package__ == 'tb_pkg'
    assert tb_pkg.__spec__.parent == 'tb_pkg'
    assert tb_pkg.__spec__.submodule_search_locations == [base + '/tb_pkg']
    assert tb_pkg.__loader__.is_package('tb_pkg')


def test_submodules_set_parent_attributes():
    make_tree({'tc/__init__.py': '', 'tc/b/__init__.py': '',
               'tc/b/c.py': 'X = "c"\n'})
    import tc.b.c
    assert tc.b.c.X == 'c'
    assert sys.modules['tc.b'].c is sys.modules['tc.b.c']
    assert tc.b.c.__package__ == 'tc.b'
    assert tc.b.c.__spec__.parent == 'tc.b'
    import tc.b.c as leaf
    assert leaf is sys.modules['tc.b.c']
    assert __import__('tc.b.c') is tc
    assert __import__('tc.b.c', fromlist=['X']) is leaf


def test_relative_imports():
    make_tree({
        'td/__init__.py': 'TOP = "top"\n',
        'td/sib.py': 'S = "sib"\n',
        'td/sub/__init__.py': 'from . import inner\n',
        'td/sub/inner.py': ('from .. import TOP\n'
                            'from ..sib import S\n'
                            'from . import other\n'
                            'from .other import O\n'),
        'td/sub/other.py': 'O = "other"\n',
    })
    import td.sub
    inner = td.sub.inner
    assert (inner.TOP, inner.S, inner.O) == ('top', 'sib', 'other')
    assert inner.other is sys.modules['td.sub.other']
    assert td.sib.S == 'sib'


def test_relative_import_errors():
    e = raises(ImportError, exec, 'from . import x', {'__name__': 'tmain'})
    assert str(e) == 'attempted relative import with no known parent package'
    make_tree({'te/__init__.py': '', 'te/m.py': 'from ... import x\n'})
    e = raises(ImportError, __import__, 'te.m')
    assert str(e) == 'attempted relative import beyond top-level package'
    assert 'te.m' not in sys.modules


def test_import_hook_arguments():
    e = raises(ValueError, __import__, '')
    assert str(e) == 'Empty module name'
    e = raises(ValueError, __import__, 'sys', None, None, [], -1)
    assert str(e) == 'level must be >= 0'
    e = raises(TypeError, __import__, 'x', None, None, [], 1)
    assert str(e) == 'globals must be a dict'
    e = raises(KeyError, __import__, 'x', {}, None, [], 1)
    e = raises(TypeError, __import__, 'x', {'__package__': 3}, None, [], 1)
    assert str(e) == 'package must be a string'
    make_tree({'tf/__init__.py': '', 'tf/a.py': 'A = 1\n'})
    globals_ = {'__package__': 'tf', '__name__': 'tf.zz'}
    assert __import__('a', globals_, None, ['A'], 1) is sys.modules['tf.a']
    assert __import__('', globals_, None, ['a'], 1) is sys.modules['tf']
    globals_ = {'__name__': 'tf', '__path__': []}
    assert __import__('a', globals_, None, ['A'], 1).A == 1
    e = raises(TypeError, __import__, 'tf', None, None, [1])
    assert str(e) == "Item in ``from list'' must be str, not int"


def test_fromlist_imports_submodules():
    make_tree({'tg/__init__.py': '', 'tg/one.py': 'N = 1\n',
               'tg/two.py': 'N = 2\n'})
    from tg import one, two
    assert (one.N, two.N) == (1, 2)
    assert sys.modules['tg'].one is one
    e = raises(ImportError, exec, 'from tg import three', {})
    assert type(e) is ImportError
    assert str(e) == "cannot import name 'three' from 'tg' (%s)" % (
        sys.modules['tg'].__file__)
    assert e.name == 'tg'
    assert e.path == sys.modules['tg'].__file__


def test_import_star():
    make_tree({
        'th/__init__.py': '__all__ = ["sub", "PUBLIC"]\nPUBLIC = 1\n',
        'th/sub.py': '',
        'th_plain.py': 'a = 1\n_hidden = 2\nb = 3\n',
        'th_bad.py': '__all__ = ["a", 3]\na = 1\n',
    })
    namespace = {}
    exec('from th import *', namespace)
    assert namespace['PUBLIC'] == 1
    assert namespace['sub'] is sys.modules['th.sub']
    namespace = {}
    exec('from th_plain import *', namespace)
    assert namespace['a'] == 1 and namespace['b'] == 3
    assert '_hidden' not in namespace
    e = raises(TypeError, exec, 'from th_bad import *', {})
    assert str(e) == 'Item in th_bad.__all__ must be str, not int'


def test_circular_imports():
    make_tree({
        'ti_a.py': 'import ti_b\nA = "a"\ndef get():\n    return ti_b.B\n',
        'ti_b.py': 'import ti_a\nB = "b"\nSEEN = hasattr(ti_a, "A")\n',
        'ti_c.py': 'from ti_d import D\nC = 1\n',
        'ti_d.py': 'from ti_c import C\nD = 1\n',
    })
    import ti_a
    assert ti_a.get() == 'b'
    assert sys.modules['ti_b'].SEEN is False
    e = raises(ImportError, __import__, 'ti_c')
    assert str(e).startswith("cannot import name 'C' from partially "
                             "initialized module 'ti_c' (most likely due to "
                             "a circular import) (")
    assert 'ti_c' not in sys.modules and 'ti_d' not in sys.modules


def test_circular_from_package_import():
    make_tree({
        'tj/__init__.py': 'from . import x\n',
        'tj/x.py': 'from tj import y\n',
        'tj/y.py': 'from tj import x\nY = 1\n',
    })
    import tj
    assert tj.x.y.Y == 1
    assert tj.y.x is tj.x


def test_failed_import_is_forgotten_and_retried():
    base = make_tree({'tk.py': 'COUNT = 1\nraise ValueError("boom")\n'})
    e = raises(ValueError, __import__, 'tk')
    assert str(e) == 'boom'
    assert 'tk' not in sys.modules
    write(base + '/tk.py', 'COUNT = 2\n')
    import tk
    assert tk.COUNT == 2


def test_module_not_found():
    e = raises(ModuleNotFoundError, __import__, 'tl_nosuch')
    assert str(e) == "No module named 'tl_nosuch'"
    assert e.name == 'tl_nosuch'
    assert e.path is None
    e = raises(ModuleNotFoundError, __import__, 'tl_nosuch.sub')
    assert e.name == 'tl_nosuch'
    make_tree({'tl_mod.py': '', 'tl_pkg/__init__.py': ''})
    e = raises(ModuleNotFoundError, __import__, 'tl_mod.sub')
    assert str(e) == ("No module named 'tl_mod.sub'; 'tl_mod' is not a "
                      "package")
    assert e.name == 'tl_mod.sub'
    e = raises(ModuleNotFoundError, __import__, 'tl_pkg.nosuch')
    assert str(e) == "No module named 'tl_pkg.nosuch'"


def test_none_in_sys_modules():
    sys.modules['tm_blocked'] = None
    try:
        e = raises(ModuleNotFoundError, __import__, 'tm_blocked')
        assert str(e) == 'import of tm_blocked halted; None in sys.modules'
        assert e.name == 'tm_blocked'
    finally:
        del sys.modules['tm_blocked']


def test_module_replacing_itself():
    make_tree({'tn.py': 'import sys\nsys.modules[__name__] = 42\n'})
    import tn
    assert tn == 42
    del sys.modules['tn']


def test_namespace_package():
    base = make_tree({'to_ns/mod.py': 'M = 1\n'})
    import to_ns.mod
    assert to_ns.mod.M == 1
    assert list(to_ns.__path__) == [base + '/to_ns']
    assert to_ns.__file__ is None
    assert to_ns.__spec__.origin is None


def test_path_entries():
    make_tree({'tp_mod.py': 'P = 1\n'})
    sys.path.insert(0, 42)
    try:
        import tp_mod
        assert tp_mod.P == 1
    finally:
        sys.path.remove(42)


def test_empty_path_entry_is_the_current_directory():
    base = make_tree({'tq_mod.py': 'Q = 1\n'})
    sys.path.remove(base)
    old = posix.getcwd()
    sys.path.insert(0, '')
    posix.chdir(base)
    try:
        import tq_mod
        assert tq_mod.Q == 1
        assert tq_mod.__file__ == base + '/tq_mod.py'
    finally:
        posix.chdir(old)
        sys.path.remove('')


def test_builtin_modules():
    import sys as again
    assert again is sys
    assert 'posix' in sys.builtin_module_names
    saved = sys.modules.pop('posix')
    try:
        import posix as fresh
        assert fresh.getcwd() == saved.getcwd()
        assert sys.modules['posix'] is fresh
    finally:
        sys.modules['posix'] = saved


class Spec:
    """The attributes of a module spec that the import system reads."""

    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.origin = None
        self.loader_state = None
        self.submodule_search_locations = None
        self.cached = None
        self.has_location = False
        self.parent = name.rpartition('.')[0]


class Finder:
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name.startswith('tr_virtual'):
            return Spec(name, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.MADE_BY = 'finder'


def test_meta_path_finder():
    finder = Finder()
    sys.meta_path.insert(0, finder)
    try:
        import tr_virtual
        assert tr_virtual.MADE_BY == 'finder'
        assert tr_virtual.__spec__.loader is finder
        assert tr_virtual.__loader__ is finder
        assert tr_virtual.__name__ == 'tr_virtual'
        raises(ModuleNotFoundError, __import__, 'tr_nothing')
        assert 'tr_nothing' in finder.asked
    finally:
        sys.meta_path.remove(finder)
        forget('tr_virtual')
    raises(ModuleNotFoundError, __import__, 'tr_virtual')


def test_default_finders_are_usable():
    base = make_tree({'ts_mod.py': 'T = 1\n', 'ts_pkg/__init__.py': ''})
    spec = None
    for finder in sys.meta_path:
        spec = finder.find_spec('ts_mod', None)
        if spec is not None:
            break
    assert spec.name == 'ts_mod'
    assert spec.origin == base + '/ts_mod.py'
    assert spec.loader.get_filename('ts_mod') == spec.origin
    code = spec.loader.get_code('ts_mod')
    namespace = {}
    exec(code, namespace)
    assert namespace['T'] == 1
    for finder in sys.meta_path:
        spec = finder.find_spec('ts_pkg', None)
        if spec is not None:
            break
    assert spec.submodule_search_locations == [base + '/ts_pkg']
    assert spec.parent == 'ts_pkg'
