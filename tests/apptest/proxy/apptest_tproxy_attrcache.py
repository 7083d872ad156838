"""Proxies at attribute sites whose caches (objspace/std/attrcache.py) were
filled by real instances of the proxied type: every operation must still
reach the controller."""
# apptest: pypy-only

from __pypy__ import tproxy


def logging_controller(obj, log):
    def controller(opname, *args, **kwargs):
        log.append((opname,) + args)
        if opname == '__getattribute__':
            return getattr(obj, args[0])
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return controller


def app(o, v):
    o.append(v)


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def test_builtin_method_site():
    real = []
    for i in range(3):
        app(real, i)
    log = []
    target = []
    p = tproxy(list, logging_controller(target, log))
    app(p, 'via proxy')
    assert target == ['via proxy']
    assert log == [('__getattribute__', 'append')]


def test_user_instance_sites():
    class A:
        def m(self):
            return 'real'
    a = A()
    a.x = 1
    for i in range(3):
        assert get_x(a) == 1
        set_x(a, 1)
        assert call_m(a) == 'real'
    log = []
    target = A()
    target.x = 'target'
    p = tproxy(A, logging_controller(target, log))
    assert get_x(p) == 'target'
    set_x(p, 'stored')
    assert target.x == 'stored'
    assert call_m(p) == 'real'
    assert [entry[0] for entry in log] == ['__getattribute__', '__setattr__',
                                           '__getattribute__']


def test_proxy_stored_on_a_class_at_a_cached_site():
    log = []

    class A:
        x = 5
    a = A()
    for i in range(3):
        assert get_x(a) == 5
    p = tproxy(int, logging_controller(7, log))
    A.x = p
    # int has no __get__: the class attribute is the proxy itself, read
    # afresh (not the 5 the site saw before)
    assert get_x(a) is p
    assert get_x(a) is p
