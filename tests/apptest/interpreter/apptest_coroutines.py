"""async def, await, async for, async with, coroutine objects, driven by
hand with send(None) (no event loop)."""


def run(coro):
    """Drive a coroutine to completion; return (value, [yielded...])."""
    yielded = []
    while True:
        try:
            yielded.append(coro.send(None))
        except StopIteration as e:
            return e.value, yielded


def error_of(coro):
    try:
        run(coro)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return None


class Suspend:
    """An awaitable that suspends once, passing `value` to the driver,
    and returns what is sent back in."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


def test_simple_coroutine():
    async def f(x):
        return x + 1
    c = f(41)
    assert type(c).__name__ == 'coroutine'
    assert run(c) == (42, [])


def test_await_chain_and_suspension():
    async def inner(n):
        a = await Suspend('first')
        b = await Suspend('second')
        return (n, a, b)

    async def outer():
        return await inner(1)

    c = outer()
    assert c.send(None) == 'first'
    assert c.send('A') == 'second'
    try:
        c.send('B')
    except StopIteration as e:
        assert e.value == (1, 'A', 'B')
    else:
        assert False


def test_code_flags():
    async def co():
        pass

    async def agen():
        yield 1

    def gen():
        yield 1
    assert co.__code__.co_flags & 0x80
    assert not co.__code__.co_flags & 0x20
    assert agen.__code__.co_flags & 0x200
    assert not agen.__code__.co_flags & 0xa0
    assert gen.__code__.co_flags & 0x20


def test_coroutine_attributes():
    async def f():
        await Suspend(1)
    c = f()
    assert c.cr_running is False
    assert c.cr_await is None
    assert c.cr_code is f.__code__
    assert c.cr_frame is not None
    assert c.__name__ == 'f'
    assert c.__qualname__.endswith('f')
    assert repr(c).startswith('<coroutine object ')
    assert c.send(None) == 1
    assert c.cr_await is not None
    c.close()
    assert c.cr_frame is None


def test_coroutine_is_not_iterable():
    async def f():
        pass
    c = f()
    try:
        iter(c)
    except TypeError:
        pass
    else:
        assert False
    assert not hasattr(c, '__next__')
    w = c.__await__()
    assert iter(w) is w
    try:
        next(w)
    except StopIteration:
        pass


def test_reuse_awaited_coroutine():
    async def f():
        return 1
    c = f()
    run(c)
    assert error_of(c) == \
        'RuntimeError: cannot reuse already awaited coroutine'

    async def g(x):
        return await x
    assert error_of(g(c)) == \
        'RuntimeError: cannot reuse already awaited coroutine'


def test_await_errors():
    async def g(x):
        return await x
    assert error_of(g(1)) == \
        "TypeError: object int can't be used in 'await' expression"

    class A:
        def __await__(self):
            return 1
    assert error_of(g(A())) == \
        "TypeError: __await__() returned non-iterator of type 'int'"

    async def k():
        pass
    co = k()

    class B:
        def __await__(self):
            return co
    assert error_of(g(B())) == "TypeError: __await__() returned a coroutine"
    co.close()

    def gen():
        yield
    assert error_of(g(gen())) == \
        "TypeError: object generator can't be used in 'await' expression"


def test_coroutine_already_executing():
    async def self_await():
        await cc
    cc = self_await()
    assert error_of(cc) == 'ValueError: coroutine already executing'


def test_yield_from_coroutine_in_generator():
    async def k():
        pass
    co = k()

    def gg():
        yield from co
    try:
        next(gg())
    except TypeError as e:
        assert str(e) == ("cannot 'yield from' a coroutine object in a "
                          "non-coroutine generator")
    co.close()


def test_stop_iteration_inside_coroutine():
    async def f():
        raise StopIteration
    assert error_of(f()) == 'RuntimeError: coroutine raised StopIteration'


def test_throw_and_close():
    log = []

    async def f():
        try:
            await Suspend(1)
        except KeyError:
            log.append('caught')
            await Suspend(2)
        finally:
            log.append('finally')
    c = f()
    assert c.send(None) == 1
    assert c.throw(KeyError) == 2
    c.close()
    assert log == ['caught', 'finally']


def test_send_non_none_to_new_coroutine():
    async def f():
        pass
    c = f()
    try:
        c.send(1)
    except TypeError as e:
        assert str(e) == "can't send non-None value to a just-started " \
            "coroutine"
    c.close()


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend('tick')
        return self.i


def test_async_for():
    async def f():
        out = []
        async for i in AsyncRange(3):
            out.append(i)
        else:
            out.append('else')
        return out
    assert run(f()) == ([1, 2, 3, 'else'], ['tick'] * 3)


def test_async_for_break_continue_return():
    async def f():
        out = []
        async for i in AsyncRange(5):
            if i == 2:
                continue
            if i == 4:
                break
            out.append(i)
        else:
            out.append('else')
        async for i in AsyncRange(5):
            if i == 3:
                return out, i
    value, ticks = run(f())
    assert value == ([1, 3], 3)


def test_async_for_errors():
    async def it(x):
        async for i in x:
            pass
    assert error_of(it(1)) == ("TypeError: 'async for' requires an object "
                               "with __aiter__ method, got int")

    class AI:
        def __aiter__(self):
            return 1
    assert error_of(it(AI())) == (
        "TypeError: 'async for' received an object from __aiter__ that "
        "does not implement __anext__: int")

    class AI2:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 1
    assert error_of(it(AI2())) == (
        "TypeError: 'async for' received an invalid object from "
        "__anext__: int")


def test_async_for_other_exception_propagates():
    class Bad:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise KeyError('x')

    async def f():
        async for i in Bad():
            pass
    assert error_of(f()) == "KeyError: 'x'"


class Manager:
    def __init__(self, log, suppress=False):
        self.log = log
        self.suppress = suppress

    async def __aenter__(self):
        self.log.append('enter')
        await Suspend('in-enter')
        return self

    async def __aexit__(self, tp, val, tb):
        self.log.append(('exit', tp))
        await Suspend('in-exit')
        return self.suppress


def test_async_with():
    log = []

    async def f():
        async with Manager(log) as m:
            log.append('body')
        return m
    value, yielded = run(f())
    assert isinstance(value, Manager)
    assert yielded == ['in-enter', 'in-exit']
    assert log == ['enter', 'body', ('exit', None)]


def test_async_with_exception_and_return():
    log = []

    async def f():
        async with Manager(log, suppress=True):
            raise KeyError
        async with Manager(log):
            return 5
    value, yielded = run(f())
    assert value == 5
    assert log == ['enter', ('exit', KeyError), 'enter', ('exit', None)]

    async def g():
        async with Manager(log):
            raise ValueError('v')
    assert error_of(g()) == 'ValueError: v'


def test_async_with_errors():
    async def w(x):
        async with x:
            pass
    assert error_of(w(1)) == ("TypeError: 'int' object does not support the "
                              "asynchronous context manager protocol")

    class W:
        async def __aenter__(self):
            pass
    assert error_of(w(W())) == (
        "TypeError: 'W' object does not support the asynchronous context "
        "manager protocol (missed __aexit__ method)")

    class W2:
        def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 1
    assert error_of(w(W2())) == (
        "TypeError: 'async with' received an object from __aenter__ that "
        "does not implement __await__: int")

    class W3:
        async def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 1
    assert error_of(w(W3())) == (
        "TypeError: 'async with' received an object from __aexit__ that "
        "does not implement __await__: int")


def test_async_comprehensions():
    async def f():
        a = [i async for i in AsyncRange(3)]
        b = {i: i * i async for i in AsyncRange(2) if i > 1}
        c = {await Suspend(i) for i in range(2)}
        d = [[j async for j in AsyncRange(i)] for i in range(3)]
        return a, b, c, d
    value, yielded = run(f())
    assert value == ([1, 2, 3], {2: 4}, {None}, [[], [1], [1, 2]])


def test_async_genexp():
    async def f():
        g = (i * 2 async for i in AsyncRange(3))
        assert type(g).__name__ == 'async_generator'
        return [x async for x in g]
    assert run(f())[0] == [2, 4, 6]


def test_iterable_coroutine_flag():
    # what types.coroutine does to a generator function
    def suspend():
        return (yield 'up')
    co = suspend.__code__
    suspend.__code__ = co.replace(co_flags=co.co_flags | 0x100)
    assert suspend.__code__.co_flags & 0x100
    assert suspend.__code__.co_name == 'suspend'

    async def f():
        return await suspend()
    c = f()
    assert c.send(None) == 'up'
    try:
        c.send('down')
    except StopIteration as e:
        assert e.value == 'down'


def test_types_of_real_objects():
    # what CPython's types.py does to define CoroutineType and
    # AsyncGeneratorType
    async def _c():
        pass
    _c = _c()
    CoroutineType = type(_c)
    _c.close()

    async def _ag():
        yield
    _ag = _ag()
    AsyncGeneratorType = type(_ag)
    assert CoroutineType.__name__ == 'coroutine'
    assert AsyncGeneratorType.__name__ == 'async_generator'
    assert isinstance(_c, CoroutineType)
    for name in ('send', 'throw', 'close', '__await__', 'cr_frame',
                 'cr_running', 'cr_code', 'cr_await'):
        assert hasattr(CoroutineType, name), name
    for name in ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose',
                 'ag_frame', 'ag_running', 'ag_code', 'ag_await'):
        assert hasattr(AsyncGeneratorType, name), name


def test_soft_keyword_names_still_work():
    async_ = 1
    await_ = 2
    assert async_ + await_ == 3
