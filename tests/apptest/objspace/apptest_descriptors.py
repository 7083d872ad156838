"""property, staticmethod, classmethod, user descriptors and the special
methods of user classes (made with type(): no `class` statements)."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def _getx(self):
    "the x"
    return self._x


def _setx(self, value):
    self._x = value


def _delx(self):
    del self._x


def test_property_basic():
    p = property(_getx, _setx, _delx)
    A = type('A', (), {'x': p})
    a = A()
    a.x = 5
    assert a.x == 5
    assert a._x == 5
    del a.x
    assert not hasattr(a, '_x')
    assert A.x is p
    assert p.fget is _getx and p.fset is _setx and p.fdel is _delx
    assert p.__doc__ == 'the x'
    assert property(_getx, doc='other').__doc__ == 'other'
    assert property().fget is None


def test_property_errors():
    A = type('A', (), {'ro': property(_getx), 'wo': property(None, _setx)})
    a = A()
    assert raises(AttributeError, setattr, a, 'ro', 1) == (
        "property 'ro' of 'A' object has no setter")
    assert raises(AttributeError, getattr, a, 'wo') == (
        "property 'wo' of 'A' object has no getter")
    assert raises(AttributeError, delattr, a, 'ro') == (
        "property 'ro' of 'A' object has no deleter")
    assert raises(AttributeError, property().__get__, 1) == (
        "property of 'int' object has no getter")
    assert raises(TypeError, property(), 1) == (
        "'property' object is not callable")


def test_property_getter_setter_deleter():
    p = property(_getx)
    p2 = p.setter(_setx)
    assert p2 is not p
    assert p2.fget is _getx and p2.fset is _setx
    p3 = p2.deleter(_delx)
    assert p3.fdel is _delx

    def other(self):
        "other doc"
        return 1
    p4 = p3.getter(other)
    assert p4.fget is other
    assert p4.__doc__ == 'other doc'
    A = type('A', (), {'x': p3})
    a = A()
    a.x = 3
    assert a.x == 3


def test_property_subclass():
    P = type('P', (property,), {'extra': 1})
    p = P(_getx)
    assert type(p) is P
    assert isinstance(p, property)
    p2 = p.setter(_setx)
    assert type(p2) is P
    A = type('A', (), {'x': p2})
    a = A()
    a.x = 8
    assert a.x == 8


def test_property_isabstract():
    Abstract = type('Abstract', (), {'__isabstractmethod__': True,
                                     '__call__': lambda self, obj: 0})
    f = Abstract()
    assert property(f).__isabstractmethod__ is True
    assert property(None, f).__isabstractmethod__ is True
    assert staticmethod(f).__isabstractmethod__ is True
    assert classmethod(f).__isabstractmethod__ is True
    assert property(_getx).__isabstractmethod__ is False


def test_data_descriptor_beats_instance_dict():
    A = type('A', (), {'x': property(lambda self: 'prop')})
    a = A()
    a.__dict__['x'] = 'inst'
    assert a.x == 'prop'
    B = type('B', (), {'y': 'class'})
    b = B()
    b.y = 'inst'
    assert b.y == 'inst'


def test_staticmethod():
    def f(x, y):
        return x + y
    sm = staticmethod(f)
    A = type('A', (), {'f': sm})
    assert A.f(1, 2) == 3
    assert A().f(1, 2) == 3
    assert sm.__func__ is f
    assert sm.__wrapped__ is f
    assert sm.__name__ == 'f'
    assert sm(3, 4) == 7
    assert A.__dict__['f'] is sm
    assert repr(staticmethod(len)) == '<staticmethod(<built-in function len>)>'
    S = type('S', (staticmethod,), {})
    assert S(f).__func__ is f


def test_classmethod():
    def f(cls, x):
        return (cls, x)
    cm = classmethod(f)
    A = type('A', (), {'f': cm})
    B = type('B', (A,), {})
    assert A.f(1) == (A, 1)
    assert A().f(2) == (A, 2)
    assert B.f(3) == (B, 3)
    assert B().f(4) == (B, 4)
    assert cm.__func__ is f
    assert cm.__wrapped__ is f
    assert cm.__name__ == 'f'
    assert cm.__isabstractmethod__ is False
    assert repr(classmethod(len)) == '<classmethod(<built-in function len>)>'
    bound = A.f
    assert bound.__self__ is A
    assert bound.__func__ is f


def test_user_descriptor():
    log = []

    def get(self, obj, objtype=None):
        log.append(('get', obj is None, objtype))
        return 'got'

    def set_(self, obj, value):
        log.append(('set', value))

    def delete(self, obj):
        log.append(('delete',))
    D = type('D', (), {'__get__': get, '__set__': set_,
                       '__delete__': delete})
    A = type('A', (), {'d': D()})
    a = A()
    assert a.d == 'got'
    assert A.d == 'got'
    a.d = 5
    del a.d
    assert log == [('get', False, A), ('get', True, A), ('set', 5),
                   ('delete',)]
    NonData = type('NonData', (), {'__get__': lambda self, o, t=None: 'nd'})
    B = type('B', (), {'n': NonData()})
    b = B()
    assert b.n == 'nd'
    b.n = 'inst'
    assert b.n == 'inst'


def test_getattr_hook():
    def getattr_(self, name):
        if name == 'magic':
            return 42
        raise AttributeError(name)
    A = type('A', (), {'__getattr__': getattr_, 'real': 1})
    a = A()
    assert a.magic == 42
    assert a.real == 1
    assert raises(AttributeError, getattr, a, 'other') == 'other'
    assert getattr(a, 'other', 'default') == 'default'
    assert hasattr(a, 'magic')
    assert not hasattr(a, 'other')


def test_getattribute_hook():
    def getattribute(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    A = type('A', (), {'__getattribute__': getattribute})
    a = A()
    a.x = 1
    assert a.secret == 'intercepted'
    assert a.x == 1


def test_setattr_delattr_hooks():
    log = []

    def setattr_(self, name, value):
        log.append((name, value))
        object.__setattr__(self, name, value * 2)

    def delattr_(self, name):
        log.append(('del', name))
        object.__delattr__(self, name)
    A = type('A', (), {'__setattr__': setattr_, '__delattr__': delattr_})
    a = A()
    a.x = 3
    assert a.x == 6
    del a.x
    assert log == [('x', 3), ('del', 'x')]
    assert not hasattr(a, 'x')


def test_call():
    A = type('A', (), {'__call__': lambda self, x, y=2: x + y})
    a = A()
    assert a(1) == 3
    assert a(1, y=5) == 6
    assert callable(a)
    assert not callable(type('B', (), {})())
    assert raises(TypeError, type('B', (), {})()) == (
        "'B' object is not callable")


def test_bool_and_len():
    A = type('A', (), {'__len__': lambda self: 0})
    assert not A()
    B = type('B', (), {'__len__': lambda self: 2})
    assert B()
    C = type('C', (), {'__bool__': lambda self: False,
                       '__len__': lambda self: 2})
    assert not C()
    D = type('D', (), {'__bool__': lambda self: 1})
    assert raises(TypeError, bool, D()) == (
        '__bool__ should return bool, returned int')
    assert type('E', (), {})()


def test_iter_and_contains():
    def it(self):
        return iter([1, 2, 3])
    A = type('A', (), {'__iter__': it})
    assert list(A()) == [1, 2, 3]
    assert 2 in A()
    assert 5 not in A()

    def next_(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    Counter = type('Counter', (), {'n': 0, '__iter__': lambda self: self,
                                   '__next__': next_})
    assert [x for x in Counter()] == [1, 2, 3]
    G = type('G', (), {'__getitem__': lambda self, i: [7, 8][i]})
    assert list(G()) == [7, 8]


def test_comparisons_and_operators():
    def eq(self, other):
        return isinstance(other, V) and self.v == other.v

    def lt(self, other):
        return self.v < other.v

    def add(self, other):
        return V(self.v + other.v)

    def init(self, v):
        self.v = v
    V = type('V', (), {'__init__': init, '__eq__': eq, '__lt__': lt,
                       '__add__': add})
    assert V(1) == V(1)
    assert V(1) != V(2)
    assert V(1) < V(2)
    assert V(3) > V(2)
    assert (V(1) + V(2)).v == 3
    assert raises(TypeError, lambda: V(1) <= V(2)) == (
        "'<=' not supported between instances of 'V' and 'V'")
    assert raises(TypeError, lambda: V(1) - V(2)) == (
        "unsupported operand type(s) for -: 'V' and 'V'")


def test_repr_str_format():
    A = type('A', (), {'__repr__': lambda self: 'A()'})
    assert repr(A()) == 'A()'
    assert str(A()) == 'A()'
    B = type('B', (), {'__str__': lambda self: 'b'})
    assert str(B()) == 'b'
    assert format(B()) == 'b'
    assert raises(TypeError, repr,
                  type('C', (), {'__repr__': lambda self: 1})()) == (
        '__repr__ returned non-string (type int)')
