"""set and frozenset: construction, methods, operators, comparisons,
hash, repr and set displays."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def test_construction_and_displays():
    assert set() == set([]) and len(set()) == 0
    s = set([1, 2, 2, 3])
    assert len(s) == 3 and 2 in s and 4 not in s
    assert {1, 2, 3} == s
    assert {*[1, 2], 3, *(3, 4)} == {1, 2, 3, 4}
    assert {x * 2 for x in range(3)} == {0, 2, 4}
    assert set('abca') == {'a', 'b', 'c'}
    assert frozenset([1, 2]) == {1, 2}
    f = frozenset([1])
    assert frozenset(f) is f
    assert str(raises(TypeError, set, 1, 2)) == \
        "set expected at most 1 argument, got 2"
    assert str(raises(TypeError, set, 1)) == "'int' object is not iterable"
    assert str(raises(TypeError, lambda: {[]})) == "unhashable type: 'list'"
    assert str(raises(TypeError, set, x=1)) == "set() takes no keyword arguments"


def test_repr():
    assert repr(set()) == 'set()'
    assert repr({1}) == '{1}'
    assert repr(frozenset()) == 'frozenset()'
    assert repr(frozenset([1])) == 'frozenset({1})'
    assert repr({'a'}) == "{'a'}"


def test_mutation():
    s = set()
    s.add(1)
    s.add(1)
    s.update([2], (3, 4), {5})
    assert s == {1, 2, 3, 4, 5}
    s.discard(5)
    s.discard(99)
    s.remove(4)
    e = raises(KeyError, s.remove, 4)
    assert e.args == (4,)
    x = s.pop()
    assert x in (1, 2, 3) and len(s) == 2
    s.clear()
    assert s == set()
    assert str(raises(KeyError, s.pop)) == "'pop from an empty set'"
    c = {1, 2}
    d = c.copy()
    d.add(3)
    assert c == {1, 2}


def test_algebra():
    a = {1, 2, 3}
    b = {2, 3, 4}
    assert a | b == {1, 2, 3, 4}
    assert a & b == {2, 3}
    assert a - b == {1}
    assert a ^ b == {1, 4}
    assert a.union([5], (6,)) == {1, 2, 3, 5, 6}
    assert a.intersection([2, 3, 9], (3,)) == {3}
    assert a.difference([1], [2]) == {3}
    assert a.symmetric_difference([3, 4]) == {1, 2, 4}
    assert a.union() == a and a.union() is not a
    assert a == {1, 2, 3}
    assert type(frozenset([1]) | {2}) is frozenset
    assert type({2} | frozenset([1])) is set
    assert str(raises(TypeError, lambda: a | [1])) == \
        "unsupported operand type(s) for |: 'set' and 'list'"


def test_inplace():
    s = {1, 2, 3}
    t = s
    s |= {4}
    s &= {1, 2, 4, 5}
    s -= {1}
    s ^= {2, 9}
    assert s is t and s == {4, 9}
    s.intersection_update([4, 5], [4])
    assert s == {4}
    s.difference_update([4])
    assert s == set()
    s.symmetric_difference_update([1, 2])
    assert s == {1, 2}
    f = frozenset([1])
    g = f
    f |= {2}
    assert f == {1, 2} and g == {1} and f is not g


def test_comparisons():
    assert {1} < {1, 2} and not {1, 2} < {1, 2}
    assert {1, 2} <= {1, 2} and {1, 2} >= {1}
    assert {1, 2} > {1} and not {1} > {1}
    assert not {1, 3} <= {1, 2}
    assert {1, 2} == frozenset([2, 1])
    assert {1} != {2}
    assert {1}.issubset([1, 2]) and {1, 2}.issuperset([1])
    assert not {1, 5}.issubset(range(3))
    assert {1}.isdisjoint([2, 3]) and not {1}.isdisjoint((1,))
    assert ({1} == [1]) is False
    assert str(raises(TypeError, lambda: {1} < [1])) == \
        "'<' not supported between instances of 'set' and 'list'"


def test_hash():
    assert str(raises(TypeError, hash, {1})) == "unhashable type: 'set'"
    assert hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1]))
    assert hash(frozenset()) == hash(frozenset([]))
    d = {frozenset([1, 2]): 'x'}
    assert d[frozenset([2, 1])] == 'x'
    assert {1, 2} in {frozenset([1, 2])}
    s = {frozenset([1])}
    s.discard({1})
    assert s == set()


def test_iteration():
    s = {1, 2, 3}
    assert sorted(s) == [1, 2, 3]
    it = iter(s)
    next(it)
    s.add(4)
    e = raises(RuntimeError, next, it)
    assert str(e) == "Set changed size during iteration"
    assert sorted(x for x in frozenset('ab')) == ['a', 'b']


def test_isinstance():
    assert isinstance(set(), set) and isinstance(frozenset(), frozenset)
    assert not isinstance(set(), frozenset)
    assert not hasattr(frozenset(), 'add')
