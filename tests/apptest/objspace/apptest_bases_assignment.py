"""Assigning a class's __bases__: the checks, and the new MRO of the class
and its subclasses (with attribute lookups that follow it)."""


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def set_bases(cls, value):
    cls.__bases__ = value


def test_assign_bases_changes_lookup():
    class A:
        def who(self):
            return 'A'

    class B:
        def who(self):
            return 'B'

    class C(A):
        pass

    class D(C):
        pass
    d = D()
    assert d.who() == 'A'
    C.__bases__ = (B,)
    assert C.__bases__ == (B,)
    assert C.__base__ is B
    assert C.__mro__ == (C, B, object)
    assert D.__mro__ == (D, C, B, object)
    assert d.who() == 'B'
    assert isinstance(d, B) and not isinstance(d, A)
    assert C in B.__subclasses__()
    assert C not in A.__subclasses__()
    C.__bases__ = (A, B)
    assert D.__mro__ == (D, C, A, B, object)
    assert d.who() == 'A'


def test_assign_bases_errors():
    class A:
        pass

    class B:
        pass

    class C(A):
        pass

    class D(C):
        pass
    assert raises(TypeError, set_bases, int, (object,)) == \
        "cannot set '__bases__' attribute of immutable type 'int'"
    assert raises(TypeError, delattr, C, '__bases__') == \
        "cannot delete '__bases__' attribute of immutable type 'C'"
    assert raises(TypeError, set_bases, C, [A]) == \
        "can only assign tuple to C.__bases__, not list"
    assert raises(TypeError, set_bases, C, ()) == \
        "can only assign non-empty tuple to C.__bases__, not ()"
    assert raises(TypeError, set_bases, C, (1,)) == \
        "C.__bases__ must be tuple of classes, not 'int'"
    assert raises(TypeError, set_bases, C, (D,)) == \
        "a __bases__ item causes an inheritance cycle"
    assert raises(TypeError, set_bases, C, (A, A)) == \
        "duplicate base class A"
    assert raises(TypeError, set_bases, C, (int,)) == \
        "__bases__ assignment: 'int' deallocator differs from 'A'"

    class L(list):
        pass
    assert raises(TypeError, set_bases, L, (A,)) == \
        "__bases__ assignment: 'A' object layout differs from 'list'"
    assert C.__bases__ == (A,)


def test_assign_bases_inconsistent_mro_changes_nothing():
    class X:
        pass

    class Y(X):
        pass

    class A:
        pass

    class C(A):
        pass

    class D(C):
        pass
    msg = raises(TypeError, set_bases, C, (X, Y))
    assert msg.startswith('Cannot create a consistent method resolution')
    assert C.__bases__ == (A,)
    assert D.__mro__ == (D, C, A, object)


def test_assign_bases_of_plain_class_to_user_class():
    class X:
        pass

    class C:
        pass
    assert raises(TypeError, set_bases, C, (X,)) == \
        "__bases__ assignment: 'X' deallocator differs from 'object'"
