"""list[int] (types.GenericAlias), int | str (types.UnionType), and
isinstance/issubclass with __instancecheck__/__subclasscheck__."""


def test_generic_alias_repr_and_attributes():
    alias = dict[str, list[int]]
    assert repr(alias) == 'dict[str, list[int]]'
    assert alias.__origin__ is dict
    assert alias.__args__ == (str, list[int])
    assert repr(tuple[()]) == 'tuple[()]'
    assert repr(tuple[int, ...]) == 'tuple[int, ...]'
    assert type(list[int]).__name__ == 'GenericAlias'
    assert type(list[int]).__module__ == 'types'
    for cls in (list, dict, tuple, set, frozenset, enumerate):
        assert cls[int].__origin__ is cls


def test_generic_alias_behaviour():
    assert list[int] == list[int]
    assert list[int] != list[str]
    assert hash(list[int]) == hash(list[int])
    assert list[int]() == []
    assert list[int]('ab') == ['a', 'b']
    assert list[int].append is list.append

    class A(list[int]):
        pass
    assert A.__mro__ == (A, list, object)
    try:
        isinstance([], list[int])
    except TypeError as e:
        assert str(e) == ('isinstance() argument 2 cannot be a '
                          'parameterized generic')
    else:
        assert False
    try:
        list[int][int]
    except TypeError as e:
        assert str(e) == 'list[int] is not a generic class'
    else:
        assert False


def test_union_type():
    u = int | str
    assert u.__args__ == (int, str)
    assert repr(u) == 'int | str'
    assert repr(int | None) == 'int | None'
    assert int | int is int
    assert (int | str) | int == int | str
    assert int | str == str | int
    assert hash(int | str) == hash(str | int)
    assert type(u).__name__ == 'UnionType'
    assert isinstance(1, int | str) and isinstance('', int | str)
    assert not isinstance(1.5, int | str)
    assert issubclass(bool, int | str)
    assert repr(list[int] | str) == 'list[int] | str'
    try:
        int | 3
    except TypeError as e:
        assert str(e) == "unsupported operand type(s) for |: 'type' and 'int'"
    else:
        assert False


def test_instancecheck_protocol():
    class Meta(type):
        def __instancecheck__(cls, obj):
            return obj == 42

        def __subclasscheck__(cls, sub):
            return sub is int

    class X(metaclass=Meta):
        pass
    assert isinstance(42, X)
    assert not isinstance(1, X)
    assert isinstance(42, (str, X))
    assert issubclass(int, X)
    assert not issubclass(str, X)
    assert isinstance(True, (int, (str,)))
    assert issubclass(bool, (str, (int,)))


def test_abstract_classes():
    class Fake:
        __bases__ = ()

    class Obj:
        __class__ = property(lambda self: Fake)
    assert isinstance(Obj(), Fake)
    for call, message in [
            (lambda: issubclass(1, int), 'issubclass() arg 1 must be a class'),
            (lambda: isinstance(1, 1), 'isinstance() arg 2 must be a type, '
             'a tuple of types, or a union'),
            (lambda: issubclass(int, 1), 'issubclass() arg 2 must be a '
             'class, a tuple of classes, or a union')]:
        try:
            call()
        except TypeError as e:
            assert str(e) == message
        else:
            assert False
