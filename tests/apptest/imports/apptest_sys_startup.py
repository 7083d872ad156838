"""The parts of sys that the import system and the command line set up:
flags, implementation, the import lists, the info struct sequences,
intern, audit hooks, getsizeof."""

import sys


def test_flags():
    flags = sys.flags
    for name in ['debug', 'inspect', 'interactive', 'optimize',
                 'dont_write_bytecode', 'no_user_site', 'no_site',
                 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
                 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
                 'warn_default_encoding', 'safe_path',
                 'int_max_str_digits']:
        assert hasattr(flags, name), name
    assert isinstance(flags, tuple)
    assert len(flags) == 18
    assert flags[3] == flags.optimize
    assert repr(flags).startswith('sys.flags(debug=')
    assert type(flags).__name__ == 'flags'


def test_version_info():
    info = sys.version_info
    assert info[:2] == (3, 11)
    assert (info.major, info.minor) == (3, 11)
    assert info.releaselevel == info[3]
    assert info >= (3, 11)
    assert repr(info).startswith('sys.version_info(major=3, minor=11, ')


def test_implementation():
    impl = sys.implementation
    assert isinstance(impl.name, str) and impl.name == impl.name.lower()
    assert impl.cache_tag.endswith('-311')
    assert impl.version[:2] == (3, 11)
    assert isinstance(impl.hexversion, int)
    namespace_type = type(impl)
    assert namespace_type.__name__ == 'SimpleNamespace'
    assert namespace_type.__module__ == 'types'


def test_simple_namespace():
    namespace = type(sys.implementation)
    ns = namespace(a=1, b='x')
    assert repr(ns) == "namespace(a=1, b='x')"
    assert ns.a == 1
    ns.c = 3
    del ns.a
    assert ns == namespace(b='x', c=3)
    assert ns != namespace(b='x')
    assert repr(namespace()) == 'namespace()'
    ns.me = ns
    assert repr(ns) == "namespace(b='x', c=3, me=namespace(...))"
    try:
        namespace(1)
    except TypeError as e:
        assert str(e) == 'no positional arguments expected'
    else:
        raise AssertionError


def test_import_lists():
    assert isinstance(sys.meta_path, list) and sys.meta_path
    assert isinstance(sys.path_hooks, list)
    assert isinstance(sys.path_importer_cache, dict)
    assert isinstance(sys.path, list)
    for finder in sys.meta_path:
        assert hasattr(finder, 'find_spec')


def test_options_lists():
    assert isinstance(sys.warnoptions, list)
    assert isinstance(sys._xoptions, dict)
    assert isinstance(sys.dont_write_bytecode, bool)
    for name in ['prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix']:
        assert isinstance(getattr(sys, name), str)


def test_info_struct_sequences():
    assert sys.float_info.max == 1.7976931348623157e+308
    assert sys.float_info.epsilon == 2.220446049250313e-16
    assert sys.float_info.mant_dig == 53
    assert sys.float_info.dig == 15
    assert sys.int_info.default_max_str_digits == 4300
    assert sys.hash_info.modulus == 2**61 - 1
    assert sys.hash_info.inf == 314159
    assert len(sys.float_info) == 11


def test_stdlib_module_names():
    names = sys.stdlib_module_names
    assert isinstance(names, frozenset)
    for name in ['os', 'sys', 'json', 'collections', 'importlib']:
        assert name in names
    assert 'pytest' not in names


def test_intern():
    a = ''.join(['inter', 'ned'])
    b = ''.join(['inter', 'ned'])
    assert sys.intern(a) is sys.intern(b)
    try:
        sys.intern(b'x')
    except TypeError as e:
        assert str(e) == 'intern() argument must be str, not bytes'
    else:
        raise AssertionError


def test_audit_hooks():
    events = []
    sys.audit('pypyc.test', 1)

    def hook(event, args):
        if event.startswith('apptest.'):
            events.append((event, args))
    sys.addaudithook(hook)
    sys.audit('apptest.event', 1, 'two')
    assert events == [('apptest.event', (1, 'two'))]


def test_getsizeof():
    assert isinstance(sys.getsizeof(1), int)
    assert sys.getsizeof([]) > 0

    class WithSize:
        def __sizeof__(self):
            return 1000
    assert sys.getsizeof(WithSize()) >= 1000
