"""The dispatch loop: one method per opcode, mixed into PyFrame.

`dispatch_bytecode` decodes one 4-byte instruction at a time (see
interpreter/opcodes.py) and calls the method named after the opcode; the
chain of `if opcode == N` tests it unrolls from the opcode table becomes
a C switch after translation.  Every operation on objects goes through
the space.  Each opcode method takes (oparg, next_instr) and returns the
offset of the next instruction.

Generators: YIELD_VALUE and YIELD_FROM make the loop return with the
frame suspended (`frame.resume_instr` >= 0, the value in
`frame.w_yielded`); the value stack and the block stack stay in the frame,
and `PyFrame.resume` (pyframe.py) continues at resume_instr with the sent
value pushed.  A YIELD_FROM resumes at itself: it sends the value on to
the delegate and either yields again or, when the delegate is exhausted,
replaces it with the StopIteration's value and goes on.  Coroutines
await the same way (GET_AWAITABLE, then YIELD_FROM; see
interpreter/coroutine.py); the match statement's opcodes call
interpreter/matching.py.

sys.settrace/setprofile: `dispatch` emits the 'call' and 'return'
events, `handle_operation_error` the 'exception' event, and a frame that
needs 'line' or 'c_call' events runs one instruction at a time through
tracing.trace_step; the only cost without a hook is a look at
`tracing.switch.active` after the instructions that can run app-level
code (see interpreter/tracing.py).
"""


from __future__ import absolute_import
from rpython.rlib import jit
from rpython.rlib.objectmodel import always_inline, specialize
from rpython.rlib.unroll import unrolling_iterable

from interpreter import opcodes, tracing
from interpreter.argument import Arguments
from interpreter.error import OperationError, oefmt
from interpreter.nestedscope import W_Cell
from interpreter.pycode import CO_COROUTINE, CO_ITERABLE_COROUTINE, \
    CO_ASYNC_GENERATOR
from interpreter import actions, globalcache
from interpreter.pytraceback import PyTraceback
from objspace.std import attrcache
from objspace.descroperation import (binop_shortcut, compare_shortcut,
                                     getitem_shortcut, setitem_shortcut)


class BytecodeCorruption(Exception):
    """Raised for an opcode the loop does not know: a compiler bug."""


class FrameBlock(object):
    """An entry of the frame's block stack; `level` is the value stack
    depth to return to when the block is unwound."""

    def __init__(self, level):
        self.level = level


class SetupFinallyBlock(FrameBlock):
    """A `try` body is running: an exception jumps to `handler` with the
    exception pushed."""

    def __init__(self, handler, level):
        FrameBlock.__init__(self, level)
        self.handler = handler


class ExceptHandlerBlock(FrameBlock):
    """An `except` or `finally` handler is running for `operr`, which is
    meanwhile the current exception (sys.exc_info())."""

    def __init__(self, operr, level):
        FrameBlock.__init__(self, level)
        self.operr = operr


def set_traceback_attribute(space, w_value, tb):
    from objspace.std.exceptionobject import W_BaseException
    if isinstance(w_value, W_BaseException):
        w_value.w_traceback = tb


def set_implicit_context(space, ec, operr):
    """A new exception raised while another is handled gets the handled
    one as its __context__."""
    from objspace.std.exceptionobject import W_BaseException
    if not ec.handled_errors:
        return
    w_value = operr.get_w_value(space)
    w_context = ec.handled_errors[-1].get_w_value(space)
    if w_context is w_value or not isinstance(w_value, W_BaseException):
        return
    if w_value.w_context is None:
        w_value.w_context = w_context


def get_printable_location(next_instr, pycode):
    op = ord(pycode.co_code[next_instr])
    return '%s #%d %s' % (pycode.co_name, next_instr, opcodes.opname[op])


jitdriver = jit.JitDriver(greens=['next_instr', 'pycode'],
                          reds=['frame'],
                          virtualizables=['frame'],
                          get_printable_location=get_printable_location)

_RETURN = -1
_YIELD = -2


