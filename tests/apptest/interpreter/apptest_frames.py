"""Frame objects: f_locals, f_lineno, f_lasti, f_back, f_code, f_trace;
and code.co_positions()."""

import sys

# at module level f_locals is the module's dict, so writes go through
sys._getframe().f_locals["set_through_f_locals"] = 42


def test_module_f_locals_is_writable():
    assert set_through_f_locals == 42


def test_module_f_locals_is_globals():
    frame = sys._getframe()
    assert frame.f_globals is globals()


def test_f_lineno():
    frame = sys._getframe()
    first = frame.f_lineno
    second = frame.f_lineno
    assert second == first + 1
    assert first == test_f_lineno.__code__.co_firstlineno + 2


def test_f_lasti_is_an_int():
    frame = sys._getframe()
    assert isinstance(frame.f_lasti, int)
    assert frame.f_lasti >= 0


def test_f_back():
    def inner():
        return sys._getframe().f_back
    assert inner() is sys._getframe()


def test_f_code_and_locals():
    x = 5
    frame = sys._getframe()
    assert frame.f_code is test_f_code_and_locals.__code__
    assert frame.f_locals["x"] == 5


def test_f_trace_is_stored():
    frame = sys._getframe()
    old = frame.f_trace

    def tracer(frame, event, arg):
        return tracer
    frame.f_trace = tracer
    try:
        assert frame.f_trace is tracer
    finally:
        frame.f_trace = old
    assert frame.f_trace is old


def test_traceback_frames():
    def fail():
        raise KeyError("k")
    try:
        fail()
    except KeyError as e:
        tb = e.__traceback__
    assert tb.tb_frame.f_code.co_name == "test_traceback_frames"
    assert tb.tb_next.tb_frame.f_code.co_name == "fail"
    assert tb.tb_next.tb_lineno == fail.__code__.co_firstlineno + 1
    assert tb.tb_next.tb_next is None


def _positions_of(source):
    code = compile(source, "<positions>", "exec")
    return list(code.co_positions())


def test_co_positions_tuples():
    positions = _positions_of("x = 1\ny = x + 2\n")
    assert positions
    for entry in positions:
        assert isinstance(entry, tuple) and len(entry) == 4
        for item in entry:
            assert item is None or isinstance(item, int)


def test_co_positions_cover_expressions():
    positions = _positions_of("a = 1\nb = 2\nc = a + b\n")
    # the addition is located at `a + b` on line 3: columns 4 to 9
    assert (3, 3, 4, 9) in positions
    # and the name `b` at columns 8 to 9
    assert (3, 3, 8, 9) in positions


def test_co_positions_of_function():
    def f(a, b):
        return a[b]
    positions = list(f.__code__.co_positions())
    line = f.__code__.co_firstlineno + 1
    # the subscript `a[b]`: columns counted from the start of the line
    assert (line, line, 15, 19) in positions


def test_co_positions_indexed_by_half_lasti():
    # the stdlib (traceback) finds an instruction's position at
    # co_positions()[tb_lasti // 2]: one entry per 2-byte code unit
    def f():
        return 1 / 0
    try:
        f()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
    positions = list(tb.tb_frame.f_code.co_positions())
    line, end_line, col, end_col = positions[tb.tb_lasti // 2]
    assert line == tb.tb_lineno
    assert col is not None and end_col > col
