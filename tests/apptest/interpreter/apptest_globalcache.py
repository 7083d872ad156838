"""Global and builtin name lookups see every change to the globals and
builtins dicts, however it is made (the LOAD_GLOBAL cache,
interpreter/globalcache.py, must never answer a stale value).  Each test
reads a name once to fill the cache, changes the binding, reads again."""

import builtins
import sys
import types


def _fresh_function(source, name, namespace=None):
    """The function `name` defined by `source` in a fresh globals dict."""
    if namespace is None:
        namespace = {}
    exec(source, namespace)
    return namespace[name], namespace


def test_global_rebound_after_first_read():
    f, g = _fresh_function("x = 1\ndef f(): return x", 'f')
    assert f() == 1
    g['x'] = 2
    assert f() == 2
    exec("x = 3", g)
    assert f() == 3


def test_rebound_by_store_global_in_a_loop():
    f, g = _fresh_function(
        "n = 0\n"
        "def bump():\n"
        "    global n\n"
        "    n += 1\n"
        "def f():\n"
        "    seen = []\n"
        "    for i in range(5):\n"
        "        seen.append(n)\n"
        "        bump()\n"
        "    return seen\n", 'f')
    assert f() == [0, 1, 2, 3, 4]
    assert f() == [5, 6, 7, 8, 9]


def test_global_shadowing_a_builtin_then_deleted():
    f, g = _fresh_function("def f(): return len('abc')", 'f')
    assert f() == 3
    g['len'] = lambda s: 'mine'
    assert f() == 'mine'
    del g['len']
    assert f() == 3
    g['len'] = lambda s: 'again'
    assert f() == 'again'
    g.pop('len')
    assert f() == 3


def test_del_global_statement():
    f, g = _fresh_function(
        "x = 1\n"
        "def f(): return x\n"
        "def d():\n"
        "    global x\n"
        "    del x\n", 'f')
    assert f() == 1
    g['d']()
    try:
        f()
    except NameError as e:
        assert str(e) == "name 'x' is not defined"
    else:
        assert False, "no NameError"
    g['x'] = 4
    assert f() == 4


def test_builtin_rebound():
    f, g = _fresh_function("def f(): return abs(-2)", 'f')
    assert f() == 2
    saved = builtins.abs
    builtins.abs = lambda v: 'patched'
    try:
        assert f() == 'patched'
    finally:
        builtins.abs = saved
    assert f() == 2
    vars(builtins)['abs'] = lambda v: 'through vars'
    try:
        assert f() == 'through vars'
    finally:
        vars(builtins)['abs'] = saved
    assert f() == 2


def test_new_builtin_appears_and_disappears():
    f, g = _fresh_function(
        "def f():\n"
        "    try:\n"
        "        return zz_new_builtin\n"
        "    except NameError:\n"
        "        return 'missing'\n", 'f')
    assert f() == 'missing'
    builtins.zz_new_builtin = 7
    try:
        assert f() == 7
    finally:
        del builtins.zz_new_builtin
    assert f() == 'missing'


def test_globals_changed_through_dict_methods():
    f, g = _fresh_function("x = 0\ndef f(): return x", 'f')
    assert f() == 0
    g.update(x=1)
    assert f() == 1
    g.update([('x', 2)])
    assert f() == 2
    g |= {'x': 3}
    assert f() == 3
    del g['x']
    assert g.setdefault('x', 4) == 4
    assert f() == 4
    assert g.setdefault('x', 5) == 4
    assert f() == 4
    dict.__init__(g, x=6)
    assert f() == 6
    g['x'] = 7
    assert f() == 7
    # popitem takes the last entry: make x the last one
    del g['x']
    g['x'] = 8
    assert f() == 8
    assert g.popitem() == ('x', 8)
    try:
        f()
    except NameError:
        pass
    else:
        assert False, "no NameError after popitem"


def test_globals_cleared():
    f, g = _fresh_function("def f(): return len", 'f')
    g['len'] = 'global len'
    assert f() == 'global len'
    saved = dict(g)
    g.clear()
    assert f() is builtins.len
    g.update(saved)
    assert f() == 'global len'


def test_globals_written_through_globals_builtin():
    f, g = _fresh_function(
        "x = 1\n"
        "def f(): return x\n"
        "def set_x(v): globals()['x'] = v\n", 'f')
    assert f() == 1
    g['set_x'](10)
    assert f() == 10


def test_same_code_with_different_globals():
    # both functions share the code object, a constant of the module code
    module_code = compile("def f(): return x", "<test>", "exec")
    first = {'x': 'first'}
    second = {'x': 'second'}
    empty = {}
    for ns in (first, second, empty):
        exec(module_code, ns)
    assert first['f'].__code__ is second['f'].__code__
    for i in range(3):
        assert first['f']() == 'first'
        assert second['f']() == 'second'
    try:
        empty['f']()
    except NameError:
        pass
    else:
        assert False, "no NameError"
    assert first['f']() == 'first'


def test_same_code_exec_in_fresh_dicts():
    code = compile("y = x * 2", "<test>", "exec")
    for i in range(4):
        ns = {'x': i}
        exec(code, ns)
        assert ns['y'] == i * 2
    body = compile("def f(): return x\nresult = [f() for i in range(3)]",
                   "<test>", "exec")
    for i in range(3):
        ns = {'x': i}
        exec(body, ns)
        assert ns['result'] == [i, i, i]


