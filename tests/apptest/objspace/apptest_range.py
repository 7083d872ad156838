"""range: construction, length, indexing, slicing, `in`, iteration,
equality, hash and errors, with small and big bounds."""

import sys


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


def test_basic():
    r = range(10)
    assert len(r) == 10
    assert list(r) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert list(range(2, 5)) == [2, 3, 4]
    assert list(range(10, 0, -3)) == [10, 7, 4, 1]
    assert list(range(5, 5)) == []
    assert list(range(5, 0)) == []
    assert len(range(-5, 5, -1)) == 0
    assert repr(range(3)) == 'range(0, 3)'
    assert repr(range(1, 9, 2)) == 'range(1, 9, 2)'
    assert bool(range(0)) is False and bool(range(1)) is True


def test_attributes():
    r = range(1, 20, 4)
    assert (r.start, r.stop, r.step) == (1, 20, 4)
    assert range(7).start == 0 and range(7).step == 1


def test_indexing():
    r = range(3, 30, 3)
    assert r[0] == 3 and r[-1] == 27 and r[2] == 9
    assert range(10)[True] == 1
    assert raises(IndexError, lambda: r[9]) == "range object index out of range"
    assert raises(IndexError, lambda: r[-10]) == "range object index out of range"
    assert raises(TypeError, lambda: r['a']) == \
        "range indices must be integers or slices, not str"


def test_slicing():
    r = range(10)
    assert r[2:8:2] == range(2, 8, 2)
    assert repr(r[2:8:2]) == 'range(2, 8, 2)'
    assert list(r[::-1]) == list(range(9, -1, -1))
    assert r[-100:100] == r
    assert list(range(0, 20, 3)[1:-1]) == [3, 6, 9, 12, 15]
    assert list(range(20, 0, -2)[::3]) == [20, 14, 8, 2]


def test_contains_count_index():
    r = range(0, 100, 7)
    assert 14 in r and 15 not in r and 100 not in r and -7 not in r
    assert 14.0 in r and 'a' not in r
    assert r.count(21) == 1 and r.count(22) == 0 and r.count(21.0) == 1
    assert r.index(21) == 3
    assert raises(ValueError, r.index, 22) == "22 is not in range"
    assert range(10, 0, -1).index(3) == 7
    assert True in range(2)


def test_big():
    big = 2 ** 70
    r = range(big, big + 10, 3)
    assert len(r) == 4
    assert list(r) == [big, big + 3, big + 6, big + 9]
    assert r[1] == big + 3 and r[-1] == big + 9
    assert big + 6 in r and big + 7 not in r
    assert r.index(big + 6) == 2
    assert r[1:] == range(big + 3, big + 12, 3)
    assert list(reversed(r)) == [big + 9, big + 6, big + 3, big]
    huge = range(big)
    assert huge[-1] == big - 1
    assert big - 1 in huge
    assert raises(OverflowError, len, huge)
    m = sys.maxsize
    assert list(range(m - 2, m + 2)) == [m - 2, m - 1, m, m + 1]
    assert list(range(-m - 1, -m + 1)) == [-m - 1, -m]
    assert list(reversed(range(m - 2, m + 1))) == [m, m - 1, m - 2]


def test_reversed_iter():
    assert list(reversed(range(0, 10, 3))) == [9, 6, 3, 0]
    assert list(reversed(range(0))) == []
    it = iter(range(3))
    assert next(it) == 0
    assert list(it) == [1, 2]
    assert type(iter(range(3))).__name__ == 'range_iterator'


def test_equality_hash():
    assert range(5) == range(0, 5)
    assert range(0) == range(5, 5) == range(3, 1)
    assert range(1, 2, 5) == range(1, 3, 7)
    assert range(5) != range(6)
    assert range(3) != [0, 1, 2]
    assert hash(range(0)) == hash(range(5, 5))
    assert hash(range(1, 2, 5)) == hash(range(1, 3, 7))
    assert hash(range(0, 10, 2)) == hash(range(0, 9, 2))


def test_errors():
    assert raises(ValueError, range, 1, 2, 0) == "range() arg 3 must not be zero"
    assert raises(TypeError, range, 1.0) == \
        "'float' object cannot be interpreted as an integer"
    assert raises(TypeError, range) == "range expected at least 1 argument, got 0"
    assert raises(TypeError, range, 1, 2, 3, 4) == \
        "range expected at most 3 arguments, got 4"
    assert raises(TypeError, lambda: range(stop=3)) == \
        "range() takes no keyword arguments"


def test_index_protocol():
    class I:
        def __index__(self):
            return 4
    assert list(range(I())) == [0, 1, 2, 3]
    assert range(10)[I()] == 4
