"""__slots__ (classes made with type()): member descriptors, no __dict__
unless asked for, layouts and their conflicts."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def test_slots_basic():
    S = type('S', (), {'__slots__': ('a', 'b')})
    s = S()
    assert raises(AttributeError, getattr, s, 'a') == (
        "'S' object has no attribute 'a'")
    s.a = 1
    s.b = 2
    assert (s.a, s.b) == (1, 2)
    del s.a
    assert raises(AttributeError, getattr, s, 'a') == (
        "'S' object has no attribute 'a'")
    assert raises(AttributeError, delattr, s, 'a') == 'a'
    assert raises(AttributeError, setattr, s, 'c', 3) == (
        "'S' object has no attribute 'c'")
    assert raises(AttributeError, getattr, s, '__dict__') == (
        "'S' object has no attribute '__dict__'")
    assert '__dict__' not in S.__dict__
    assert '__weakref__' not in S.__dict__
    assert repr(S.a) == "<member 'a' of 'S' objects>"
    assert type(S.a).__name__ == 'member_descriptor'
    assert S.a.__name__ == 'a'
    assert S.a.__objclass__ is S


def test_slots_string_and_dict():
    S = type('S', (), {'__slots__': 'only'})
    s = S()
    s.only = 1
    assert s.only == 1
    D = type('D', (), {'__slots__': ('a', '__dict__')})
    d = D()
    d.a = 1
    d.other = 2
    assert d.__dict__ == {'other': 2}
    W = type('W', (), {'__slots__': ('__weakref__',)})
    assert raises(AttributeError, setattr, W(), 'x', 1) == (
        "'W' object has no attribute 'x'")


def test_slots_inheritance():
    S = type('S', (), {'__slots__': ('a',)})
    T = type('T', (S,), {'__slots__': ('b',)})
    t = T()
    t.a = 1
    t.b = 2
    assert (t.a, t.b) == (1, 2)
    U = type('U', (S,), {})
    u = U()
    u.a = 1
    u.z = 2
    assert u.__dict__ == {'z': 2}
    assert U.__base__ is S


def test_slots_errors():
    assert raises(TypeError, type, 'S', (), {'__slots__': (1,)}) == (
        "__slots__ items must be strings, not 'int'")
    assert raises(ValueError, type, 'S', (), {'__slots__': ('a',),
                                             'a': 1}) == (
        "'a' in __slots__ conflicts with class variable")
    A = type('A', (), {})
    assert raises(TypeError, type, 'S', (A,), {'__slots__': ('__dict__',)}) == (
        '__dict__ slot disallowed: we already got one')
    assert raises(TypeError, type, 'S', (int,), {'__slots__': ('a',)}) == (
        "nonempty __slots__ not supported for subtype of 'int'")
    assert raises(TypeError, type, 'S', (), {'__slots__': ('1a',)}) == (
        '__slots__ must be identifiers')
    S1 = type('S1', (), {'__slots__': ('a',)})
    S2 = type('S2', (), {'__slots__': ('b',)})
    assert raises(TypeError, type, 'S3', (S1, S2), {}) == (
        'multiple bases have instance lay-out conflict')
    E = type('E', (), {'__slots__': ()})
    type('Ok', (S1, E), {})


def test_private_slot_names_are_mangled():
    S = type('S', (), {'__slots__': ('__x',)})
    assert '_S__x' in S.__dict__
    s = S()
    s._S__x = 1
    assert s._S__x == 1


def test_slots_on_builtin_subclass():
    L = type('L', (list,), {'__slots__': ('extra',)})
    l = L([1])
    l.extra = 2
    assert l.extra == 2
    assert l == [1]
    assert raises(AttributeError, setattr, l, 'other', 1) == (
        "'L' object has no attribute 'other'")
    E = type('E', (Exception,), {'__slots__': ('code',)})
    e = E('m')
    e.code = 3
    assert e.code == 3
    e.other = 4          # exceptions have a __dict__ anyway
    assert e.other == 4


def test_member_descriptor_type_check():
    S = type('S', (), {'__slots__': ('a',)})
    assert raises(TypeError, S.a.__get__, 1, int) == (
        "descriptor 'a' for 'S' objects doesn't apply to a 'int' object")


def test_class_assignment_between_slots_classes():
    S = type('S', (), {'__slots__': ('a',)})
    T = type('T', (S,), {'__slots__': ()})
    t = T()
    t.a = 1
    t.__class__ = S
    assert type(t) is S
    assert t.a == 1


def test_slot_named_twice():
    # datetime.datetime has `__slots__ = date.__slots__ + time.__slots__`
    class C:
        __slots__ = ('a', 'a', 'b')
    c = C()
    c.a = 1
    c.b = 2
    assert (c.a, c.b) == (1, 2)
    assert C.__slots__ == ('a', 'a', 'b')
    del c.a
    assert not hasattr(c, 'a')
