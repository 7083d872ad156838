"""Classes made by calling type(name, bases, dict): their attributes,
MRO, dict, mutation and the hooks type.__new__ calls.  (No `class`
statements: see apptest_classes.py for those.)"""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def _init(self, x):
    self.x = x


def _get(self):
    return self.x


def test_type_of_object():
    assert type.__doc__.startswith("type(object) -> the object's type")
    assert type(1) is int
    assert type('a') is str
    assert type(int) is type
    assert type(type) is type


def test_create_class():
    A = type('A', (), {'__init__': _init, 'get': _get, 'k': 3})
    a = A(5)
    assert a.get() == 5
    assert a.x == 5
    assert a.k == 3
    assert A.k == 3
    assert type(a) is A
    assert a.__class__ is A
    assert isinstance(a, A)
    assert isinstance(a, object)
    assert A.__name__ == 'A'
    assert A.__qualname__ == 'A'
    assert A.__module__ == __name__
    assert A.__bases__ == (object,)
    assert A.__base__ is object
    assert A.__mro__ == (A, object)
    assert A.__doc__ is None


def test_repr():
    A = type('A', (), {})
    assert repr(A) == "<class '" + __name__ + ".A'>"
    r = repr(A())
    assert r.startswith('<' + __name__ + '.A object at 0x')
    assert r.endswith('>')
    B = type('B', (), {'__qualname__': 'Outer.B', '__module__': 'mod'})
    assert repr(B) == "<class 'mod.Outer.B'>"
    assert B.__qualname__ == 'Outer.B'
    assert '__qualname__' not in B.__dict__


def test_dict_is_mappingproxy():
    A = type('A', (), {'x': 1})
    d = A.__dict__
    assert type(d).__name__ == 'mappingproxy'
    assert d['x'] == 1
    assert 'x' in d
    assert list(d.keys())[:2] == ['x', '__module__']
    assert '__dict__' in d
    assert '__weakref__' in d
    assert d['__doc__'] is None
    def store():
        d['y'] = 2
    assert raises(TypeError, store) == (
        "'mappingproxy' object does not support item assignment")
    A.y = 2
    assert d['y'] == 2      # a live view
    assert d.get('zz', 7) == 7
    assert repr(A.__dict__['__dict__']) == (
        "<attribute '__dict__' of 'A' objects>")


def test_instance_dict():
    A = type('A', (), {})
    a = A()
    assert a.__dict__ == {}
    a.x = 1
    a.y = 2
    assert a.__dict__ == {'x': 1, 'y': 2}
    a.__dict__['z'] = 3
    assert a.z == 3
    del a.x
    assert a.__dict__ == {'y': 2, 'z': 3}
    a.__dict__ = {'q': 4}
    assert a.q == 4
    assert not hasattr(a, 'y')
    assert raises(TypeError, setattr, a, '__dict__', 1) == (
        "__dict__ must be set to a dictionary, not a 'int'")


def test_attributes_without_dict_access():
    A = type('A', (), {})
    a = A()
    b = A()
    a.x = 1
    a.y = 2
    b.x = 10
    b.y = 20
    assert (a.x, a.y, b.x, b.y) == (1, 2, 10, 20)
    a.x = 3
    assert a.x == 3
    del a.x
    assert raises(AttributeError, getattr, a, 'x') == (
        "'A' object has no attribute 'x'")
    assert a.y == 2
    a.x = 5
    assert a.__dict__ == {'y': 2, 'x': 5}
    assert raises(AttributeError, delattr, b, 'nope') == (
        "'A' object has no attribute 'nope'")


def test_inheritance_and_mro():
    A = type('A', (), {'f': lambda self: 'A'})
    B = type('B', (A,), {'f': lambda self: 'B'})
    C = type('C', (A,), {'g': lambda self: 'C'})
    D = type('D', (B, C), {})
    assert D.__mro__ == (D, B, C, A, object)
    assert D().f() == 'B'
    assert D().g() == 'C'
    assert issubclass(D, A)
    assert not issubclass(A, D)
    assert D.mro() == [D, B, C, A, object]
    assert raises(TypeError, type, 'E', (A, D), {}).startswith(
        'Cannot create a consistent method resolution')


