"""sys.settrace / sys.setprofile: the events and their order, as CPython
3.11 emits them (line numbers relative to the traced function's def)."""

import sys


def record(fn, *args, local=True, tracer=None):
    """Trace fn(*args): a list of (code name, event, line offset, arg)."""
    events = []
    base = fn.__code__.co_firstlineno

    def tr(frame, ev, arg):
        if frame.f_code.co_filename != __file__:
            return None
        if ev == 'exception':
            arg = arg[0].__name__
        events.append((frame.f_code.co_name, ev, frame.f_lineno - base, arg))
        return tr if local else None
    sys.settrace(tracer or tr)
    try:
        fn(*args)
    except Exception as e:
        events.append(('raised', type(e).__name__))
    finally:
        sys.settrace(None)
    return events


def simple(a):
    b = a + 1
    return b


def test_call_line_return():
    assert record(simple, 1) == [
        ('simple', 'call', 0, None), ('simple', 'line', 1, None),
        ('simple', 'line', 2, None), ('simple', 'return', 2, 2)]


def loops():
    n = 0
    while n < 2:
        n += 1
    for i in [1, 2]:
        if i == 1:
            continue
        n -= 1
    else:
        n = 5
    return n


def test_loops_trace_every_iteration():
    lines = [e[2] for e in record(loops) if e[1] == 'line']
    assert lines == [1, 2, 3, 2, 3, 2, 4, 5, 6, 4, 5, 7, 4, 9, 10]


def inner():
    raise KeyError(1)


def middle():
    inner()


def excs():
    try:
        middle()
    except KeyError:
        x = 1
    finally:
        y = 2
    try:
        raise ValueError
    except ValueError:
        raise
    return 3


def test_exception_events():
    # 'exception' in each frame the exception reaches (not for the bare
    # re-raise), 'return' with None when a frame is left by it
    events = [e for e in record(excs) if e[0] != 'excs' or e[1] != 'line']
    assert events == [
        ('excs', 'call', 0, None),
        ('middle', 'call', -4, None), ('middle', 'line', -3, None),
        ('inner', 'call', -8, None), ('inner', 'line', -7, None),
        ('inner', 'exception', -7, 'KeyError'),
        ('inner', 'return', -7, None),
        ('middle', 'exception', -3, 'KeyError'),
        ('middle', 'return', -3, None),
        ('excs', 'exception', 2, 'KeyError'),
        ('excs', 'exception', 8, 'ValueError'),
        ('excs', 'return', 10, None),
        ('raised', 'ValueError')]


def test_global_function_only_gets_calls():
    # the trace function returns None: no local events, but the calls of
    # every function still reach it
    assert record(excs, local=False) == [
        ('excs', 'call', 0, None), ('middle', 'call', -4, None),
        ('inner', 'call', -8, None), ('raised', 'ValueError')]


def withs():
    import contextlib
    with contextlib.nullcontext() as c:
        x = 1
    y = 2


def test_with_exit_is_on_the_with_line():
    lines = [e[2] for e in record(withs) if e[1] == 'line']
    assert lines == [1, 2, 3, 2, 4]


def gens():
    def gen():
        yield 1
        yield from [2, 3]
        return 4
    x = list(gen())

    def sub():
        r = yield from gen()
        yield r
    return list(sub())


def test_generators_call_and_return_on_each_resume():
    events = [e for e in record(gens) if e[0] == 'gen'][:12]
    assert events == [
        ('gen', 'call', 1, None), ('gen', 'line', 2, None),
        ('gen', 'return', 2, 1),
        ('gen', 'call', 2, None), ('gen', 'line', 3, None),
        ('gen', 'return', 3, 2),
        ('gen', 'call', 3, None), ('gen', 'return', 3, 3),
        ('gen', 'call', 3, None), ('gen', 'line', 4, None),
        ('gen', 'return', 4, 4),
        ('gen', 'call', 1, None)]
    # the delegate's StopIteration reaches the delegating generator
    assert ('sub', 'exception', 8, 'StopIteration') in record(gens)


def comps():
    x = [i for i in range(2)]
    return x


def test_comprehension_is_a_call():
    assert [e[:2] for e in record(comps)] == [
        ('comps', 'call'), ('comps', 'line'), ('<listcomp>', 'call'),
        ('<listcomp>', 'line'), ('<listcomp>', 'line'), ('<listcomp>', 'line'),
        ('<listcomp>', 'return'), ('comps', 'line'),
        ('comps', 'return')]


def test_trace_function_that_raises_is_removed():
    def bad(frame, ev, arg):
        if ev == 'line' and frame.f_code.co_name == 'loops':
            raise RuntimeError('boom')
        return bad

    def caller():
        try:
            loops()
        except RuntimeError as e:
            return str(e), sys.gettrace()
    sys.settrace(bad)
    try:
        result = caller()
    finally:
        sys.settrace(None)
    assert result == ('boom', None)


def test_line_trace_error_is_catchable_in_the_frame():
    def bad(frame, ev, arg):
        if ev == 'line' and frame.f_code.co_name == 'victim' and \
                frame.f_lineno == victim.__code__.co_firstlineno + 2:
            raise ZeroDivisionError('from tracer')
        return bad

    def victim():
        try:
            x = 1
        except ZeroDivisionError as e:
            return 'caught ' + str(e), sys.gettrace()
        return 'not caught'
    sys.settrace(bad)
    try:
        result = victim()
    finally:
        sys.settrace(None)
    assert result == ('caught from tracer', None)