class OpcodeDispatcher(object):
    _mixin_ = True

    def dispatch(self, pycode, next_instr, operr=None):
        """Run from next_instr until the code returns or yields, with the
        'call' and 'return' events of sys.settrace/setprofile (see
        interpreter/tracing.py) when a hook is set.  With `operr` (thrown
        into a generator), that exception is raised at next_instr first
        (next_instr is -1 when the frame has not started: then it
        propagates at once)."""
        if tracing.switch.active:
            tracing.call_event(self)
        try:
            if operr is not None:
                if next_instr < 0:
                    if tracing.switch.active:
                        raise tracing.exception_event(self, operr)
                    raise operr
                next_instr = self.handle_operation_error(operr)
            w_result = self.run_instructions(pycode, next_instr)
        except OperationError:
            if tracing.switch.active:
                tracing.return_event(self, None)
            raise
        if tracing.switch.active:
            tracing.return_event(self, w_result)
        return w_result

    def run_instructions(self, pycode, next_instr):
        """Run from next_instr until the code returns.  An exception
        either jumps to a handler of this frame or leaves it."""
        while True:
            try:
                while True:
                    jitdriver.jit_merge_point(next_instr=next_instr,
                                              pycode=pycode, frame=self)
                    if tracing.switch.active and \
                            tracing.frame_is_traced(self):
                        # one instruction with its trace events
                        next_instr = tracing.trace_step(self, next_instr)
                    else:
                        next_instr = self.dispatch_bytecode(
                            pycode.co_code, next_instr, False)
                    if next_instr == _RETURN:
                        return self.w_return_value
                    if next_instr == _YIELD:
                        return self.w_yielded
                    # a loop closed: one check for Python signal
                    # handlers, what the GC asked for (weakref callbacks,
                    # closing dead generators) and thread switches
                    # (interpreter/actions.py)
                    actions.poll(self.space, self)
            except OperationError as operr:
                next_instr = self.handle_operation_error(operr)
            except MemoryError:
                # an allocation the GC could not satisfy (a huge string,
                # list, ...): an app-level MemoryError, never a crash
                next_instr = self.handle_operation_error(
                    OperationError(self.space.w_MemoryError, None))

    def handle_operation_error(self, operr):
        """Record this frame in the traceback, then unwind the block stack
        to the innermost handler and return its offset; re-raise when the
        frame has none."""
        space = self.space
        ec = space.getexecutioncontext()
        tb = operr.get_traceback()
        # (a traceback may be a transparent proxy, re-raised)
        if tb is None or not isinstance(tb, PyTraceback) or \
                tb.frame is not self:
            if tb is None:
                # born here (or in a builtin called from here): while an
                # exception is being handled, it becomes the context
                set_implicit_context(space, ec, operr)
            if not self.pycode.hidden_applevel:
                operr.record_traceback_entry(self, self.last_instr)
                if tracing.switch.active:
                    # the 'exception' event (whose hook may raise instead)
                    operr = tracing.exception_event(self, operr)
        while self.blockstack:
            block = self.blockstack.pop()
            if isinstance(block, ExceptHandlerBlock):
                ec.handled_errors.pop()
                continue
            assert isinstance(block, SetupFinallyBlock)
            while self.valuestackdepth > block.level:
                self.popvalue()
            w_value = operr.get_w_value(space)
            operr.normalize_exception(space)
            set_traceback_attribute(space, w_value, operr.get_traceback())
            self.blockstack.append(ExceptHandlerBlock(operr, block.level))
            ec.handled_errors.append(operr)
            self.pushvalue(w_value)
            return block.handler
        raise operr

    @jit.unroll_safe
    @specialize.arg(3)
    def dispatch_bytecode(self, co_code, next_instr, single_step):
        """Execute instructions until a backward jump (a loop, where the
        JIT may merge) or a return; with single_step, one instruction
        (the traced loop, tracing.trace_step).  Without, it also stops
        when an instruction that can run app-level code switched tracing
        on for this frame."""
        while True:
            self.last_instr = next_instr
            opcode = ord(co_code[next_instr])
            oparg = (ord(co_code[next_instr + 1]) |
                     (ord(co_code[next_instr + 2]) << 8) |
                     (ord(co_code[next_instr + 3]) << 16))
            next_instr += opcodes.INSTR_SIZE
            if opcode == opcodes.RETURN_VALUE:
                self.w_return_value = self.popvalue()
                return _RETURN
            if opcode == opcodes.JUMP_ABSOLUTE:
                # a backward jump closes a loop: let the JIT see it
                return oparg
            if opcode == opcodes.YIELD_VALUE:
                return self.YIELD_VALUE(oparg, next_instr)
            if opcode == opcodes.YIELD_FROM:
                # either suspends the frame or goes on in the loop
                next_instr = self.YIELD_FROM(oparg, next_instr)
                if next_instr == _YIELD or single_step:
                    return next_instr
                continue
            handled = False
            for opnum, methodname, runs_code in _unrolling_dispatch:
                if opcode == opnum:
                    next_instr = getattr(self, methodname)(oparg, next_instr)
                    handled = True
                    if runs_code and not single_step and \
                            tracing.switch.active and \
                            tracing.frame_is_traced(self):
                        return next_instr
                    break
            if not handled:
                raise BytecodeCorruption
            if single_step:
                return next_instr

    # --- stack manipulation -------------------------------------------
    # (the most frequent tiny opcodes are @always_inline: the dispatch
    # loop runs them without a call)

    def NOP(self, oparg, next_instr):
        return next_instr

    @always_inline
    def POP_TOP(self, oparg, next_instr):
        self.popvalue()
        return next_instr

    def ROT_TWO(self, oparg, next_instr):
        w_1 = self.popvalue()
        w_2 = self.popvalue()
        self.pushvalue(w_1)
        self.pushvalue(w_2)
        return next_instr

    def ROT_THREE(self, oparg, next_instr):
        w_1 = self.popvalue()
        w_2 = self.popvalue()
        w_3 = self.popvalue()
        self.pushvalue(w_1)
        self.pushvalue(w_3)
        self.pushvalue(w_2)
        return next_instr

    def DUP_TOP(self, oparg, next_instr):
        self.pushvalue(self.peekvalue())
        return next_instr

    def DUP_TOP_TWO(self, oparg, next_instr):
        w_1 = self.peekvalue(1)
        w_2 = self.peekvalue(0)
        self.pushvalue(w_1)
        self.pushvalue(w_2)
        return next_instr

    # --- constants and names ------------------------------------------

    @always_inline
    def LOAD_CONST(self, oparg, next_instr):
        self.pushvalue(self.pycode.co_consts_w[oparg])
        return next_instr

    def _name_error(self, w_name):
        space = self.space
        return oefmt(space.w_NameError, "name '%s' is not defined",
                     space.text_w(w_name))

    def LOAD_NAME(self, oparg, next_instr):
        if (self.w_locals is self.w_globals and
                globalcache.is_plain_dict(self.space, self.w_globals)):
            # module level: the locals are the globals, so the name is a
            # global (loops at the top level of a script run here)
            return self.LOAD_GLOBAL(oparg, next_instr)
        space = self.space
        w_name = self.pycode.co_names_w[oparg]
        w_value = space.finditem(self.w_locals, w_name)
        if w_value is None:
            w_value = space.finditem(self.w_globals, w_name)
            if w_value is None:
                w_value = space.finditem(space.w_builtins_dict, w_name)
                if w_value is None:
                    raise self._name_error(w_name)
        self.pushvalue(w_value)
        return next_instr

    def STORE_NAME(self, oparg, next_instr):
        w_name = self.pycode.co_names_w[oparg]
        self.space.setitem(self.w_locals, w_name, self.popvalue())
        return next_instr

    def DELETE_NAME(self, oparg, next_instr):
        space = self.space
        w_name = self.pycode.co_names_w[oparg]
        try:
            space.delitem(self.w_locals, w_name)
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
            raise self._name_error(w_name)
        return next_instr

    def LOAD_GLOBAL(self, oparg, next_instr):
        w_value = globalcache.load_global(self.space, self.pycode,
                                          self.w_globals, oparg)
        if w_value is None:
            raise self._name_error(self.pycode.co_names_w[oparg])
        self.pushvalue(w_value)
        return next_instr

    def STORE_GLOBAL(self, oparg, next_instr):
        w_name = self.pycode.co_names_w[oparg]
        self.space.setitem(self.w_globals, w_name, self.popvalue())
        return next_instr

    def DELETE_GLOBAL(self, oparg, next_instr):
        space = self.space
        w_name = self.pycode.co_names_w[oparg]
        try:
            space.delitem(self.w_globals, w_name)
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
            raise self._name_error(w_name)
        return next_instr

    def _unbound_local(self, oparg):
        return oefmt(self.space.w_UnboundLocalError,
                     "cannot access local variable '%s' where it is not "
                     "associated with a value",
                     self.pycode.co_varnames[oparg])

    @always_inline
    def LOAD_FAST(self, oparg, next_instr):
        w_value = self.locals_w[oparg]
        if w_value is None:
            raise self._unbound_local(oparg)
        self.pushvalue(w_value)
        return next_instr

    @always_inline
    def STORE_FAST(self, oparg, next_instr):
        self.locals_w[oparg] = self.popvalue()
        return next_instr

    def DELETE_FAST(self, oparg, next_instr):
        if self.locals_w[oparg] is None:
            raise self._unbound_local(oparg)
        self.locals_w[oparg] = None
        return next_instr

    # --- cells ---------------------------------------------------------

    def _unbound_cell(self, oparg):
        space = self.space
        name = self.pycode.closure_name(oparg)
        if oparg < len(self.pycode.co_cellvars):
            return oefmt(space.w_UnboundLocalError,
                         "cannot access local variable '%s' where it is "
                         "not associated with a value", name)
        return oefmt(space.w_NameError,
                     "cannot access free variable '%s' where it is not "
                     "associated with a value in enclosing scope", name)

    def LOAD_DEREF(self, oparg, next_instr):
        w_value = self.cells[oparg].w_value
        if w_value is None:
            raise self._unbound_cell(oparg)
        self.pushvalue(w_value)
        return next_instr

    def STORE_DEREF(self, oparg, next_instr):
        self.cells[oparg].w_value = self.popvalue()
        return next_instr

    def DELETE_DEREF(self, oparg, next_instr):
        cell = self.cells[oparg]
        if cell.w_value is None:
            raise self._unbound_cell(oparg)
        cell.w_value = None
        return next_instr

    def LOAD_CLOSURE(self, oparg, next_instr):
        self.pushvalue(self.cells[oparg])
        return next_instr

    def LOAD_CLASSDEREF(self, oparg, next_instr):
        # a class body reads a free variable from its namespace first
        space = self.space
        w_name = space.newtext(self.pycode.closure_name(oparg))
        w_value = space.finditem(self.w_locals, w_name)
        if w_value is None:
            w_value = self.cells[oparg].w_value
            if w_value is None:
                raise self._unbound_cell(oparg)
        self.pushvalue(w_value)
        return next_instr

    # --- attributes and items -----------------------------------------

    def LOAD_ATTR(self, oparg, next_instr):
        w_obj = self.popvalue()
        self.pushvalue(attrcache.load_attr(self.space, self.pycode, oparg,
                                           w_obj))
        return next_instr

    def STORE_ATTR(self, oparg, next_instr):
        w_obj = self.popvalue()
        w_value = self.popvalue()
        attrcache.store_attr(self.space, self.pycode, oparg, w_obj, w_value)
        return next_instr

    def DELETE_ATTR(self, oparg, next_instr):
        w_obj = self.popvalue()
        self.space.delattr(w_obj, self.pycode.co_names_w[oparg])
        return next_instr

    def BINARY_SUBSCR(self, oparg, next_instr):
        w_index = self.popvalue()
        w_obj = self.popvalue()
        # list[int] and tuple[int] without a call
        w_item = getitem_shortcut(self.space, w_obj, w_index)
        if w_item is None:
            w_item = self.space.getitem(w_obj, w_index)
        self.pushvalue(w_item)
        return next_instr

    def STORE_SUBSCR(self, oparg, next_instr):
        w_index = self.popvalue()
        w_obj = self.popvalue()
        w_value = self.popvalue()
        if not setitem_shortcut(self.space, w_obj, w_index, w_value):
            self.space.setitem(w_obj, w_index, w_value)
        return next_instr

    def DELETE_SUBSCR(self, oparg, next_instr):
        w_index = self.popvalue()
        w_obj = self.popvalue()
        self.space.delitem(w_obj, w_index)
        return next_instr

    # --- operators ----------------------------------------------------

    def UNARY_NOT(self, oparg, next_instr):
        w_obj = self.popvalue()
        self.pushvalue(self.space.newbool(not self.space.is_true(w_obj)))
        return next_instr

    def COMPARE_OP(self, oparg, next_instr):
        space = self.space
        w_2 = self.popvalue()
        w_1 = self.popvalue()
        w_result = None
        for cmp_index, methodname, shortcut in _unrolling_compare:
            if oparg == cmp_index:
                # exact ints, floats and strs without a call
                w_result = shortcut(space, w_1, w_2)
                if w_result is None:
                    w_result = getattr(space, methodname)(w_1, w_2)
                break
        if w_result is None:
            raise BytecodeCorruption
        self.pushvalue(w_result)
        return next_instr

    def IS_OP(self, oparg, next_instr):
        w_2 = self.popvalue()
        w_1 = self.popvalue()
        result = self.space.is_w(w_1, w_2)
        self.pushvalue(self.space.newbool(result != bool(oparg)))
        return next_instr

    def CONTAINS_OP(self, oparg, next_instr):
        space = self.space
        w_container = self.popvalue()
        w_item = self.popvalue()
        result = space.is_true(space.contains(w_container, w_item))
        self.pushvalue(space.newbool(result != bool(oparg)))
        return next_instr

    # --- building and unpacking ---------------------------------------

    def BUILD_TUPLE(self, oparg, next_instr):
        self.pushvalue(self.space.newtuple(self.popvalues(oparg)))
        return next_instr

    def BUILD_LIST(self, oparg, next_instr):
        self.pushvalue(self.space.newlist(self.popvalues(oparg)))
        return next_instr

    def BUILD_MAP(self, oparg, next_instr):
        space = self.space
        items_w = self.popvalues(2 * oparg)
        w_dict = space.newdict()
        for i in range(oparg):
            space.setitem(w_dict, items_w[2 * i], items_w[2 * i + 1])
        self.pushvalue(w_dict)
        return next_instr

    def BUILD_SLICE(self, oparg, next_instr):
        w_step = self.popvalue() if oparg == 3 else self.space.w_None
        w_stop = self.popvalue()
        w_start = self.popvalue()
        self.pushvalue(self.space.newslice(w_start, w_stop, w_step))
        return next_instr

    def UNPACK_SEQUENCE(self, oparg, next_instr):
        w_seq = self.popvalue()
        # an exact tuple or list of the right length: its items at once;
        # anything else (other lengths too, for the error) iterates
        items_w = self.space.exact_sequence_items(w_seq)
        if items_w is None or len(items_w) != oparg:
            check_unpackable(self.space, w_seq)
            items_w = self.space.unpackiterable(w_seq, oparg)
        for i in range(oparg - 1, -1, -1):
            self.pushvalue(items_w[i])
        return next_instr

    def UNPACK_EX(self, oparg, next_instr):
        space = self.space
        before = oparg & (opcodes.UNPACK_EX_LIMIT - 1)
        after = oparg >> opcodes.UNPACK_EX_SHIFT
        w_seq = self.popvalue()
        check_unpackable(space, w_seq)
        items_w = space.listview(w_seq)
        n = len(items_w)
        if n < before + after:
            raise oefmt(space.w_ValueError,
                        "not enough values to unpack (expected at least "
                        "%d, got %d)", before + after, n)
        for i in range(n - 1, n - after - 1, -1):
            self.pushvalue(items_w[i])
        stop = n - after
        assert stop >= before >= 0
        self.pushvalue(space.newlist(items_w[before:stop]))
        for i in range(before - 1, -1, -1):
            self.pushvalue(items_w[i])
        return next_instr

    def BUILD_SET(self, oparg, next_instr):
        space = self.space
        items_w = self.popvalues(oparg)
        w_set = space.call_function(builtin_set_type(space))
        for w_item in items_w:
            space.call_method(w_set, 'add', w_item)
        self.pushvalue(w_set)
        return next_instr

    def LIST_APPEND(self, oparg, next_instr):
        w_item = self.popvalue()
        w_list = self.peekvalue(oparg - 1)
        self.space.call_method(w_list, 'append', w_item)
        return next_instr

    def SET_ADD(self, oparg, next_instr):
        w_item = self.popvalue()
        w_set = self.peekvalue(oparg - 1)
        self.space.call_method(w_set, 'add', w_item)
        return next_instr

    def MAP_ADD(self, oparg, next_instr):
        w_value = self.popvalue()
        w_key = self.popvalue()
        w_dict = self.peekvalue(oparg - 1)
        self.space.setitem(w_dict, w_key, w_value)
        return next_instr

    def LIST_EXTEND(self, oparg, next_instr):
        space = self.space
        w_iterable = self.popvalue()
        w_list = self.peekvalue(oparg - 1)
        if not is_iterable(space, w_iterable):
            raise oefmt(space.w_TypeError,
                        "Value after * must be an iterable, not %T",
                        w_iterable)
        space.call_method(w_list, 'extend', w_iterable)
        return next_instr

    def SET_UPDATE(self, oparg, next_instr):
        w_iterable = self.popvalue()
        w_set = self.peekvalue(oparg - 1)
        self.space.call_method(w_set, 'update', w_iterable)
        return next_instr

    def DICT_UPDATE(self, oparg, next_instr):
        space = self.space
        w_update = self.popvalue()
        w_dict = self.peekvalue(oparg - 1)
        if space.findattr(w_update, space.newtext('keys')) is None:
            raise oefmt(space.w_TypeError, "'%T' object is not a mapping",
                        w_update)
        for w_key in space.listview(space.call_method(w_update, 'keys')):
            space.setitem(w_dict, w_key, space.getitem(w_update, w_key))
        return next_instr

    def DICT_MERGE(self, oparg, next_instr):
        # the ** arguments of a call: the callable is below the *args
        # tuple, which is below the dict, for the error messages
        space = self.space
        w_update = self.popvalue()
        w_dict = self.peekvalue(oparg - 1)
        w_func = self.peekvalue(oparg + 1)
        if space.findattr(w_update, space.newtext('keys')) is None:
            raise oefmt(space.w_TypeError,
                        "%s argument after ** must be a mapping, not %T",
                        function_str(space, w_func), w_update)
        for w_key in space.listview(space.call_method(w_update, 'keys')):
            if space.finditem(w_dict, w_key) is not None:
                if space.isinstance_w(w_key, space.w_str):
                    raise oefmt(space.w_TypeError,
                                "%s got multiple values for keyword "
                                "argument '%s'", function_str(space, w_func),
                                space.text_w(w_key))
                raise oefmt(space.w_TypeError, "keywords must be strings")
            space.setitem(w_dict, w_key, space.getitem(w_update, w_key))
        return next_instr

    def LIST_TO_TUPLE(self, oparg, next_instr):
        space = self.space
        w_list = self.popvalue()
        self.pushvalue(space.newtuple(space.listview(w_list)))
        return next_instr

    def BUILD_STRING(self, oparg, next_instr):
        space = self.space
        parts_w = self.popvalues(oparg)
        parts = [space.unicode_w(w_part) for w_part in parts_w]
        self.pushvalue(space.newunicode(u''.join(parts)))
        return next_instr

    def FORMAT_VALUE(self, oparg, next_instr):
        space = self.space
        w_spec = None
        if oparg & opcodes.FORMAT_WITH_SPEC:
            w_spec = self.popvalue()
        w_value = self.popvalue()
        conversion = oparg & opcodes.FORMAT_CONVERSION_MASK
        if conversion == opcodes.FORMAT_STR:
            w_value = space.str(w_value)
        elif conversion == opcodes.FORMAT_REPR:
            w_value = space.repr(w_value)
        elif conversion == opcodes.FORMAT_ASCII:
            from interpreter.module.builtins.interp_builtins import ascii
            w_value = ascii(space, w_value)
        if w_spec is None:
            if space.type(w_value) is space.w_str:
                self.pushvalue(w_value)
                return next_instr
            w_spec = space.newtext('')
        self.pushvalue(space.format(w_value, w_spec))
        return next_instr

    # --- control flow -------------------------------------------------

    def JUMP_FORWARD(self, oparg, next_instr):
        return oparg

    def POP_JUMP_IF_FALSE(self, oparg, next_instr):
        if not self.space.is_true(self.popvalue()):
            return oparg
        return next_instr

    def POP_JUMP_IF_TRUE(self, oparg, next_instr):
        if self.space.is_true(self.popvalue()):
            return oparg
        return next_instr

    def JUMP_IF_FALSE_OR_POP(self, oparg, next_instr):
        if not self.space.is_true(self.peekvalue()):
            return oparg
        self.popvalue()
        return next_instr

    def JUMP_IF_TRUE_OR_POP(self, oparg, next_instr):
        if self.space.is_true(self.peekvalue()):
            return oparg
        self.popvalue()
        return next_instr

    def GET_ITER(self, oparg, next_instr):
        self.pushvalue(self.space.iter(self.popvalue()))
        return next_instr

    def FOR_ITER(self, oparg, next_instr):
        from interpreter.generator import W_Generator
        space = self.space
        w_iterator = self.peekvalue()
        if type(w_iterator) is W_Generator:
            # a plain generator (not a coroutine or an async generator,
            # its subclasses) ends without a StopIteration to make and
            # catch; its type cannot be subclassed, so __next__ is its own
            w_next = w_iterator.next_or_none()
            if w_next is None:
                self.popvalue()
                return oparg
            self.pushvalue(w_next)
            return next_instr
        try:
            w_next = space.next(w_iterator)
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            self.popvalue()
            return oparg
        self.pushvalue(w_next)
        return next_instr

    # --- calls and functions ------------------------------------------

    def CALL_FUNCTION(self, oparg, next_instr):
        w_func = self.peekvalue(oparg)
        w_result = self.call_from_stack(w_func, oparg, None)
        self.dropvalues(oparg + 1)
        self.pushvalue(w_result)
        return next_instr

    def LOAD_METHOD(self, oparg, next_instr):
        w_obj = self.popvalue()
        w_callable, w_self = attrcache.load_method(self.space, self.pycode,
                                                   oparg, w_obj)
        self.pushvalue(w_callable)
        # None (not an app-level object) when w_callable is the attribute
        # itself, to be called without a self
        self.pushvalue(w_self)
        return next_instr

    def CALL_METHOD(self, oparg, next_instr):
        w_self = self.peekvalue(oparg)
        w_callable = self.peekvalue(oparg + 1)
        w_result = self.call_from_stack(w_callable, oparg, w_self)
        self.dropvalues(oparg + 2)
        self.pushvalue(w_result)
        return next_instr

    def call_from_stack(self, w_func, nargs, w_self):
        """Call w_func with the nargs values on top of the stack as its
        positional arguments, preceded by w_self unless it is None.  The
        caller pops the values afterwards."""
        from interpreter.function import W_Function, W_Method, \
            W_BuiltinFunction
        if isinstance(w_func, W_Method) and w_self is None:
            # a bound method called directly: its function, with its self
            w_self = w_func.w_instance
            w_func = w_func.w_function
        if isinstance(w_func, W_Function):
            # straight into the new frame's locals when possible
            return w_func.call_from_stack(self.space, self, nargs, w_self)
        if isinstance(w_func, W_BuiltinFunction) and (
                w_self is None or w_func.w_self is None):
            # what W_BuiltinFunction.call_args does, with a bound
            # builtin's self put in front while the list is made
            if w_self is None:
                w_self = w_func.w_self
            return w_func.code.funcrun(self.space,
                                       self.stack_arguments(nargs, w_self))
        return self.space.call_args(w_func, self.stack_arguments(nargs,
                                                                 w_self))

    @jit.unroll_safe
    def stack_arguments(self, nargs, w_self):
        """The arguments of call_from_stack, as an Arguments."""
        stack_w = self.locals_w
        base = self.valuestackdepth - nargs
        assert base >= 0
        if w_self is None:
            args_w = [None] * nargs
            for i in range(nargs):
                args_w[i] = stack_w[base + i]
        else:
            args_w = [None] * (nargs + 1)
            args_w[0] = w_self
            for i in range(nargs):
                args_w[i + 1] = stack_w[base + i]
        return Arguments(self.space, args_w)

    def CALL_FUNCTION_EX(self, oparg, next_instr):
        space = self.space
        w_kwargs = None
        if oparg & 1:
            w_kwargs = self.popvalue()
        w_args = self.popvalue()
        w_func = self.popvalue()
        if not space.isinstance_w(w_args, space.w_tuple) and \
                not is_iterable(space, w_args):
            raise oefmt(space.w_TypeError,
                        "%s argument after * must be an iterable, not %T",
                        function_str(space, w_func), w_args)
        args_w = space.listview(w_args)
        keywords = []
        keywords_w = []
        if w_kwargs is not None:
            if space.findattr(w_kwargs, space.newtext('keys')) is None:
                raise oefmt(space.w_TypeError,
                            "%s argument after ** must be a mapping, not %T",
                            function_str(space, w_func), w_kwargs)
            space.unpack_kwargs_into(w_kwargs, keywords, keywords_w)
        args = Arguments(space, args_w, keywords, keywords_w)
        self.pushvalue(space.call_args(w_func, args))
        return next_instr

    @jit.unroll_safe
    def CALL_FUNCTION_KW(self, oparg, next_instr):
        space = self.space
        w_names = self.popvalue()
        names_w = space.fixedview(w_names)
        nkw = len(names_w)
        npos = oparg - nkw
        assert npos >= 0
        # the two lists of Arguments straight from the stack (the values
        # stay there during the call, as CALL_FUNCTION's do)
        args_w = [None] * npos
        for i in range(npos):
            args_w[i] = self.peekvalue(oparg - 1 - i)
        keywords = [''] * nkw
        keywords_w = [None] * nkw
        for i in range(nkw):
            keywords[i] = space.text_w(names_w[i])
            keywords_w[i] = self.peekvalue(nkw - 1 - i)
        w_func = self.peekvalue(oparg)
        w_result = space.call_args(w_func, Arguments(space, args_w, keywords,
                                                     keywords_w))
        self.dropvalues(oparg + 1)
        self.pushvalue(w_result)
        return next_instr

    def MAKE_FUNCTION(self, oparg, next_instr):
        from interpreter.function import W_Function
        from interpreter.pycode import PyCode
        space = self.space
        w_qualname = self.popvalue()
        w_code = self.popvalue()
        assert isinstance(w_code, PyCode)
        kwdefaults_w = None
        defaults_w = None
        closure = None
        w_annotations = None
        if oparg & opcodes.MAKE_FUNCTION_CLOSURE:
            closure = []
            for w_cell in space.fixedview(self.popvalue()):
                assert isinstance(w_cell, W_Cell)
                closure.append(w_cell)
        if oparg & opcodes.MAKE_FUNCTION_ANNOTATIONS:
            w_annotations = self.popvalue()
        if oparg & opcodes.MAKE_FUNCTION_KWDEFAULTS:
            # a dict {name: default}, as a list parallel to the names
            w_kwdefaults = self.popvalue()
            kwdefaults_w = [
                space.finditem_str(w_kwdefaults, name)
                for name in w_code.signature.kwonlyargnames]
        if oparg & opcodes.MAKE_FUNCTION_DEFAULTS:
            defaults_w = space.fixedview(self.popvalue())
        w_func = W_Function(space, w_code, self.w_globals, defaults_w,
                            kwdefaults_w, space.text_w(w_qualname), closure)
        w_func.w_annotations = w_annotations
        self.pushvalue(w_func)
        return next_instr

    def LOAD_BUILD_CLASS(self, oparg, next_instr):
        space = self.space
        w_build_class = space.finditem_str(space.w_builtins_dict,
                                           '__build_class__')
        if w_build_class is None:
            raise oefmt(space.w_NameError, "__build_class__ not found")
        self.pushvalue(w_build_class)
        return next_instr

    def SETUP_ANNOTATIONS(self, oparg, next_instr):
        space = self.space
        w_name = space.newtext('__annotations__')
        if space.finditem(self.w_locals, w_name) is None:
            space.setitem(self.w_locals, w_name, space.newdict())
        return next_instr

    # --- generators ---------------------------------------------------

    def GET_YIELD_FROM_ITER(self, oparg, next_instr):
        from interpreter.generator import W_Generator
        from interpreter.coroutine import W_Coroutine
        w_iterable = self.peekvalue()
        if isinstance(w_iterable, W_Coroutine):
            if not self.pycode.co_flags & (CO_COROUTINE |
                                           CO_ITERABLE_COROUTINE):
                raise oefmt(self.space.w_TypeError,
                            "cannot 'yield from' a coroutine object in a "
                            "non-coroutine generator")
        elif not isinstance(w_iterable, W_Generator):
            self.settopvalue(self.space.iter(w_iterable))
        return next_instr

    def YIELD_VALUE(self, oparg, next_instr):
        # called by dispatch_bytecode only, which returns _YIELD from the
        # loop: the frame is suspended
        w_value = self.popvalue()
        if self.pycode.co_flags & CO_ASYNC_GENERATOR:
            from interpreter.coroutine import W_AsyncGenValue
            w_value = W_AsyncGenValue(w_value)
        self.w_yielded = w_value
        self.resume_instr = next_instr
        return _YIELD

    # --- coroutines ---------------------------------------------------

    def GET_AWAITABLE(self, oparg, next_instr):
        from interpreter.coroutine import get_awaitable_iter
        self.settopvalue(get_awaitable_iter(self.space, self.peekvalue(),
                                            oparg))
        return next_instr

    def GET_AITER(self, oparg, next_instr):
        from interpreter.coroutine import get_aiter
        self.settopvalue(get_aiter(self.space, self.peekvalue()))
        return next_instr

    def GET_ANEXT(self, oparg, next_instr):
        from interpreter.coroutine import get_anext
        self.pushvalue(get_anext(self.space, self.peekvalue()))
        return next_instr

    def END_ASYNC_FOR(self, oparg, next_instr):
        """The handler of an `async for`'s __anext__: StopAsyncIteration
        ends the loop (the exception and the iterator are dropped), any
        other exception goes on."""
        space = self.space
        w_exc = self.popvalue()
        block = self.blockstack[-1]
        assert isinstance(block, ExceptHandlerBlock)
        if not space.isinstance_w(w_exc, space.w_StopAsyncIteration):
            # unwinding pops the handler block
            raise block.operr
        self.blockstack.pop()
        space.getexecutioncontext().handled_errors.pop()
        self.popvalue()
        return next_instr

    # --- match statements (see interpreter/matching.py) ---------------

    def MATCH_SEQUENCE(self, oparg, next_instr):
        from interpreter.matching import is_sequence
        space = self.space
        self.pushvalue(space.newbool(is_sequence(space, self.peekvalue())))
        return next_instr

    def MATCH_MAPPING(self, oparg, next_instr):
        from interpreter.matching import is_mapping
        space = self.space
        self.pushvalue(space.newbool(is_mapping(space, self.peekvalue())))
        return next_instr

    def GET_LEN(self, oparg, next_instr):
        self.pushvalue(self.space.len(self.peekvalue()))
        return next_instr

    def MATCH_KEYS(self, oparg, next_instr):
        from interpreter.matching import match_keys
        self.pushvalue(match_keys(self.space, self.peekvalue(1),
                                  self.peekvalue()))
        return next_instr

    def COPY_DICT_WITHOUT_KEYS(self, oparg, next_instr):
        from interpreter.matching import copy_dict_without_keys
        w_keys = self.popvalue()
        w_mapping = self.peekvalue()
        self.settopvalue(copy_dict_without_keys(self.space, w_mapping,
                                                w_keys))
        return next_instr

    def MATCH_CLASS(self, oparg, next_instr):
        from interpreter.matching import match_class
        w_kwnames = self.popvalue()
        w_cls = self.popvalue()
        w_subject = self.peekvalue()
        self.settopvalue(match_class(self.space, w_subject, w_cls, oparg,
                                     w_kwnames))
        return next_instr

    def BEFORE_ASYNC_WITH(self, oparg, next_instr):
        from interpreter.coroutine import before_async_with
        w_exit, w_awaitable = before_async_with(self.space, self.popvalue())
        self.pushvalue(w_exit)
        self.pushvalue(w_awaitable)
        return next_instr

    def YIELD_FROM(self, oparg, next_instr):
        """Send the value on top to the delegate below it.  Return _YIELD
        if the delegate yielded (the frame suspends, to come back to this
        instruction), else next_instr: the delegate is exhausted and its
        StopIteration value replaces it on the stack."""
        from interpreter.generator import W_Generator
        from interpreter.coroutine import W_AsyncGenerator
        space = self.space
        w_value = self.popvalue()
        w_delegate = self.peekvalue()
        try:
            if isinstance(w_delegate, W_Generator):
                # also a coroutine, which has no __next__
                if tracing.switch.active or \
                        isinstance(w_delegate, W_AsyncGenerator):
                    w_result = w_delegate.send_ex(w_value)
                else:
                    # no StopIteration made when the delegate returns
                    w_result = w_delegate.send_or_none(w_value)
                    if w_result is None:
                        self.settopvalue(w_delegate.take_returned())
                        return next_instr
            elif space.is_none(w_value):
                w_result = space.next(w_delegate)
            else:
                w_result = space.call_method(w_delegate, 'send', w_value)
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            w_result = stop_iteration_value(space, e)
            if tracing.switch.active:
                tracing.delegate_returned(self, e, w_delegate, w_value,
                                          w_result)
            self.settopvalue(w_result)
            return next_instr
        self.w_yielded = w_result
        self.resume_instr = next_instr - opcodes.INSTR_SIZE
        return _YIELD

    # --- with statements ----------------------------------------------

    def BEFORE_WITH(self, oparg, next_instr):
        space = self.space
        w_manager = self.popvalue()
        w_enter = space.lookup(w_manager, '__enter__')
        if w_enter is None:
            raise oefmt(space.w_TypeError,
                        "'%T' object does not support the context manager "
                        "protocol", w_manager)
        w_exit = space.lookup(w_manager, '__exit__')
        if w_exit is None:
            raise oefmt(space.w_TypeError,
                        "'%T' object does not support the context manager "
                        "protocol (missed __exit__ method)", w_manager)
        self.pushvalue(space.get(w_exit, w_manager))
        self.pushvalue(space.get_and_call_function(w_enter, w_manager))
        return next_instr

    def SETUP_WITH(self, oparg, next_instr):
        # like SETUP_FINALLY, but the __enter__ result on top is not kept
        # if an exception comes: the handler finds __exit__ and the
        # exception
        self.blockstack.append(SetupFinallyBlock(oparg,
                                                 self.valuestackdepth - 1))
        return next_instr

    def WITH_EXCEPT_START(self, oparg, next_instr):
        space = self.space
        w_exc = self.peekvalue(0)
        w_exit = self.peekvalue(1)
        w_tb = space.getattr(w_exc, space.newtext('__traceback__'))
        self.pushvalue(space.call_function(w_exit, space.type(w_exc), w_exc,
                                           w_tb))
        return next_instr

    # --- modules ------------------------------------------------------

    def IMPORT_NAME(self, oparg, next_instr):
        space = self.space
        w_fromlist = self.popvalue()
        w_level = self.popvalue()
        w_name = self.pycode.co_names_w[oparg]
        w_import = space.finditem_str(space.w_builtins_dict, '__import__')
        if w_import is None:
            raise oefmt(space.w_ImportError, "__import__ not found")
        w_module = space.call_function(w_import, w_name, self.w_globals,
                                       space.w_None, w_fromlist, w_level)
        self.pushvalue(w_module)
        return next_instr

    def IMPORT_FROM(self, oparg, next_instr):
        from interpreter.module.builtins.interp_import import import_from
        w_module = self.peekvalue()
        w_name = self.pycode.co_names_w[oparg]
        self.pushvalue(import_from(self.space, w_module, w_name))
        return next_instr

    def IMPORT_STAR(self, oparg, next_instr):
        space = self.space
        w_module = self.popvalue()
        w_all = space.findattr(w_module, space.newtext('__all__'))
        if w_all is not None:
            names_w = space.listview(w_all)
            public_only = False
        else:
            w_dict = space.getattr(w_module, space.newtext('__dict__'))
            names_w = space.listview(space.call_method(w_dict, 'keys'))
            public_only = True
        for w_name in names_w:
            if not space.isinstance_w(w_name, space.w_str):
                w_modname = space.getattr(w_module, space.newtext('__name__'))
                raise oefmt(space.w_TypeError,
                            "%s in %s.%s must be str, not %T",
                            'Key' if public_only else 'Item',
                            space.text_w(w_modname),
                            '__dict__' if public_only else '__all__',
                            w_name)
            if public_only and space.text_w(w_name).startswith('_'):
                continue
            space.setitem(self.w_locals, w_name,
                          space.getattr(w_module, w_name))
        return next_instr

    # --- exceptions ---------------------------------------------------

    def SETUP_FINALLY(self, oparg, next_instr):
        self.blockstack.append(SetupFinallyBlock(oparg,
                                                 self.valuestackdepth))
        return next_instr

    def POP_BLOCK(self, oparg, next_instr):
        block = self.blockstack.pop()
        assert isinstance(block, SetupFinallyBlock)
        return next_instr

    def POP_EXCEPT(self, oparg, next_instr):
        block = self.blockstack.pop()
        assert isinstance(block, ExceptHandlerBlock)
        self.space.getexecutioncontext().handled_errors.pop()
        return next_instr

    def RERAISE(self, oparg, next_instr):
        self.popvalue()
        i = len(self.blockstack) - 1
        while i >= 0:
            block = self.blockstack[i]
            if isinstance(block, ExceptHandlerBlock):
                raise block.operr
            i -= 1
        raise BytecodeCorruption

    def JUMP_IF_NOT_EXC_MATCH(self, oparg, next_instr):
        space = self.space
        w_check = self.popvalue()
        w_value = self.popvalue()
        check_exception_class(space, w_check)
        if not space.exception_match(space.type(w_value), w_check):
            return oparg
        return next_instr

    def LOAD_ASSERTION_ERROR(self, oparg, next_instr):
        self.pushvalue(self.space.w_AssertionError)
        return next_instr

    def RAISE_VARARGS(self, oparg, next_instr):
        space = self.space
        ec = space.getexecutioncontext()
        if oparg == 0:
            if not ec.handled_errors:
                raise oefmt(space.w_RuntimeError,
                            "No active exception to reraise")
            raise ec.handled_errors[-1]
        w_cause = None
        if oparg == 2:
            w_cause = self.popvalue()
        w_type, w_value = exception_from_raise_operand(space,
                                                       self.popvalue())
        from objspace.std.exceptionobject import W_BaseException
        if w_value._tproxy_:
            from objspace.std.proxyobject import raise_proxied_exception
            if w_cause is not None and not space.is_none(w_cause):
                w_cause = exception_from_raise_operand(
                    space, w_cause, is_cause=True)[1]
            raise_proxied_exception(space, w_type, w_value, w_cause)
        assert isinstance(w_value, W_BaseException)
        if w_cause is not None:
            if space.is_none(w_cause):
                w_value.w_cause = None
            else:
                w_value.w_cause = exception_from_raise_operand(
                    space, w_cause, is_cause=True)[1]
            w_value.suppress_context = True
        operr = OperationError(w_type, w_value, w_value.w_traceback)
        set_implicit_context(space, ec, operr)
        raise operr

    def PRINT_EXPR(self, oparg, next_instr):
        space = self.space
        w_value = self.popvalue()
        w_hook = space.sys.get('displayhook')
        space.call_function(w_hook, w_value)
        return next_instr


