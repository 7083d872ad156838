"""Every operation on a transparent proxy reaches the controller under
its special method name, and the controller's result is the result."""
# apptest: pypy-only

from __pypy__ import tproxy


def recording(obj):
    """(proxy of type(obj) forwarding to obj, the list of operations)"""
    log = []

    def controller(opname, *args, **kwargs):
        log.append((opname,) + args)
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return tproxy(type(obj), controller), log


def test_container_operations():
    real = [10, 20, 30]
    p, log = recording(real)
    assert p[1] == 20
    p[0] = 11
    del p[2]
    assert len(p) == 2
    assert 20 in p
    assert log == [('__getitem__', 1), ('__setitem__', 0, 11),
                   ('__delitem__', 2), ('__len__',), ('__contains__', 20)]
    assert real == [11, 20]


def test_iteration():
    p, log = recording([1, 2])
    it = iter(p)
    assert log == [('__iter__',)]
    assert next(it) == 1
    assert [x for x in p] == [1, 2]
    a, b = p
    assert (a, b) == (1, 2)


def test_next_on_a_proxied_iterator():
    p, log = recording(iter([4, 5]))
    assert next(p) == 4
    assert list(p) == [5]
    assert log[0] == ('__next__',)


def test_hash_repr_str_format_bool():
    p, log = recording(42)
    assert hash(p) == hash(42)
    assert repr(p) == '42'
    assert str(p) == '42'
    assert format(p, '04d') == '0042'
    assert bool(p) is True
    assert [entry[0] for entry in log] == [
        '__hash__', '__repr__', '__str__', '__format__', '__bool__']
    assert log[3] == ('__format__', '04d')


def test_call():
    def f(a, b=2, *, c=3):
        return (a, b, c)
    log = []

    def controller(opname, *args, **kwargs):
        log.append((opname, args, kwargs))
        return getattr(f, opname)(*args, **kwargs)
    p = tproxy(type(f), controller)
    assert p(1, c=5) == (1, 2, 5)
    assert log == [('__call__', (1,), {'c': 5})]


def test_comparisons():
    p, log = recording(5)
    assert p < 6
    assert p <= 5
    assert p == 5
    assert p != 4
    assert p > 4
    assert p >= 5
    assert [entry[0] for entry in log] == [
        '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']


def test_arithmetic_and_bitwise():
    p, log = recording(12)
    results = [p + 1, p - 1, p * 2, p / 4, p // 5, p % 5, divmod(p, 5),
               p ** 2, p << 1, p >> 1, p & 4, p | 1, p ^ 5]
    assert results == [13, 11, 24, 3.0, 2, 2, (2, 2), 144, 24, 6, 4, 13, 9]
    assert [entry[0] for entry in log] == [
        '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__',
        '__mod__', '__divmod__', '__pow__', '__lshift__', '__rshift__',
        '__and__', '__or__', '__xor__']


def test_reflected_operators():
    p, log = recording(12)
    assert 1 + p == 13
    assert 20 - p == 8
    assert 2 * p == 24
    assert 3 ** tproxy(int, lambda op, *a: getattr(2, op)(*a)) == 9
    assert [entry for entry in log] == [
        ('__radd__', 1), ('__rsub__', 20), ('__rmul__', 2)]


def test_reflected_with_a_user_class():
    class Money:
        def __init__(self, n):
            self.n = n

        def __radd__(self, other):
            return Money(self.n + other)
    p, log = recording(Money(5))
    assert (2 + p).n == 7
    assert log == [('__radd__', 2)]


def test_inplace_operators():
    real = [1]
    p, log = recording(real)
    q = p
    q += [2]
    q = p
    q *= 2
    assert log == [('__iadd__', [2]), ('__imul__', 2)]
    assert real == [1, 2, 1, 2]


def test_unary_and_conversions():
    p, log = recording(-7)
    assert abs(p) == 7
    assert -p == 7
    assert +p == -7
    assert ~p == 6
    assert int(p) == -7
    assert float(p) == -7.0
    assert 'abcdefgh'[p] == 'b'
    assert [entry[0] for entry in log] == [
        '__abs__', '__neg__', '__pos__', '__invert__', '__int__',
        '__float__', '__index__']


def test_with_statement():
    class Manager:
        def __enter__(self):
            return 'entered'

        def __exit__(self, *exc):
            return True
    p, log = recording(Manager())
    with p as value:
        raise ValueError
    assert value == 'entered'
    assert log[0] == ('__enter__',)
    assert log[1][0] == '__exit__'
    assert log[1][1] is ValueError


def test_attributes():
    class A:
        x = 1
    real = A()
    p, log = recording(real)
    assert p.x == 1
    p.y = 2
    del p.y
    assert log == [('__getattribute__', 'x'), ('__setattr__', 'y', 2),
                   ('__delattr__', 'y')]
    assert not hasattr(real, 'y')


def test_dict_attribute_goes_through_getattribute():
    class A:
        pass
    real = A()
    real.z = 3
    p, log = recording(real)
    assert p.__dict__ == {'z': 3}
    assert log == [('__getattribute__', '__dict__')]


def test_explicit_object_getattribute_forwards():
    class A:
        __slots__ = ('v',)
    real = A()
    real.v = 9
    p, log = recording(real)
    assert object.__getattribute__(p, 'v') == 9
    object.__setattr__(p, 'v', 10)
    assert real.v == 10
    assert [entry[0] for entry in log] == ['__getattribute__',
                                           '__setattr__']


def test_methods_are_read_as_attributes():
    real = [3, 1, 2]
    p, log = recording(real)
    p.sort()
    assert real == [1, 2, 3]
    assert log == [('__getattribute__', 'sort')]


def test_descriptor_protocol_of_a_proxy_on_a_class():
    class Descr:
        def __get__(self, obj, objtype=None):
            return ('got', obj is not None)

        def __set__(self, obj, value):
            obj.__dict__['stored'] = value
    p, log = recording(Descr())

    class Host:
        attr = p
    h = Host()
    assert h.attr == ('got', True)
    h.attr = 5
    assert h.__dict__['stored'] == 5
    assert [entry[0] for entry in log] == ['__get__', '__set__']


def test_operation_the_type_lacks_fails_as_on_a_real_object():
    p, log = recording(5)
    try:
        len(p)
    except TypeError as e:
        assert str(e) == "object of type 'int' has no len()"
    else:
        raise AssertionError("no TypeError")
    assert not callable(p)
    assert callable(recording(len)[0])
    assert log == []


def test_controller_result_is_the_result():
    def controller(opname, *args):
        return {'__len__': 99, '__getitem__': 'item',
                '__contains__': False, '__repr__': 'fake'}[opname]
    p = tproxy(list, controller)
    assert len(p) == 99
    assert p[1000] == 'item'
    assert (1 in p) is False
    assert repr(p) == 'fake'
