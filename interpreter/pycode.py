"""PyCode: the app-level code object, the output of the compiler.

`co_code` holds 4-byte instructions (see interpreter/opcodes.py);
`co_consts_w` the wrapped constants; `co_names` the attribute and global
names (with their wrapped forms `co_names_w`, made once here so that the
dispatch loop never wraps a name); `co_varnames` the fast locals, the
parameters first.  `co_linetable` maps instruction offsets to source
lines: a flat list [offset0, line0, offset1, line1, ...] where each pair
says "from this offset on, the line is".  `co_positions_table` gives
each instruction's source range, four ints per instruction (start line,
end line, start column, end column; columns in UTF-8 bytes, -1 when
unknown): what `co_positions()` returns and what tracebacks underline.

`co_cellvars` (locals that inner scopes use) and `co_freevars` (variables
of enclosing functions) are lists of str; a frame keeps their cells in
`frame.cells`, cellvars first.  `co_cell2arg[i]` is the parameter slot
whose value the i-th cell starts with, or -1.
"""


from __future__ import absolute_import
from rpython.rlib import jit

from interpreter.argument import Signature
from interpreter.baseobjspace import W_Root
from interpreter.gateway import interp2app
from interpreter.opcodes import INSTR_SIZE
from interpreter.typedef import TypeDef, GetSetProperty

# co_flags
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200