def test_subclasses():
    A = type('A', (), {})
    B = type('B', (A,), {})
    C = type('C', (A,), {})
    assert A.__subclasses__() == [B, C]
    assert B.__subclasses__() == []


def test_type_errors():
    assert raises(TypeError, type, 'A', (1, 2)) == (
        'type() takes 1 or 3 arguments')
    assert raises(TypeError, type, 1, (), {}) == (
        'type.__new__() argument 1 must be str, not int')
    assert raises(TypeError, type, 'A', [], {}) == (
        'type.__new__() argument 2 must be tuple, not list')
    assert raises(TypeError, type, 'A', (), []) == (
        'type.__new__() argument 3 must be dict, not list')
    assert raises(TypeError, type, 'A', (bool,), {}) == (
        "type 'bool' is not an acceptable base type")
    A = type('A', (), {})
    assert raises(TypeError, type, 'B', (A, A), {}) == (
        'duplicate base class A')
    assert raises(TypeError, type, 'B', (int, str), {}) == (
        'multiple bases have instance lay-out conflict')
    assert raises(TypeError, type.__init__, A, 1, 2) == (
        'type.__init__() takes 1 or 3 arguments')


def test_setattr_on_classes():
    A = type('A', (), {'x': 1})
    B = type('B', (A,), {})
    b = B()
    assert b.x == 1
    A.x = 2
    assert b.x == 2
    assert B.x == 2
    A.f = lambda self: 42
    assert b.f() == 42
    B.x = 3
    assert b.x == 3
    del B.x
    assert b.x == 2
    del A.x
    assert raises(AttributeError, getattr, b, 'x') == (
        "'B' object has no attribute 'x'")
    assert raises(AttributeError, delattr, A, 'x') == (
        "type object 'A' has no attribute 'x'")
    A.__name__ = 'Z'
    assert A.__name__ == 'Z'
    assert raises(TypeError, setattr, A, '__name__', 1) == (
        "can only assign string to Z.__name__, not 'int'")
    A.__qualname__ = 'Q.Z'
    assert A.__qualname__ == 'Q.Z'
    A.__module__ = 'm'
    assert A.__module__ == 'm'
    A.__doc__ = 'doc'
    assert A.__doc__ == 'doc'


def test_builtin_types_are_immutable():
    assert raises(TypeError, setattr, int, 'x', 1) == (
        "cannot set 'x' attribute of immutable type 'int'")
    assert raises(TypeError, delattr, int, 'x') == (
        "cannot set 'x' attribute of immutable type 'int'")
    assert raises(TypeError, setattr, list, 'append', 1) == (
        "cannot set 'append' attribute of immutable type 'list'")
    assert raises(TypeError, setattr, object, '__eq__', 1) == (
        "cannot set '__eq__' attribute of immutable type 'object'")


def test_special_methods_set_later():
    A = type('A', (), {})
    a = A()
    assert raises(TypeError, len, a) == "object of type 'A' has no len()"
    A.__len__ = lambda self: 3
    assert len(a) == 3
    A.__add__ = lambda self, other: ('add', other)
    assert a + 1 == ('add', 1)
    del A.__len__
    assert raises(TypeError, len, a) == "object of type 'A' has no len()"


def test_eq_disables_hash():
    A = type('A', (), {'__eq__': lambda self, other: True})
    assert A.__hash__ is None
    assert raises(TypeError, hash, A()) == "unhashable type: 'A'"
    B = type('B', (), {'__eq__': lambda self, other: True,
                       '__hash__': lambda self: 7})
    assert hash(B()) == 7
    C = type('C', (), {})
    c = C()
    assert hash(c) == hash(c)
    assert c == c
    assert c != C()


def test_doc_and_module_from_namespace():
    A = type('A', (), {'__doc__': 'hello', '__module__': 'here'})
    assert A.__doc__ == 'hello'
    assert A.__module__ == 'here'
    assert A().__doc__ == 'hello'
    assert raises(TypeError, type, 'A', (), {'__qualname__': 1}) == (
        'type __qualname__ must be a str, not int')


