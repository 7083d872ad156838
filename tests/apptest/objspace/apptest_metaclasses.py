"""Metaclasses (made with type()): the most derived metaclass, the
metaclass's __new__, __init__, __call__ and __prepare__."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def test_metaclass_basic():
    Meta = type('Meta', (type,), {'hello': lambda cls: 'hi ' + cls.__name__})
    A = Meta('A', (), {})
    assert type(A) is Meta
    assert isinstance(A, type)
    assert A.hello() == 'hi A'
    assert not hasattr(A(), 'hello')
    B = type('B', (A,), {})
    assert type(B) is Meta
    assert B.hello() == 'hi B'
    assert repr(A) == "<class '" + __name__ + ".A'>"


def test_metaclass_new_and_init():
    log = []

    def new(mcls, name, bases, ns, **kwds):
        log.append(('new', name, list(kwds.items())))
        ns['added'] = True
        return type.__new__(mcls, name, bases, ns)

    def init(cls, name, bases, ns, **kwds):
        log.append(('init', name))
    Meta = type('Meta', (type,), {'__new__': new, '__init__': init})
    A = Meta('A', (), {}, flag=1)
    assert A.added is True
    assert log == [('new', 'A', [('flag', 1)]), ('init', 'A')]


def test_metaclass_call():
    def call(cls, *args):
        return ('called', cls.__name__, args)
    Meta = type('Meta', (type,), {'__call__': call})
    A = Meta('A', (), {})
    assert A(1, 2) == ('called', 'A', (1, 2))


def test_metaclass_conflict():
    M1 = type('M1', (type,), {})
    M2 = type('M2', (type,), {})
    A = M1('A', (), {})
    B = M2('B', (), {})
    assert raises(TypeError, type, 'C', (A, B), {}) == (
        'metaclass conflict: the metaclass of a derived class must be a '
        '(non-strict) subclass of the metaclasses of all its bases')
    M3 = type('M3', (M1, M2), {})
    C = M3('C', (A, B), {})
    assert type(C) is M3


def test_most_derived_metaclass_wins():
    Meta = type('Meta', (type,), {})
    A = Meta('A', (), {})
    B = type('B', (A,), {})
    assert type(B) is Meta
    log = []

    def new(mcls, name, bases, ns):
        log.append(mcls)
        return type.__new__(mcls, name, bases, ns)
    Meta2 = type('Meta2', (type,), {'__new__': new})
    X = Meta2('X', (), {})
    Y = type('Y', (X,), {})
    assert type(Y) is Meta2
    assert log == [Meta2, Meta2]


def test_prepare():
    assert type.__prepare__('A', ()) == {}
    assert type(type.__prepare__()) is dict
    Meta = type('Meta', (type,), {
        '__prepare__': classmethod(lambda mcls, name, bases, **kw:
                                   {'prepared': name})})
    assert Meta.__prepare__('Z', ()) == {'prepared': 'Z'}


def test_metaclass_attributes_vs_class_attributes():
    Meta = type('Meta', (type,), {'attr': 'meta', 'both': 'meta'})
    A = Meta('A', (), {'both': 'class'})
    assert A.attr == 'meta'
    assert A.both == 'class'
    assert raises(AttributeError, getattr, A(), 'attr') == (
        "'A' object has no attribute 'attr'")
    assert raises(AttributeError, getattr, A, 'nope') == (
        "type object 'A' has no attribute 'nope'")


def test_metaclass_property():
    Meta = type('Meta', (type,), {
        'desc': property(lambda cls: 'desc of ' + cls.__name__)})
    A = Meta('A', (), {})
    assert A.desc == 'desc of A'


def test_metaclass_argument_count():
    M = type('M', (type,), {})
    assert raises(TypeError, M, 1) == (
        'type.__new__() takes exactly 3 arguments (1 given)')
    assert raises(TypeError, object.__setattr__, int, 'x', 1) == (
        "can't apply this __setattr__ to type object")
    A = M('A', (), {})
    assert raises(TypeError, object.__setattr__, A, 'x', 1) == (
        "can't apply this __setattr__ to M object")


def test_type_subclass_slots():
    assert raises(TypeError, type, 'M', (type,), {'__slots__': ('a',)}) == (
        "nonempty __slots__ not supported for subtype of 'type'")
    M = type('M', (type,), {'__slots__': ()})
    assert type(M('A', (), {})) is M


def test_build_class_directly():
    def body():
        return None
    A = __build_class__(body, 'A')
    assert type(A) is type
    assert A.__name__ == 'A'
    B = __build_class__(body, 'B', A)
    assert B.__bases__ == (A,)
    Meta = type('Meta', (type,), {})
    C = __build_class__(body, 'C', metaclass=Meta)
    assert type(C) is Meta
    assert raises(TypeError, __build_class__, 1, 'A') == (
        '__build_class__: func must be a function')
    assert raises(TypeError, __build_class__, body, 1) == (
        '__build_class__: name is not a string')
    log = []

    def meta(name, bases, ns, **kw):
        log.append((name, bases, list(kw.items())))
        return 'made'
    assert __build_class__(body, 'D', A, metaclass=meta, x=1) == 'made'
    assert log == [('D', (A,), [('x', 1)])]


def test_build_class_prepare_and_mro_entries():
    def body():
        return None
    log = []

    def prepare(mcls, name, bases, **kw):
        log.append(('prepare', name, list(kw.items())))
        return {'from_prepare': 1}

    def new(mcls, name, bases, ns, **kw):
        return type.__new__(mcls, name, bases, ns)
    Meta = type('Meta', (type,), {'__prepare__': classmethod(prepare),
                                  '__new__': new})
    A = __build_class__(body, 'A', metaclass=Meta, k=2)
    assert A.from_prepare == 1
    assert log == [('prepare', 'A', [('k', 2)])]
    Base = type('Base', (), {})
    Entry = type('Entry', (), {'__mro_entries__':
                               lambda self, bases: (Base,)})
    e = Entry()
    B = __build_class__(body, 'B', e)
    assert B.__bases__ == (Base,)
    assert B.__orig_bases__ == (e,)
    BadMeta = type('BadMeta', (type,), {
        '__prepare__': classmethod(lambda *args: 1)})
    assert raises(TypeError, __build_class__, body, 'C',
                  metaclass=BadMeta) == (
        'BadMeta.__prepare__() must return a mapping, not int')