def test_module_attribute_and_vars():
    mod = types.ModuleType('zz_globalcache_mod')
    exec("x = 1\ndef f(): return x", vars(mod))
    assert mod.f() == 1
    mod.x = 2
    assert mod.f() == 2
    vars(mod)['x'] = 3
    assert mod.f() == 3
    del mod.x
    try:
        mod.f()
    except NameError:
        pass
    else:
        assert False, "no NameError"
    setattr(mod, 'x', 4)
    assert mod.f() == 4


def test_module_in_sys_modules_rebound_by_import_machinery():
    mod = types.ModuleType('zz_globalcache_mod2')
    exec("def f(): return sys_entry", vars(mod))
    mod.sys_entry = 'a'
    sys.modules['zz_globalcache_mod2'] = mod
    try:
        assert mod.f() == 'a'
        import zz_globalcache_mod2
        zz_globalcache_mod2.sys_entry = 'b'
        assert mod.f() == 'b'
    finally:
        del sys.modules['zz_globalcache_mod2']


class _NameLike:
    """A key equal to the str `name` (same hash) while `active`."""

    def __init__(self, name):
        self.name = name
        self.active = True

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        if isinstance(other, _NameLike):
            return self is other
        return self.active and other == self.name


def test_key_with_custom_eq_that_equals_the_name():
    f, g = _fresh_function("def f(): return len", 'f')
    key = _NameLike('len')
    g[key] = 'custom key'
    assert f() == 'custom key'
    assert f() == 'custom key'
    key.active = False          # no dict write: only the key's __eq__ changed
    assert f() is builtins.len
    key.active = True
    assert f() == 'custom key'


def test_str_subclass_key_with_custom_eq():
    class S(str):
        active = True

        def __eq__(self, other):
            return S.active and str.__eq__(self, other)

        def __hash__(self):
            return str.__hash__(self)

    f, g = _fresh_function("def f(): return abs", 'f')
    g[S('abs')] = 'subclass key'
    assert f() == 'subclass key'
    S.active = False
    assert f() is builtins.abs
    S.active = True
    assert f() == 'subclass key'


def test_non_str_key_added_later():
    f, g = _fresh_function("x = 1\ndef f(): return x", 'f')
    assert f() == 1
    g[42] = 'int key'
    assert f() == 1
    g['x'] = 2
    assert f() == 2


def test_dict_subclass_as_globals():
    class D(dict):
        calls = 0

        def __getitem__(self, key):
            D.calls += 1
            if key == 'dyn':
                return D.calls
            return dict.__getitem__(self, key)

        def __missing__(self, key):
            if key == 'miss':
                return 'from __missing__'
            raise KeyError(key)

    ns = D()
    exec("def f(): return dyn, miss", ns)
    f = dict.__getitem__(ns, 'f')
    first = f()
    second = f()
    assert first[1] == second[1] == 'from __missing__'
    assert second[0] > first[0]


def test_class_body_names():
    x = 'local'
    f, g = _fresh_function(
        "x = 'global'\n"
        "def make():\n"
        "    class C:\n"
        "        a = x\n"
        "        x = 'class'\n"
        "        b = x\n"
        "        del x\n"
        "        c = x\n"
        "    return C\n", 'make')
    for i in range(2):
        C = f()
        assert (C.a, C.b, C.c) == ('global', 'class', 'global')
    g['x'] = 'changed'
    C = f()
    assert (C.a, C.b, C.c) == ('changed', 'class', 'changed')


def test_module_level_names_in_a_loop():
    ns = {}
    exec("seen = []\n"
         "x = 1\n"
         "for i in range(4):\n"
         "    seen.append((x, len('ab')))\n"
         "    x = x * 2\n"
         "    if i == 1:\n"
         "        del x\n"
         "        len = lambda s: 'shadow'\n"
         "        x = len('')\n"
         "    if i == 2:\n"
         "        del len\n", ns)
    assert ns['seen'] == [(1, 2), (2, 2), ('shadow', 'shadow'),
                          ('shadowshadow', 2)]


def test_module_level_code_with_separate_locals():
    code = compile("r = (x, len)", "<test>", "exec")
    g = {'x': 'g'}
    for i in range(2):
        loc = {}
        exec(code, g, loc)
        assert loc['r'] == ('g', builtins.len)
        loc = {'x': 'l', 'len': 'l-len'}
        exec(code, g, loc)
        assert loc['r'] == ('l', 'l-len')
    g['x'] = 'g2'
    loc = {}
    exec(code, g, loc)
    assert loc['r'] == ('g2', builtins.len)


def test_generator_sees_rebinding_between_steps():
    f, g = _fresh_function(
        "x = 1\n"
        "def gen():\n"
        "    while True:\n"
        "        yield x\n", 'gen')
    it = f()
    assert next(it) == 1
    g['x'] = 2
    assert next(it) == 2
    del g['x']
    try:
        next(it)
    except NameError:
        pass
    else:
        assert False, "no NameError"
