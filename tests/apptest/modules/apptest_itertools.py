"""itertools: every iterator against CPython 3.11's results, reprs and
argument errors."""

import itertools as it


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def take(n, iterable):
    return list(it.islice(iterable, n))


def test_count():
    assert take(4, it.count()) == [0, 1, 2, 3]
    assert take(3, it.count(5, 2)) == [5, 7, 9]
    assert take(3, it.count(0.5, 0.25)) == [0.5, 0.75, 1.0]
    assert take(2, it.count(10 ** 20)) == [10 ** 20, 10 ** 20 + 1]
    assert repr(it.count()) == 'count(0)'
    assert repr(it.count(5, 2)) == 'count(5, 2)'
    assert repr(it.count(1.5)) == 'count(1.5)'
    assert repr(it.count(0, 1.0)) == 'count(0, 1.0)'
    c = it.count(3)
    next(c)
    assert repr(c) == 'count(4)'
    assert str(raises(TypeError, it.count, 'a')) == 'a number is required'


def test_cycle_repeat():
    assert take(7, it.cycle('abc')) == list('abcabca')
    assert list(it.cycle([])) == []
    assert list(it.repeat('x', 3)) == ['x', 'x', 'x']
    assert list(it.repeat('x', -1)) == []
    assert take(2, it.repeat(None)) == [None, None]
    assert repr(it.repeat(1)) == 'repeat(1)'
    assert repr(it.repeat('a', 3)) == "repeat('a', 3)"
    r = it.repeat(0, 5)
    next(r)
    assert r.__length_hint__() == 4 and repr(r) == 'repeat(0, 4)'


def test_accumulate():
    assert list(it.accumulate([1, 2, 3, 4])) == [1, 3, 6, 10]
    assert list(it.accumulate([1, 2, 3], lambda a, b: a * b)) == [1, 2, 6]
    assert list(it.accumulate([1, 2], initial=10)) == [10, 11, 13]
    assert list(it.accumulate([], initial=7)) == [7]
    assert list(it.accumulate([])) == []
    assert list(it.accumulate('abc')) == ['a', 'ab', 'abc']


def test_chain_compress():
    assert list(it.chain('ab', [1], ())) == ['a', 'b', 1]
    assert list(it.chain()) == []
    assert list(it.chain.from_iterable(['ab', 'cd'])) == list('abcd')
    assert list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])) == \
        list('acef')
    assert list(it.compress('ab', [1, 1, 1, 1])) == ['a', 'b']
    c = it.chain([1], 5)
    assert next(c) == 1
    raises(TypeError, next, c)


def test_dropwhile_takewhile_filterfalse():
    assert list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])) == [3, 1, 5]
    assert list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])) == [1, 2]
    assert list(it.filterfalse(lambda x: x % 2, range(6))) == [0, 2, 4]
    assert list(it.filterfalse(None, [0, 1, '', 'a'])) == [0, '']


def test_groupby():
    groups = [(k, list(g)) for k, g in it.groupby('aaabbcaa')]
    assert groups == [('a', ['a', 'a', 'a']), ('b', ['b', 'b']),
                      ('c', ['c']), ('a', ['a', 'a'])]
    keys = [k for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)]
    assert keys == [1, 0, 1]
    # a group is over once the groupby moves on
    gb = it.groupby('aabb')
    k1, g1 = next(gb)
    k2, g2 = next(gb)
    assert list(g1) == [] and list(g2) == ['b', 'b']
    assert list(it.groupby([])) == []


