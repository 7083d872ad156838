"""list: sort, index, count, remove, reverse, clear, copy, slice
assignment and deletion, += and *=, reversed()."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


def test_sort():
    l = [3, 1, 2]
    assert l.sort() is None
    assert l == [1, 2, 3]
    l.sort(reverse=True)
    assert l == [3, 2, 1]
    words = ['bb', 'a', 'cc', 'd']
    words.sort(key=len)
    assert words == ['a', 'd', 'bb', 'cc']     # stable
    words.sort(key=len, reverse=True)
    assert words == ['bb', 'cc', 'a', 'd']     # stable when reversed too
    big = list(range(200, 0, -1))
    big.sort()
    assert big == list(range(1, 201))
    l = [5, 1, 4]
    l.sort(key=None)
    assert l == [1, 4, 5]
    assert raises(TypeError, [].sort, 1) == "sort() takes no positional arguments"
    assert raises(TypeError, [1, 'a'].sort) == \
        "'<' not supported between instances of 'str' and 'int'"


def test_sort_modified():
    l = [3, 1, 2]

    def key(x):
        l.append(x)
        return x
    assert raises(ValueError, l.sort, key=key) == "list modified during sort"
    l = [3, 1, 2]

    def seen(x):
        assert l == []        # the list looks empty while it is sorted
        return x
    l.sort(key=seen)
    assert l == [1, 2, 3]


def test_index_count_remove():
    l = [1, 2, 3, 2, 1]
    assert l.index(2) == 1
    assert l.index(2, 2) == 3
    assert l.index(1, -2) == 4
    assert raises(ValueError, l.index, 2, 0, 1) == "2 is not in list"
    assert raises(ValueError, l.index, 9) == "9 is not in list"
    assert l.count(1) == 2 and l.count(9) == 0
    l.remove(2)
    assert l == [1, 3, 2, 1]
    assert raises(ValueError, l.remove, 9) == "list.remove(x): x not in list"
    assert [1.0].index(1) == 0


def test_reverse_clear_copy():
    l = [1, 2, 3]
    l.reverse()
    assert l == [3, 2, 1]
    c = l.copy()
    assert c == l and c is not l
    l.clear()
    assert l == [] and c == [3, 2, 1]


def test_slice_assignment():
    l = [0, 1, 2, 3, 4]
    l[1:3] = ['a', 'b', 'c']
    assert l == [0, 'a', 'b', 'c', 3, 4]
    l[:] = range(3)
    assert l == [0, 1, 2]
    l[3:] = (x for x in 'xy')
    assert l == [0, 1, 2, 'x', 'y']
    l[1:1] = [9]
    assert l == [0, 9, 1, 2, 'x', 'y']
    l[4:2] = [7]
    assert l == [0, 9, 1, 2, 7, 'x', 'y']
    l = [0, 1, 2, 3, 4, 5]
    l[::2] = 'abc'
    assert l == ['a', 1, 'b', 3, 'c', 5]
    l[::-2] = [10, 20, 30]
    assert l == ['a', 30, 'b', 20, 'c', 10]
    assert raises(ValueError, l.__setitem__, slice(None, None, 2), [1]) == \
        "attempt to assign sequence of size 1 to extended slice of size 3"
    assert raises(TypeError, l.__setitem__, slice(0, 1), 1) == \
        "can only assign an iterable"
    l = [1, 2, 3]
    l[:] = l
    assert l == [1, 2, 3]
    l[1:] = l
    assert l == [1, 1, 2, 3]


def test_item_assignment_errors():
    l = [1]
    assert raises(IndexError, l.__setitem__, 5, 0) == \
        "list assignment index out of range"
    assert raises(IndexError, l.__delitem__, 5) == \
        "list assignment index out of range"
    assert raises(TypeError, l.__setitem__, 'a', 0) == \
        "list indices must be integers or slices, not str"
    l[-1] = 7
    assert l == [7]


def test_slice_deletion():
    l = list(range(10))
    del l[2:5]
    assert l == [0, 1, 5, 6, 7, 8, 9]
    del l[::2]
    assert l == [1, 6, 8]
    l = list(range(10))
    del l[::-3]
    assert l == [1, 2, 4, 5, 7, 8]
    del l[5:1]
    assert l == [1, 2, 4, 5, 7, 8]
    del l[:]
    assert l == []


def test_inplace():
    l = [1]
    l2 = l
    l += (2, 3)
    l += (x for x in [4])
    l += 'ab'
    assert l is l2 and l == [1, 2, 3, 4, 'a', 'b']
    l = [1, 2]
    l2 = l
    l *= 2
    assert l is l2 and l == [1, 2, 1, 2]
    l *= 0
    assert l == [] and l2 is l
    assert raises(TypeError, l.__iadd__, 1) == "'int' object is not iterable"
    l = [1]
    l += l
    assert l == [1, 1]


def test_reversed():
    l = [1, 2, 3]
    r = reversed(l)
    assert type(r).__name__ == 'list_reverseiterator'
    assert list(r) == [3, 2, 1]
    assert list(reversed([])) == []
    r = reversed(l)
    next(r)
    l.clear()
    assert list(r) == []


def test_unhashable():
    assert list.__hash__ is None
    assert raises(TypeError, hash, []) == "unhashable type: 'list'"


def test_subclass_goes_through_protocol():
    class L(list):
        def __iter__(self):
            return iter([9, 9])
    assert sorted(L([1, 2])) == [9, 9]
    assert sum(L([1, 2])) == 18
    assert max(L([1, 2])) == 9
    assert list(enumerate(L([1]))) == [(0, 9), (1, 9)]
