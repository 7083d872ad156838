"""`obj.name(args)` (LOAD_METHOD/CALL_METHOD here), attribute reads and
writes on instances, calls of Python functions with positional
arguments and for loops over generators: the cases the interpreter's
shortcuts recognise and those they must leave to the general rules."""


class Point:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y

    def total(self, extra=0):
        return self.x + self.y + extra

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def twice(v):
        return 2 * v

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def test_plain_method_and_defaults():
    p = Point(1, 2)
    assert p.total() == 3
    assert p.total(4) == 7
    assert Point(5).total() == 15


def test_instance_attribute_shadows_method():
    p = Point(1, 2)
    p.total = lambda: 'shadowed'
    assert p.total() == 'shadowed'
    del p.total
    assert p.total() == 3


def test_class_changed_between_calls():
    class A:
        def f(self):
            return 1
    a = A()
    results = []
    for i in range(3):
        results.append(a.f())
        A.f = lambda self, i=i: 'new%d' % i
    assert results == [1, 'new0', 'new1']


def test_classmethod_staticmethod_property():
    p = Point(3, -4)
    assert p.origin().total() == 0
    assert Point.origin().x == 0
    assert p.twice(4) == 8
    assert Point.twice(5) == 10
    assert p.norm1 == 7


def test_callable_attribute_not_a_function():
    class Caller:
        def __call__(self, *args):
            return ('called', args)

    class A:
        helper = Caller()
    assert A().helper(1, 2) == ('called', (1, 2))


def test_getattr_fallback():
    class Dyn:
        def __getattr__(self, name):
            return lambda *args: (name, args)
    d = Dyn()
    assert d.anything(1) == ('anything', (1,))
    assert d.other() == ('other', ())


def test_getattribute_override():
    class Logged:
        def __init__(self):
            self.log = []

        def __getattribute__(self, name):
            if name != 'log':
                object.__getattribute__(self, 'log').append(name)
            return object.__getattribute__(self, name)

        def m(self, v):
            return v + 1
    obj = Logged()
    assert obj.m(1) == 2
    obj.attr = 5
    assert obj.attr == 5
    assert obj.log == ['m', 'attr']


def test_setattr_override_and_data_descriptor():
    class Guarded:
        def __setattr__(self, name, value):
            object.__setattr__(self, name, value * 2)
    g = Guarded()
    g.v = 4
    assert g.v == 8

    class Desc:
        def __get__(self, obj, cls):
            return 'from descriptor'

        def __set__(self, obj, value):
            obj.__dict__['stored'] = value

    class WithDesc:
        d = Desc()
    w = WithDesc()
    w.d = 3
    assert w.d == 'from descriptor'
    assert w.stored == 3
    w.__dict__['d'] = 'ignored'
    assert w.d == 'from descriptor'


def test_builtin_methods():
    items = [3, 1, 2]
    items.append(0)
    items.sort()
    assert items == [0, 1, 2, 3]
    assert 'a,b'.split(',') == ['a', 'b']
    assert {1: 2}.get(1) == 2

    class MyList(list):
        pass
    m = MyList([1])
    m.append(2)
    m.append = lambda v: 'shadowed'
    assert m.append(3) == 'shadowed'
    assert m == [1, 2]


def test_builtin_method_on_wrong_type():
    try:
        list.append({}, 1)
    except TypeError as e:
        assert "'append'" in str(e) and "'list'" in str(e)
    else:
        raise AssertionError('expected TypeError')


def test_super_calls():
    class Base:
        def hello(self, who):
            return 'base ' + who

    class Derived(Base):
        def hello(self, who):
            return 'derived ' + super().hello(who)
    assert Derived().hello('x') == 'derived base x'


def test_module_functions_and_class_attributes():
    import math
    assert math.sqrt(16.0) == 4.0

    class Holder:
        value = 7
    h = Holder()
    assert h.value == 7
    h.value = 8
    assert h.value == 8 and Holder.value == 7


