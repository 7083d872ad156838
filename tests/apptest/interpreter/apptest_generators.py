"""Generators: yield, send, throw, close, yield from, return values,
PEP 479, generator attributes."""


def test_yield_and_next():
    def gen():
        yield 1
        yield 2
    g = gen()
    assert iter(g) is g
    assert next(g) == 1
    assert next(g) == 2
    try:
        next(g)
    except StopIteration as e:
        assert e.value is None
    else:
        assert False
    assert list(gen()) == [1, 2]


def test_send():
    def gen():
        received = []
        while True:
            x = yield len(received)
            if x is None:
                return received
            received.append(x)
    g = gen()
    assert g.send(None) == 0
    assert g.send('a') == 1
    assert g.send('b') == 2
    try:
        next(g)
    except StopIteration as e:
        assert e.value == ['a', 'b']


def test_send_to_just_started():
    def gen():
        yield 1
    try:
        gen().send(1)
    except TypeError as e:
        assert str(e) == "can't send non-None value to a just-started generator"
    else:
        assert False


def test_return_value_is_stopiteration_value():
    def gen():
        yield 1
        return (1, 2)
    g = gen()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        assert e.value == (1, 2)


def test_throw():
    def gen():
        try:
            yield 1
        except KeyError as e:
            yield 'caught ' + e.args[0]
        yield 'after'
    g = gen()
    next(g)
    assert g.throw(KeyError('k')) == 'caught k'
    assert next(g) == 'after'
    g2 = gen()
    next(g2)
    try:
        g2.throw(ValueError)
    except ValueError:
        pass
    assert g2.gi_frame is None


def test_throw_into_unstarted():
    def gen():
        yield 1
    g = gen()
    try:
        g.throw(ValueError)
    except ValueError:
        pass
    assert list(g) == []


def test_close():
    log = []
    def gen():
        try:
            yield 1
        finally:
            log.append('finally')
    g = gen()
    next(g)
    g.close()
    assert log == ['finally']
    assert g.gi_frame is None
    g.close()


def test_close_ignored():
    def gen():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = gen()
    next(g)
    try:
        g.close()
    except RuntimeError as e:
        assert str(e) == 'generator ignored GeneratorExit'
    else:
        assert False


def test_pep479():
    def gen():
        yield 1
        raise StopIteration('x')
    g = gen()
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        assert str(e) == 'generator raised StopIteration'
        assert isinstance(e.__cause__, StopIteration)
    else:
        assert False


def test_already_executing():
    def gen():
        yield next(g)
    g = gen()
    try:
        next(g)
    except ValueError as e:
        assert str(e) == 'generator already executing'
    else:
        assert False


def test_yield_from():
    def inner():
        x = yield 1
        yield x
        return 'inner done'
    def outer():
        r = yield from inner()
        yield r
        yield from [7, 8]
    g = outer()
    assert next(g) == 1
    assert g.send('sent') == 'sent'
    assert next(g) == 'inner done'
    assert list(g) == [7, 8]


def test_yield_from_throw_and_close():
    log = []
    def inner():
        try:
            yield 1
        except KeyError:
            yield 'inner caught'
        finally:
            log.append('inner closed')
    def outer():
        yield from inner()
        yield 'outer'
    g = outer()
    next(g)
    assert g.throw(KeyError) == 'inner caught'
    assert g.gi_yieldfrom is not None
    g.close()
    assert log == ['inner closed']


def test_yield_from_throw_finishes_delegate():
    def inner():
        try:
            yield 1
        except KeyError:
            return 'ret'
    def outer():
        r = yield from inner()
        yield r
    g = outer()
    next(g)
    assert g.throw(KeyError) == 'ret'


def test_attributes():
    def gen():
        yield gen_obj.gi_running
    gen_obj = gen()
    assert gen_obj.gi_running is False
    assert gen_obj.__name__ == 'gen'
    assert gen_obj.__qualname__ == 'test_attributes.<locals>.gen'
    assert gen_obj.gi_code is gen.__code__
    assert gen_obj.gi_frame is not None
    assert next(gen_obj) is True
    assert repr(gen_obj).startswith(
        '<generator object test_attributes.<locals>.gen at ')


def test_yield_inside_except_keeps_exc_info():
    import sys
    def gen():
        try:
            raise KeyError('k')
        except KeyError:
            yield sys.exc_info()[0]
            yield sys.exc_info()[0]
    g = gen()
    assert next(g) is KeyError
    assert sys.exc_info()[0] is None
    assert next(g) is KeyError


def test_generator_in_for_with_state():
    def fib():
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
    out = []
    for x in fib():
        if x > 20:
            break
        out.append(x)
    assert out == [0, 1, 1, 2, 3, 5, 8, 13]


def test_closure_in_generator():
    def gen(n):
        def add(x):
            return x + n
        for i in [1, 2]:
            yield add(i)
    assert list(gen(10)) == [11, 12]
