"""Type equivalence: builtins that accept a T accept a proxy of T and read
it through the generic protocol, never through its (absent) storage."""
# apptest: pypy-only

from __pypy__ import tproxy


def proxy_of(obj, log=None):
    def controller(opname, *args, **kwargs):
        if log is not None:
            log.append(opname)
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return tproxy(type(obj), controller)


def test_sequence_builtins():
    p = proxy_of([3, 1, 2])
    assert list(p) == [3, 1, 2]
    assert tuple(p) == (3, 1, 2)
    assert sorted(p) == [1, 2, 3]
    assert sum(p) == 6
    assert max(p) == 3
    assert min(p) == 1
    assert set(p) == {1, 2, 3}
    assert list(reversed(p)) == [2, 1, 3]
    assert list(enumerate(p)) == [(0, 3), (1, 1), (2, 2)]
    assert 2 in p
    assert [x * 2 for x in p] == [6, 2, 4]


def test_concatenation():
    p = proxy_of([2, 3])
    assert [1] + p == [1, 2, 3]
    assert p + [4] == [2, 3, 4]
    t = proxy_of((2, 3))
    assert (1,) + t == (1, 2, 3)
    assert t + (4,) == (2, 3, 4)
    s = proxy_of('bc')
    assert 'a' + s == 'abc'
    assert s + 'd' == 'bcd'
    b = proxy_of(b'bc')
    assert b'a' + b == b'abc'


def test_str_methods_with_proxied_arguments():
    s = proxy_of('b')
    assert ''.join(proxy_of(['a', 'b'])) == 'ab'
    assert '-'.join([s, proxy_of('c')]) == 'b-c'
    assert 'abc'.startswith(proxy_of('ab'))
    assert 'abc'.endswith((proxy_of('x'), proxy_of('bc')))
    assert 'abc'.find(s) == 1
    assert 'abc'.replace(s, proxy_of('B')) == 'aBc'
    assert 'a,b'.split(proxy_of(',')) == ['a', 'b']
    assert s in 'abc'
    assert 'abc'.partition(s) == ('a', 'b', 'c')
    assert getattr([], proxy_of('append')) is not None


def test_bytes_methods_with_proxied_arguments():
    assert b'abc'.find(proxy_of(b'c')) == 2
    assert proxy_of(b'b') in b'abc'
    assert b'abc'.startswith(proxy_of(b'a'))
    assert bytearray(b'ab') + proxy_of(b'c') == bytearray(b'abc')


def test_comparisons_with_real_objects():
    assert [1, 2] == proxy_of([1, 2])
    assert proxy_of([1, 2]) == [1, 2]
    assert (1, 2) < proxy_of((1, 3))
    assert 'abc' == proxy_of('abc')
    assert {'a': 1} == proxy_of({'a': 1})
    assert 3 == proxy_of(3)
    assert 2.5 < proxy_of(3.5)


def test_dict_builtins():
    p = proxy_of({'a': 1, 'b': 2})
    assert dict(p) == {'a': 1, 'b': 2}
    d = {'z': 0}
    d.update(p)
    assert d == {'z': 0, 'a': 1, 'b': 2}
    d2 = {}
    dict.update(d2, p)
    assert d2 == {'a': 1, 'b': 2}
    assert sorted(p) == ['a', 'b']
    assert {**p} == {'a': 1, 'b': 2}


def test_call_unpacking():
    def f(*args, **kwargs):
        return args, kwargs
    assert f(*proxy_of([1, 2])) == ((1, 2), {})
    assert f(**proxy_of({'x': 1})) == ((), {'x': 1})
    a, b = proxy_of((5, 6))
    assert (a, b) == (5, 6)
    first, *rest = proxy_of([1, 2, 3])
    assert rest == [2, 3]


def test_formatting():
    p = proxy_of(42)
    assert '%s' % p == '42'
    assert '%d' % p == '42'
    assert '%s' % (proxy_of('x'),) == 'x'
    assert '{}'.format(p) == '42'
    assert '{:>4}'.format(p) == '  42'
    assert f'{p}' == '42'
    assert str.format('{}', proxy_of([1])) == '[1]'