def test_bound_method_object_and_identity():
    p = Point(1, 1)
    bound = p.total
    assert bound() == 2
    assert bound.__self__ is p
    assert bound.__func__ is Point.total
    assert p.total == p.total and not (p.total != p.total)
    assert hash(p.total) == hash(p.total)
    assert {p.total: 1}[p.total] == 1
    assert p.total != Point(1, 1).total

    class AlwaysEqual:
        def m(self):
            pass

        def __eq__(self, other):
            return True
        __hash__ = object.__hash__
    # bound to equal but distinct objects: different methods
    assert AlwaysEqual().m != AlwaysEqual().m


def test_wrong_argument_counts_report_like_cpython():
    p = Point(1, 2)
    try:
        p.total(1, 2)
    except TypeError as e:
        assert str(e) == ('Point.total() takes from 1 to 2 positional '
                          'arguments but 3 were given')
    else:
        raise AssertionError('expected TypeError')

    def f(a, b):
        return a, b
    try:
        f(1)
    except TypeError as e:
        assert str(e).endswith(
            "f() missing 1 required positional argument: 'b'")
    else:
        raise AssertionError('expected TypeError')


def test_method_of_none_result_and_missing_attribute():
    class A:
        pass
    try:
        A().missing(1)
    except AttributeError as e:
        assert str(e) == "'A' object has no attribute 'missing'"
    else:
        raise AssertionError('expected AttributeError')


def test_slots_instances():
    class S:
        __slots__ = ('a',)

        def get(self):
            return self.a
    s = S()
    s.a = 4
    assert s.get() == 4
    try:
        s.b = 1
    except AttributeError:
        pass
    else:
        raise AssertionError('expected AttributeError')


def test_closures_generators_and_varargs_through_fast_calls():
    def make(n):
        def inner(a, b=2):
            return a * b + n
        return inner
    assert make(1)(3) == 7
    assert make(1)(3, 3) == 10

    def gen(a, b):
        yield a
        yield b
    assert list(gen(1, 2)) == [1, 2]

    def star(*args):
        return args
    assert star(1, 2) == (1, 2)

    def kwonly(a, *, k=5):
        return a + k
    assert kwonly(1) == 6

    class C:
        def star(self, *args):
            return args
    assert C().star(1, 2) == (1, 2)


def test_evaluation_order():
    order = []

    class A:
        def m(self, *args):
            return args

    def obj():
        order.append('obj')
        return A()

    def arg(v):
        order.append(v)
        return v
    assert obj().m(arg(1), arg(2)) == (1, 2)
    assert order == ['obj', 1, 2]


def test_recursion_through_methods():
    class Node:
        def __init__(self, n):
            self.n = n

        def depth(self):
            if self.n == 0:
                return 0
            return 1 + Node(self.n - 1).depth()
    assert Node(50).depth() == 50


def test_for_loop_over_generators():
    def count(n):
        for i in range(n):
            yield i
        return 'ignored by the loop'
    assert [x for x in count(3)] == [0, 1, 2]
    gen = count(2)
    for x in gen:
        pass
    assert list(gen) == []
    try:
        next(gen)
    except StopIteration as e:
        assert e.value is None
    else:
        raise AssertionError('expected StopIteration')


def test_for_loop_over_generator_raising_stopiteration():
    def bad():
        yield 1
        raise StopIteration('inner')
    try:
        for x in bad():
            pass
    except RuntimeError as e:
        assert str(e) == 'generator raised StopIteration'
        assert isinstance(e.__cause__, StopIteration)
    else:
        raise AssertionError('expected RuntimeError')


def test_for_loop_over_running_generator():
    def selfref():
        for x in me:
            yield x
    me = selfref()
    try:
        for x in me:
            pass
    except ValueError as e:
        assert str(e) == 'generator already executing'
    else:
        raise AssertionError('expected ValueError')


def test_for_loop_over_generator_with_try_finally():
    log = []

    def guarded():
        try:
            yield 1
            yield 2
        finally:
            log.append('finally')
    for x in guarded():
        log.append(x)
    assert log == [1, 2, 'finally']
