"""Interp-level checks of the container types: which representation a
range picks, the iterator types, space.newset, and that the builtins read
list subclasses through the iteration protocol."""

from __future__ import absolute_import

import sys

from rpython.rlib.rbigint import rbigint

from objspace.std.rangeobject import (W_RangeObject, W_RangeIterObject,
                                      W_LongRangeIterObject)
from objspace.std.setobject import W_SetObject, W_FrozensetObject
from objspace.std.functionalobject import W_Map, W_CallableIterator
from tests.support import run_app, unwrap, raises_app


def _range(start, stop, step=1):
    return W_RangeObject(rbigint.fromlong(start), rbigint.fromlong(stop),
                         rbigint.fromlong(step))


def test_range_representation(space):
    r = _range(0, 10, 3)
    assert r.small and r.ilength == 4 and r.istart == 0 and r.istep == 3
    assert isinstance(r.descr_iter(space), W_RangeIterObject)
    m = sys.maxint
    # the last item fits, but the one after it would not: still small
    assert _range(m - 3, m).small
    big = _range(m - 3, m + 2)
    assert not big.small
    assert isinstance(big.descr_iter(space), W_LongRangeIterObject)
    assert not _range(0, 2 ** 64).small
    assert _range(0, 0).small


def test_range_app(space):
    w_r = run_app(space, "range(2 ** 70, 2 ** 70 + 6, 2)")
    assert isinstance(w_r, W_RangeObject)
    assert unwrap(space, run_app(space, "list(range(5, 0, -2))")) == [5, 3, 1]
    raises_app(space, 'ValueError', "range(1, 2, 0)",
               match='range() arg 3 must not be zero')


def test_newset(space):
    w_set = space.newset([space.newint(1), space.newint(1),
                          space.newint(2)])
    assert isinstance(w_set, W_SetObject)
    assert space.len_w(w_set) == 2
    w_f = run_app(space, "frozenset({1, 2})")
    assert isinstance(w_f, W_FrozensetObject)
    assert space.eq_w(w_set, w_f)


def test_iterator_types(space):
    assert isinstance(run_app(space, "map(abs, [1])"), W_Map)
    assert isinstance(run_app(space, "iter(int, 1)"), W_CallableIterator)
    assert space.is_w(space.type(run_app(space, "map(abs, [])")),
                      space.w_map)


def test_list_subclass_uses_protocol(space):
    # a list subclass's storage says [1, 2]; its __iter__ says otherwise
    source = """
class L(list):
    def __iter__(self):
        return iter([7, 8, 9])
l = L([1, 2])
(sorted(l), sum(l), min(l), list(zip(l, l)), set(l) == {7, 8, 9},
 list(map(str, l)), dict.fromkeys(l), tuple(enumerate(l))[-1])
"""
    assert unwrap(space, run_app(space, source)) == (
        [7, 8, 9], 24, 7, [(7, 7), (8, 8), (9, 9)], True,
        [u'7', u'8', u'9'], {7: None, 8: None, 9: None}, (2, 9))