def is_iterable(space, w_obj):
    return (space.lookup(w_obj, '__iter__') is not None or
            space.lookup(w_obj, '__getitem__') is not None)


def check_unpackable(space, w_obj):
    if not is_iterable(space, w_obj):
        raise oefmt(space.w_TypeError, "cannot unpack non-iterable %T object",
                    w_obj)


def stop_iteration_value(space, operr):
    """The value a StopIteration carries (None without arguments)."""
    from interpreter.generator import StopIterationWith
    if isinstance(operr, StopIterationWith):
        # a generator's return, whose exception instance may not exist
        w_result = operr.value_if_not_made()
        if w_result is not None:
            return w_result
    w_exc = operr.get_w_value(space)
    if space.is_none(w_exc):
        # raised as OperationError(w_StopIteration, w_None), as the
        # builtin iterators do
        return space.w_None
    return space.getattr(w_exc, space.newtext('value'))


def builtin_set_type(space):
    w_set = space.finditem_str(space.w_builtins_dict, 'set')
    if w_set is None:
        raise oefmt(space.w_SystemError,
                    "set displays need the builtin type 'set'")
    return w_set


def function_str(space, w_func):
    """How CPython names a callable in call errors: 'mod.f()', or 'f()'
    for builtins."""
    w_qualname = space.findattr(w_func, space.newtext('__qualname__'))
    if w_qualname is None or not space.isinstance_w(w_qualname, space.w_str):
        return '%s object' % space.type(w_func).getname(space)
    qualname = space.text_w(w_qualname)
    w_module = space.findattr(w_func, space.newtext('__module__'))
    if w_module is not None and space.isinstance_w(w_module, space.w_str):
        module = space.text_w(w_module)
        if module != 'builtins':
            return '%s.%s()' % (module, qualname)
    return '%s()' % qualname


