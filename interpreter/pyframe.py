"""PyFrame: the state of one running code object.

A frame holds the fast locals and the value stack in one list,
`locals_w` (one allocation per call): slots 0 to co_nlocals - 1 are the
fast locals (the parameters first), the value stack follows, its top at
`valuestackdepth` (which starts at co_nlocals: block levels and depths are
absolute indexes into that list).  It also holds the globals, and for
module and class bodies the namespace dict `w_locals`.  The dispatch loop
that runs it is in interpreter/pyopcode.py (mixed in as
`OpcodeDispatcher`).

Closures: `cells` holds one W_Cell per name of `pycode.co_cellvars`
(fresh cells, made here) then one per name of `pycode.co_freevars`
(the function's closure, installed by `init_cells`).  A cell variable
that is also a parameter starts with the argument's value; the
parameter's slot in `locals_w` keeps that value too (super() reads
`locals_w[0]`).

Generators: a frame can stop at a yield and be resumed (`resume`);
`resume_instr` is then the offset to continue at, -1 when the frame is
not suspended.
"""


from __future__ import absolute_import
from rpython.rlib import jit, rstackovf

from interpreter import tracing
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.nestedscope import W_Cell
from interpreter.pyopcode import OpcodeDispatcher, ExceptHandlerBlock
from interpreter.typedef import TypeDef, GetSetProperty


_NO_CELLS = []


