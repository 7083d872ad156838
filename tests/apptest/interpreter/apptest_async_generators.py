"""Asynchronous generators (`yield` inside `async def`), driven by hand."""


def run(coro):
    """Drive an awaitable's iterator to completion: (value, yielded)."""
    yielded = []
    while True:
        try:
            yielded.append(coro.send(None))
        except StopIteration as e:
            return e.value, yielded


def outcome(awaitable):
    try:
        return ('value', run(awaitable)[0])
    except Exception as e:
        return (type(e).__name__, str(e))


class Suspend:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


def test_type_and_attributes():
    async def agen():
        yield 1
    g = agen()
    assert type(g).__name__ == 'async_generator'
    assert g.ag_running is False
    assert g.ag_await is None
    assert g.ag_code is agen.__code__
    assert g.ag_frame is not None
    assert g.__name__ == 'agen'
    assert repr(g).startswith('<async_generator object ')
    assert g.__aiter__() is g
    assert not hasattr(g, '__next__')
    assert not hasattr(g, 'send')


def test_anext_values_and_end():
    async def agen():
        yield 1
        await Suspend('io')
        yield 2
    g = agen()
    assert outcome(g.__anext__()) == ('value', 1)
    a = g.__anext__()
    assert a.send(None) == 'io'
    try:
        a.send(None)
    except StopIteration as e:
        assert e.value == 2
    assert outcome(g.__anext__()) == ('StopAsyncIteration', '')
    assert outcome(g.__anext__()) == ('StopAsyncIteration', '')


def test_async_for_over_async_generator():
    async def agen(n):
        for i in range(n):
            await Suspend(i)
            yield i * 10

    async def main():
        return [x async for x in agen(3)]
    value, yielded = run(main())
    assert value == [0, 10, 20]
    assert yielded == [0, 1, 2]


def test_asend():
    async def agen():
        got = yield 'a'
        yield got
    g = agen()
    assert outcome(g.asend(None)) == ('value', 'a')
    assert outcome(g.asend('sent')) == ('value', 'sent')


def test_athrow():
    async def agen():
        try:
            yield 1
        except KeyError:
            yield 'caught'
    g = agen()
    assert outcome(g.__anext__()) == ('value', 1)
    assert outcome(g.athrow(KeyError)) == ('value', 'caught')
    assert outcome(g.athrow(ValueError('v'))) == ('ValueError', 'v')


def test_aclose_runs_finally():
    log = []

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            log.append('finally')
    g = agen()
    assert outcome(g.__anext__()) == ('value', 1)
    assert outcome(g.aclose()) == ('value', None)
    assert log == ['finally']
    assert outcome(g.__anext__()) == ('StopAsyncIteration', '')
    # closing again is fine
    assert outcome(g.aclose()) == ('value', None)


def test_aclose_ignored_exit():
    async def agen():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = agen()
    outcome(g.__anext__())
    assert outcome(g.aclose()) == \
        ('RuntimeError', 'async generator ignored GeneratorExit')


def test_reuse_awaitables():
    async def agen():
        yield 1
    g = agen()
    a = g.__anext__()
    run(a)
    assert outcome(a) == ('RuntimeError', 'cannot reuse already awaited '
                          '__anext__()/asend()')
    c = g.aclose()
    run(c)
    assert outcome(c) == ('RuntimeError', 'cannot reuse already awaited '
                          'aclose()/athrow()')


def test_stop_iteration_escaping():
    async def agen():
        yield 1
        raise StopIteration

    async def agen2():
        yield 1
        raise StopAsyncIteration
    for f, what in [(agen, 'StopIteration'), (agen2, 'StopAsyncIteration')]:
        g = f()
        outcome(g.__anext__())
        assert outcome(g.__anext__()) == \
            ('RuntimeError', 'async generator raised ' + what)


def test_return_in_async_generator():
    async def agen():
        yield 1
        return
    g = agen()
    outcome(g.__anext__())
    assert outcome(g.__anext__()) == ('StopAsyncIteration', '')


def test_async_genexp_outside_async_function():
    async def source():
        yield 5

    def make(src):
        return (x * 2 async for x in src)
    g = make(source())
    assert type(g).__name__ == 'async_generator'
    assert outcome(g.__anext__()) == ('value', 10)
