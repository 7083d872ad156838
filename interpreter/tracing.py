"""sys.settrace / sys.setprofile: the events, as CPython 3.11 emits them.

Cost when nothing is traced: the prebuilt `switch.active` is False and
the dispatch loop (pyopcode.py) looks at it only at frame entry and exit,
when an exception reaches a frame, and after the instructions that can
run app-level code (the only way tracing can be switched on): loads,
stores and stack shuffles pay nothing.  While a thread has a trace or
profile function, a frame that needs events runs one instruction at a
time through `trace_step`, which emits 'line' (and 'opcode') events
before the instruction and 'c_call'/'c_return'/'c_exception' around
calls of builtin functions.

The events ('call', 'line', 'return', 'exception', 'opcode' to the trace
function; 'call', 'return', 'c_call', 'c_return', 'c_exception' to the
profile function) follow CPython's rules:
  * 'call': the global trace function; what it returns (unless None)
    becomes the frame's f_trace, which gets the frame's other events;
  * 'line': when execution reaches an instruction of another line than
    the previous one, or jumps backwards (except when a `yield from`
    resumes);
  * 'return': when the frame returns (arg: the value), yields (the
    yielded value) or is left by an exception (None);
  * 'exception': when an exception is raised in the frame or propagates
    into it (arg: (type, value, traceback)); not for re-raises.
A hook runs with tracing off for its thread (it is not traced itself);
one that raises is removed (and the frame's f_trace cleared), and its
exception propagates from where the event happened.  Frames of the
interpreter's own app-level code (hidden_applevel) get no events.

Jumps (assigning frame.f_lineno in a 'line' event) are in tracejump.py.
"""


from __future__ import absolute_import

from interpreter import opcodes
from interpreter.error import OperationError, oefmt


class TraceSwitch(object):
    """The one flag the dispatch loop reads: some thread has a trace or
    profile function.  (A prebuilt instance: a static global after
    translation.)  `nthreads` counts the execution contexts with a hook
    so that the flag stays up while any thread needs it."""

    def __init__(self):
        self.active = False
        self.nthreads = 0


switch = TraceSwitch()

# what a frame's trace_flags say (frame.f_trace_lines is True and
# frame.f_trace_opcodes False by default)
NO_LINES = 1
OPCODES = 2


class FrameDebugData(object):
    """What debuggers set on a frame, kept apart so that frames only
    pay one field for it: the f_trace_lines/f_trace_opcodes flags, and
    the dict that f_locals returns for a function's frame."""

    def __init__(self):
        self.trace_flags = 0
        self.w_locals = None


def _debugdata(frame):
    data = frame.debugdata
    if data is None:
        data = FrameDebugData()
        frame.debugdata = data
    return data


def get_trace_flags(frame):
    data = frame.debugdata
    if data is None:
        return 0
    return data.trace_flags


def set_trace_flag(space, frame, flag, w_value, flag_means_false):
    if not space.isinstance_w(w_value, space.w_bool):
        raise oefmt(space.w_TypeError, "attribute value type must be bool")
    data = _debugdata(frame)
    if space.is_true(w_value) != flag_means_false:
        data.trace_flags |= flag
    else:
        data.trace_flags &= ~flag


def locals_dict(frame):
    """The frame's f_locals dict (of a function's frame: one per frame,
    made on first use)."""
    data = _debugdata(frame)
    if data.w_locals is None:
        data.w_locals = frame.space.newdict()
    return data.w_locals

# the kind of event being delivered (ec.trace_event), for the f_lineno
# setter's checks; outside hooks it is EV_CALL, as in CPython
EV_CALL, EV_EXCEPTION, EV_LINE, EV_RETURN, EV_C, EV_OPCODE = range(6)


def _update_switch(ec):
    has_hook = ec.w_tracefunc is not None or ec.w_profilefunc is not None
    if has_hook != ec.has_trace_hook:
        ec.has_trace_hook = has_hook
        if has_hook:
            switch.nthreads += 1
        else:
            switch.nthreads -= 1
        switch.active = switch.nthreads > 0


def settrace(space, w_func):
    ec = space.getexecutioncontext()
    if space.is_none(w_func):
        ec.w_tracefunc = None
    else:
        ec.w_tracefunc = w_func
    _update_switch(ec)


def setprofile(space, w_func):
    ec = space.getexecutioncontext()
    if space.is_none(w_func):
        ec.w_profilefunc = None
    else:
        ec.w_profilefunc = w_func
    _update_switch(ec)


