"""Weak references (_weakref): ref, proxy, callbacks, which objects may be
weakly referenced.  Tests that need the referent to be gone call
gc.collect() first."""

import _weakref
import gc


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


class C:
    def method(self):
        pass


def test_ref_basics():
    c = C()
    r = _weakref.ref(c)
    assert r() is c
    assert type(r) is _weakref.ReferenceType
    assert _weakref.ref is _weakref.ReferenceType
    assert _weakref.ref(c) is r          # the basic ref is shared
    assert r.__callback__ is None
    assert hash(r) == hash(c)
    assert repr(r).startswith('<weakref at 0x')
    assert repr(r).endswith("; to 'C' at 0x%x>" % id(c))
    assert _weakref.getweakrefcount(c) == 1
    assert _weakref.getweakrefs(c) == [r]
    assert c.__weakref__ is r
    del c
    gc.collect()
    assert r() is None
    assert repr(r) == '<weakref at 0x%x; dead>' % id(r)
    assert hash(r) == hash(r)            # cached while alive


def test_ref_repr_with_name():
    def f():
        pass
    r = _weakref.ref(f)
    assert repr(r).endswith(" (f)>")
    assert "; to 'function' at " in repr(r)


def test_type_names():
    assert _weakref.ReferenceType.__name__ == 'ReferenceType'
    assert _weakref.ReferenceType.__module__ == 'weakref'
    assert repr(_weakref.ProxyType) == "<class 'weakref.ProxyType'>"
    assert repr(_weakref.CallableProxyType) == \
        "<class 'weakref.CallableProxyType'>"


def test_callback_runs_when_referent_dies():
    log = []

    def first(w):
        log.append(w)
    c = C()
    r1 = _weakref.ref(c, first)
    r2 = _weakref.ref(c, lambda w: log.append(('second', w)))
    assert r1 is not r2
    assert r1.__callback__ is first
    assert _weakref.getweakrefcount(c) == 2
    del c
    gc.collect()
    # the most recent first, each with its own dead weakref
    assert log == [('second', r2), r1]
    assert r1.__callback__ is None
    assert r1() is None


def test_callback_not_called_when_weakref_dies_first():
    log = []
    c = C()
    r = _weakref.ref(c, log.append)
    del r
    gc.collect()
    del c
    gc.collect()
    assert log == []


def test_callback_of_a_function_referent():
    log = []

    def f():
        pass
    r = _weakref.ref(f, log.append)
    del f
    gc.collect()
    assert r() is None
    assert log == [r]


def test_equality():
    a = C()
    b = C()
    ra = _weakref.ref(a)
    ra2 = _weakref.ref(a, lambda w: None)
    rb = _weakref.ref(b)
    assert ra == ra2
    assert ra != rb
    assert not (ra == 1)
    del a
    gc.collect()
    assert ra != ra2      # dead: compared by identity
    assert ra == ra


def test_hash_of_dead_ref():
    c = C()
    r = _weakref.ref(c)
    del c
    gc.collect()
    assert raises(TypeError, hash, r) == 'weak object has gone away'


def test_not_weakly_referenceable():
    for obj in [1, 'a', (), [], {}, 1.5, b'x', None, object(), range(3)]:
        msg = raises(TypeError, _weakref.ref, obj)
        assert msg == "cannot create weak reference to '%s' object" % (
            type(obj).__name__,)

    class Slotted:
        __slots__ = ('a',)
    assert raises(TypeError, _weakref.ref, Slotted()) == \
        "cannot create weak reference to 'Slotted' object"

    class WithWeakrefSlot:
        __slots__ = ('a', '__weakref__')
    w = WithWeakrefSlot()
    assert _weakref.ref(w)() is w


def test_weakly_referenceable_builtins():
    def f():
        pass
    objs = [f, len, C, int, {1}, frozenset([1]), C().method, gc,
            f.__code__]
    for obj in objs:
        assert _weakref.ref(obj)() is obj

    class MySet(set):
        __slots__ = ()
    s = MySet()
    assert _weakref.ref(s)() is s


def test_ref_arguments():
    assert raises(TypeError, _weakref.ref) == \
        '__new__ expected at least 1 argument, got 0'
    assert raises(TypeError, _weakref.ref, C, None, 3) == \
        '__new__ expected at most 2 arguments, got 3'
    assert raises(TypeError, _weakref.ref, C, callback=None) == \
        'ref() takes no keyword arguments'
    r = _weakref.ref(C, None)
    assert r.__callback__ is None


def test_ref_subclass():
    class KeyedRef(_weakref.ref):
        __slots__ = ('key',)

        def __new__(cls, ob, callback, key):
            self = _weakref.ref.__new__(cls, ob, callback)
            self.key = key
            return self

        def __init__(self, ob, callback, key):
            super().__init__(ob, callback)
    log = []
    c = C()
    k = KeyedRef(c, log.append, 'the key')
    assert type(k) is KeyedRef
    assert k() is c and k.key == 'the key'
    assert _weakref.ref(c) is not k
    del c
    gc.collect()
    assert log == [k]


def test_remove_dead_weakref():
    a = C()
    b = C()
    d = {'a': _weakref.ref(a), 'b': _weakref.ref(b)}
    del a
    gc.collect()
    _weakref._remove_dead_weakref(d, 'a')
    _weakref._remove_dead_weakref(d, 'b')
    _weakref._remove_dead_weakref(d, 'missing')
    assert list(d) == ['b']


def test_callback_exception_is_ignored():
    def bad(w):
        raise ValueError('oops')
    c = C()
    r = _weakref.ref(c, bad)
    del c
    gc.collect()          # reported on stderr, not raised
    assert r() is None


def test_gc_module():
    assert gc.isenabled()
    gc.disable()
    assert not gc.isenabled()
    gc.enable()
    assert gc.isenabled()
    assert isinstance(gc.collect(), int)


def test_subclasses_of_variable_sized_types():
    for base in (int, tuple, bytes):
        sub = type('Sub', (base,), {})
        assert not hasattr(sub, '__weakref__')
        msg = raises(TypeError, _weakref.ref, sub())
        assert msg == "cannot create weak reference to 'Sub' object"
    msg = raises(TypeError, type, 'S', (int,), {'__slots__': ('__weakref__',)})
    assert msg == "nonempty __slots__ not supported for subtype of 'int'"
    for base in (str, float, list, dict, Exception):
        sub = type('Sub', (base,), {})
        obj = sub()
        assert _weakref.ref(obj)() is obj
