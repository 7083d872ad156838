"""The assembler: a list of instructions with symbolic jump targets ->
the bytes of co_code, the constants, the line table, the position table
and the maximum stack depth.

Every instruction carries the source position of what it was compiled
from (start line, end line, start and end column in UTF-8 bytes, as
CPython 3.11's AST gives them): the code generator sets the current
position from each statement and expression it compiles
(`set_position`), and tracebacks underline that range.

Instructions are fixed-width (4 bytes, see interpreter/opcodes.py), so a
label's offset is just 4 times the index of the instruction placed after
it.  The stack depth is computed by following every path through the
code, so the code generator never tracks it by hand.
"""


from __future__ import absolute_import
from interpreter import opcodes as op
from interpreter.pycode import PyCode
from interpreter.pyparser.error import SyntaxError


class Label(object):
    """A jump target; `index` is the instruction it stands before."""

    def __init__(self):
        self.index = -1


class Instruction(object):
    def __init__(self, opcode, arg, label, lineno, end_lineno, col_offset,
                 end_col_offset):
        self.opcode = opcode
        self.arg = arg
        self.label = label
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col_offset = col_offset
        self.end_col_offset = end_col_offset


# instructions after which execution does not continue with the next one
_NO_FALLTHROUGH = [op.JUMP_FORWARD, op.JUMP_ABSOLUTE, op.RETURN_VALUE,
                   op.RERAISE, op.RAISE_VARARGS]
# (a YIELD_VALUE continues with the next instruction when resumed, with
# the sent value in place of the yielded one: for the stack depth it is
# an ordinary instruction)


class Assembler(object):
    def __init__(self, space, firstlineno):
        self.space = space
        self.firstlineno = firstlineno
        self.lineno = firstlineno
        # the rest of the current position; -1 means unknown
        self.end_lineno = firstlineno
        self.col_offset = -1
        self.end_col_offset = -1
        self.instructions = []
        self.consts_w = []
        self.const_keys = {}

    def set_lineno(self, lineno):
        """A position that is a whole line, without columns."""
        self.set_position(lineno, lineno, -1, -1)

    def set_position(self, lineno, end_lineno, col_offset, end_col_offset):
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col_offset = col_offset
        self.end_col_offset = end_col_offset

    def get_position(self):
        return (self.lineno, self.end_lineno, self.col_offset,
                self.end_col_offset)

    def restore_position(self, position):
        lineno, end_lineno, col_offset, end_col_offset = position
        self.set_position(lineno, end_lineno, col_offset, end_col_offset)

    def _instruction(self, opcode, arg, label):
        return Instruction(opcode, arg, label, self.lineno, self.end_lineno,
                           self.col_offset, self.end_col_offset)

    def emit(self, opcode, arg=0):
        self.instructions.append(self._instruction(opcode, arg, None))

    def emit_jump(self, opcode, label):
        self.instructions.append(self._instruction(opcode, 0, label))

    def place_label(self, label):
        label.index = len(self.instructions)

    def add_const(self, w_value):
        """The index of a constant in co_consts, equal constants shared
        (equal means: same type and same repr, so 1, 1.0 and True stay
        apart)."""
        key = self._const_key(w_value)
        if key is not None:
            try:
                return self.const_keys[key]
            except KeyError:
                pass
        index = len(self.consts_w)
        self.consts_w.append(w_value)
        if key is not None:
            self.const_keys[key] = index
        return index

    def _const_key(self, w_value):
        space = self.space
        w_type = space.type(w_value)
        for w_simple in [space.w_int, space.w_float, space.w_str,
                         space.w_bytes, space.w_bool, space.w_NoneType]:
            if w_type is w_simple:
                return '%s:%s' % (w_type.name,
                                  space.text_w(space.repr(w_value)))
        return None

    def _stack_depth(self):
        """The largest stack depth any path reaches."""
        n = len(self.instructions)
        depths = [-1] * (n + 1)
        pending = [0]
        depths[0] = 0
        maxdepth = 0
        while pending:
            index = pending.pop()
            depth = depths[index]
            while index < n:
                instr = self.instructions[index]
                if instr.label is not None:
                    target_depth = depth + op.stack_effect(
                        instr.opcode, instr.arg, jump=True)
                    target = instr.label.index
                    if depths[target] < 0:
                        depths[target] = target_depth
                        pending.append(target)
                    if target_depth > maxdepth:
                        maxdepth = target_depth
                depth += op.stack_effect(instr.opcode, instr.arg)
                assert depth >= 0, 'stack underflow in compiled code'
                if depth > maxdepth:
                    maxdepth = depth
                if instr.opcode in _NO_FALLTHROUGH:
                    break
                index += 1
                if depths[index] >= 0:
                    break
                depths[index] = depth
        return maxdepth

    def assemble(self, argcount, posonlyargcount, kwonlyargcount, flags,
                 names, varnames, filename, name, qualname, cellvars,
                 freevars):
        code = []
        linetable = []
        positions = []
        last_line = -1
        for i in range(len(self.instructions)):
            instr = self.instructions[i]
            arg = instr.arg
            if instr.label is not None:
                assert instr.label.index >= 0, 'label never placed'
                arg = instr.label.index * op.INSTR_SIZE
            if arg > op.MAX_ARG:
                raise SyntaxError("too many statements or constants in one "
                                  "code block", instr.lineno, 0, None,
                                  filename)
            code.append(chr(instr.opcode))
            code.append(chr(arg & 0xff))
            code.append(chr((arg >> 8) & 0xff))
            code.append(chr((arg >> 16) & 0xff))
            if instr.lineno != last_line:
                linetable.append(i * op.INSTR_SIZE)
                linetable.append(instr.lineno)
                last_line = instr.lineno
            positions.append(instr.lineno)
            positions.append(instr.end_lineno)
            positions.append(instr.col_offset)
            positions.append(instr.end_col_offset)
        return PyCode(self.space, argcount, posonlyargcount, kwonlyargcount,
                      len(varnames), self._stack_depth(), flags,
                      ''.join(code), self.consts_w[:], names[:],
                      varnames[:], filename, name, qualname,
                      self.firstlineno, linetable, cellvars[:], freevars[:],
                      positions[:])