def check_exception_class(space, w_check):
    """An `except` clause takes a class or a tuple of classes derived from
    BaseException."""
    from objspace.std.typeobject import W_TypeObject
    if space.isinstance_w(w_check, space.w_tuple):
        for w_item in space.fixedview(w_check):
            check_exception_class(space, w_item)
        return
    if not isinstance(w_check, W_TypeObject) or \
            not w_check.issubtype(space.w_BaseException):
        raise oefmt(space.w_TypeError,
                    "catching classes that do not inherit from BaseException "
                    "is not allowed")


def exception_from_raise_operand(space, w_exc, is_cause=False):
    """(class, instance) for `raise w_exc`: a class is instantiated."""
    from objspace.std.typeobject import W_TypeObject
    if isinstance(w_exc, W_TypeObject) and \
            w_exc.issubtype(space.w_BaseException):
        w_value = space.call_function(w_exc)
        if not space.isinstance_w(w_value, space.w_BaseException):
            raise oefmt(space.w_TypeError,
                        "calling %R should have returned an instance of "
                        "BaseException, not %T", w_exc, w_value)
        return space.type(w_value), w_value
    if space.isinstance_w(w_exc, space.w_BaseException):
        return space.type(w_exc), w_exc
    if is_cause:
        raise oefmt(space.w_TypeError,
                    "exception causes must derive from BaseException")
    raise oefmt(space.w_TypeError, "exceptions must derive from BaseException")


