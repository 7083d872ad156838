"""The LOAD_GLOBAL cache (interpreter/globalcache.py) and what it relies
on: every write to a dict bumps its version (objspace/std/dictobject.py),
and the cache is filled only for exact dicts with str keys.  The
behaviour seen from app level is in
tests/apptest/interpreter/apptest_globalcache.py."""

from __future__ import absolute_import

import os
import re

import pytest

from tests.support import run_app, unwrap, raises_app


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def test_only_dictobject_touches_the_storage():
    # the version is bumped by W_DictObject's own writers: a write from
    # another file straight into the storage would bypass it
    offenders = []
    for top in ('interpreter', 'objspace', 'goal', 'translator'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            for filename in filenames:
                if not filename.endswith('.py'):
                    continue
                path = os.path.join(dirpath, filename)
                if path.endswith(os.path.join('std', 'dictobject.py')):
                    continue
                with open(path) as f:
                    if re.search(r'\._storage\b', f.read()):
                        offenders.append(path)
    assert offenders == []


def _dict(space, source):
    return run_app(space, source, name='d')


@pytest.mark.parametrize('write', [
    "d['k'] = 2",
    "d['k'] = 1",                   # same value: still a write
    "d['new'] = 1",
    "del d['k']",
    "d.pop('k')",
    "d.popitem()",
    "d.clear()",
    "d.setdefault('new', 3)",
    "d.update(k=5)",
    "d.update({'k': 5})",
    "d.update([('k', 5)])",
    "d |= {'k': 6}",
    "dict.__init__(d, k=7)",
    "d.__setitem__('k', 8)",
    "d.__delitem__('k')",
])
def test_every_write_bumps_the_version(space, write):
    w_d = _dict(space, "d = {'k': 1}")
    before = w_d.version
    w_globals = space.newdict()
    space.setitem(w_globals, space.newtext('d'), w_d)
    from tests.support import exec_app
    exec_app(space, write, w_globals)
    assert w_d.version > before


@pytest.mark.parametrize('read', [
    "d['k']", "d.get('k')", "'k' in d", "len(d)", "list(d.items())",
    "d.setdefault('k', 3)", "d.pop('absent', None)", "d.copy()",
    "d == {'k': 1}", "repr(d)",
])
def test_reads_keep_the_version(space, read):
    w_d = _dict(space, "d = {'k': 1}")
    before = w_d.version
    w_globals = space.newdict()
    space.setitem(w_globals, space.newtext('d'), w_d)
    from tests.support import exec_app
    exec_app(space, read, w_globals)
    assert w_d.version == before


def test_only_str_keys(space):
    assert _dict(space, "d = {'a': 1, 'b': 2}").only_str_keys
    assert not _dict(space, "d = {'a': 1, 2: 2}").only_str_keys
    w_d = _dict(space, "class S(str): pass\nd = {S('a'): 1}")
    assert not w_d.only_str_keys
    # removing the odd key is not enough (no scan); clear() starts afresh
    assert not _dict(space, "d = {'a': 1, 2: 2}\ndel d[2]").only_str_keys
    assert _dict(space, "d = {'a': 1, 2: 2}\nd.clear()").only_str_keys


def _function(space, source, name='f'):
    w_func = run_app(space, source, name=name)
    return w_func, w_func.code


def _entry(space, code, name):
    return code.global_cache[code.co_names.index(name)]


def test_a_hit_answers_from_the_cache(space):
    w_f, code = _function(space, """
        x = 'real'
        def f():
            return x
        f()
    """)
    entry = _entry(space, code, 'x')
    assert entry is not None
    assert entry.w_globals is w_f.w_globals
    assert unwrap(space, entry.w_value) == u'real'
    # a planted value is returned as long as the versions hold: proof
    # that a hit does no lookup
    entry.w_value = space.newtext('planted')
    assert unwrap(space, space.call_function(w_f)) == u'planted'
    # any write to the globals invalidates it
    space.setitem(w_f.w_globals, space.newtext('other'), space.w_None)
    assert unwrap(space, space.call_function(w_f)) == u'real'


def test_a_builtin_write_invalidates(space):
    w_f, code = _function(space, """
        def f():
            return len
        f()
    """)
    entry = _entry(space, code, 'len')
    assert entry.w_value is space.finditem_str(space.w_builtins_dict, 'len')
    entry.w_value = space.newtext('planted')
    assert unwrap(space, space.call_function(w_f)) == u'planted'
    w_name = space.newtext('zz_globalcache_test')
    space.setitem(space.w_builtins_dict, w_name, space.w_None)
    space.delitem(space.w_builtins_dict, w_name)
    assert space.call_function(w_f) is entry.w_value
    assert entry.w_value is space.finditem_str(space.w_builtins_dict, 'len')


def test_refill_reuses_the_entry(space):
    w_f, code = _function(space, """
        x = 1
        def f():
            return x
        f()
    """)
    entry = _entry(space, code, 'x')
    space.setitem(w_f.w_globals, space.newtext('x'), space.newint(2))
    assert space.int_w(space.call_function(w_f)) == 2
    assert _entry(space, code, 'x') is entry
    assert space.int_w(entry.w_value) == 2


def test_no_entry_for_a_missing_name(space):
    w_f, code = _function(space, """
        def f():
            try:
                return zz_nowhere
            except NameError:
                return 0
        f()
    """)
    assert _entry(space, code, 'zz_nowhere') is None


def test_no_entry_for_a_dict_subclass(space):
    w_f, code = _function(space, """
        class D(dict):
            pass
        ns = D(x=1)
        exec('def f(): return x', ns)
        f = dict.__getitem__(ns, 'f')
        f()
    """)
    assert _entry(space, code, 'x') is None


def test_no_entry_with_a_non_str_key(space):
    w_f, code = _function(space, """
        x = 1
        globals()[2] = 'two'
        def f():
            return x
        f()
    """)
    assert _entry(space, code, 'x') is None


def test_module_level_names_use_the_cache(space):
    w_code = run_app(space, """
        code = compile('r = x', '<test>', 'exec')
        ns = {'x': 1}
        exec(code, ns)
        ns['x'] = 2
        exec(code, ns)
        r = ns['r']
        other = {}
        exec(code, ns, other)    # separate locals: no shortcut
    """, name='code')
    entry = _entry(space, w_code, 'x')
    assert entry is not None
    assert space.int_w(entry.w_value) == 2


def test_name_error_message(space):
    raises_app(space, 'NameError', """
        def f():
            return zz_undefined
        f()
    """, match="name 'zz_undefined' is not defined")
