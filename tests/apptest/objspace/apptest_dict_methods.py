"""dict: views, setdefault, update, popitem, clear, copy, fromkeys, | and
|=, reversed(), and changes during iteration."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def test_views():
    d = {'a': 1, 'b': 2}
    k = d.keys()
    v = d.values()
    i = d.items()
    assert len(k) == 2 and list(k) == ['a', 'b']
    assert list(v) == [1, 2] and list(i) == [('a', 1), ('b', 2)]
    assert 'a' in k and 'z' not in k
    assert 2 in v and 3 not in v
    assert ('a', 1) in i and ('a', 2) not in i and 'a' not in i
    d['c'] = 3
    assert len(k) == 3 and list(v) == [1, 2, 3]      # views follow the dict
    assert repr({1: 2}.keys()) == 'dict_keys([1])'
    assert repr({1: 2}.values()) == 'dict_values([2])'
    assert repr({1: 2}.items()) == 'dict_items([(1, 2)])'
    assert type(k).__name__ == 'dict_keys'
    assert type(iter(k)).__name__ == 'dict_keyiterator'
    assert type(iter(i)).__name__ == 'dict_itemiterator'
    assert list(reversed(k)) == ['c', 'b', 'a']
    assert list(reversed(i))[0] == ('c', 3)
    assert list(reversed(v)) == [3, 2, 1]


def test_view_set_operations():
    d = {1: 'a', 2: 'b', 3: 'c'}
    assert d.keys() & {2, 3, 4} == {2, 3}
    assert d.keys() | [4] == {1, 2, 3, 4}
    assert d.keys() - [1] == {2, 3}
    assert d.keys() ^ {3, 4} == {1, 2, 4}
    assert [1, 5] & d.keys() == {1}
    assert {5} | d.keys() == {1, 2, 3, 5}
    assert d.items() & {(1, 'a'), (2, 'x')} == {(1, 'a')}
    assert d.keys() == {1, 2, 3} and d.keys() != {1}
    assert d.keys() >= {1} and d.keys() < {1, 2, 3, 4}
    assert {1: 0}.keys() == {1: 5}.keys()
    assert d.keys().isdisjoint([7, 8]) and not d.keys().isdisjoint([1])
    assert (d.keys() == [1, 2, 3]) is False
    assert str(raises(TypeError, hash, d.keys())) == \
        "unhashable type: 'dict_keys'"


def test_setdefault_update():
    d = {}
    assert d.setdefault('a', 1) == 1 and d.setdefault('a', 2) == 1
    assert d.setdefault('b') is None and d == {'a': 1, 'b': None}
    d.update({'c': 3}, d=4)
    d.update([('e', 5), ['f', 6]])
    d.update(g=7)
    assert d == {'a': 1, 'b': None, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}

    class M:
        def keys(self):
            return ['x']

        def __getitem__(self, key):
            return key * 2
    d.update(M())
    assert d['x'] == 'xx'
    assert str(raises(ValueError, d.update, [(1, 2, 3)])) == \
        "dictionary update sequence element #0 has length 3; 2 is required"
    assert str(raises(ValueError, dict, [(1, 2), 'abc'])) == \
        "dictionary update sequence element #1 has length 3; 2 is required"
    assert str(raises(TypeError, d.update, [1])) == \
        "cannot convert dictionary update sequence element #0 to a sequence"
    assert str(raises(TypeError, d.update, {}, {})) == \
        "update expected at most 1 argument, got 2"
    assert str(raises(TypeError, dict, {}, {})) == \
        "dict expected at most 1 argument, got 2"


def test_popitem_clear_copy():
    d = {1: 'a', 2: 'b'}
    assert d.popitem() == (2, 'b')
    assert d.popitem() == (1, 'a')
    assert str(raises(KeyError, d.popitem)) == \
        "'popitem(): dictionary is empty'"
    d = {1: [2]}
    c = d.copy()
    assert c == d and c is not d and c[1] is d[1]
    d.clear()
    assert d == {} and c == {1: [2]}


def test_fromkeys():
    assert dict.fromkeys('ab') == {'a': None, 'b': None}
    assert dict.fromkeys([1, 2], 0) == {1: 0, 2: 0}
    assert {}.fromkeys([3]) == {3: None}


def test_or():
    a = {1: 'a', 2: 'b'}
    b = {2: 'B', 3: 'C'}
    assert a | b == {1: 'a', 2: 'B', 3: 'C'}
    assert b | a == {2: 'b', 3: 'C', 1: 'a'}
    c = a
    a |= b
    assert a is c and a == {1: 'a', 2: 'B', 3: 'C'}
    a |= [(4, 'D')]
    assert a[4] == 'D'
    assert str(raises(TypeError, lambda: a | [(5, 6)])) == \
        "unsupported operand type(s) for |: 'dict' and 'list'"


def test_iteration_and_reversed():
    d = {'x': 1, 'y': 2, 'z': 3}
    assert list(d) == ['x', 'y', 'z']
    assert list(reversed(d)) == ['z', 'y', 'x']
    it = iter(d)
    next(it)
    d['w'] = 4
    assert str(raises(RuntimeError, next, it)) == \
        "dictionary changed size during iteration"
    it = iter(d.items())
    del d['x']
    assert str(raises(RuntimeError, list, it)) == \
        "dictionary changed size during iteration"


def test_missing_and_ne():
    class D(dict):
        def __missing__(self, key):
            return key + 1
    assert D()[41] == 42
    assert {1: 2} != {1: 3} and not ({1: 2} != {1: 2})


def test_tuple_methods():
    t = (1, 2, 1, 3)
    assert t.count(1) == 2 and t.count(9) == 0
    assert t.index(1) == 0 and t.index(1, 1) == 2 and t.index(3, -1) == 3
    assert str(raises(ValueError, t.index, 9)) == \
        "tuple.index(x): x not in tuple"
    assert str(raises(ValueError, t.index, 1, 1, 2)) == \
        "tuple.index(x): x not in tuple"
