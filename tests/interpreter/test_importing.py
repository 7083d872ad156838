"""Interp-level tests of the import system (interp_import.py), the
bytecode cache (interp_pyc.py) and marshal's reader and writer."""

from __future__ import absolute_import

import os

import pytest

from interpreter.error import OperationError
from interpreter.module.builtins import interp_import, interp_pyc
from interpreter.module.marshal.interp_marshal import dumps_w, loads_w
from interpreter.pycode import PyCode
from tests.support import run_app, unwrap


def test_resolve_name(space):
    resolve = interp_import.resolve_name
    assert resolve(space, 'x', 'a.b.c', 1) == 'a.b.c.x'
    assert resolve(space, 'x', 'a.b.c', 3) == 'a.x'
    assert resolve(space, '', 'a.b', 2) == 'a'
    with pytest.raises(OperationError) as info:
        resolve(space, 'x', 'a', 2)
    assert info.value.match(space, space.w_ImportError)


def test_calc_package(space):
    def package(**items):
        w_globals = space.newdict()
        for key, value in items.items():
            space.setitem(w_globals, space.newtext(key), value)
        return interp_import.calc_package(space, w_globals)
    text = space.newtext
    assert package(__package__=text('p.q'), __name__=text('z')) == 'p.q'
    assert package(__name__=text('p.q.mod')) == 'p.q'
    assert package(__name__=text('p.q'), __path__=space.newlist([])) == \
        'p.q'
    with pytest.raises(OperationError) as info:
        package(__name__=text('top'))
    assert info.value.match(space, space.w_ImportError)


def test_find_location(space, tmpdir):
    tmpdir.join('plain.py').write('')
    tmpdir.mkdir('pkg').join('__init__.py').write('')
    tmpdir.mkdir('ns')
    w_path = space.newlist([space.newtext(str(tmpdir))])
    found = interp_import.find_location(space, 'plain', w_path)
    assert found.kind == found.SOURCE
    assert found.filename == str(tmpdir.join('plain.py'))
    found = interp_import.find_location(space, 'a.b.pkg', w_path)
    assert found.kind == found.PACKAGE
    assert found.locations == [str(tmpdir.join('pkg'))]
    found = interp_import.find_location(space, 'ns', w_path)
    assert found.kind == found.NAMESPACE
    assert interp_import.find_location(space, 'nosuch', w_path) is None


def test_cache_path(space):
    assert interp_pyc.cache_path(space, '/a/b/mod.py') == \
        '/a/b/__pycache__/mod.pypyc-311.pyc'


def test_cache_round_trip(space, tmpdir):
    source = tmpdir.join('cached.py')
    source.write('X = [1, 2.5, "three"]\n')
    w_flag = space.sys.get('dont_write_bytecode')
    space.setitem(space.sys.w_dict, space.newtext('dont_write_bytecode'),
                  space.w_False)
    try:
        code = interp_pyc.load_code(space, str(source))
        cache = interp_pyc.cache_path(space, str(source))
        assert os.path.exists(cache)
        with open(cache, 'rb') as f:
            assert f.read(4) == interp_pyc.MAGIC
        again = interp_pyc.load_code(space, str(source))
        assert again is not code
        assert again.co_code == code.co_code
    finally:
        space.setitem(space.sys.w_dict,
                      space.newtext('dont_write_bytecode'), w_flag)


def test_marshal_code_round_trip(space):
    w_code = run_app(space, "compile('def f(a, *b):\\n return a, b\\n', "
                            "'m.py', 'exec')")
    data = dumps_w(space, w_code)
    w_back = loads_w(space, data)
    assert isinstance(w_back, PyCode)
    assert w_back.co_consts_w[0].co_varnames == ['a', 'b']
    for end in range(len(data)):
        with pytest.raises(OperationError):
            loads_w(space, data[:end])


def test_marshal_values(space):
    w_value = run_app(space, "(1, 2**70, -3.5, 'x', b'y', None, {1: 2})")
    assert unwrap(space, loads_w(space, dumps_w(space, w_value))) == \
        unwrap(space, w_value)
