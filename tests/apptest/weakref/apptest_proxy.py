"""Weak proxies: every operation goes to the referent, and a dead
referent raises ReferenceError."""

import _weakref
import gc


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        return 'add %r' % (other,)

    def __radd__(self, other):
        return 'radd %r' % (other,)

    def __eq__(self, other):
        return other == 'box'

    def __str__(self):
        return 'a box'

    def __bool__(self):
        return False


def test_proxy_forwards():
    b = Box([1, 2, 3])
    p = _weakref.proxy(b)
    assert type(p) is _weakref.ProxyType
    assert p.items == [1, 2, 3]
    p.extra = 'x'
    assert b.extra == 'x'
    del p.extra
    assert not hasattr(b, 'extra')
    assert len(p) == 3
    assert p[1] == 2
    p[1] = 20
    assert b.items == [1, 20, 3]
    assert list(p) == [1, 20, 3]
    assert 3 in p
    assert p + 1 == 'add 1'
    assert 1 + p == 'radd 1'
    assert p == 'box'
    assert str(p) == 'a box'
    assert not p
    assert p.__class__ is Box
    assert _weakref.proxy(b) is p
    assert repr(p) == '<weakproxy at 0x%x to Box at 0x%x>' % (id(p), id(b))


def test_proxy_numbers():
    class N:
        def __init__(self, v):
            self.v = v

        def __index__(self):
            return self.v

        def __neg__(self):
            return -self.v

        def __lt__(self, other):
            return self.v < other
    n = N(5)
    p = _weakref.proxy(n)
    assert [0, 1, 2, 3, 4, 5, 6][p] == 5
    assert -p == -5
    assert p < 6


def test_callable_proxy():
    class F:
        def __call__(self, x, y=1):
            return x + y
    f = F()
    p = _weakref.proxy(f)
    assert type(p) is _weakref.CallableProxyType
    assert p(1, y=10) == 11
    assert raises(TypeError, hash, p) == \
        "unhashable type: 'weakref.CallableProxyType'"


def test_proxy_unhashable():
    b = Box([])
    assert raises(TypeError, hash, _weakref.proxy(b)) == \
        "unhashable type: 'weakref.ProxyType'"


def test_dead_proxy():
    log = []
    b = Box([1])
    p = _weakref.proxy(b, log.append)
    assert _weakref.getweakrefs(b) == [p]
    del b
    gc.collect()
    assert log == [p]
    msg = 'weakly-referenced object no longer exists'
    assert raises(ReferenceError, getattr, p, 'items') == msg
    assert raises(ReferenceError, len, p) == msg
    assert raises(ReferenceError, lambda: p + 1) == msg


def test_proxy_types_not_instantiable():
    assert raises(TypeError, _weakref.ProxyType, Box([])) == \
        "cannot create 'weakref.ProxyType' instances"
    assert raises(TypeError, _weakref.CallableProxyType, len) == \
        "cannot create 'weakref.CallableProxyType' instances"
    assert raises(TypeError, type, 'P', (_weakref.ProxyType,), {}).endswith(
        "ProxyType' is not an acceptable base type")
