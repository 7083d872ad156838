"""A build without transparent proxies (objspace.withtproxy off): the
hooks and the pypymagic module do not exist."""

from __future__ import absolute_import

from tests.support import space_fixture, run_app, raises_app, unwrap

space = space_fixture(withtproxy=False)


def test_no_pypymagic_module(space):
    assert 'pypymagic' not in space.builtin_modules
    raises_app(space, 'ModuleNotFoundError', "import pypymagic",
               match="No module named 'pypymagic'")


def test_no_tproxy_in_pypy_module(space):
    w_pypy = space.builtin_modules['__pypy__']
    for name in ['tproxy', 'get_tproxy_controller', 'transparent_proxy',
                 'get_transparent_controller']:
        assert space.finditem_str(w_pypy.w_dict, name) is None


def test_operations_as_usual(space):
    assert unwrap(space, run_app(space, "[1, 2] + [3]")) == [1, 2, 3]
    assert unwrap(space, run_app(space, "'abc'.find('c')")) == 2
