"""A generator dropped while suspended inside try/finally or with is
closed when it dies (CPython: at once, by reference counting; here: when
the GC finds it, gc.collect() runs the pending finalizers)."""

import gc


def test_dropped_generator_runs_finally():
    log = []

    def gen():
        try:
            yield 1
            yield 2
        finally:
            log.append('closed')
    g = gen()
    next(g)
    del g
    gc.collect()
    assert log == ['closed']


def test_dropped_generator_exits_with_block():
    class CM:
        closed = False

        def __enter__(self):
            return self

        def __exit__(self, *args):
            self.closed = True

    def gen():
        with CM() as cm:
            yield cm
    g = gen()
    cm = next(g)
    assert not cm.closed
    del g
    gc.collect()
    assert cm.closed


def test_many_dropped_generators():
    log = []

    def gen():
        try:
            yield 1
        finally:
            log.append(1)
    for i in range(50):
        g = gen()
        next(g)
    del g
    gc.collect()
    assert len(log) == 50


def test_unstarted_and_finished_generators_are_not_closed_again():
    log = []

    def gen():
        try:
            yield 1
        finally:
            log.append('closed')
    g = gen()
    del g              # never started: nothing to run
    g = gen()
    next(g)
    g.close()
    del g
    gc.collect()
    assert log == ['closed']


def test_dropped_coroutine_runs_finally():
    log = []

    class Suspend:
        def __await__(self):
            yield

    async def co():
        try:
            await Suspend()
        finally:
            log.append('closed')
    c = co()
    c.send(None)
    del c
    gc.collect()
    assert log == ['closed']
