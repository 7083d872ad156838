"""The attribute opcodes remember what they found (objspace/std/attrcache.py):
every change that alters what `obj.name` means must be seen by the next
execution of the same instruction.  Each test runs one code site many
times across the change."""


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def test_instance_attribute_then_property_on_class():
    class A:
        pass
    a = A()
    a.x = 1
    for i in range(5):
        assert get_x(a) == 1
    A.x = property(lambda self: 'prop')
    assert get_x(a) == 'prop'
    del A.x
    assert get_x(a) == 1


def test_property_on_base_added_later():
    class Base:
        pass

    class A(Base):
        pass
    a = A()
    a.x = 1
    for i in range(5):
        assert get_x(a) == 1
    Base.x = property(lambda self: 'base prop')
    assert get_x(a) == 'base prop'


def test_class_value_then_instance_then_delete():
    class A:
        x = 'class'
    a = A()
    for i in range(5):
        assert get_x(a) == 'class'
    a.x = 'inst'
    assert get_x(a) == 'inst'
    del a.x
    assert get_x(a) == 'class'
    A.x = 'changed'
    assert get_x(a) == 'changed'
    del A.x
    try:
        get_x(a)
    except AttributeError as e:
        assert "'A' object has no attribute 'x'" in str(e)
    else:
        raise AssertionError


def test_class_value_gains_get():
    class D:
        pass

    class A:
        x = D()
    a = A()
    d = A.x
    for i in range(5):
        assert get_x(a) is d
    D.__get__ = lambda self, obj, typ: 'through get'
    assert get_x(a) == 'through get'


def test_getattribute_and_getattr_added_later():
    class A:
        pass
    a = A()
    a.x = 1
    for i in range(5):
        assert get_x(a) == 1
    A.__getattribute__ = lambda self, name: 'intercepted ' + name
    assert get_x(a) == 'intercepted x'
    del A.__getattribute__
    assert get_x(a) == 1
    del a.x
    A.__getattr__ = lambda self, name: 'fallback ' + name
    assert get_x(a) == 'fallback x'


def test_method_bound_then_shadowed_then_replaced():
    class A:
        def x(self):
            return 'method'
    a = A()
    for i in range(5):
        assert get_x(a)() == 'method'
        assert get_x(a).__self__ is a
        assert call_m_x(a) == 'method'
    a.x = lambda: 'instance'
    assert get_x(a)() == 'instance'
    assert call_m_x(a) == 'instance'
    del a.x
    A.x = lambda self: 'replaced'
    assert get_x(a)() == 'replaced'
    assert call_m_x(a) == 'replaced'
    A.x = staticmethod(lambda: 'static')
    assert get_x(a)() == 'static'
    assert call_m_x(a) == 'static'


def call_m_x(o):
    return o.x()


def test_different_layouts_at_one_site():
    class A:
        pass

    class B:
        x = 'B'
    objs = []
    for i in range(4):
        a = A()
        if i % 2:
            a.y = i
        a.x = i
        objs.append(a)
    objs.append(B())
    for rounds in range(3):
        assert [get_x(o) for o in objs] == [0, 1, 2, 3, 'B']


def test_store_new_and_existing_attributes():
    class A:
        pass
    objs = [A() for i in range(5)]
    for i, o in enumerate(objs):
        if i == 3:
            o.y = 'first'
        set_x(o, i)
    for i, o in enumerate(objs):
        set_x(o, i * 10)
    assert [o.x for o in objs] == [0, 10, 20, 30, 40]
    assert objs[3].__dict__ == {'y': 'first', 'x': 30}
    assert list(objs[0].__dict__) == ['x']


def test_store_after_setattr_or_descriptor_added():
    log = []

    class A:
        pass
    a = A()
    for i in range(5):
        set_x(a, i)
    A.__setattr__ = lambda self, name, v: log.append((name, v))
    set_x(a, 'logged')
    assert log == [('x', 'logged')]
    assert a.x == 4
    del A.__setattr__
    A.x = property(lambda self: 'ro')
    try:
        set_x(a, 5)
    except AttributeError:
        pass
    else:
        raise AssertionError("no AttributeError for a read-only property")
    del A.x
    set_x(a, 6)
    assert a.x == 6


