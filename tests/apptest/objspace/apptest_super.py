"""super() without arguments (needs `class` statements and the
__class__ cell)."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


class A:
    def f(self):
        return ['A']

    @classmethod
    def cm(cls):
        return ['A.cm', cls.__name__]


class B(A):
    def f(self):
        return ['B'] + super().f()

    @classmethod
    def cm(cls):
        return ['B.cm'] + super().cm()


class C(A):
    def f(self):
        return ['C'] + super().f()


class D(B, C):
    def f(self):
        return ['D'] + super().f()


def test_zero_arg_super_mro():
    assert D().f() == ['D', 'B', 'C', 'A']


def test_zero_arg_super_classmethod():
    assert B.cm() == ['B.cm', 'A.cm', 'B']
    assert D.cm() == ['B.cm', 'A.cm', 'D']


def test_super_in_init_and_new():
    class Base:
        def __init__(self, x):
            self.x = x

    class Sub(Base):
        def __new__(cls, *args):
            return super().__new__(cls)

        def __init__(self, x):
            super().__init__(x * 2)
    assert Sub(2).x == 4


def test_super_with_cell_first_argument():
    class Base:
        def f(self):
            return 'base'

    class Sub(Base):
        def f(self):
            def inner():
                return self
            inner()
            return super().f()
    assert Sub().f() == 'base'


def test_super_errors():
    def no_args():
        return super()
    assert raises(RuntimeError, no_args) == 'super(): no arguments'

    def no_class(x):
        return super()
    assert raises(RuntimeError, no_class, 1) == (
        'super(): __class__ cell not found')


def test_super_of_builtin_subclass():
    class MyList(list):
        def append(self, x):
            super().append(x * 10)
    l = MyList()
    l.append(1)
    assert l == [10]

    class MyDict(dict):
        def __setitem__(self, key, value):
            super().__setitem__(key, value + 1)
    d = MyDict()
    d['a'] = 1
    assert d['a'] == 2


def test_super_property_and_setattr():
    class A:
        def __setattr__(self, name, value):
            super().__setattr__(name, value * 2)
    a = A()
    a.x = 2
    assert a.x == 4
