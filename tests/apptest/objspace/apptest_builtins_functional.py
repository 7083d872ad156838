"""enumerate, zip, map, filter, reversed, sorted, min, max, sum, all, any,
round, bin/oct/hex and iter(callable, sentinel)."""

import sys


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


class Seq:
    """The old sequence protocol only: __len__ and __getitem__."""
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def gen(n):
    for i in range(n):
        yield i


def test_enumerate():
    assert list(enumerate('abc')) == [(0, 'a'), (1, 'b'), (2, 'c')]
    assert list(enumerate('ab', 5)) == [(5, 'a'), (6, 'b')]
    assert list(enumerate('ab', start=-1)) == [(-1, 'a'), (0, 'b')]
    m = sys.maxsize
    assert list(enumerate('abc', m)) == [(m, 'a'), (m + 1, 'b'), (m + 2, 'c')]
    assert list(enumerate('a', 2 ** 80)) == [(2 ** 80, 'a')]
    e = enumerate(gen(2))
    assert isinstance(e, enumerate)
    assert iter(e) is e
    assert next(e) == (0, 0)
    assert raises(TypeError, enumerate, 'a', 'b') == \
        "'str' object cannot be interpreted as an integer"


def test_zip():
    assert list(zip()) == []
    assert list(zip('ab', [1, 2, 3])) == [('a', 1), ('b', 2)]
    assert list(zip(gen(3), 'xyz', range(10))) == \
        [(0, 'x', 0), (1, 'y', 1), (2, 'z', 2)]
    assert isinstance(zip(), zip)
    assert list(zip('ab', 'cd', strict=True)) == [('a', 'c'), ('b', 'd')]
    assert raises(ValueError, list, zip('a', 'bc', strict=True)) == \
        "zip() argument 2 is longer than argument 1"
    assert raises(ValueError, list, zip('ab', 'c', strict=True)) == \
        "zip() argument 2 is shorter than argument 1"
    assert raises(ValueError, list, zip('ab', 'cd', 'e', strict=True)) == \
        "zip() argument 3 is shorter than arguments 1-2"
    assert raises(ValueError, list, zip('a', 'b', 'cd', strict=True)) == \
        "zip() argument 3 is longer than arguments 1-2"
    assert raises(TypeError, zip, 1) == "'int' object is not iterable"
    assert raises(TypeError, zip, 'a', other=1) == \
        "'other' is an invalid keyword argument for zip()"


def test_map_filter():
    assert list(map(abs, [-1, 2, -3])) == [1, 2, 3]
    assert list(map(lambda a, b: a + b, 'abc', 'xy')) == ['ax', 'by']
    assert list(map(str, gen(3))) == ['0', '1', '2']
    assert isinstance(map(abs, []), map)
    assert raises(TypeError, map, abs) == \
        "map() must have at least two arguments."
    assert list(filter(None, [0, 1, '', 'a', None])) == [1, 'a']
    assert list(filter(lambda x: x % 2, range(7))) == [1, 3, 5]
    assert list(filter(bool, [0, 3])) == [3]
    assert isinstance(filter(None, []), filter)
    assert raises(TypeError, filter, None) == "filter expected 2 arguments, got 1"


def test_reversed():
    assert list(reversed([1, 2, 3])) == [3, 2, 1]
    assert list(reversed((1, 2, 3))) == [3, 2, 1]
    assert list(reversed('abc')) == ['c', 'b', 'a']
    assert list(reversed(Seq([1, 2, 3]))) == [3, 2, 1]
    assert isinstance(reversed(Seq([])), reversed)

    class R:
        def __reversed__(self):
            return iter('zyx')
    assert list(reversed(R())) == ['z', 'y', 'x']
    assert raises(TypeError, reversed, 5) == "'int' object is not reversible"
    assert raises(TypeError, reversed, gen(3)) == \
        "'generator' object is not reversible"

    class NoRev(Seq):
        __reversed__ = None
    assert raises(TypeError, reversed, NoRev([])) == \
        "'NoRev' object is not reversible"


