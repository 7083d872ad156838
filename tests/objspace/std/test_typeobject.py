"""Types: the C3 MRO, attribute lookup on types, and calling them."""

from __future__ import absolute_import

import pytest

from interpreter.error import OperationError
from objspace.std.typeobject import W_TypeObject, compute_c3_mro
from tests.support import run_app, unwrap


def make_type(space, name, bases_w):
    return W_TypeObject(space, name, bases_w, {})


def names(mro_w):
    return [w.name for w in mro_w]


def test_c3_diamond(space):
    w_o = space.w_object
    w_a = make_type(space, 'A', [w_o])
    w_b = make_type(space, 'B', [w_a])
    w_c = make_type(space, 'C', [w_a])
    w_d = make_type(space, 'D', [w_b, w_c])
    assert names(w_d.mro_w) == ['D', 'B', 'C', 'A', 'object']


def test_c3_inconsistent(space):
    w_o = space.w_object
    w_a = make_type(space, 'A', [w_o])
    w_b = make_type(space, 'B', [w_a])
    with pytest.raises(OperationError) as excinfo:
        make_type(space, 'X', [w_a, w_b])
    assert excinfo.value.match(space, space.w_TypeError)
    assert 'consistent method resolution' in excinfo.value.errorstr(space)


def test_builtin_type_attributes(space):
    assert unwrap(space, run_app(space, "int.__name__")) == 'int'
    assert unwrap(space, run_app(space, "bool.__mro__[1] is int")) is True
    assert unwrap(space, run_app(space, "repr(type(None))")) == \
        "<class 'NoneType'>"
    assert unwrap(space, run_app(space, "type(3) is int")) is True
    assert unwrap(space, run_app(space, "int.__add__(2, 3)")) == 5
    assert unwrap(space, run_app(space, "str.upper('ab')")) == 'AB'


def test_isinstance_and_issubclass(space):
    assert unwrap(space, run_app(
        space, "(isinstance(True, int), issubclass(bool, (str, int)),"
               " isinstance(1, (str, float)))")) == (True, True, False)