def test_gettrace_getprofile():
    def f(*a):
        return f
    assert sys.gettrace() is None and sys.getprofile() is None
    sys.settrace(f)
    assert sys.gettrace() is f
    sys.settrace(None)
    sys.setprofile(f)
    assert sys.getprofile() is f
    sys.setprofile(None)
    assert sys.gettrace() is None and sys.getprofile() is None


def test_trace_function_is_not_traced():
    seen = []

    def helper():
        return 1

    def tr(frame, ev, arg):
        helper()
        seen.append(frame.f_code.co_name)
        return tr
    sys.settrace(tr)
    simple(1)
    sys.settrace(None)
    assert 'helper' not in seen and 'simple' in seen


def test_f_trace_set_before_settrace_starts_lines_at_once():
    # what pdb.set_trace() does: set f_trace on the running frame, then
    # settrace; the next line of that frame gets an event
    events = []

    def tr(frame, ev, arg):
        events.append((ev, frame.f_lineno - base))
        return tr
    base = sys._getframe().f_lineno
    frame = sys._getframe()
    frame.f_trace = tr
    sys.settrace(tr)
    x = 1
    sys.settrace(None)
    del frame.f_trace
    assert events[:2] == [('line', 4), ('line', 5)]


def test_f_trace_lines_and_opcodes():
    events = []

    def tr(frame, ev, arg):
        if ev == 'call':
            frame.f_trace_lines = False
            frame.f_trace_opcodes = True
        events.append(ev)
        return tr
    sys.settrace(tr)
    simple(1)
    sys.settrace(None)
    assert 'line' not in events
    assert events[0] == 'call' and events[-1] == 'return'
    assert events.count('opcode') >= 3
    frame = sys._getframe()
    assert frame.f_trace_lines is True and frame.f_trace_opcodes is False
    try:
        frame.f_trace_lines = 1
    except TypeError as e:
        assert str(e) == 'attribute value type must be bool'
    else:
        assert False


def test_call_event_lineno_is_def_line():
    linenos = []

    def tr(frame, ev, arg):
        if ev == 'call':
            linenos.append(frame.f_lineno)
        return None
    sys.settrace(tr)
    simple(1)
    sys.settrace(None)
    assert linenos == [simple.__code__.co_firstlineno]


def profile(fn):
    events = []

    def prof(frame, ev, arg):
        events.append((frame.f_code.co_name, ev,
                       getattr(arg, '__name__', arg)))
    sys.setprofile(prof)
    try:
        fn()
    except Exception:
        pass
    sys.setprofile(None)
    return events


def profiled():
    simple(2)
    len([1])
    [].append(1)
    try:
        int('x')
    except ValueError:
        pass
    sorted([1], key=None)
    {}.pop(1)


def test_profile_events():
    assert profile(profiled) == [
        ('profiled', 'call', None),
        ('simple', 'call', None), ('simple', 'return', 3),
        ('profiled', 'c_call', 'len'), ('profiled', 'c_return', 'len'),
        ('profiled', 'c_call', 'append'), ('profiled', 'c_return', 'append'),
        ('profiled', 'c_call', 'sorted'), ('profiled', 'c_return', 'sorted'),
        ('profiled', 'c_call', 'pop'), ('profiled', 'c_exception', 'pop'),
        ('profiled', 'return', None),
        ('profile', 'c_call', 'setprofile')]


def test_profile_function_that_raises_is_removed():
    def bad(frame, ev, arg):
        if ev == 'call':
            raise KeyError('p')
    sys.setprofile(bad)
    try:
        simple(1)
    except KeyError:
        pass
    else:
        assert False
    assert sys.getprofile() is None


def test_threading_settrace_is_for_new_threads():
    import threading
    seen = []

    def tr(frame, ev, arg):
        seen.append(ev)
    threading.settrace(tr)
    try:
        simple(1)
        assert sys.gettrace() is None and seen == []
    finally:
        threading.settrace(None)


def test_throw_into_generator():
    events = []

    def gen():
        try:
            yield 1
        except KeyError:
            yield 2
        yield 3

    def tr(frame, ev, arg):
        if frame.f_code is gen.__code__:
            if ev == 'exception':
                arg = arg[0].__name__
            events.append((ev, frame.f_lineno - base, arg))
        return tr
    base = gen.__code__.co_firstlineno
    sys.settrace(tr)
    g = gen()
    next(g)
    g.throw(KeyError)
    g.close()
    try:
        gen().throw(ValueError)
    except ValueError:
        pass
    sys.settrace(None)
    assert events == [
        ('call', 0, None), ('line', 1, None), ('line', 2, None),
        ('return', 2, 1),
        ('call', 2, None), ('exception', 2, 'KeyError'),
        ('line', 3, None), ('line', 4, None), ('return', 4, 2),
        ('call', 4, None), ('exception', 4, 'GeneratorExit'),
        ('return', 4, None),
        ('call', 0, None), ('exception', 0, 'ValueError'),
        ('return', 0, None)]
