"""Assigning frame.f_lineno from a 'line' trace event (the jump that
pdb's `jump` command makes), with CPython 3.11's restrictions and
messages.  Line numbers are relative to the def of `body`."""

import sys


def body(out):
    out.append(1)
    out.append(2)
    out.append(3)
    for i in range(2):
        out.append(i)
        out.append('x')
    try:
        out.append('t')
    except ValueError:
        out.append('e')
    out.append(4)
    with open(__file__) as f:
        out.append('w')
    out.append(5)


def jump(first, target, fn=body):
    """Run fn, jumping to line `target` at the first 'line' event of line
    `first`: what fn appended, and 'ok' or the ValueError's message."""
    base = fn.__code__.co_firstlineno
    state = []

    def tr(frame, ev, arg):
        if frame.f_code is not fn.__code__:
            return None
        if ev == 'line' and frame.f_lineno - base == first and not state:
            try:
                frame.f_lineno = base + target
                state.append('ok')
            except ValueError as e:
                state.append(str(e))
        return tr
    out = []
    sys.settrace(tr)
    try:
        fn(out)
    finally:
        sys.settrace(None)
    return out, state[0] if state else None


FULL = [1, 2, 3, 0, 'x', 1, 'x', 't', 4, 'w', 5]


def test_forward_and_backward_jumps():
    assert jump(1, 3) == ([3, 0, 'x', 1, 'x', 't', 4, 'w', 5], 'ok')
    assert jump(3, 1) == ([1, 2] + FULL, 'ok')
    assert jump(2, 4) == ([1, 0, 'x', 1, 'x', 't', 4, 'w', 5], 'ok')
    assert jump(1, 7) == (['t', 4, 'w', 5], 'ok')
    assert jump(1, 14) == ([5], 'ok')


def test_jumps_out_of_blocks():
    # out of a for loop (the iterator is dropped), out of a try block
    assert jump(6, 1) == ([1, 2, 3, 0, 1, 2, 3, 0, 'x', 1, 'x', 't', 4,
                           'w', 5], 'ok')
    assert jump(6, 8) == ([1, 2, 3, 0, 't', 4, 'w', 5], 'ok')
    assert jump(8, 1) == ([1, 2, 3, 0, 'x', 1, 'x'] + FULL, 'ok')
    assert jump(13, 14) == ([1, 2, 3, 0, 'x', 1, 'x', 't', 4, 5], 'ok')
    assert jump(2, 12) == ([1, 'w', 5], 'ok')


def test_refused_jumps():
    assert jump(1, 5) == (FULL, "can't jump into the body of a for loop")
    assert jump(4, 6) == (FULL, "can't jump into the body of a for loop")
    assert jump(1, 9) == (
        FULL, "can't jump into an 'except' block as there's no exception")
    assert jump(1, 10) == (
        FULL, "can't jump into an 'except' block as there's no exception")
    assert jump(1, 13) == (FULL, 'incompatible stacks')   # into a with
    base = body.__code__.co_firstlineno
    assert jump(1, 100) == (
        FULL, 'line %d comes after the current code block' % (base + 100))
    assert jump(1, -5) == (
        FULL, 'line %d comes before the current code block' % (base - 5))


def test_jump_to_a_blank_line_goes_to_the_next_statement():
    def fn(out):
        out.append(1)

        out.append(2)
        out.append(3)
    assert jump(1, 2, fn) == ([2, 3], 'ok')


def test_only_from_line_events():
    messages = []
    frame = sys._getframe()
    try:
        frame.f_lineno = frame.f_lineno
    except ValueError as e:
        messages.append(str(e))

    def tr(frame, ev, arg):
        if frame.f_code.co_name != 'victim':
            return None
        if ev in ('call', 'exception', 'return'):
            try:
                frame.f_lineno = frame.f_lineno
            except ValueError as e:
                messages.append((ev, str(e)))
        return tr

    def victim():
        try:
            1 / 0
        except ZeroDivisionError:
            pass
    sys.settrace(tr)
    victim()
    sys.settrace(None)
    assert messages == [
        "can't jump from the 'call' trace event of a new frame",
        ('call', "can't jump from the 'call' trace event of a new frame"),
        ('exception', "can only jump from a 'line' trace event"),
        ('return', "can only jump from a 'line' trace event")]


def test_bad_values():
    errors = []

    def tr(frame, ev, arg):
        if frame.f_code.co_name != 'victim':
            return None
        if ev == 'line':
            for value in ['1', 1.0, 2 ** 70]:
                try:
                    frame.f_lineno = value
                except ValueError as e:
                    errors.append(str(e))
            return None
        return tr

    def victim():
        pass
    sys.settrace(tr)
    victim()
    sys.settrace(None)
    assert errors == ['lineno must be an integer', 'lineno must be an integer',
                      'lineno out of range']
    try:
        del sys._getframe().f_lineno
    except AttributeError as e:
        assert str(e) == 'cannot delete attribute'
    else:
        assert False
