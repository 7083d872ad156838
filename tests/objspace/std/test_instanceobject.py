"""Instances of user classes: the generated interp-level subclasses,
allocate_instance, and the layouts of user classes."""

from __future__ import absolute_import

import pytest

from interpreter.error import OperationError
from objspace.std.instanceobject import (get_unique_interplevel_subclass,
                                         USER_SUBCLASSED, W_InstanceObject)
from objspace.std.intobject import W_IntObject, W_LongObject
from objspace.std.listobject import W_ListObject
from objspace.std.exceptionobject import W_BaseException
from objspace.std.objectobject import W_ObjectObject
from tests.support import run_app, unwrap, raises_app


def test_one_subclass_per_builtin_class():
    seen = set()
    for cls in USER_SUBCLASSED:
        sub = get_unique_interplevel_subclass(cls)
        assert issubclass(sub, cls)
        assert sub is not cls
        assert sub.__name__ == cls.__name__ + 'User'
        seen.add(sub)
    assert len(seen) == len(USER_SUBCLASSED)
    assert get_unique_interplevel_subclass(W_ObjectObject) is \
        W_InstanceObject


def test_instances_are_of_the_builtin_class(space):
    w_obj = run_app(space, "type('A', (), {})()")
    assert isinstance(w_obj, W_InstanceObject)
    w_list = run_app(space, "type('L', (list,), {})([1, 2])")
    assert isinstance(w_list, W_ListObject)
    assert type(w_list) is get_unique_interplevel_subclass(W_ListObject)
    assert unwrap(space, space.call_method(w_list, '__len__')) == 2
    w_int = run_app(space, "type('I', (int,), {})(7)")
    assert isinstance(w_int, W_IntObject) and w_int.intval == 7
    w_big = run_app(space, "type('I', (int,), {})(2 ** 80)")
    assert isinstance(w_big, W_LongObject)
    w_exc = run_app(space, "type('E', (KeyError,), {})('k')")
    assert isinstance(w_exc, W_BaseException)
    assert space.type(w_exc).name == 'E'
    assert w_exc.w_class is space.type(w_exc)


def test_plain_builtin_instances_stay_plain(space):
    w_list = run_app(space, "list([1])")
    assert type(w_list) is W_ListObject
    w_exc = run_app(space, "ValueError('x')")
    assert type(w_exc) is W_BaseException
    assert type(run_app(space, "object()")) is W_ObjectObject


def test_allocate_instance_errors(space):
    w_type = space.w_list
    with pytest.raises(OperationError) as excinfo:
        space.allocate_instance(W_IntObject, w_type)
    assert 'int.__new__(list): list is not a subtype of int' in \
        excinfo.value.errorstr(space)
    with pytest.raises(OperationError) as excinfo:
        space.allocate_instance(W_ObjectObject, space.w_int)
    assert 'object.__new__(int) is not safe, use int.__new__()' in \
        excinfo.value.errorstr(space)


def test_layouts(space):
    w_s, w_t, w_u = space.fixedview(run_app(space, """
        S = type('S', (), {'__slots__': ('a', 'b')})
        T = type('T', (S,), {'__slots__': ('c',)})
        U = type('U', (T,), {})
        (S, T, U)
    """))
    assert w_s.layout.nslots == 2
    assert w_t.layout.nslots == 3
    assert w_u.layout is w_t.layout
    assert w_t.layout.issublayout(w_s.layout)
    assert not w_s.layout.issublayout(w_t.layout)
    assert not w_s.hasdict and not w_t.hasdict and w_u.hasdict
    assert w_s.layout.typedef is space.w_object.layout.typedef
    assert unwrap(space, run_app(space, """
        S = type('S', (), {'__slots__': ('a', 'b')})
        T = type('T', (S,), {'__slots__': ('c',)})
        t = T(); t.a = 1; t.c = 3
        (t.a, t.c, T.c.__get__(t))
    """)) == (1, 3, 3)


def test_exception_layouts(space):
    assert space.w_ValueError.layout is space.w_BaseException.layout
    assert space.w_OSError.layout is not space.w_BaseException.layout
    assert space.w_FileNotFoundError.layout is space.w_OSError.layout
    raises_app(space, 'TypeError', "type('X', (OSError, SyntaxError), {})",
               match='multiple bases have instance lay-out conflict')
    run_app(space, "type('X', (ValueError, KeyError), {})")


def test_special_method_dispatch_on_user_classes(space):
    assert unwrap(space, run_app(space, """
        A = type('A', (), {'__len__': lambda self: 4,
                           '__getitem__': lambda self, i: i * 2})
        a = A()
        (len(a), a[3], bool(a))
    """)) == (4, 6, True)
