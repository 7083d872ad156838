"""Types: the C3 MRO, attribute lookup on types, and calling them."""

from __future__ import absolute_import

import pytest

from interpreter.error import OperationError
from objspace.std.typeobject import W_TypeObject, compute_c3_mro
from tests.support import run_app, unwrap, raises_app


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


# --- user classes (type.__new__) ------------------------------------------

def test_version_tag_changes_on_mutation(space):
    w_a, w_b = space.fixedview(run_app(space, """
        A = type('A', (), {'x': 1})
        B = type('B', (A,), {})
        (A, B)
    """))
    tag_a = w_a.version_tag
    tag_b = w_b.version_tag
    assert space.int_w(w_b.lookup('x')) == 1
    space.setattr(w_a, space.newtext('x'), space.newint(2))
    assert w_a.version_tag is not tag_a
    assert w_b.version_tag is not tag_b       # subclasses too
    assert space.int_w(w_b.lookup('x')) == 2
    tag_b = w_b.version_tag
    space.delattr(w_a, space.newtext('x'))
    assert w_b.version_tag is not tag_b
    assert w_b.lookup('x') is None


def test_builtin_types_never_change(space):
    tag = space.w_int.version_tag
    raises_app(space, 'TypeError', "int.x = 1",
               match="cannot set 'x' attribute of immutable type 'int'")
    assert space.w_int.version_tag is tag
    assert not space.w_int.is_heaptype


def test_user_type_fields(space):
    w_a = run_app(space, "type('A', (), {'__eq__': lambda s, o: True})")
    assert w_a.is_heaptype
    assert w_a.hasdict and w_a.uses_mapdict
    assert w_a.w_base is space.w_object
    assert space.is_w(w_a.dict_w['__hash__'], space.w_None)
    assert space.is_w(w_a.dict_w['__doc__'], space.w_None)
    assert space.text_w(w_a.dict_w['__module__']) == '__main__'
    assert w_a in space.w_object.get_subclasses()


def test_metatype_recorded(space):
    w_m, w_a = space.fixedview(run_app(space, """
        M = type('M', (type,), {})
        A = M('A', (), {})
        (M, A)
    """))
    assert w_a.w_class is w_m
    assert space.type(w_a) is w_m
    assert not w_m.uses_mapdict          # instances are W_TypeObjects
    assert space.type(space.w_int) is space.w_type


def test_classcell_is_set(space):
    from interpreter.nestedscope import W_Cell
    cell = W_Cell()
    w_ns = space.newdict()
    space.setitem(w_ns, space.newtext('__classcell__'), cell)
    w_cls = space.call_function(space.w_type, space.newtext('C'),
                                space.newtuple([]), w_ns)
    assert cell.w_value is w_cls
    assert '__classcell__' not in w_cls.dict_w
    w_ns = space.newdict()
    space.setitem(w_ns, space.newtext('__classcell__'), space.newint(1))
    with pytest.raises(OperationError) as excinfo:
        space.call_function(space.w_type, space.newtext('C'),
                            space.newtuple([]), w_ns)
    assert '__classcell__ must be a nonlocal cell, not <class \'int\'>' in \
        excinfo.value.errorstr(space)