def test_init_subclass():
    log = []

    def init_subclass(cls, **kwargs):
        log.append((cls.__name__, list(kwargs.items())))
    A = type('A', (), {'__init_subclass__': init_subclass})
    assert log == []
    B = type('B', (A,), {}, x=1)
    assert log == [('B', [('x', 1)])]
    type('C', (B,), {})
    assert log[-1] == ('C', [])
    assert type(A.__dict__['__init_subclass__']) is classmethod
    assert raises(TypeError, type, 'D', (), {}, x=1) == (
        'D.__init_subclass__() takes no keyword arguments')


def test_set_name():
    log = []
    D = type('D', (), {'__set_name__':
                       lambda self, owner, name: log.append((owner, name))})
    d = D()
    A = type('A', (), {'attr': d})
    assert log == [(A, 'attr')]

    def fail(self, owner, name):
        raise ValueError('x')
    E = type('E', (), {'__set_name__': fail})
    try:
        type('Q', (), {'e': E()})
    except RuntimeError as exc:
        assert str(exc) == "Error calling __set_name__ on 'E' instance 'e' in 'Q'"
        assert isinstance(exc.__cause__, ValueError)
    else:
        raise AssertionError('RuntimeError not raised')


def test_class_getitem():
    A = type('A', (), {'__class_getitem__': lambda cls, item: (cls, item)})
    assert A[int] == (A, int)
    assert type(A.__dict__['__class_getitem__']) is classmethod


def test_new_is_static():
    def new(cls, *args):
        obj = object.__new__(cls)
        obj.args = args
        return obj
    A = type('A', (), {'__new__': new})
    assert type(A.__dict__['__new__']) is staticmethod
    a = A(1, 2)
    assert a.args == (1, 2)


def test_object_new_and_init_errors():
    A = type('A', (), {})
    assert raises(TypeError, A, 1) == 'A() takes no arguments'
    B = type('B', (), {'__init__': lambda self, x: None})
    B(1)
    C = type('C', (), {'__new__': lambda cls, x: object.__new__(cls)})
    C(1)
    assert raises(TypeError, object.__new__, int) == (
        'object.__new__(int) is not safe, use int.__new__()')
    assert raises(TypeError, object.__new__, 1) == (
        'object.__new__(X): X is not a type object (int)')
    assert raises(TypeError, object().__init__, 1) == (
        'object.__init__() takes exactly one argument (the instance to '
        'initialize)')
    D = type('D', (), {'__init__': lambda self: 5})
    assert raises(TypeError, D) == "__init__() should return None, not 'int'"


def test_class_assignment():
    A = type('A', (), {'f': lambda self: 'A'})
    B = type('B', (), {'f': lambda self: 'B'})
    a = A()
    a.x = 1
    a.__class__ = B
    assert type(a) is B
    assert a.f() == 'B'
    assert a.x == 1
    assert raises(TypeError, setattr, a, '__class__', int) == (
        '__class__ assignment only supported for mutable types or '
        'ModuleType subclasses')
    S = type('S', (), {'__slots__': ('a',)})
    assert raises(TypeError, setattr, S(), '__class__', A) == (
        "__class__ assignment: 'A' object layout differs from 'S'")
    assert raises(TypeError, setattr, object(), '__class__', A) == (
        '__class__ assignment only supported for mutable types or '
        'ModuleType subclasses')


def test_dir():
    A = type('A', (), {'x': 1, 'meth': lambda self: 0})
    a = A()
    a.inst = 2
    names = dir(a)
    i = 0
    while i < len(names) - 1:
        assert names[i] < names[i + 1]
        i += 1
    for name in ['x', 'meth', 'inst', '__init__', '__class__']:
        assert name in names
    names = dir(A)
    assert 'x' in names and 'meth' in names and 'inst' not in names
    B = type('B', (), {'__dir__': lambda self: ['b', 'a']})
    assert dir(B()) == ['a', 'b']


def test_vars():
    A = type('A', (), {})
    a = A()
    a.x = 1
    assert vars(a) == {'x': 1}
    assert raises(TypeError, vars, 1) == (
        'vars() argument must have __dict__ attribute')