def test_islice():
    assert list(it.islice('abcdefg', 2)) == ['a', 'b']
    assert list(it.islice('abcdefg', 2, 4)) == ['c', 'd']
    assert list(it.islice('abcdefg', 2, None)) == list('cdefg')
    assert list(it.islice('abcdefg', 0, None, 2)) == list('aceg')
    assert list(it.islice('abc', None)) == list('abc')
    assert list(it.islice('abc', 1, None, None)) == ['b', 'c']
    assert list(it.islice(range(10), 5, 2)) == []
    # the source is consumed up to stop
    src = iter(range(10))
    assert list(it.islice(src, 2, 4)) == [2, 3]
    assert next(src) == 4
    assert str(raises(ValueError, it.islice, 'abc', -1)) == (
        "Stop argument for islice() must be None or an integer: "
        "0 <= x <= sys.maxsize.")
    assert str(raises(ValueError, it.islice, 'abc', 'x', 2)) == (
        "Indices for islice() must be None or an integer: "
        "0 <= x <= sys.maxsize.")
    assert str(raises(ValueError, it.islice, 'abc', 0, 2, 0)) == \
        "Step for islice() must be a positive integer or None."
    assert str(raises(TypeError, it.islice, 'abc')) == \
        "islice expected at least 2 arguments, got 1"


def test_starmap_pairwise_zip_longest():
    assert list(it.starmap(pow, [(2, 3), (3, 2)])) == [8, 9]
    assert list(it.pairwise('abcd')) == [('a', 'b'), ('b', 'c'),
                                         ('c', 'd')]
    assert list(it.pairwise('a')) == []
    assert list(it.zip_longest('ab', 'xyz')) == [
        ('a', 'x'), ('b', 'y'), (None, 'z')]
    assert list(it.zip_longest('ab', [1], fillvalue=0)) == [
        ('a', 1), ('b', 0)]
    assert list(it.zip_longest()) == []
    assert str(raises(TypeError, it.zip_longest, 'a', fill=1)) == \
        "zip_longest() got an unexpected keyword argument"
    assert str(raises(TypeError, it.product, 'a', rep=1)) == \
        "'rep' is an invalid keyword argument for product()"


def test_tee():
    a, b = it.tee(iter([1, 2, 3]))
    assert next(a) == 1
    assert list(b) == [1, 2, 3]
    assert list(a) == [2, 3]
    assert len(it.tee('abc', 3)) == 3
    assert it.tee('abc', 0) == ()
    assert str(raises(ValueError, it.tee, 'abc', -1)) == "n must be >= 0"
    x, y = it.tee('ab')
    z = x.__copy__()
    assert list(x) == ['a', 'b'] and list(z) == ['a', 'b']


def test_product():
    assert list(it.product('ab', [0, 1])) == [
        ('a', 0), ('a', 1), ('b', 0), ('b', 1)]
    assert list(it.product('ab', repeat=2)) == [
        ('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]
    assert list(it.product()) == [()]
    assert list(it.product('ab', '')) == []
    assert str(raises(ValueError, it.product, 'a', repeat=-1)) == \
        "repeat argument cannot be negative"


def test_combinatorics():
    assert list(it.permutations('abc', 2)) == [
        ('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'),
        ('c', 'b')]
    assert len(list(it.permutations(range(4)))) == 24
    assert list(it.permutations(range(3)))[3] == (1, 2, 0)
    assert list(it.permutations('ab', 3)) == []
    assert list(it.permutations('ab', 0)) == [()]
    assert list(it.combinations('abcd', 2)) == [
        ('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'),
        ('c', 'd')]
    assert list(it.combinations('ab', 3)) == []
    assert list(it.combinations('ab', 0)) == [()]
    assert list(it.combinations_with_replacement('abc', 2)) == [
        ('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'),
        ('c', 'c')]
    assert list(it.combinations_with_replacement('', 2)) == []
    assert list(it.combinations_with_replacement('', 0)) == [()]
    assert str(raises(ValueError, it.combinations, 'ab', -1)) == \
        "r must be non-negative"


def test_types():
    assert type(it.count()).__name__ == 'count'
    assert it.chain.__module__ == 'itertools'
    assert iter(it.count()) is not None
    c = it.chain('a')
    assert iter(c) is c
