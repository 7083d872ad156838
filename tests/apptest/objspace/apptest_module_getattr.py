"""Modules: attribute errors, PEP 562's module `__getattr__`; builtin
functions' `__module__`, `__qualname__`, `__self__` and pickling."""


def test_missing_attribute_message():
    import types
    m = types.ModuleType('m')
    try:
        m.nope
    except AttributeError as e:
        assert str(e) == "module 'm' has no attribute 'nope'"
    else:
        raise AssertionError("no AttributeError")
    assert getattr(m, 'nope', 42) == 42
    assert not hasattr(m, 'nope')


def test_module_getattr_hook():
    import types
    m = types.ModuleType('m')
    calls = []

    def hook(name):
        calls.append(name)
        if name == 'lazy':
            return 'computed'
        raise AttributeError("module 'm' has no attribute %r" % name)
    m.__getattr__ = hook
    m.present = 1
    assert m.lazy == 'computed'
    assert m.present == 1
    assert calls == ['lazy']
    assert getattr(m, 'other', None) is None
    assert calls == ['lazy', 'other']


def test_from_import_through_module_getattr():
    import sys
    import types
    m = types.ModuleType('_lazy_mod_for_test')
    m.__getattr__ = lambda name: name.upper()
    sys.modules['_lazy_mod_for_test'] = m
    try:
        from _lazy_mod_for_test import abc
        assert abc == 'ABC'
    finally:
        del sys.modules['_lazy_mod_for_test']


def test_builtin_function_attributes():
    import _codecs
    assert len.__module__ == 'builtins'
    assert len.__self__ is __import__('builtins')
    assert len.__qualname__ == 'len'
    assert _codecs.encode.__module__ == '_codecs'
    assert [].append.__qualname__ == 'list.append'
    assert [].append.__module__ is None
    assert dict.fromkeys.__qualname__ == 'dict.fromkeys'


def test_builtin_function_reduce_and_pickle():
    import pickle
    assert len.__reduce__() == 'len'
    lst = [1]
    assert lst.append.__reduce__() == (getattr, (lst, 'append'))
    assert dict.fromkeys.__reduce__() == (getattr, (dict, 'fromkeys'))
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps([len, max], protocol)) == [len, max]
        # protocols 0-2 pickle bytes through codecs.encode
        assert pickle.loads(pickle.dumps(b'\x00ab', protocol)) == b'\x00ab'



def test_module_subclass_instances():
    import types

    class Sub(types.ModuleType):
        @property
        def value(self):
            return 'property'

        def hello(self):
            return 'hello ' + self.__name__
    s = Sub('s', 'the doc')
    assert type(s) is Sub
    assert isinstance(s, types.ModuleType)
    assert s.__doc__ == 'the doc'
    assert s.hello() == 'hello s'
    s.x = 5
    assert s.__dict__['x'] == 5
    assert vars(s) is s.__dict__
    s.__dict__['value'] = 'in the dict'
    assert s.value == 'property'
    s.__dict__['y'] = 'y'
    assert s.y == 'y'
    del s.x
    assert 'x' not in s.__dict__
    assert repr(s) == "<module 's'>"


def test_module_repr():
    import sys
    import types
    m = types.ModuleType('plain')
    assert repr(m) == "<module 'plain'>"
    m.__file__ = '/somewhere/plain.py'
    assert repr(m) == "<module 'plain' from '/somewhere/plain.py'>"
    assert repr(sys) == "<module 'sys' (built-in)>"

