"""User subclasses of builtin types, made with type(): their instances
are real ints, strs, lists, ... (the builtin methods work on them) that
also have a class and a __dict__ of their own."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def test_int_subclass():
    MyInt = type('MyInt', (int,), {'double': lambda self: self * 2})
    x = MyInt(5)
    assert type(x) is MyInt
    assert isinstance(x, int)
    assert x == 5
    assert x + 1 == 6
    assert type(x + 1) is int
    assert x.double() == 10
    assert MyInt('12') == 12
    assert MyInt() == 0
    assert hash(x) == hash(5)
    x.tag = 'hello'
    assert x.tag == 'hello'
    assert x.__dict__ == {'tag': 'hello'}
    big = MyInt(10 ** 30)
    assert type(big) is MyInt
    assert big == 10 ** 30
    assert big - 10 ** 30 == 0
    assert repr(MyInt(7)) == '7'
    y = int.__new__(MyInt, 9)
    assert type(y) is MyInt and y == 9


def test_int_subclass_overrides():
    MyInt = type('MyInt', (int,), {
        '__add__': lambda self, other: 'added',
        '__repr__': lambda self: 'MyInt!'})
    assert MyInt(1) + 2 == 'added'
    assert repr(MyInt(1)) == 'MyInt!'
    assert 2 + MyInt(1) == 3


def test_reflected_subclass_first():
    MyInt = type('MyInt', (int,), {
        '__radd__': lambda self, other: 'radd'})
    assert 1 + MyInt(1) == 'radd'
    Base = type('Base', (), {'__add__': lambda self, other: 'base add'})
    Sub = type('Sub', (Base,), {'__radd__': lambda self, other: 'sub radd'})
    assert Base() + Sub() == 'sub radd'
    assert Sub() + Base() == 'base add'
    Sub2 = type('Sub2', (Base,), {})
    assert Base() + Sub2() == 'base add'


def test_new_errors():
    MyList = type('MyList', (list,), {})
    assert raises(TypeError, int.__new__, MyList) == (
        'int.__new__(MyList): MyList is not a subtype of int')
    assert raises(TypeError, int.__new__, 1) == (
        'int.__new__(X): X is not a type object (int)')
    MyInt = type('MyInt', (int,), {})
    assert raises(TypeError, object.__new__, MyInt) == (
        'object.__new__(MyInt) is not safe, use MyInt.__new__()')
    N = type('N', (MyInt,), {'__new__': lambda cls: 0})
    assert raises(TypeError, object.__new__, N) == (
        'object.__new__(N) is not safe, use MyInt.__new__()')
    assert raises(TypeError, int.__new__, bool) == (
        'int.__new__(bool) is not safe, use bool.__new__()')


def test_float_subclass():
    F = type('F', (float,), {})
    f = F(1.5)
    assert type(f) is F
    assert f == 1.5
    assert f * 2 == 3.0
    assert F('2.5') == 2.5


def test_str_subclass():
    S = type('S', (str,), {'shout': lambda self: self.upper() + '!'})
    s = S('abc')
    assert type(s) is S
    assert s == 'abc'
    assert s.shout() == 'ABC!'
    assert s + 'd' == 'abcd'
    assert len(s) == 3
    assert str(s) == 'abc'
    assert type(str(s)) is str
    assert {s: 1}['abc'] == 1
    s.x = 1
    assert s.x == 1
    assert S() == ''


def test_bytes_subclass():
    B = type('B', (bytes,), {})
    b = B(b'xy')
    assert type(b) is B
    assert b == b'xy'
    assert len(b) == 2


def test_tuple_subclass():
    T = type('T', (tuple,), {'first': lambda self: self[0]})
    t = T([1, 2, 3])
    assert type(t) is T
    assert t == (1, 2, 3)
    assert t.first() == 1
    assert len(t) == 3
    assert t[1:] == (2, 3)
    assert T() == ()
    u = tuple.__new__(T, (4, 5))
    assert type(u) is T and u == (4, 5)
    assert list(t) == [1, 2, 3]


def test_list_subclass():
    def append_twice(self, x):
        self.append(x)
        self.append(x)
    L = type('L', (list,), {'append_twice': append_twice})
    l = L([1, 2])
    assert type(l) is L
    assert l == [1, 2]
    l.append(3)
    l.append_twice(4)
    assert l == [1, 2, 3, 4, 4]
    assert len(l) == 5
    assert l[0] == 1
    l.name = 'n'
    assert l.name == 'n'
    assert list(l) == [1, 2, 3, 4, 4]
    assert [x for x in l] == [1, 2, 3, 4, 4]
    assert L() == []


def test_list_subclass_with_init():
    def init(self, n):
        list.__init__(self, [0] * n)
        self.n = n
    L = type('L', (list,), {'__init__': init})
    l = L(3)
    assert l == [0, 0, 0]
    assert l.n == 3


def test_dict_subclass():
    def missing(self, key):
        return key * 2
    D = type('D', (dict,), {'__missing__': missing})
    d = D()
    assert type(d) is D
    d['a'] = 1
    assert d['a'] == 1
    assert len(d) == 1
    assert list(d.keys()) == ['a']
    d.attr = 5
    assert d.attr == 5
    assert isinstance(d, dict)
    D2 = type('D2', (dict,), {})
    d2 = D2(x=1)
    assert d2 == {'x': 1}


def test_exception_subclass():
    E = type('E', (Exception,), {'extra': lambda self: 'extra'})
    e = E('msg', 2)
    assert type(e) is E
    assert e.args == ('msg', 2)
    assert e.extra() == 'extra'
    e.code = 5
    assert e.code == 5
    assert e.__dict__ == {'code': 5}
    assert repr(e) == "E('msg', 2)"
    try:
        raise E('boom')
    except Exception as caught:
        assert type(caught) is E
        assert str(caught) == 'boom'
    assert '__dict__' not in E.__dict__
    assert '__weakref__' in E.__dict__


def test_exception_subclass_with_init():
    def init(self, value):
        Exception.__init__(self, 'value is', value)
        self.value = value
    E = type('E', (ValueError,), {'__init__': init})
    try:
        raise E(42)
    except ValueError as caught:
        assert caught.value == 42
        assert caught.args == ('value is', 42)
    F = type('F', (KeyError, IndexError), {})
    assert issubclass(F, LookupError)
    assert raises(TypeError, type, 'G', (OSError, ImportError), {}) == (
        'multiple bases have instance lay-out conflict')


def test_builtin_methods_type_check_self():
    L = type('L', (list,), {})
    assert raises(TypeError, list.append, (), 1).startswith(
        "descriptor 'append' ")
    l = L()
    list.append(l, 1)
    assert l == [1]


def test_isinstance_of_builtin_subclasses():
    MyInt = type('MyInt', (int,), {})
    x = MyInt(3)
    assert isinstance(x, int)
    assert issubclass(MyInt, int)
    assert MyInt.__base__ is int
    assert MyInt.__mro__ == (MyInt, int, object)


class MySet(set):
    def total(self):
        return sum(self)


class MyFrozenset(frozenset):
    pass


def test_set_subclass():
    s = MySet([1, 2, 3])
    assert type(s) is MySet
    assert s.total() == 6
    s.add(4)
    assert s == {1, 2, 3, 4}
    s.tag = 'x'
    assert s.tag == 'x'
    assert type(s | {5}) is set
    assert type(s.copy()) is set
    assert isinstance(s, set)
    assert repr(MySet()) == 'MySet()'
    assert repr(MySet([1])) == 'MySet({1})'


def test_frozenset_subclass():
    f = MyFrozenset([1, 2])
    assert type(f) is MyFrozenset
    assert f == frozenset([1, 2])
    assert hash(f) == hash(frozenset([1, 2]))
    assert type(f.copy()) is frozenset
    assert f.copy() == f
    plain = frozenset([3])
    g = MyFrozenset(plain)
    assert type(g) is MyFrozenset and g is not plain
    assert type(frozenset.__new__(MyFrozenset)) is MyFrozenset
    assert {f: 1}[frozenset([1, 2])] == 1


def test_bytearray_subclass():
    class MyBA(bytearray):
        pass
    b = MyBA(b'abc')
    assert type(b) is MyBA
    b.append(100)
    assert b == b'abcd'
    assert bytes(b) == b'abcd'
    assert b.upper() == b'ABCD'
    assert repr(b) == "MyBA(b'abcd')"


def test_complex_subclass():
    class MyComplex(complex):
        def conj2(self):
            return self.conjugate()
    c = MyComplex(1, 2)
    assert type(c) is MyComplex
    assert c == 1 + 2j
    assert c.conj2() == 1 - 2j
    assert type(c + 1) is complex


def test_range_not_subclassable():
    msg = raises(TypeError, type, 'R', (range,), {})
    assert msg == "type 'range' is not an acceptable base type"