def _gethook(space, w_func):
    if w_func is None:
        return space.w_None
    return w_func


def gettrace(space):
    return _gethook(space, space.getexecutioncontext().w_tracefunc)


def getprofile(space):
    return _gethook(space, space.getexecutioncontext().w_profilefunc)


# --- calling the hooks -----------------------------------------------

def _event_name(space, kind):
    if kind == EV_CALL:
        return space.newtext('call')
    if kind == EV_LINE:
        return space.newtext('line')
    if kind == EV_RETURN:
        return space.newtext('return')
    if kind == EV_EXCEPTION:
        return space.newtext('exception')
    return space.newtext('opcode')


def _call_hook(ec, w_hook, frame, w_event, w_arg, kind):
    """Call a hook with tracing off for this thread; returns its
    result.  Exceptions propagate (the callers remove the hook)."""
    space = ec.space
    old_kind = ec.trace_event
    old_frame = ec.trace_frame
    ec.in_hook = True
    ec.trace_event = kind
    ec.trace_frame = frame
    try:
        return space.call_function(w_hook, frame, w_event, w_arg)
    finally:
        ec.in_hook = False
        ec.trace_event = old_kind
        ec.trace_frame = old_frame


def _trace(ec, frame, kind, w_arg):
    """Deliver an event other than 'call' to the frame's f_trace; its
    result, unless None, becomes the new f_trace."""
    w_local = frame.w_f_trace
    if w_local is None:
        return
    space = ec.space
    try:
        w_res = _call_hook(ec, w_local, frame, _event_name(space, kind),
                           w_arg, kind)
    except OperationError:
        ec.w_tracefunc = None
        _update_switch(ec)
        frame.w_f_trace = None
        raise
    if not space.is_none(w_res):
        frame.w_f_trace = w_res


def _profile(ec, frame, w_event, w_arg):
    w_func = ec.w_profilefunc
    if w_func is None:
        return
    try:
        _call_hook(ec, w_func, frame, w_event, w_arg, EV_C)
    except OperationError:
        ec.w_profilefunc = None
        _update_switch(ec)
        raise


def _quiet(ec, frame):
    """No events for this frame: inside a hook, or the interpreter's own
    app-level code."""
    return ec.in_hook or frame.pycode.hidden_applevel


def call_event(frame):
    """A frame starts or resumes: 'call' to both hooks (trace first)."""
    space = frame.space
    ec = space.getexecutioncontext()
    if _quiet(ec, frame):
        return
    w_func = ec.w_tracefunc
    if w_func is not None:
        try:
            w_res = _call_hook(ec, w_func, frame, space.newtext('call'),
                               space.w_None, EV_CALL)
        except OperationError:
            ec.w_tracefunc = None
            _update_switch(ec)
            raise
        if not space.is_none(w_res):
            frame.w_f_trace = w_res
    _profile(ec, frame, space.newtext('call'), space.w_None)


def return_event(frame, w_value):
    """A frame returns (w_value), yields (the value) or is left by an
    exception (w_value is None)."""
    space = frame.space
    ec = space.getexecutioncontext()
    if _quiet(ec, frame):
        return
    if w_value is None:
        w_value = space.w_None
    if ec.w_tracefunc is not None:
        _trace(ec, frame, EV_RETURN, w_value)
    _profile(ec, frame, space.newtext('return'), w_value)


def exception_event(frame, operr):
    """An exception was raised in the frame or came into it from a
    callee: 'exception' to the frame's f_trace.  Returns the exception to
    go on with: a trace function's own exception replaces it."""
    space = frame.space
    ec = space.getexecutioncontext()
    if _quiet(ec, frame) or ec.w_tracefunc is None or \
            frame.w_f_trace is None:
        return operr
    operr.normalize_exception(space)
    w_value = operr.get_w_value(space)
    w_tb = operr.get_traceback()
    if w_tb is None:
        w_tb = space.w_None
    w_arg = space.newtuple([operr.w_type, w_value, w_tb])
    try:
        _trace(ec, frame, EV_EXCEPTION, w_arg)
    except OperationError as e:
        e.record_traceback_entry(frame, frame.last_instr)
        return e
    return operr


def delegate_returned(frame, operr, w_delegate, w_sent, w_result):
    """A `yield from` generator delegate finished: the 'exception' event
    for its StopIteration, when CPython has one (its delegate was a
    generator that got a value or returned one)."""
    from interpreter.generator import W_Generator
    space = frame.space
    if not isinstance(w_delegate, W_Generator) or (
            space.is_none(w_sent) and space.is_none(w_result)):
        return
    operr = exception_event(frame, operr)
    if not operr.match(space, space.w_StopIteration):
        raise operr