def _make_binary_op(spacemethod):
    # the space's shortcut for exact ints, floats and strs, inlined here
    # so that the common case makes no call
    shortcut = binop_shortcut(spacemethod)

    def opimpl(self, oparg, next_instr):
        w_2 = self.popvalue()
        w_1 = self.popvalue()
        w_res = None
        if shortcut is not None:
            w_res = shortcut(self.space, w_1, w_2)
        if w_res is None:
            w_res = getattr(self.space, spacemethod)(w_1, w_2)
        self.pushvalue(w_res)
        return next_instr
    opimpl.__name__ = 'opimpl_' + spacemethod
    return opimpl


def _make_unary_op(spacemethod):
    def opimpl(self, oparg, next_instr):
        w_1 = self.popvalue()
        self.pushvalue(getattr(self.space, spacemethod)(w_1))
        return next_instr
    opimpl.__name__ = 'opimpl_' + spacemethod
    return opimpl


# Generated: BINARY_ADD ... INPLACE_XOR and UNARY_POSITIVE ... from the
# space's operation table (see interpreter/opcodes.py).
for _opname, _spacemethod in opcodes.BINARY_OPS + opcodes.INPLACE_OPS:
    setattr(OpcodeDispatcher, _opname, _make_binary_op(_spacemethod))