class PyFrame(OpcodeDispatcher, W_Root):
    _virtualizable_ = ['last_instr', 'pycode', 'valuestackdepth',
                       'locals_w[*]', 'w_globals', 'w_locals']
    _immutable_fields_ = ['pycode', 'w_globals', 'space']

    def __init__(self, space, code, w_globals, w_locals=None):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.space = space
        self.pycode = code
        self.w_globals = w_globals
        self.w_locals = w_locals
        nlocals = code.co_nlocals
        self.locals_w = [None] * (nlocals + code.co_stacksize)
        self.valuestackdepth = nlocals
        self.last_instr = -1
        self.f_back = None
        self.w_return_value = None
        self.blockstack = []
        self.w_yielded = None
        self.resume_instr = -1
        # the local trace function (interpreter/tracing.py); what
        # debuggers set (tracing.FrameDebugData), made when first needed
        self.w_f_trace = None
        self.debugdata = None
        self.cells = _NO_CELLS
        if code.co_ncells > 0:
            # (most frames have no cells: one allocation less, since the
            # shared empty list is never changed)
            cells = [None] * code.co_ncells
            for i in range(code.co_ncells):
                # free variables get their cells from init_cells; until
                # then (code run without a function) they are empty
                cells[i] = W_Cell()
            self.cells = cells

    def init_cells(self, closure):
        """Install the function's closure cells (a list of W_Cell, in
        co_freevars order, or None) and copy the arguments of parameters
        that are cell variables into their cells.  Call it after the
        arguments are in locals_w."""
        code = self.pycode
        ncellvars = len(code.co_cellvars)
        for i in range(ncellvars):
            slot = code.co_cell2arg[i]
            if slot >= 0:
                self.cells[i].w_value = self.locals_w[slot]
        if closure is not None:
            assert len(closure) == len(code.co_freevars)
            for i in range(len(closure)):
                self.cells[ncellvars + i] = closure[i]

    # --- the value stack ----------------------------------------------

    def stack_base(self):
        """The index in locals_w of the bottom of the value stack."""
        return self.pycode.co_nlocals

    def pushvalue(self, w_value):
        depth = self.valuestackdepth
        self.locals_w[depth] = w_value
        self.valuestackdepth = depth + 1

    def popvalue(self):
        depth = self.valuestackdepth - 1
        assert depth >= 0, 'pop from empty value stack'
        w_value = self.locals_w[depth]
        self.locals_w[depth] = None
        self.valuestackdepth = depth
        return w_value

    def peekvalue(self, index_from_top=0):
        depth = self.valuestackdepth - 1 - index_from_top
        assert depth >= 0
        return self.locals_w[depth]

    def settopvalue(self, w_value, index_from_top=0):
        depth = self.valuestackdepth - 1 - index_from_top
        assert depth >= 0
        self.locals_w[depth] = w_value

    @jit.unroll_safe
    def popvalues(self, n):
        """The n values on top, bottom first, popped (the slots are
        cleared, so that the frame keeps no reference to them)."""
        values_w = [None] * n
        base = self.valuestackdepth - n
        assert base >= 0
        locals_w = self.locals_w
        for i in range(n):
            values_w[i] = locals_w[base + i]
            locals_w[base + i] = None
        self.valuestackdepth = base
        return values_w

    @jit.unroll_safe
    def dropvalues(self, n):
        base = self.valuestackdepth - n
        assert base >= 0
        locals_w = self.locals_w
        for i in range(base, base + n):
            locals_w[i] = None
        self.valuestackdepth = base

    # --- running ------------------------------------------------------

    def run(self):
        """Execute the frame to completion and return its result."""
        space = self.space
        ec = space.getexecutioncontext()
        ec.enter(self)
        try:
            try:
                return self.dispatch(self.pycode, 0)
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                raise oefmt(space.w_RecursionError,
                            "maximum recursion depth exceeded")
        finally:
            ec.leave(self)

    # The C stack is checked once per frame run, here and in the
    # resume methods, rather than wherever the translator would break the
    # call graph's cycles through the dispatch loop (in the opcodes that
    # can call app-level code, on each of them).
    run.insert_stack_check_here = True

    def resume(self, w_sent, operr):
        """Run a generator's frame until it yields (the yielded value is
        returned and `resume_instr` >= 0) or returns (the return value is
        returned, `resume_instr` is -1).  A frame that has not started
        ignores w_sent; a suspended one receives it as the value of its
        yield.  With `operr`, that exception is raised at the yield
        instead.  Exceptions that escape the frame propagate."""
        space = self.space
        ec = space.getexecutioncontext()
        ec.enter(self)
        if self.blockstack:
            self._restore_handled_errors(ec)
        try:
            try:
                next_instr = self.resume_instr
                self.resume_instr = -1
                if next_instr < 0:
                    next_instr = 0
                    if operr is not None:
                        # thrown in before the first instruction: nothing
                        # in the frame can catch it (dispatch raises it,
                        # after its 'call' trace event)
                        return self.dispatch(self.pycode, -1, operr)
                elif operr is None:
                    self.pushvalue(w_sent)
                return self.dispatch(self.pycode, next_instr, operr)
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                raise oefmt(space.w_RecursionError,
                            "maximum recursion depth exceeded")
        finally:
            if self.resume_instr >= 0 and self.blockstack:
                self._save_handled_errors(ec)
            ec.leave(self)

    resume.insert_stack_check_here = True

    def _save_handled_errors(self, ec):
        """A frame suspended inside `except`/`finally` handlers takes their
        exceptions off the thread's handled list (they are its innermost
        entries) until it resumes."""
        for block in self.blockstack:
            if isinstance(block, ExceptHandlerBlock):
                ec.handled_errors.pop()

    def _restore_handled_errors(self, ec):
        for block in self.blockstack:
            if isinstance(block, ExceptHandlerBlock):
                ec.handled_errors.append(block.operr)

    def is_suspended_in_yield_from(self):
        """True if the frame waits in a YIELD_FROM (its delegate is then
        on top of the value stack)."""
        from interpreter import opcodes
        instr = self.resume_instr
        return instr >= 0 and \
            ord(self.pycode.co_code[instr]) == opcodes.YIELD_FROM

    def resume_after_yield_from(self, w_value):
        """The delegate of the suspended YIELD_FROM finished with
        w_value: continue after that instruction with w_value as the
        result of the `yield from`."""
        from interpreter import opcodes
        self.settopvalue(w_value)
        self.resume_instr += opcodes.INSTR_SIZE
        # the value is already in place: resume must not push one
        return self.resume_without_value()

    def resume_without_value(self):
        space = self.space
        ec = space.getexecutioncontext()
        ec.enter(self)
        if self.blockstack:
            self._restore_handled_errors(ec)
        try:
            next_instr = self.resume_instr
            self.resume_instr = -1
            return self.dispatch(self.pycode, next_instr)
        finally:
            if self.resume_instr >= 0 and self.blockstack:
                self._save_handled_errors(ec)
            ec.leave(self)

    resume_without_value.insert_stack_check_here = True

    def get_lineno(self):
        if self.last_instr < 0:
            # not started: the line of the def, as CPython says
            return self.pycode.co_firstlineno
        return self.pycode.lineno_at(self.last_instr)

    def getdictscope(self):
        """The frame's namespace as a dict (module and class bodies have
        one; function frames get a snapshot of their fast locals)."""
        space = self.space
        if self.w_locals is not None:
            return self.w_locals
        # one dict per frame, refreshed at each call, as CPython's: what
        # a debugger stores there stays (bdb's '__return__')
        w_dict = tracing.locals_dict(self)
        varnames = self.pycode.co_varnames
        for i in range(len(varnames)):
            _refresh(space, w_dict, varnames[i], self.locals_w[i])
        for i in range(len(self.cells)):
            _refresh(space, w_dict, self.pycode.closure_name(i),
                     self.cells[i].w_value)
        return w_dict

    # --- app-level attributes -----------------------------------------

    def descr_get_f_code(self, space):
        return self.pycode

    def descr_get_f_globals(self, space):
        return self.w_globals

    def descr_get_f_locals(self, space):
        return self.getdictscope()

    def descr_get_f_lineno(self, space):
        return space.newint(self.get_lineno())

    def descr_get_f_lasti(self, space):
        return space.newint(self.last_instr)

    def descr_get_f_back(self, space):
        if self.f_back is None:
            return space.w_None
        return self.f_back

    def descr_get_f_trace(self, space):
        if self.w_f_trace is None:
            return space.w_None
        return self.w_f_trace

    def descr_set_f_trace(self, space, w_trace):
        if space.is_none(w_trace):
            self.w_f_trace = None
        else:
            self.w_f_trace = w_trace

    def descr_del_f_trace(self, space):
        self.w_f_trace = None

    def descr_get_f_trace_lines(self, space):
        return space.newbool(
            not tracing.get_trace_flags(self) & tracing.NO_LINES)

    def descr_set_f_trace_lines(self, space, w_value):
        tracing.set_trace_flag(space, self, tracing.NO_LINES, w_value, True)

    def descr_get_f_trace_opcodes(self, space):
        return space.newbool(
            tracing.get_trace_flags(self) & tracing.OPCODES != 0)

    def descr_set_f_trace_opcodes(self, space, w_value):
        tracing.set_trace_flag(space, self, tracing.OPCODES, w_value, False)

    def descr_set_f_lineno(self, space, w_lineno):
        from interpreter.tracejump import set_lineno
        set_lineno(space, self, w_lineno)

    def descr_del_f_lineno(self, space):
        raise oefmt(space.w_AttributeError, "cannot delete attribute")

    def descr_get_f_builtins(self, space):
        return space.builtin.getdict(space)

    def descr_repr(self, space):
        return space.newtext('<frame at 0x%x, file \'%s\', line %d, code %s>'
                             % (space.id_int(self), self.pycode.co_filename,
                                self.get_lineno(), self.pycode.co_name))