class PyCode(W_Root):
    _immutable_fields_ = ['co_code', 'co_consts_w[*]', 'co_names[*]',
                          'co_names_w[*]', 'co_varnames[*]', 'co_nlocals',
                          'co_stacksize', 'co_flags', 'co_argcount',
                          'co_posonlyargcount', 'co_kwonlyargcount',
                          'signature', 'co_filename', 'co_name',
                          'co_cellvars[*]', 'co_freevars[*]',
                          'co_cell2arg[*]', 'co_ncells',
                          'co_positions_table[*]']

    def __init__(self, space, argcount, posonlyargcount, kwonlyargcount,
                 nlocals, stacksize, flags, code, consts_w, names, varnames,
                 filename, name, qualname, firstlineno, linetable,
                 cellvars=None, freevars=None, positions=None):
        self.space = space
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_nlocals = nlocals
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = code
        self.co_consts_w = consts_w
        self.co_names = names
        self.co_names_w = [space.interned_text(n) for n in names]
        # the inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD, by
        # name index (objspace/std/attrcache.py)
        self.attr_load_cache = [None] * len(names)
        self.attr_store_cache = [None] * len(names)
        self.attr_method_cache = [None] * len(names)
        self.co_varnames = varnames
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = qualname
        self.co_firstlineno = firstlineno
        self.co_linetable = linetable
        if positions is None:
            positions = []
        self.co_positions_table = positions
        self.signature = self._make_signature()
        if cellvars is None:
            cellvars = []
        if freevars is None:
            freevars = []
        self.co_cellvars = cellvars
        self.co_freevars = freevars
        self.co_ncells = len(cellvars) + len(freevars)
        nparams = self.signature.scope_length()
        cell2arg = []
        for name in cellvars:
            slot = -1
            for i in range(nparams):
                if varnames[i] == name:
                    slot = i
            cell2arg.append(slot)
        self.co_cell2arg = cell2arg
        # frames of app-level code that is part of the interpreter itself
        # (goal/app_main.py) are left out of tracebacks
        self.hidden_applevel = False
        # the line of each instruction, made when it is first traced
        # (interpreter/tracing.py)
        self.trace_lines = None
        # LOAD_GLOBAL's cache, by name index (interpreter/globalcache.py)
        self.global_cache = [None] * len(names)

    def _make_signature(self):
        nargs = self.co_argcount
        nkwonly = self.co_kwonlyargcount
        argnames = self.co_varnames[:nargs]
        kwonlynames = self.co_varnames[nargs:nargs + nkwonly]
        index = nargs + nkwonly
        varargname = None
        kwargname = None
        if self.co_flags & CO_VARARGS:
            varargname = self.co_varnames[index]
            index += 1
        if self.co_flags & CO_VARKEYWORDS:
            kwargname = self.co_varnames[index]
        return Signature(argnames, varargname, kwargname, kwonlynames,
                         self.co_posonlyargcount)

    @jit.elidable
    def lineno_at(self, offset):
        """The source line of the instruction at byte offset `offset`."""
        table = self.co_linetable
        line = self.co_firstlineno
        i = 0
        while i < len(table):
            if table[i] > offset:
                break
            line = table[i + 1]
            i += 2
        return line

    def position_at(self, offset):
        """(line, end line, column, end column) of the instruction at
        byte offset `offset`; the columns are -1 when unknown."""
        i = (offset // INSTR_SIZE) * 4
        table = self.co_positions_table
        if offset < 0 or i + 3 >= len(table):
            line = self.lineno_at(max(offset, 0))
            return (line, line, -1, -1)
        return (table[i], table[i + 1], table[i + 2], table[i + 3])

    def getname(self, space):
        return self.co_name

    # --- app-level attributes -----------------------------------------

    def descr_get_co_name(self, space):
        return space.newtext(self.co_name)

    def descr_get_co_qualname(self, space):
        return space.newtext(self.co_qualname)

    def descr_get_co_filename(self, space):
        return space.newtext(self.co_filename)

    def descr_get_co_firstlineno(self, space):
        return space.newint(self.co_firstlineno)

    def descr_get_co_argcount(self, space):
        return space.newint(self.co_argcount)

    def descr_get_co_posonlyargcount(self, space):
        return space.newint(self.co_posonlyargcount)

    def descr_get_co_kwonlyargcount(self, space):
        return space.newint(self.co_kwonlyargcount)

    def descr_get_co_nlocals(self, space):
        return space.newint(self.co_nlocals)

    def descr_get_co_stacksize(self, space):
        return space.newint(self.co_stacksize)

    def descr_get_co_flags(self, space):
        return space.newint(self.co_flags)

    def descr_get_co_code(self, space):
        return space.newbytes(self.co_code)

    def descr_get_co_consts(self, space):
        return space.newtuple(self.co_consts_w[:])

    def descr_get_co_names(self, space):
        return space.newtuple([space.newtext(n) for n in self.co_names])

    def descr_get_co_varnames(self, space):
        return space.newtuple([space.newtext(n) for n in self.co_varnames])

    def descr_get_co_freevars(self, space):
        return space.newtuple([space.newtext(n) for n in self.co_freevars])

    def descr_get_co_cellvars(self, space):
        return space.newtuple([space.newtext(n) for n in self.co_cellvars])

    def descr_co_positions(self, space):
        """Return an iterator of (line, end_line, column, end_column)
        tuples, one per 2-byte code unit as in CPython (so an instruction,
        INSTR_SIZE bytes, repeats its tuple): the stdlib finds the entry of
        tb_lasti at index tb_lasti // 2."""
        table = self.co_positions_table
        tuples_w = []
        i = 0
        while i + 3 < len(table):
            items_w = []
            for j in range(4):
                value = table[i + j]
                if value < 0:
                    items_w.append(space.w_None)
                else:
                    items_w.append(space.newint(value))
            w_tuple = space.newtuple(items_w)
            for unit in range(INSTR_SIZE // 2):
                tuples_w.append(w_tuple)
            i += 4
        return space.iter(space.newlist(tuples_w))

    def closure_name(self, index):
        """The name of frame.cells[index]."""
        ncellvars = len(self.co_cellvars)
        if index < ncellvars:
            return self.co_cellvars[index]
        return self.co_freevars[index - ncellvars]

    def descr_replace(self, space, w_co_flags=None, w_co_name=None,
                      w_co_qualname=None, w_co_filename=None,
                      w_co_firstlineno=None):
        """Return a copy of the code object with new values for the
        specified fields."""
        flags = self.co_flags
        if w_co_flags is not None:
            flags = space.int_w(w_co_flags)
        name = self.co_name
        if w_co_name is not None:
            name = space.text_w(w_co_name)
        qualname = self.co_qualname
        if w_co_qualname is not None:
            qualname = space.text_w(w_co_qualname)
        filename = self.co_filename
        if w_co_filename is not None:
            filename = space.text_w(w_co_filename)
        firstlineno = self.co_firstlineno
        if w_co_firstlineno is not None:
            firstlineno = space.int_w(w_co_firstlineno)
        code = PyCode(space, self.co_argcount, self.co_posonlyargcount,
                      self.co_kwonlyargcount, self.co_nlocals,
                      self.co_stacksize, flags, self.co_code,
                      self.co_consts_w, self.co_names, self.co_varnames,
                      filename, name, qualname, firstlineno,
                      self.co_linetable, self.co_cellvars, self.co_freevars,
                      self.co_positions_table)
        code.hidden_applevel = self.hidden_applevel
        return code

    def descr_repr(self, space):
        return space.newtext('<code object %s, file "%s", line %d>' % (
            self.co_name, self.co_filename, self.co_firstlineno))


PyCode.typedef = TypeDef(
    'code',
    __repr__=interp2app(PyCode.descr_repr),
    co_positions=interp2app(PyCode.descr_co_positions),
    replace=interp2app(PyCode.descr_replace),
    co_name=GetSetProperty(PyCode.descr_get_co_name),
    co_qualname=GetSetProperty(PyCode.descr_get_co_qualname),
    co_filename=GetSetProperty(PyCode.descr_get_co_filename),
    co_firstlineno=GetSetProperty(PyCode.descr_get_co_firstlineno),
    co_argcount=GetSetProperty(PyCode.descr_get_co_argcount),
    co_posonlyargcount=GetSetProperty(PyCode.descr_get_co_posonlyargcount),
    co_kwonlyargcount=GetSetProperty(PyCode.descr_get_co_kwonlyargcount),
    co_nlocals=GetSetProperty(PyCode.descr_get_co_nlocals),
    co_stacksize=GetSetProperty(PyCode.descr_get_co_stacksize),
    co_flags=GetSetProperty(PyCode.descr_get_co_flags),
    co_code=GetSetProperty(PyCode.descr_get_co_code),
    co_consts=GetSetProperty(PyCode.descr_get_co_consts),
    co_names=GetSetProperty(PyCode.descr_get_co_names),
    co_varnames=GetSetProperty(PyCode.descr_get_co_varnames),
    co_freevars=GetSetProperty(PyCode.descr_get_co_freevars),
    co_cellvars=GetSetProperty(PyCode.descr_get_co_cellvars),
    acceptable_as_base=False,
)
