"""`class` statements: the namespace, __module__/__qualname__/__doc__,
methods, inheritance, decorators, special methods, __init_subclass__,
__set_name__, __class_getitem__, and instances with and without
__dict__."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Point(' + repr(self.x) + ', ' + repr(self.y) + ')'


def test_class_statement_basics():
    p = Point(1, -2)
    assert p.norm1() == 3
    assert p.dims == 2
    assert Point.__name__ == 'Point'
    assert Point.__qualname__ == 'Point'
    assert Point.__module__ == __name__
    assert Point.__doc__ == 'A point.'
    assert repr(p) == 'Point(1, -2)'
    assert p == Point(1, -2)
    assert p != Point(0, 0)
    assert hash(p) == hash(Point(1, -2))
    assert {p: 1}[Point(1, -2)] == 1
    assert list(Point.__dict__)[:3] == ['__module__', '__doc__', 'dims']


def test_nested_qualname():
    class Outer:
        class Inner:
            def meth(self):
                pass
    assert Outer.Inner.__qualname__ == (
        'test_nested_qualname.<locals>.Outer.Inner')
    assert Outer.Inner.meth.__qualname__ == (
        'test_nested_qualname.<locals>.Outer.Inner.meth')


def test_inheritance_and_super():
    class Base:
        def __init__(self):
            self.log = ['Base']

        def who(self):
            return 'Base'

    class Derived(Base):
        def __init__(self):
            super().__init__()
            self.log.append('Derived')

        def who(self):
            return 'Derived>' + super().who()
    d = Derived()
    assert d.log == ['Base', 'Derived']
    assert d.who() == 'Derived>Base'
    assert Derived.__bases__ == (Base,)
    assert Derived.__mro__ == (Derived, Base, object)


def test_decorators():
    class A:
        @staticmethod
        def s(x):
            return x * 2

        @classmethod
        def c(cls):
            return cls

        @property
        def p(self):
            "prop doc"
            return 'p'

        @p.setter
        def p(self, value):
            self._p = value
    a = A()
    assert A.s(2) == 4 and a.s(3) == 6
    assert A.c() is A and a.c() is A
    assert a.p == 'p'
    a.p = 5
    assert a._p == 5
    assert A.p.__doc__ == 'prop doc'


def test_eq_without_hash():
    class A:
        def __eq__(self, other):
            return True
    assert A.__hash__ is None
    assert raises(TypeError, hash, A()) == "unhashable type: 'A'"

    class B(A):
        pass
    assert raises(TypeError, hash, B()) == "unhashable type: 'B'"


def test_init_subclass_and_keywords():
    registry = []

    class Plugin:
        def __init_subclass__(cls, name=None, **kwargs):
            super().__init_subclass__(**kwargs)
            registry.append((cls.__name__, name))

    class One(Plugin, name='one'):
        pass

    class Two(Plugin):
        pass
    assert registry == [('One', 'one'), ('Two', None)]
    try:
        class Bad(Plugin, unknown=1):
            pass
    except TypeError as e:
        assert str(e) == ('test_init_subclass_and_keywords.<locals>.Bad.'
                          '__init_subclass__() takes no keyword arguments')
    else:
        raise AssertionError('TypeError not raised')


def test_set_name():
    class Field:
        def __set_name__(self, owner, name):
            self.owner = owner
            self.name = name

    class Model:
        a = Field()
        b = Field()
    assert Model.a.name == 'a' and Model.a.owner is Model
    assert Model.b.name == 'b'


def test_class_getitem():
    class Box:
        def __class_getitem__(cls, item):
            return ('Box', item)
    assert Box[int] == ('Box', int)


def test_metaclass_keyword():
    class Meta(type):
        def __new__(mcls, name, bases, ns, **kwargs):
            ns['made_by'] = 'Meta'
            return super().__new__(mcls, name, bases, ns)

        @classmethod
        def __prepare__(mcls, name, bases, **kwargs):
            return {'prepared': True}

    class A(metaclass=Meta):
        x = 1
    assert type(A) is Meta
    assert A.made_by == 'Meta' and A.prepared is True and A.x == 1

    class B(A):
        pass
    assert type(B) is Meta


def test_metaclass_conflict():
    class M1(type):
        pass

    class M2(type):
        pass

    class A(metaclass=M1):
        pass

    class B(metaclass=M2):
        pass
    try:
        class C(A, B):
            pass
    except TypeError as e:
        assert str(e).startswith('metaclass conflict')
    else:
        raise AssertionError('TypeError not raised')


def test_class_cell():
    class A:
        def get_class(self):
            return __class__
    assert A().get_class() is A

    class B(A):
        pass
    assert B().get_class() is A


def test_classcell_not_propagated():
    class Meta(type):
        def __new__(mcls, name, bases, ns):
            ns.pop('__classcell__', None)
            return super().__new__(mcls, name, bases, ns)
    try:
        class A(metaclass=Meta):
            def f(self):
                return __class__
    except RuntimeError as e:
        assert str(e).startswith('__class__ not set defining')
    else:
        raise AssertionError('RuntimeError not raised')


def test_slots_statement():
    class S:
        __slots__ = ('a', 'b')

        def __init__(self):
            self.a = 1
    s = S()
    assert s.a == 1
    assert raises(AttributeError, setattr, s, 'c', 1) == (
        "'S' object has no attribute 'c'")


def test_builtin_subclasses_statement():
    class MyList(list):
        def total(self):
            t = 0
            for x in self:
                t += x
            return t

    class MyDict(dict):
        def __missing__(self, key):
            return 0

    class MyExc(Exception):
        def __init__(self, code):
            super().__init__('code ' + str(code))
            self.code = code
    l = MyList([1, 2, 3])
    assert l.total() == 6
    l.append(4)
    assert l.total() == 10
    d = MyDict()
    d['a'] = 1
    assert d['a'] == 1
    try:
        raise MyExc(3)
    except MyExc as e:
        assert e.code == 3
        assert str(e) == 'code 3'


def test_reflected_operator_subclass_first():
    class A:
        def __add__(self, other):
            return 'A.add'

        def __radd__(self, other):
            return 'A.radd'

    class B(A):
        def __radd__(self, other):
            return 'B.radd'
    assert A() + B() == 'B.radd'
    assert B() + A() == 'A.add'


def test_init_must_return_none():
    class A:
        def __init__(self):
            return 1
    assert raises(TypeError, A) == "__init__() should return None, not 'int'"


def test_default_repr():
    class A:
        pass
    r = repr(A())
    assert r.startswith('<' + __name__ + '.test_default_repr.<locals>.A '
                        'object at 0x')


def test_class_body_namespace():
    x = 'outer'

    class A:
        y = 1
        z = y + 1
    assert A.z == 2
    assert not hasattr(A, 'x')


def test_dir_on_class_instance():
    class A:
        a = 1

        def m(self):
            pass
    obj = A()
    obj.b = 2
    names = dir(obj)
    assert 'a' in names and 'b' in names and 'm' in names
    assert '__dict__' in names
