"""Calls, frames and generators on the session 4 fast paths: one list
for a frame's locals and value stack, positional and keyword calls built
from the stack, bound methods and special methods called without a
longer argument list, generator returns that make no StopIteration
unless someone looks, `yield from` taking the delegate's return value
directly."""

import sys


def test_keyword_call_values_and_errors():
    def f(a, b=2, *, c, d=4):
        return (a, b, c, d)
    assert f(1, c=3) == (1, 2, 3, 4)
    assert f(1, 5, d=6, c=7) == (1, 5, 7, 6)
    assert f(c=0, a=9) == (9, 2, 0, 4)
    try:
        f(1, c=3, a=2)
    except TypeError as e:
        assert str(e).endswith("f() got multiple values for argument 'a'")
    else:
        assert False
    try:
        f(1, e=3)
    except TypeError as e:
        assert str(e).endswith("f() got an unexpected keyword argument 'e'")
    else:
        assert False
    try:
        f(1, 2)
    except TypeError as e:
        assert "missing 1 required keyword-only argument: 'c'" in str(e)
    else:
        assert False


def test_keyword_call_to_builtins_and_kwargs():
    def g(*args, **kw):
        return args, sorted(kw.items())
    assert g(1, 2, x=3, y=4) == ((1, 2), [('x', 3), ('y', 4)])
    assert sorted([3, 1, 2], reverse=True) == [3, 2, 1]
    assert int('ff', base=16) == 255
    # the stack below a keyword call is intact afterwards
    assert [g(1, k=2), g(k=3)] == [((1,), [('k', 2)]), ((), [('k', 3)])]


def test_bound_method_calls():
    class A:
        def m(self, x, y=10):
            return (self.v, x, y)
        def __call__(self, *args):
            return args
    a = A()
    a.v = 'v'
    bound = a.m
    assert bound(1) == ('v', 1, 10)
    assert bound(1, 2) == ('v', 1, 2)
    assert bound(1, y=3) == ('v', 1, 3)
    assert list(map(bound, [5])) == [('v', 5, 10)]
    assert a(1, 2) == (1, 2)
    try:
        bound()
    except TypeError as e:
        assert str(e).endswith(
            "m() missing 1 required positional argument: 'x'")
    else:
        assert False
    try:
        bound(1, 2, 3)
    except TypeError as e:
        assert str(e).endswith(
            "m() takes from 2 to 3 positional arguments but 4 were given")
    else:
        assert False


def test_init_with_defaults_and_errors():
    class P:
        def __init__(self, x, y=0, *rest):
            self.t = (x, y, rest)
    assert P(1).t == (1, 0, ())
    assert P(1, 2).t == (1, 2, ())
    assert P(1, 2, 3).t == (1, 2, (3,))
    assert P(x=4).t == (4, 0, ())
    class Q:
        def __init__(self, x):
            self.x = x
    try:
        Q()
    except TypeError as e:
        assert str(e).endswith(
            "__init__() missing 1 required positional argument: 'x'")
    else:
        assert False
    try:
        Q(1, 2)
    except TypeError as e:
        assert str(e).endswith(
            "__init__() takes 2 positional arguments but 3 were given")
    else:
        assert False


def test_frame_locals_and_stack_during_calls():
    def inner():
        return sys._getframe(1)
    def outer(a, b):
        c = a + b
        # a call deep in an expression: values of the outer expression
        # are on the stack while f_locals is read
        return [a, (b, inner().f_locals)]
    res = outer(1, 2)
    assert res[0] == 1
    assert res[1][0] == 2
    # (with `inner`, a free variable of outer)
    assert res[1][1] == {'a': 1, 'b': 2, 'c': 3, 'inner': inner}


def test_exception_in_try_keeps_stack_levels():
    def f(n):
        total = 0
        for i in range(n):
            try:
                total += [1, 2, {}][i % 4]
            except (TypeError, IndexError) as e:
                total += 100
        return total
    assert f(8) == 2 * (1 + 2 + 100 + 100)


def test_generator_return_value_and_stopiteration():
    def g():
        yield 1
        return 'r'
    it = g()
    assert next(it) == 1
    try:
        next(it)
    except StopIteration as e:
        assert e.value == 'r'
        assert e.args == ('r',)
    else:
        assert False
    try:
        next(it)
    except StopIteration as e:
        assert e.value is None
        assert e.args == ()
    else:
        assert False

    def h():
        return (1, 2)
        yield
    try:
        next(h())
    except StopIteration as e:
        assert e.value == (1, 2)
        assert e.args == ((1, 2),)
    else:
        assert False


def test_yield_from_return_values():
    def sub(x):
        got = yield x
        return (x, got)
    def main():
        r1 = yield from sub(1)
        r2 = yield from sub(2)
        r3 = yield from iter([7])
        return [r1, r2, r3]
    it = main()
    assert next(it) == 1
    assert it.send('a') == 2
    assert it.send('b') == 7
    try:
        next(it)
    except StopIteration as e:
        assert e.value == [(1, 'a'), (2, 'b'), None]
    else:
        assert False


def test_yield_from_recursive_walk():
    def walk(n):
        if n:
            yield from walk(n - 1)
            yield n
            yield from walk(n - 1)
    assert list(walk(3)) == [1, 2, 1, 3, 1, 2, 1]
    assert sum(walk(10)) == sum(k * 2 ** (10 - k) for k in range(1, 11))


def test_yield_from_errors_from_delegate():
    def started():
        yield 1
    def delegating(gen):
        yield from gen
    inner = started()
    outer = delegating(inner)
    assert next(outer) == 1
    # a delegate that is already running
    def selfref():
        yield from me
    me = selfref()
    try:
        next(me)
    except ValueError as e:
        assert str(e) == 'generator already executing'
    else:
        assert False
    # an exhausted delegate ends the `yield from` with None
    done = started()
    list(done)
    def after():
        r = yield from done
        yield ('r', r)
    assert list(after()) == [('r', None)]
    # StopIteration raised inside a delegate is a RuntimeError there
    def bad():
        raise StopIteration(5)
        yield
    def wrap():
        yield from bad()
    try:
        next(wrap())
    except RuntimeError as e:
        assert str(e) == 'generator raised StopIteration'
        assert isinstance(e.__cause__, StopIteration)
    else:
        assert False


def test_generator_inside_try_keeps_handled_exception():
    def g():
        try:
            raise KeyError('k')
        except KeyError:
            yield sys.exc_info()[0]
            yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    it = g()
    assert next(it) is KeyError
    assert sys.exc_info()[0] is None
    assert next(it) is KeyError
    assert next(it) is None


def test_coroutine_await_return_value():
    class Ready:
        def __await__(self):
            yield 'tick'
            return 40
    async def inner():
        return await Ready() + 1
    async def outer():
        return await inner() + 1
    coro = outer()
    assert coro.send(None) == 'tick'
    try:
        coro.send(None)
    except StopIteration as e:
        assert e.value == 42
    else:
        assert False


def test_async_generator_values():
    async def agen():
        yield None
        yield 2
    async def collect():
        return [x async for x in agen()]
    coro = collect()
    try:
        coro.send(None)
    except StopIteration as e:
        assert e.value == [None, 2]
    else:
        assert False


def test_deep_recursion_is_recursion_error():
    def down(n):
        return down(n + 1)
    try:
        down(0)
    except RecursionError as e:
        assert 'maximum recursion depth exceeded' in str(e)
    else:
        assert False
    def gdown():
        yield from gdown()
    try:
        next(gdown())
    except RecursionError:
        pass
    else:
        assert False