def test_dict_read_then_attributes():
    class A:
        pass
    a = A()
    for i in range(5):
        set_x(a, i)
        assert get_x(a) == i
    d = a.__dict__
    d['x'] = 'via dict'
    assert get_x(a) == 'via dict'
    set_x(a, 'via attr')
    assert d['x'] == 'via attr'
    a.__dict__ = {'x': 'new dict'}
    assert get_x(a) == 'new dict'
    b = A()
    set_x(b, 'other')
    assert get_x(b) == 'other'
    assert b.__dict__ == {'x': 'other'}


def test_class_assignment():
    class A:
        def m(self):
            return 'A'

    class B:
        def m(self):
            return 'B'
    a = A()
    a.x = 1
    for i in range(5):
        assert call_m(a) == 'A'
        assert get_x(a) == 1
    a.__class__ = B
    assert call_m(a) == 'B'
    assert get_x(a) == 1
    B.x = property(lambda self: 'B prop')
    assert get_x(a) == 'B prop'


def test_slots_and_dict_free_classes():
    class S:
        __slots__ = ('x',)
    s = S()
    for i in range(5):
        set_x(s, i)
        assert get_x(s) == i
    del s.x
    try:
        get_x(s)
    except AttributeError:
        pass
    else:
        raise AssertionError

    class T:
        __slots__ = ()
    t = T()
    try:
        set_x(t, 1)
    except AttributeError as e:
        assert "'T' object has no attribute 'x'" in str(e)
    else:
        raise AssertionError


def test_builtin_methods_and_subclasses():
    def app(o, v):
        o.append(v)

    class L(list):
        pass
    plain = []
    sub = L()
    for i in range(3):
        app(plain, i)
        app(sub, i)
    sub.append = lambda v: plain.append(('shadow', v))
    app(sub, 9)
    assert plain == [0, 1, 2, ('shadow', 9)]
    assert sub == [0, 1, 2]
    del sub.append
    app(sub, 3)
    assert sub == [0, 1, 2, 3]
    L.append = lambda self, v: list.append(self, -v)
    app(sub, 4)
    assert sub == [0, 1, 2, 3, -4]
    app(plain, 5)
    assert plain[-1] == 5


def test_method_site_with_many_types():
    def up(o):
        return o.upper()

    class U:
        def upper(self):
            return 'user'
    results = [up(o) for o in ['a', b'b', U(), bytearray(b'c'), 'd']]
    assert results == ['A', b'B', 'user', bytearray(b'C'), 'D']


def test_instance_callable_attribute_through_method_site():
    class A:
        def m(self):
            return 'method'
    a = A()
    b = A()
    b.m = lambda: 'instance attr'
    for i in range(3):
        assert call_m(a) == 'method'
        assert call_m(b) == 'instance attr'


def test_module_attributes():
    import types

    def read(mod):
        return mod.value

    def call(mod):
        return mod.func()
    m = types.ModuleType('m')
    m.value = 1
    m.func = lambda: 'f1'
    for i in range(3):
        assert read(m) == 1
        assert call(m) == 'f1'
    m.value = 2
    m.func = lambda: 'f2'
    assert read(m) == 2
    assert call(m) == 'f2'
    m.__dict__['value'] = 3
    assert read(m) == 3
    del m.value
    m.__getattr__ = lambda name: 'module getattr ' + name
    assert read(m) == 'module getattr value'
    other = types.ModuleType('other')
    other.value = 'other'
    other.func = lambda: 'other f'
    assert read(other) == 'other'
    assert call(other) == 'other f'

    import math
    assert [call_sqrt(math, x) for x in (4, 9)] == [2.0, 3.0]
    assert call(m) == 'f2'


def call_sqrt(mod, x):
    return mod.sqrt(x)


def test_module_attribute_site_with_instances():
    import types

    def read(o):
        return o.value
    m = types.ModuleType('m')
    m.value = 'module'

    class A:
        value = 'class'
    for i in range(3):
        assert read(m) == 'module'
        assert read(A()) == 'class'
        assert read(A) == 'class'