# --- instruction by instruction -------------------------------------

def frame_is_traced(frame):
    """Does the frame need trace_step (only asked when switch.active)?"""
    ec = frame.space.getexecutioncontext()
    if _quiet(ec, frame):
        return False
    if ec.w_profilefunc is not None:
        return True
    return ec.w_tracefunc is not None and frame.w_f_trace is not None


def line_array(pycode):
    """The source line of each instruction (computed once per code)."""
    lines = pycode.trace_lines
    if lines is None:
        count = len(pycode.co_code) // opcodes.INSTR_SIZE
        lines = [0] * count
        for i in range(count):
            lines[i] = pycode.lineno_at(i * opcodes.INSTR_SIZE)
        pycode.trace_lines = lines
    return lines


def _line_events(ec, frame, next_instr):
    """'line' and 'opcode' events before the instruction at next_instr;
    returns where to go on (a jump made by the trace function)."""
    pycode = frame.pycode
    lines = line_array(pycode)
    prev = frame.last_instr
    frame.last_instr = next_instr
    line = lines[next_instr // opcodes.INSTR_SIZE]
    if prev < 0:
        new_line = True
    else:
        new_line = line != lines[prev // opcodes.INSTR_SIZE] or (
            next_instr < prev and
            ord(pycode.co_code[prev]) != opcodes.YIELD_FROM)
    ec.trace_jump = -1
    flags = get_trace_flags(frame)
    if new_line and not (flags & NO_LINES):
        _trace(ec, frame, EV_LINE, ec.space.w_None)
    if flags & OPCODES and frame.w_f_trace is not None and \
            ec.trace_jump < 0:
        _trace(ec, frame, EV_OPCODE, ec.space.w_None)
    if ec.trace_jump >= 0:
        next_instr = ec.trace_jump
        ec.trace_jump = -1
        frame.last_instr = next_instr
    return next_instr


def _c_callee(space, frame, next_instr):
    """The builtin function that the instruction at next_instr calls, as
    the profile function is told ('c_call'), or None."""
    from interpreter.function import W_BuiltinFunction, W_MethodDescr
    code = frame.pycode.co_code
    op = ord(code[next_instr])
    oparg = (ord(code[next_instr + 1]) | (ord(code[next_instr + 2]) << 8) |
             (ord(code[next_instr + 3]) << 16))
    w_self = None
    if op == opcodes.CALL_FUNCTION:
        w_func = frame.peekvalue(oparg)
        if oparg > 0:
            w_self = frame.peekvalue(oparg - 1)
    elif op == opcodes.CALL_FUNCTION_KW:
        w_func = frame.peekvalue(oparg + 1)
        if oparg > 0:
            w_self = frame.peekvalue(oparg)
    elif op == opcodes.CALL_METHOD:
        w_func = frame.peekvalue(oparg + 1)
        w_self = frame.peekvalue(oparg)
    elif op == opcodes.CALL_FUNCTION_EX:
        w_func = frame.peekvalue(1 + (oparg & 1))
    else:
        return None
    if isinstance(w_func, W_MethodDescr):
        # called with its self as the first argument: the profile
        # function sees the bound method, as CPython shows it
        if w_self is None:
            return None
        return w_func.descr_get(space, w_self)
    if isinstance(w_func, W_BuiltinFunction):
        return w_func
    return None


def trace_step(frame, next_instr):
    """Run one instruction of a traced frame with its events; returns
    what dispatch_bytecode returns."""
    space = frame.space
    ec = space.getexecutioncontext()
    w_cfunc = None
    if ec.w_tracefunc is not None and frame.w_f_trace is not None:
        next_instr = _line_events(ec, frame, next_instr)
    else:
        frame.last_instr = next_instr
    if ec.w_profilefunc is not None:
        w_cfunc = _c_callee(space, frame, next_instr)
    co_code = frame.pycode.co_code
    if w_cfunc is None:
        return frame.dispatch_bytecode(co_code, next_instr, True)
    _profile(ec, frame, space.newtext('c_call'), w_cfunc)
    try:
        result = frame.dispatch_bytecode(co_code, next_instr, True)
    except OperationError as e:
        # (a profile function that raises here replaces the exception)
        _profile(ec, frame, space.newtext('c_exception'), w_cfunc)
        raise e
    _profile(ec, frame, space.newtext('c_return'), w_cfunc)
    return result

