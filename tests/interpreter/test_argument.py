"""Binding arguments to parameters, with CPython's error messages."""

from __future__ import absolute_import

from tests.support import run_app, raises_app, unwrap


def app(space, source, name=None):
    return unwrap(space, run_app(space, source, name))

DEF = """
def f(a, b=2, *args, k=3, **kw):
    return (a, b, args, k, sorted_items(kw))
def sorted_items(d):
    items = []
    for key in d:
        items.append((key, d[key]))
    return items
"""


def test_binding(space):
    assert app(space, DEF + "f(1)") == (1, 2, (), 3, [])
    assert app(space, DEF + "f(1, 5, 6, 7, k=8, z=9)") == \
        (1, 5, (6, 7), 8, [('z', 9)])
    assert app(space, DEF + "f(b=1, a=0)") == (0, 1, (), 3, [])


def test_errors(space):
    raises_app(space, 'TypeError', DEF + "f()",
               match="f() missing 1 required positional argument: 'a'")
    raises_app(space, 'TypeError', DEF + "f(1, a=2)",
               match="f() got multiple values for argument 'a'")
    raises_app(space, 'TypeError', "def g(x): pass\ng(1, 2)",
               match="g() takes 1 positional argument but 2 were given")
    raises_app(space, 'TypeError', "def g(x, y=1): pass\ng(1, 2, 3)",
               match="g() takes from 1 to 2 positional arguments but 3 "
                     "were given")
    raises_app(space, 'TypeError', "def g(x): pass\ng(y=1)",
               match="g() got an unexpected keyword argument 'y'")
    raises_app(space, 'TypeError', "def g(a, b, c): pass\ng()",
               match="g() missing 3 required positional arguments: 'a', "
                     "'b', and 'c'")
    raises_app(space, 'TypeError', "def g(*, k): pass\ng()",
               match="g() missing 1 required keyword-only argument: 'k'")