def test_numbers():
    p = proxy_of(7)
    assert [0, 1, 2, 3, 4, 5, 6, 7][p] == 7
    assert range(p)[-1] == 6
    assert round(proxy_of(2.5)) == 2
    assert round(p) == 7
    assert int(p) == 7
    assert float(proxy_of(1.5)) == 1.5
    assert abs(proxy_of(-2)) == 2
    assert divmod(p, 2) == (3, 1)
    assert pow(p, 2) == 49
    assert 'ab' * proxy_of(2) == 'abab'


def test_isinstance_with_a_proxied_class():
    p = proxy_of(3)
    assert isinstance(p, int)
    assert isinstance(p, (str, int))
    assert issubclass(type(p), object)


def test_print_of_a_proxy():
    class Out:
        def __init__(self):
            self.text = []

        def write(self, s):
            self.text.append(s)
    out = Out()
    print(proxy_of([1, 2]), proxy_of('s'), file=out)
    assert ''.join(out.text) == '[1, 2] s\n'


def test_hash_and_dict_keys():
    p = proxy_of('key')
    d = {p: 1}
    assert d['key'] == 1
    assert hash(p) == hash('key')
    s = {proxy_of(1)}
    assert 1 in s


def test_setattr_getattr_with_proxied_names():
    class A:
        pass
    a = A()
    setattr(a, proxy_of('name'), 5)
    assert getattr(a, proxy_of('name')) == 5
    assert hasattr(a, proxy_of('name'))
    delattr(a, proxy_of('name'))
    assert not hasattr(a, 'name')


def test_isinstance_with_a_proxied_class_as_second_argument():
    log = []
    p_int = proxy_of(int, log)
    assert isinstance(3, p_int)
    assert not isinstance('3', p_int)
    assert log == ['__instancecheck__', '__instancecheck__']


def test_marshal_refuses_proxies():
    import marshal
    for p in (proxy_of([1]), proxy_of(3), proxy_of('s'), proxy_of({})):
        for value in (p, [1, p], {'k': p}):
            try:
                marshal.dumps(value)
            except TypeError as e:
                assert 'transparent proxy' in str(e)
            else:
                raise AssertionError("a proxy was marshalled")
    assert marshal.loads(marshal.dumps([1, 'a'])) == [1, 'a']


class _Base:
    pass


class _Derived(_Base):
    pass


def test_issubclass_with_a_proxied_class_first():
    # the proxy claims a class; issubclass() walks its __bases__ through
    # the controller, as for any class-like object
    log = []
    P = proxy_of(_Derived, log)
    assert issubclass(P, _Base)
    assert issubclass(P, object)
    assert not issubclass(P, int)
    assert issubclass(P, (int, _Base))
    assert '__getattribute__' in log
    assert issubclass(_Derived, _Base)


def test_issubclass_with_a_class_like_object_that_lies():
    def controller(opname, *args, **kwargs):
        if opname == '__getattribute__' and args == ('__bases__',):
            return 'not a tuple'
        return getattr(type, opname)(_Derived, *args, **kwargs)
    P = tproxy(type, controller)
    try:
        issubclass(P, _Base)
    except TypeError as e:
        assert str(e) == 'issubclass() arg 1 must be a class'
    else:
        raise AssertionError("no TypeError")


def test_pickle_refuses_proxies():
    import pickle
    for p in (proxy_of([1]), proxy_of(3), proxy_of('s'), proxy_of({}),
              proxy_of(_Base())):
        for value in (p, [1, p], {'k': p}):
            for protocol in (0, 2, pickle.HIGHEST_PROTOCOL):
                try:
                    pickle.dumps(value, protocol)
                except TypeError as e:
                    assert 'transparent proxy' in str(e)
                else:
                    raise AssertionError("a proxy was pickled")
    assert pickle.loads(pickle.dumps([1, 'a', {2: (3,)}])) == [1, 'a', {2: (3,)}]


def test_pickle_of_a_proxy_by_persistent_id():
    # the way to pickle references to remote objects: persistent ids
    import io
    import pickle
    from __pypy__ import get_tproxy_controller
    remote = proxy_of([1, 2])

    class RefPickler(pickle.Pickler):
        def persistent_id(self, obj):
            if get_tproxy_controller(obj) is not None:
                return 'remote-list'
            return None

    class RefUnpickler(pickle.Unpickler):
        def persistent_load(self, pid):
            assert pid == 'remote-list'
            return remote

    f = io.BytesIO()
    RefPickler(f).dump({'x': remote, 'y': 5})
    f.seek(0)
    back = RefUnpickler(f).load()
    assert back['x'] is remote and back['y'] == 5
