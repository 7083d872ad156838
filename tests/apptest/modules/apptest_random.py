"""_random.Random: CPython's exact sequences for int seeds, getrandbits,
getstate/setstate, subclassing and errors."""

import _random


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def test_sequence_of_a_seed():
    r = _random.Random(42)
    assert r.random() == 0.6394267984578837
    r = _random.Random(12345)
    assert [r.random() for i in range(3)] == [
        0.41661987254534116, 0.010169169457068361, 0.8252065092537432]
    assert r.getrandbits(1) == 0
    assert r.getrandbits(32) == 3672791226
    assert r.getrandbits(33) == 5877283431
    assert r.getrandbits(100) == 520212762101752452637539945044
    assert r.getrandbits(0) == 0


def test_seeds():
    r = _random.Random()
    r.seed(0)
    assert r.random() == 0.8444218515250481
    r.seed(2 ** 64 + 7)
    assert r.random() == 0.9625990769630326
    r.seed(-2 ** 64 - 7)      # the sign is ignored
    assert r.random() == 0.9625990769630326
    r.seed(None)
    assert 0.0 <= r.random() < 1.0
    r.seed()
    assert 0.0 <= r.random() < 1.0


def test_state():
    r = _random.Random(-2 ** 64 - 7)
    r.random()
    s = r.getstate()
    assert type(s) is tuple and len(s) == 625
    assert s[:3] == (2665157184, 746045205, 269400250) and s[-1] == 2
    a = [r.random() for i in range(700)]
    r.setstate(s)
    assert [r.random() for i in range(700)] == a


def test_errors():
    r = _random.Random(1)
    assert str(raises(TypeError, _random.Random, 1, 2)) == \
        "Random() requires 0 or 1 argument"
    assert str(raises(TypeError, _random.Random, x=1)) == \
        "Random() takes no keyword arguments"
    assert str(raises(ValueError, r.getrandbits, -1)) == \
        "number of bits must be non-negative"
    assert str(raises(TypeError, r.setstate, [1])) == \
        "state vector must be a tuple"
    assert str(raises(ValueError, r.setstate, (1,))) == \
        "state vector is the wrong size"
    assert str(raises(ValueError, r.setstate, (1,) * 624 + (700,))) == \
        "invalid state"
    assert str(raises(TypeError, r.setstate, ('a',) * 625)) == \
        "an integer is required"
    assert str(raises(TypeError, r.seed, 1, 2)) == \
        "seed expected at most 1 argument, got 2"


def test_subclass():
    class R(_random.Random):
        def __init__(self, x, y):
            self.y = y
            self.seed(x)

    r = R(42, 'y')
    assert r.y == 'y' and r.random() == 0.6394267984578837
    assert isinstance(r, _random.Random)
    assert _random.Random.__module__ == '_random'
    assert _random.Random.__name__ == 'Random'
