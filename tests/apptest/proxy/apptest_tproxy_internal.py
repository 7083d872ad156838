"""Proxies of exceptions, tracebacks, functions and the other internal
types."""
# apptest: pypy-only

import sys
from __pypy__ import tproxy, get_tproxy_controller


def forward_to(obj, log=None):
    def controller(opname, *args, **kwargs):
        if log is not None:
            log.append((opname,) + args)
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return controller


def capture_excepthook(exc):
    class Capture:
        def __init__(self):
            self.parts = []

        def write(self, text):
            self.parts.append(text)

        def flush(self):
            pass
    had_stderr = hasattr(sys, 'stderr')
    saved = getattr(sys, 'stderr', None)
    sys.stderr = capture = Capture()
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        if had_stderr:
            sys.stderr = saved
        else:
            del sys.stderr
    return ''.join(capture.parts)


def make_traceback():
    marker = 'here'
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__


def test_raise_and_catch_a_proxied_exception():
    real = ValueError('boom', 2)
    p = tproxy(ValueError, forward_to(real))
    try:
        raise p
    except ValueError as e:
        assert e is p
        assert e.args == ('boom', 2)
        assert str(e) == "('boom', 2)"
    else:
        raise AssertionError("not raised")


def test_caught_by_a_base_class():
    class MyError(KeyError):
        pass
    p = tproxy(MyError, forward_to(MyError('k')))
    for base in (MyError, KeyError, LookupError, Exception, BaseException):
        try:
            raise p
        except base as e:
            assert e is p
    try:
        try:
            raise p
        except TypeError:
            raise AssertionError("caught by an unrelated class")
    except MyError:
        pass


def test_raise_from_sets_the_cause_through_the_controller():
    real = RuntimeError('outer')
    log = []
    p = tproxy(RuntimeError, forward_to(real, log))
    try:
        raise p from KeyError('inner')
    except RuntimeError:
        pass
    assert isinstance(real.__cause__, KeyError)
    assert real.__suppress_context__ is True
    assert ('__setattr__', '__cause__', real.__cause__) in log


def test_proxied_exception_is_printed():
    real = ValueError('proxied message')
    p = tproxy(ValueError, forward_to(real))
    try:
        raise p
    except ValueError as e:
        text = capture_excepthook(e)
    assert text.endswith('ValueError: proxied message\n')


def test_walk_a_proxied_traceback():
    tb = make_traceback()
    p = tproxy(type(tb), forward_to(tb))
    assert type(p) is type(tb)
    assert p.tb_lineno == tb.tb_lineno
    assert p.tb_frame is tb.tb_frame
    assert p.tb_frame.f_code.co_name == 'make_traceback'
    assert p.tb_next is None
    assert p.tb_frame.f_back is tb.tb_frame.f_back
    assert p.tb_frame.f_locals['marker'] == 'here'
    assert p.tb_frame.f_globals is globals()


def test_reraise_with_a_proxied_traceback():
    tb = make_traceback()
    p = tproxy(type(tb), forward_to(tb))
    exc = KeyError('x').with_traceback(p)
    assert exc.__traceback__ is p
    try:
        raise exc
    except KeyError as e:
        assert e.__traceback__.tb_next is p
        text = capture_excepthook(e)
    assert 'in make_traceback' in text
    assert '1 / 0' in text
    assert text.index('in test_reraise_with_a_proxied_traceback') < \
        text.index('in make_traceback')


def test_printed_traceback_shows_the_proxied_frames():
    class Code:
        co_filename = '<remote host>'
        co_name = 'remote_function'

    class Frame:
        f_code = Code()
    tb = make_traceback()

    def controller(opname, *args):
        if opname == '__getattribute__':
            fake = {'tb_frame': Frame(), 'tb_lineno': 42, 'tb_next': None}
            if args[0] in fake:
                return fake[args[0]]
        return getattr(type(tb), opname)(tb, *args)
    p = tproxy(type(tb), controller)
    exc = OSError('remote failure').with_traceback(p)
    text = capture_excepthook(exc)
    assert text == ('Traceback (most recent call last):\n'
                    '  File "<remote host>", line 42, in remote_function\n'
                    'OSError: remote failure\n')


def test_traceback_attribute_refuses_other_proxies():
    p = tproxy(list, forward_to([]))
    try:
        ValueError().with_traceback(p)
    except TypeError as e:
        assert str(e) == '__traceback__ must be a traceback or None'
    else:
        raise AssertionError("no TypeError")


def test_proxied_function():
    def f(self, x=1, *, y=2):
        "the doc"
        return (self, x, y)
    log = []
    p = tproxy(type(f), forward_to(f, log))
    assert p(1) == (1, 1, 2)
    assert p(1, 2, y=3) == (1, 2, 3)
    assert p.__name__ == 'f'
    assert p.__code__ is f.__code__
    assert p.__defaults__ == (1,)
    assert p.__doc__ == 'the doc'

    class A:
        method = p
    a = A()
    assert a.method(5) == (a, 5, 2)
    assert ('__get__', a, A) in log


def test_proxied_builtin_function_and_method():
    p = tproxy(type(len), forward_to(len))
    assert p([1, 2, 3]) == 3
    assert p.__name__ == 'len'
    bound = [1].append
    q = tproxy(type(bound), forward_to(bound))
    q(2)
    assert bound.__self__ == [1, 2]

    class A:
        def m(self):
            return 'm'
    m = A().m
    r = tproxy(type(m), forward_to(m))
    assert r() == 'm'
    assert r.__func__ is A.m


def test_proxied_code_frame_and_cell():
    def outer():
        v = 5

        def inner():
            return v
        return inner
    inner = outer()
    code = tproxy(type(inner.__code__), forward_to(inner.__code__))
    assert code.co_name == 'inner'
    assert code.co_freevars == ('v',)
    cell = inner.__closure__[0]
    pcell = tproxy(type(cell), forward_to(cell))
    assert pcell.cell_contents == 5
    frame = sys._getframe()
    pframe = tproxy(type(frame), forward_to(frame))
    assert pframe.f_code.co_name == 'test_proxied_code_frame_and_cell'


def test_proxied_generator():
    def gen():
        received = yield 1
        yield received
    g = gen()
    p = tproxy(type(g), forward_to(g))
    assert next(p) == 1
    assert p.send('x') == 'x'
    assert list(p) == []


def test_proxied_type():
    class A:
        x = 3
    log = []
    p = tproxy(type, forward_to(A, log))
    assert type(p) is type
    assert p.x == 3
    assert p.__name__ == 'A'
    assert isinstance(p(), A)
    assert log[-1] == ('__call__',)


def test_proxied_module():
    m = type(sys)('fake')
    m.attr = 1
    p = tproxy(type(sys), forward_to(m))
    assert p.attr == 1
    p.other = 2
    assert m.other == 2
    assert p.__name__ == 'fake'


def test_controller_of_internal_proxies():
    c = forward_to(make_traceback())
    assert get_tproxy_controller(tproxy(type(make_traceback()), c)) is c