def _refresh(space, w_dict, name, w_value):
    w_name = space.newtext(name)
    if w_value is not None:
        space.setitem(w_dict, w_name, w_value)
    elif space.finditem(w_dict, w_name) is not None:
        space.delitem(w_dict, w_name)


PyFrame.typedef = TypeDef(
    'frame',
    __repr__=interp2app(PyFrame.descr_repr),
    f_code=GetSetProperty(PyFrame.descr_get_f_code),
    f_globals=GetSetProperty(PyFrame.descr_get_f_globals),
    f_locals=GetSetProperty(PyFrame.descr_get_f_locals),
    f_lineno=GetSetProperty(PyFrame.descr_get_f_lineno,
                            PyFrame.descr_set_f_lineno,
                            PyFrame.descr_del_f_lineno),
    f_lasti=GetSetProperty(PyFrame.descr_get_f_lasti),
    f_back=GetSetProperty(PyFrame.descr_get_f_back),
    f_builtins=GetSetProperty(PyFrame.descr_get_f_builtins),
    f_trace=GetSetProperty(PyFrame.descr_get_f_trace,
                           PyFrame.descr_set_f_trace,
                           PyFrame.descr_del_f_trace),
    f_trace_lines=GetSetProperty(PyFrame.descr_get_f_trace_lines,
                                 PyFrame.descr_set_f_trace_lines),
    f_trace_opcodes=GetSetProperty(PyFrame.descr_get_f_trace_opcodes,
                                   PyFrame.descr_set_f_trace_opcodes),
    acceptable_as_base=False,
)
