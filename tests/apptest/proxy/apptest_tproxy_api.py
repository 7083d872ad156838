"""The public hooks of transparent proxies: tproxy, get_tproxy_controller,
their aliases, and pypymagic."""
# apptest: pypy-only

from __pypy__ import tproxy, get_tproxy_controller


def forward_to(obj, log=None):
    def controller(opname, *args, **kwargs):
        if log is not None:
            log.append(opname)
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return controller


def test_type_is_the_proxied_type():
    p = tproxy(list, forward_to([1, 2]))
    assert type(p) is list
    assert isinstance(p, list)
    assert isinstance(p, object)
    assert issubclass(type(p), object)
    assert p.__class__ is list


def test_class_of_user_subclass():
    class Base:
        pass

    class A(Base):
        pass
    p = tproxy(A, forward_to(A()))
    assert type(p) is A
    assert isinstance(p, Base)
    assert p.__class__ is A


def test_assigning_class_raises_type_error():
    class A:
        pass
    p = tproxy(A, forward_to(A()))
    try:
        p.__class__ = list
    except TypeError:
        pass
    else:
        raise AssertionError("no TypeError")
    assert type(p) is A


def test_get_tproxy_controller():
    c = forward_to([])
    p = tproxy(list, c)
    assert get_tproxy_controller(p) is c
    assert get_tproxy_controller([]) is None
    assert get_tproxy_controller(None) is None
    assert get_tproxy_controller(list) is None


def test_aliases():
    import __pypy__
    assert __pypy__.transparent_proxy is not None
    c = forward_to(3)
    p = __pypy__.transparent_proxy(int, c)
    assert type(p) is int
    assert __pypy__.get_transparent_controller(p) is c


def test_pypymagic():
    import pypymagic
    c = forward_to({})
    p = pypymagic.tproxy(dict, c)
    assert type(p) is dict
    assert pypymagic.get_tproxy_controller(p) is c
    q = pypymagic.transparent_proxy(dict, c)
    assert pypymagic.get_transparent_controller(q) is c


def test_controller_must_be_callable():
    try:
        tproxy(list, 42)
    except TypeError as e:
        assert 'callable' in str(e)
    else:
        raise AssertionError("no TypeError")


def test_type_must_be_a_type():
    for bad in (42, [], 'list', None):
        try:
            tproxy(bad, forward_to([]))
        except TypeError as e:
            assert 'type' in str(e)
        else:
            raise AssertionError("no TypeError for %r" % (bad,))


def test_callable_objects_are_controllers():
    class Controller:
        def __init__(self):
            self.seen = []

        def __call__(self, opname, *args):
            self.seen.append(opname)
            return getattr([7], opname)(*args)
    c = Controller()
    p = tproxy(list, c)
    assert len(p) == 1
    assert c.seen == ['__len__']


def test_a_proxy_can_control_a_proxy():
    inner = tproxy(list, forward_to([1, 2, 3]))
    outer = tproxy(list, forward_to(inner))
    assert len(outer) == 3
    assert list(outer) == [1, 2, 3]
    assert get_tproxy_controller(outer) is not get_tproxy_controller(inner)


def test_method_of_the_type_called_with_proxy_as_self():
    real = [1]
    log = []
    p = tproxy(list, forward_to(real, log))
    list.append(p, 3)
    assert log == ['append']
    assert real == [1, 3]
    del log[:]
    assert list(dict.keys(tproxy(dict, forward_to({'a': 1}, log)))) == ['a']
    assert log == ['keys']


def test_method_of_another_type_is_refused():
    p = tproxy(list, forward_to([]))
    try:
        int.__add__(p, 1)
    except TypeError as e:
        assert "requires a 'int' object" in str(e)
    else:
        raise AssertionError("no TypeError")


def test_explicit_dunder_call_gets_the_dunder_name():
    log = []
    p = tproxy(list, forward_to([5, 6], log))
    assert list.__getitem__(p, 1) == 6
    assert list.__len__(p) == 2
    assert log == ['__getitem__', '__len__']


def test_controller_exception_propagates():
    class Boom(Exception):
        pass

    def controller(opname, *args):
        raise Boom(opname)
    p = tproxy(list, controller)
    for op in (len, iter, repr, lambda p: p[0], lambda p: p.x):
        try:
            op(p)
        except Boom:
            pass
        else:
            raise AssertionError("Boom not propagated")


def test_proxy_of_a_subclass_of_a_builtin_type():
    class Stack(list):
        def top(self):
            return self[-1]
    real = Stack([1, 2])
    log = []
    p = tproxy(Stack, forward_to(real, log))
    assert type(p) is Stack
    assert isinstance(p, list)
    assert len(p) == 2
    assert p.top() == 2
    list.append(p, 3)
    assert real == [1, 2, 3]
    assert log == ['__len__', '__getattribute__', 'append']
