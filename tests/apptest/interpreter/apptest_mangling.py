"""Private name mangling: `__name` inside a class is `_Class__name`."""


def test_attributes_and_class_names():
    class _A:
        __x = 1

        def __init__(self):
            self.__z = 2

        def get(self):
            return self.__x, self.__z
    a = _A()
    assert '_A__x' in vars(_A) and '__x' not in vars(_A)
    assert vars(a) == {'_A__z': 2}
    assert a.get() == (1, 2)
    assert a._A__z == 2


def test_parameters_locals_and_closures():
    class B:
        def f(self, __y=2, *, __k=3):
            __local = __y + __k

            def g():
                return __local
            return g()
    assert B().f() == 5
    assert B.f.__kwdefaults__ == {'_B__k': 3}
    assert B.f.__code__.co_varnames[:3] == ('self', '_B__y', '_B__k')


def test_not_mangled():
    class C:
        __dunder__ = 1
        __x = 2

        def m(self):
            return self.__dunder__
    assert C().m() == 1
    assert '__dunder__' in vars(C)

    class __:
        __q = 1
    assert '__q' in vars(__)


def test_annotations_and_globals():
    class D:
        __a: int = 1
    assert D.__annotations__ == {'_D__a': int}
