"""_collections: deque (methods, maxlen, indexing, comparisons, repr,
mutation during iteration, subclasses) and defaultdict."""

from _collections import deque, defaultdict


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def test_ends():
    d = deque([1, 2, 3])
    d.append(4)
    d.appendleft(0)
    assert list(d) == [0, 1, 2, 3, 4] and len(d) == 5
    assert d[0] == 0 and d[-1] == 4
    assert d.pop() == 4 and d.popleft() == 0
    assert list(d) == [1, 2, 3]
    d.extend(range(20))
    d.extendleft('ab')
    assert list(d)[:4] == ['b', 'a', 1, 2] and len(d) == 25
    d.extend(d)
    assert len(d) == 50
    assert str(raises(IndexError, deque().pop)) == "pop from an empty deque"
    assert str(raises(IndexError, deque().popleft)) == \
        "pop from an empty deque"
    d.clear()
    assert not d and len(d) == 0


def test_many_items_wrap_around():
    d = deque()
    for i in range(1000):
        d.append(i)
        d.appendleft(-i)
    for i in range(900):
        d.pop()
        d.popleft()
    assert list(d) == list(range(-99, 0)) + [0, 0] + list(range(1, 100))


def test_rotate_reverse():
    d = deque(range(5))
    d.rotate(2)
    assert list(d) == [3, 4, 0, 1, 2]
    d.rotate(-3)
    assert list(d) == [1, 2, 3, 4, 0]
    d.rotate()
    assert list(d) == [0, 1, 2, 3, 4]
    d.rotate(12)
    assert list(d) == [3, 4, 0, 1, 2]
    d.reverse()
    assert list(d) == [2, 1, 0, 4, 3]
    deque().rotate(3)


def test_index_insert_remove_count():
    d = deque('abcab')
    assert d.index('b') == 1 and d.index('b', 2) == 4
    assert d.count('a') == 2
    assert str(raises(ValueError, d.index, 'z')) == "'z' is not in deque"
    assert str(raises(ValueError, d.index, 'a', 1, 3)) == \
        "'a' is not in deque"
    d.insert(1, 'X')
    assert list(d) == list('aXbcab')
    d.insert(-1, 'Y')
    assert list(d) == list('aXbcaYb')
    d.insert(100, 'E')
    assert d[-1] == 'E'
    d.remove('X')
    assert list(d) == list('abcaYbE')
    assert str(raises(ValueError, d.remove, 'z')) == "'z' is not in deque"
    assert str(raises(IndexError, deque([1], maxlen=1).insert, 0, 1)) == \
        "deque already at its maximum size"


def test_item_access():
    d = deque(range(5))
    d[0] = 'Z'
    d[-1] = 'E'
    del d[1]
    assert list(d) == ['Z', 2, 3, 'E']
    assert 3 in d and 7 not in d
    assert str(raises(IndexError, d.__getitem__, 10)) == \
        "deque index out of range"
    assert str(raises(TypeError, lambda: d['a'])) == \
        "sequence index must be integer, not 'str'"


def test_maxlen():
    d = deque(range(10), maxlen=3)
    assert list(d) == [7, 8, 9] and d.maxlen == 3
    d.appendleft(-1)
    assert list(d) == [-1, 7, 8]
    d.append(5)
    assert list(d) == [7, 8, 5]
    assert deque().maxlen is None
    z = deque(maxlen=0)
    z.append(1)
    assert len(z) == 0
    assert str(raises(ValueError, deque, maxlen=-1)) == \
        "maxlen must be non-negative"


def test_repr():
    assert repr(deque()) == 'deque([])'
    assert repr(deque([1, 'a'])) == "deque([1, 'a'])"
    assert repr(deque([1], maxlen=3)) == 'deque([1], maxlen=3)'
    d = deque([1])
    d.append(d)
    assert repr(d) == 'deque([1, [...]])'


def test_comparisons_and_arithmetic():
    assert deque([1, 2]) == deque([1, 2])
    assert deque([1, 2]) != deque([1])
    assert deque([1, 2]) < deque([1, 3])
    assert deque([1, 2]) >= deque([1])
    assert deque([1]) != [1]
    raises(TypeError, lambda: deque([1]) < [1])
    assert list(deque([1]) + deque([2])) == [1, 2]
    assert list(deque([1, 2]) * 2) == [1, 2, 1, 2]
    assert list(2 * deque([1])) == [1, 1]
    d = deque([1])
    d += [2, 3]
    d *= 2
    assert list(d) == [1, 2, 3, 1, 2, 3]
    raises(TypeError, hash, deque())


def test_iteration():
    d = deque('abc')
    assert list(reversed(d)) == ['c', 'b', 'a']
    e = raises(RuntimeError, lambda: [d.append(1) for x in d])
    assert str(e) == "deque mutated during iteration"
    it = iter(deque([1, 2, 3]))
    next(it)
    assert it.__length_hint__() == 2


def test_copy_and_subclass():
    class D(deque):
        pass

    d = D([1, 2], 3)
    c = d.copy()
    assert type(c) is D and list(c) == [1, 2] and c.maxlen == 3
    assert repr(c) == 'D([1, 2], maxlen=3)'
    assert isinstance(d, deque)
    e = deque([1])
    f = e.__copy__()
    assert f == e and f is not e
    assert deque.__module__ == 'collections'


def test_defaultdict():
    dd = defaultdict(list)
    dd['a'].append(1)
    assert dd == {'a': [1]} and dd['b'] == [] and len(dd) == 2
    assert dd.default_factory is list
    assert repr(dd) == "defaultdict(<class 'list'>, {'a': [1], 'b': []})"
    assert isinstance(dd, dict)
    c = dd.copy()
    assert type(c) is defaultdict and c == dd and c.default_factory is list
    u = dd | {'c': 2}
    assert type(u) is defaultdict and u['c'] == 2
    n = defaultdict(int, a=1)
    n['b'] += 1
    assert n == {'a': 1, 'b': 1}
    assert 'z' not in n and n.get('z') is None
    assert repr(defaultdict()) == 'defaultdict(None, {})'
    e = raises(KeyError, defaultdict().__getitem__, 'x')
    assert e.args == ('x',)
    assert str(raises(TypeError, defaultdict, 1)) == \
        "first argument must be callable or None"
    n.default_factory = None
    raises(KeyError, n.__getitem__, 'q')

    class DD(defaultdict):
        pass

    assert repr(DD(int, {1: 2})) == "DD(<class 'int'>, {1: 2})"


def test_mutation_during_remove():
    class Eq:
        def __eq__(self, other):
            d.clear()
            return False

    d = deque([Eq(), 1])
    assert str(raises(IndexError, d.remove, 5)) == \
        "deque mutated during iteration"