for _opname, _spacemethod in opcodes.UNARY_OPS:
    setattr(OpcodeDispatcher, _opname, _make_unary_op(_spacemethod))

_unrolling_compare = unrolling_iterable(
    [(_index, _name, compare_shortcut(_name))
     for _index, _name in enumerate(opcodes.COMPARE_SPACE_METHODS)])

# The instructions that never run app-level code (so never switch tracing
# on): the loop does not look at tracing.switch after them.
_RUNS_NO_CODE = ['NOP', 'POP_TOP', 'ROT_TWO', 'ROT_THREE', 'DUP_TOP',
                 'DUP_TOP_TWO', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST',
                 'LOAD_DEREF', 'STORE_DEREF', 'LOAD_CLOSURE', 'JUMP_FORWARD',
                 'SETUP_FINALLY', 'SETUP_WITH', 'POP_BLOCK',
                 'LOAD_ASSERTION_ERROR', 'BUILD_TUPLE', 'BUILD_LIST',
                 'LOAD_BUILD_CLASS', 'POP_EXCEPT']

# Every opcode with a method, except those handled inline in the loop,
# and whether it may run app-level code.
_unrolling_dispatch = unrolling_iterable(
    [(num, name, name not in _RUNS_NO_CODE)
     for num, name in enumerate(opcodes.opname)
     if name not in ('RETURN_VALUE', 'JUMP_ABSOLUTE', 'YIELD_VALUE',
                     'YIELD_FROM')])
for _num, _name, _runs_code in _unrolling_dispatch:
    assert hasattr(OpcodeDispatcher, _name), 'no method for opcode ' + _name
