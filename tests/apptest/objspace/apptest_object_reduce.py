"""object.__reduce_ex__/__reduce__/__getstate__ and type.__flags__: what
copy, copyreg and pickle build on."""
import copy
import copyreg


class Plain:
    pass


class Slotted:
    __slots__ = ('p', 'q')


class WithArgs:
    def __new__(cls, v):
        self = object.__new__(cls)
        return self

    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


def test_getstate():
    a = Plain()
    assert a.__getstate__() is None
    a.x = 1
    assert a.__getstate__() == {'x': 1}
    s = Slotted()
    s.p = 1
    assert s.__getstate__() == (None, {'p': 1})


def test_reduce_ex_protocols():
    a = Plain()
    a.x = 1
    func, args, state, items, ditems = a.__reduce_ex__(2)
    assert func is copyreg.__newobj__
    assert args == (Plain,) and state == {'x': 1}
    assert items is None and ditems is None
    assert a.__reduce_ex__(1)[1:] == ((Plain, object, None), {'x': 1})
    assert a.__reduce__()[1:] == ((Plain, object, None), {'x': 1})
    assert (1).__reduce_ex__(2)[1] == (int, 1)
    assert list(list.__reduce_ex__([5, 6], 2)[3]) == [5, 6]
    try:
        (1).__reduce_ex__(0)
    except TypeError as e:
        assert str(e) == "cannot pickle 'int' object"
    else:
        assert False


def test_copy_and_deepcopy_use_it():
    a = Plain()
    a.x = [1]
    b = copy.copy(a)
    assert type(b) is Plain and b.x is a.x
    c = copy.deepcopy({'k': [a]})
    assert c['k'][0].x == [1] and c['k'][0].x is not a.x
    assert copy.copy(WithArgs(3)).v == 3


def test_type_flags_and_new_self():
    heap = 1 << 9
    assert Plain.__flags__ & heap
    assert not int.__flags__ & heap
    assert bool(int.__flags__ & (1 << 24))
    assert bool(type.__flags__ & (1 << 31))
    assert int.__new__.__self__ is int
    assert type(int.__new__) is type(len)
    assert int.__new__(int, 5) == 5
