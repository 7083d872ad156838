"""super(type, obj) and super(type, type2), with classes made by type()
(super() without arguments needs `class`: apptest_super.py)."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def _make():
    A = type('A', (), {'f': lambda self: 'A.f',
                       'cm': classmethod(lambda cls: ('A.cm', cls)),
                       'x': 'A.x'})
    B = type('B', (A,), {'f': lambda self: 'B.f+' + super(B, self).f()})
    C = type('C', (A,), {'f': lambda self: 'C.f+' + super(C, self).f()})
    D = type('D', (B, C), {'f': lambda self: 'D.f+' + super(D, self).f()})
    return A, B, C, D


def test_super_follows_mro():
    A, B, C, D = _make()
    assert D().f() == 'D.f+B.f+C.f+A.f'
    assert B().f() == 'B.f+A.f'


def test_super_with_type_second():
    A, B, C, D = _make()
    assert super(B, D).f(D()) == 'C.f+A.f'
    assert super(D, D).cm() == ('A.cm', D)
    assert super(B, B()).cm() == ('A.cm', B)
    assert super(B, B()).x == 'A.x'


def test_super_errors():
    A, B, C, D = _make()
    assert raises(TypeError, super, B, 1) == (
        'super(type, obj): obj must be an instance or subtype of type')
    assert raises(TypeError, super, 1, 2) == (
        'super() argument 1 must be a type, not int')
    assert raises(AttributeError, getattr, super(B, B()), 'nope') == (
        "'super' object has no attribute 'nope'")


def test_super_attributes_and_repr():
    A, B, C, D = _make()
    d = D()
    s = super(B, d)
    assert s.__thisclass__ is B
    assert s.__self__ is d
    assert s.__self_class__ is D
    assert repr(s) == "<super: <class 'B'>, <D object>>"
    u = super(B)
    assert repr(u) == "<super: <class 'B'>, NULL>"
    assert u.__self__ is None
    assert s.__class__ is super


def test_super_init_and_new():
    def init(self, x):
        super(Sub, self).__init__()
        self.x = x
    Base = type('Base', (), {})
    Sub = type('Sub', (Base,), {'__init__': init})
    assert Sub(3).x == 3

    def new(cls, v):
        obj = super(N, cls).__new__(cls)
        obj.v = v
        return obj
    N = type('N', (), {'__new__': new})
    assert N(4).v == 4

    def int_new(cls, v):
        return super(I, cls).__new__(cls, v * 2)
    I = type('I', (int,), {'__new__': int_new})
    assert I(5) == 10
    assert type(I(5)) is I


def test_super_property():
    A = type('A', (), {'p': property(lambda self: 'A.p')})
    B = type('B', (A,), {'p': property(lambda self: 'B.p+' +
                                       super(B, self).p)})
    assert B().p == 'B.p+A.p'


def test_super_subclass():
    S = type('S', (super,), {})
    A = type('A', (), {'f': lambda self: 'A.f'})
    B = type('B', (A,), {})
    assert S(B, B()).f() == 'A.f'
