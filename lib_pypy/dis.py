"""Disassembler of this interpreter's bytecode (see lib_pypy/opcode.py):
CPython's `dis` interface (dis, disassemble, get_instructions,
Bytecode, findlinestarts, findlabels, code_info, show_code,
COMPILER_FLAG_NAMES) for our instruction set."""

import sys

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import INSTRUCTION_SIZE

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code", "get_instructions",
           "Instruction", "Bytecode", "Positions"] + _opcodes_all
del _opcodes_all

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_FORMAT_CONVERSIONS = ('', 'str', 'repr', 'ascii')


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class Positions:
    """The source span of an instruction (columns may be None)."""
    __slots__ = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __init__(self, lineno=None, end_lineno=None, col_offset=None,
                 end_col_offset=None):
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col_offset = col_offset
        self.end_col_offset = end_col_offset

    def __iter__(self):
        return iter((self.lineno, self.end_lineno, self.col_offset,
                     self.end_col_offset))

    def __eq__(self, other):
        return isinstance(other, Positions) and tuple(self) == tuple(other)

    def __repr__(self):
        return ('Positions(lineno=%r, end_lineno=%r, col_offset=%r, '
                'end_col_offset=%r)' % tuple(self))


class Instruction:
    """Details for a bytecode operation: opname, opcode, arg, argval,
    argrepr, offset, starts_line, is_jump_target, positions."""
    __slots__ = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                 'starts_line', 'is_jump_target', 'positions')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset,
                 starts_line, is_jump_target, positions=None):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target
        self.positions = positions

    def __repr__(self):
        return ('Instruction(opname=%r, opcode=%r, arg=%r, argval=%r, '
                'argrepr=%r, offset=%r, starts_line=%r, is_jump_target=%r)'
                % (self.opname, self.opcode, self.arg, self.argval,
                   self.argrepr, self.offset, self.starts_line,
                   self.is_jump_target))

    def _disassemble(self, lineno_width=3, mark_as_current=False,
                     offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append('%*d' % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(24))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code_object(x):
    """The code object of a function, method, class, generator,
    coroutine, code object or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, '<disassembly>')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the
    source: (offset, lineno) pairs."""
    last = None
    # co_positions() has an entry per 2-byte code unit, as CPython's
    for unit, (lineno, _, _, _) in enumerate(code.co_positions()):
        offset = unit * 2
        if offset % INSTRUCTION_SIZE:
            continue
        if lineno != last and lineno is not None:
            yield offset, lineno
            last = lineno


def _unpack(code):
    co_code = code.co_code
    for offset in range(0, len(co_code), INSTRUCTION_SIZE):
        op = co_code[offset]
        arg = (co_code[offset + 1] | (co_code[offset + 2] << 8) |
               (co_code[offset + 3] << 16))
        yield offset, op, arg


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets."""
    labels = []
    for offset, op, arg in _unpack(code):
        if op in hasjabs and arg not in labels:
            labels.append(arg)
    return labels


def _cell_names(code):
    return code.co_cellvars + code.co_freevars


def _arg_value(code, op, arg):
    """(argval, argrepr) of an instruction."""
    if op in hasconst:
        value = code.co_consts[arg]
        return value, repr(value)
    if op in hasname:
        return code.co_names[arg], code.co_names[arg]
    if op in haslocal:
        return code.co_varnames[arg], code.co_varnames[arg]
    if op in hasfree:
        name = _cell_names(code)[arg]
        return name, name
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if op in hasjabs:
        return arg, 'to ' + repr(arg)
    if op == opmap['FORMAT_VALUE']:
        text = _FORMAT_CONVERSIONS[arg & 0x03]
        if arg & 0x04:
            text = (text + ', ' if text else '') + 'with format'
        return arg, text
    if op in (opmap['IS_OP'], opmap['CONTAINS_OP']):
        return arg, 'not' if arg else ''
    return arg, ''


def get_instructions(x, *, first_line=None):
    """Iterator over the instructions of the code object of x."""
    code = _get_code_object(x)
    linestarts = dict(findlinestarts(code))
    if first_line is not None:
        line_offset = first_line - code.co_firstlineno
    else:
        line_offset = 0
    labels = findlabels(code)
    # one entry per 2-byte code unit: keep the first of each instruction
    positions = iter(list(code.co_positions())[::INSTRUCTION_SIZE // 2])
    for offset, op, arg in _unpack(code):
        starts_line = linestarts.get(offset)
        if starts_line is not None:
            starts_line += line_offset
        pos = Positions(*next(positions, ()))
        if op in hasarg:
            argval, argrepr = _arg_value(code, op, arg)
        else:
            arg = argval = None
            argrepr = ''
        yield Instruction(opname[op], op, arg, argval, argrepr, offset,
                          starts_line, offset in labels, pos)


def disassemble(co, lasti=-1, *, file=None):
    """Disassemble a code object."""
    linestarts = dict(findlinestarts(co))
    maxline = max(linestarts.values()) if linestarts else 0
    lineno_width = max(3, len(str(maxline)))
    offset_width = max(4, len(str(len(co.co_code) - INSTRUCTION_SIZE)))
    for instr in get_instructions(co):
        if instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti,
                                 offset_width), file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None):
    """Disassemble classes, methods, functions, generators, coroutines,
    code objects and source strings (the last traceback without an
    argument)."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__dict__') and not hasattr(x, '__code__'):
        # a class or a module: each of its functions
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if hasattr(value, '__code__') or isinstance(value, type):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
        return
    if isinstance(x, (bytes, bytearray)):
        raise TypeError("raw bytecode is ambiguous here: pass a code "
                        "object")
    _disassemble_recursive(_get_code_object(x), file=file, depth=depth)


def distb(tb=None, *, file=None):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    co = _get_code_object(x)
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code: iterate over it for
    Instruction objects."""

    def __init__(self, x, *, first_line=None, current_offset=None):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
        else:
            self.first_line = first_line
        self.current_offset = current_offset
        self._original_object = x

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        import io
        with io.StringIO() as output:
            disassemble(self.codeobj, self.current_offset
                        if self.current_offset is not None else -1,
                        file=output)
            return output.getvalue()


def _find_imports(co):
    """(name, level, fromlist) of the imports of a code object."""
    IMPORT_NAME = opmap['IMPORT_NAME']
    LOAD_CONST = opmap['LOAD_CONST']
    insts = [(op, arg) for _, op, arg in _unpack(co)]
    for i, (op, arg) in enumerate(insts):
        if op == IMPORT_NAME and i >= 2:
            (op1, arg1), (op2, arg2) = insts[i - 2], insts[i - 1]
            if op1 == LOAD_CONST and op2 == LOAD_CONST:
                yield (co.co_names[arg], co.co_consts[arg1],
                       co.co_consts[arg2])


def _find_store_names(co):
    """The names stored by a code object (STORE_NAME, STORE_GLOBAL)."""
    stores = (opmap['STORE_NAME'], opmap['STORE_GLOBAL'])
    for _, op, arg in _unpack(co):
        if op in stores:
            yield co.co_names[arg]


def _test():
    """Simple test program to disassemble a file."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?',
                        default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


if __name__ == "__main__":
    _test()
