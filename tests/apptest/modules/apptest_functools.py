"""_functools: reduce and partial (attributes, flattening, repr, no
method binding, subclasses, errors)."""

import _functools


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


def f(*args, **kwargs):
    return args, kwargs


def test_reduce():
    assert _functools.reduce(lambda a, b: a + b, [1, 2, 3]) == 6
    assert _functools.reduce(lambda a, b: a + b, [], 7) == 7
    assert _functools.reduce(lambda a, b: a * b, range(1, 6), 2) == 240
    assert _functools.reduce(lambda a, b: a + b, iter('abc')) == 'abc'
    assert str(raises(TypeError, _functools.reduce, f, [])) == \
        "reduce() of empty iterable with no initial value"


def test_partial_call_and_attributes():
    p = _functools.partial(f, 1, a=2)
    assert p(3, b=4) == ((1, 3), {'a': 2, 'b': 4})
    assert p(a=5) == ((1,), {'a': 5})
    assert p.func is f and p.args == (1,) and p.keywords == {'a': 2}
    raises(AttributeError, setattr, p, 'func', len)


def test_flattening():
    p = _functools.partial(f, 1, a=2)
    q = _functools.partial(p, 3, b=4)
    assert q.func is f
    assert q.args == (1, 3) and q.keywords == {'a': 2, 'b': 4}
    assert q(5, c=6) == ((1, 3, 5), {'a': 2, 'b': 4, 'c': 6})


def test_repr():
    p = _functools.partial(f, 1, 'x', a=2)
    r = repr(p)
    assert r.startswith('functools.partial(<function f at ')
    assert r.endswith(">, 1, 'x', a=2)")

    class P(_functools.partial):
        pass

    assert repr(P(f)).startswith('P(<function f')
    assert P(f, 1)(2) == ((1, 2), {})


def test_not_a_method():
    class C:
        m = _functools.partial(f, 1)

    assert C().m(2) == ((1, 2), {})


def test_errors():
    assert str(raises(TypeError, _functools.partial)) == \
        "type 'partial' takes at least one argument"
    assert str(raises(TypeError, _functools.partial, 1)) == \
        "the first argument must be callable"
    assert _functools.partial.__module__ == 'functools'