def test_sorted():
    assert sorted([3, 1, 2]) == [1, 2, 3]
    assert sorted('bca') == ['a', 'b', 'c']
    assert sorted(gen(3), reverse=True) == [2, 1, 0]
    assert sorted(['bb', 'a', 'ccc'], key=len) == ['a', 'bb', 'ccc']
    pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
    assert sorted(pairs, key=lambda p: p[0]) == \
        [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]
    assert sorted(pairs, key=lambda p: p[0], reverse=True) == \
        [(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]
    data = [5, 3]
    result = sorted(data)
    assert result is not data and data == [5, 3]
    assert raises(TypeError, sorted) == "sorted expected 1 argument, got 0"
    assert raises(TypeError, sorted, [], x=1) == \
        "'x' is an invalid keyword argument for sort()"
    assert raises(TypeError, sorted, [1, 'a']) == \
        "'<' not supported between instances of 'str' and 'int'"


def test_min_max():
    assert min([3, 1, 2]) == 1 and max([3, 1, 2]) == 3
    assert min(3, 1, 2) == 1 and max(3, 1, 2) == 3
    assert min('bca') == 'a'
    assert max(gen(4)) == 3
    assert min([], default=7) == 7 and max([], default=None) is None
    assert min(['bb', 'a', 'ccc'], key=len) == 'a'
    assert max('bb', 'a', 'cc', key=len) == 'bb'       # the first one wins
    assert min([1, 2], key=None) == 1
    assert raises(ValueError, max, []) == "max() arg is an empty sequence"
    assert raises(ValueError, min, []) == "min() arg is an empty sequence"
    assert raises(TypeError, max) == "max expected at least 1 argument, got 0"
    assert raises(TypeError, max, 1) == "'int' object is not iterable"
    assert raises(TypeError, min, 1, 2, default=0) == \
        "Cannot specify a default for min() with multiple positional arguments"
    assert raises(TypeError, min, [1], x=2) == \
        "'x' is an invalid keyword argument for min()"


def test_sum():
    assert sum([1, 2, 3]) == 6
    assert sum([], 5) == 5 and sum([1], start=10) == 11
    assert sum([0.5, 0.25]) == 0.75
    assert sum([1, 0.5]) == 1.5 and sum([0.5, 1]) == 1.5
    assert sum([True, True]) == 2 and type(sum([True, True])) is int
    m = sys.maxsize
    assert sum([m, m, 1]) == 2 * m + 1
    assert sum([m, 1.0]) == float(m) + 1.0
    assert sum([[1], [2]], []) == [1, 2]
    assert sum(gen(5)) == 10
    assert raises(TypeError, sum, ['a'], '') == \
        "sum() can't sum strings [use ''.join(seq) instead]"
    assert raises(TypeError, sum, [b'a'], b'') == \
        "sum() can't sum bytes [use b''.join(seq) instead]"
    assert raises(TypeError, sum) == \
        "sum() takes at least 1 positional argument (0 given)"
    assert raises(TypeError, sum, ['a']) == \
        "unsupported operand type(s) for +: 'int' and 'str'"


def test_all_any():
    assert all([]) is True and any([]) is False
    assert all([1, 'a']) is True and all([1, 0]) is False
    assert any([0, '', 3]) is True and any([0, None]) is False
    seen = []

    def g():
        for x in [1, 0, 2]:
            seen.append(x)
            yield x
    assert all(g()) is False and seen == [1, 0]


def test_round():
    assert round(2.5) == 2 and round(3.5) == 4 and round(-2.5) == -2
    assert type(round(2.7)) is int
    assert round(2.675, 2) == 2.67
    assert round(1234.5678, -2) == 1200.0
    assert type(round(1.5, 0)) is float
    assert round(7) == 7 and round(1234, -2) == 1200
    assert round(1250, -2) == 1200 and round(1350, -2) == 1400
    assert round(-1250, -2) == -1200 and round(-1251, -2) == -1300
    assert round(5, 3) == 5 and round(12, -5) == 0
    assert round(True) == 1

    class R:
        def __round__(self, n=None):
            return ('round', n)
    assert round(R()) == ('round', None)
    assert round(R(), 3) == ('round', 3)
    assert raises(TypeError, round, 'a') == \
        "type str doesn't define __round__ method"
    assert raises(OverflowError, round, float('inf')) == \
        "cannot convert float infinity to integer"
    assert raises(ValueError, round, float('nan')) == \
        "cannot convert float NaN to integer"
    assert round(1e20) == 10 ** 20


def test_bin_oct_hex():
    assert bin(5) == '0b101' and bin(0) == '0b0' and bin(-5) == '-0b101'
    assert oct(8) == '0o10' and oct(-8) == '-0o10'
    assert hex(255) == '0xff' and hex(-255) == '-0xff'
    assert hex(2 ** 64) == '0x10000000000000000'

    class I:
        def __index__(self):
            return 10
    assert hex(I()) == '0xa'
    assert raises(TypeError, hex, 1.0) == \
        "'float' object cannot be interpreted as an integer"


def test_iter_callable():
    values = [1, 2, 3, 0, 5]

    def f():
        return values.pop(0)
    it = iter(f, 0)
    assert iter(it) is it
    assert list(it) == [1, 2, 3]
    assert values == [5]
    assert raises(StopIteration, next, it) == ""
    assert raises(TypeError, iter, 1, 2) == "iter(v, w): v must be callable"
