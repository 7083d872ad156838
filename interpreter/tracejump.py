"""Assigning frame.f_lineno from a trace function: the jump pdb's `jump`
command makes.

CPython 3.11's rules and messages: only from a 'line' event of the frame
being traced, to a line of the same code object that starts an
instruction; the target must not need values that are not on the stack
(the body of a `for` loop needs its iterator, an `except` clause its
exception).  What differs: the jump is refused from a 'return' event of
a suspended generator (CPython allows it there), and only the frame
whose 'line' event is being delivered can jump.

To know what the stack holds at each instruction, `analyse` follows the
code once per jump: for every reachable instruction, the kinds of the
values on the value stack (a string: 'o' an object, 'i' a for loop's
iterator, 'e' an exception that a handler starts with) and the block
stack (pairs handler offset, stack level; handler -1 for an `except` or
`finally` handler that is running).  A jump pops the values and blocks
the target does not have (leaving an `except` handler ends its
exception) and pushes the `try` blocks it enters.
"""


from __future__ import absolute_import

from interpreter import opcodes, tracing
from interpreter.error import OperationError, oefmt
from interpreter.pyopcode import SetupFinallyBlock, ExceptHandlerBlock

INSTR = opcodes.INSTR_SIZE

# no successor after these
_ENDS = [opcodes.RETURN_VALUE, opcodes.RERAISE, opcodes.RAISE_VARARGS]
# both the next instruction and the argument
_BRANCHES = [opcodes.POP_JUMP_IF_FALSE, opcodes.POP_JUMP_IF_TRUE,
             opcodes.JUMP_IF_FALSE_OR_POP, opcodes.JUMP_IF_TRUE_OR_POP,
             opcodes.FOR_ITER, opcodes.JUMP_IF_NOT_EXC_MATCH]


class CodeStacks(object):
    """The result of `analyse`: per instruction index, the value kinds
    (None when unreachable) and the block stack."""

    def __init__(self, count):
        self.kinds = [None] * count
        self.blocks = [None] * count


def _with_effect(kinds, effect):
    if effect < 0:
        end = len(kinds) + effect
        if end < 0:
            end = 0
        assert end >= 0
        return kinds[:end]
    return kinds + 'o' * effect


def _pop_block(blocks):
    end = len(blocks) - 2
    if end < 0:
        end = 0
    assert end >= 0
    return blocks[:end]


def analyse(pycode):
    code = pycode.co_code
    count = len(code) // INSTR
    result = CodeStacks(count)
    todo = [0]
    result.kinds[0] = ''
    result.blocks[0] = []
    while todo:
        index = todo.pop()
        offset = index * INSTR
        op = ord(code[offset])
        arg = (ord(code[offset + 1]) | (ord(code[offset + 2]) << 8) |
               (ord(code[offset + 3]) << 16))
        kinds = result.kinds[index]
        blocks = result.blocks[index]
        assert kinds is not None and blocks is not None
        next_kinds = None
        next_blocks = blocks
        jump_kinds = None
        jump_blocks = blocks
        if op in _ENDS:
            pass
        elif op == opcodes.JUMP_FORWARD or op == opcodes.JUMP_ABSOLUTE:
            jump_kinds = kinds
        elif op == opcodes.SETUP_FINALLY or op == opcodes.SETUP_WITH:
            level = len(kinds)
            if op == opcodes.SETUP_WITH:
                level -= 1
            if level < 0:
                level = 0
            assert level >= 0
            next_kinds = kinds
            next_blocks = blocks + [arg, level]
            jump_kinds = kinds[:level] + 'e'
            jump_blocks = blocks + [-1, level]
        elif op == opcodes.POP_BLOCK or op == opcodes.POP_EXCEPT:
            next_kinds = kinds
            next_blocks = _pop_block(blocks)
        elif op == opcodes.END_ASYNC_FOR:
            next_kinds = _with_effect(kinds, -2)
            next_blocks = _pop_block(blocks)
        elif op == opcodes.GET_ITER:
            next_kinds = _with_effect(kinds, -1) + 'i'
        elif op in _BRANCHES:
            next_kinds = _with_effect(kinds, opcodes.stack_effect(op, arg))
            jump_kinds = _with_effect(kinds,
                                      opcodes.stack_effect(op, arg, True))
        else:
            next_kinds = _with_effect(kinds, opcodes.stack_effect(op, arg))
        if next_kinds is not None and index + 1 < count and \
                result.kinds[index + 1] is None:
            result.kinds[index + 1] = next_kinds
            result.blocks[index + 1] = next_blocks
            todo.append(index + 1)
        if jump_kinds is not None:
            target = arg // INSTR
            if 0 <= target < count and result.kinds[target] is None:
                result.kinds[target] = jump_kinds
                result.blocks[target] = jump_blocks
                todo.append(target)
    return result


def _line_starts(pycode):
    """Per instruction, its line if it starts one (in offset order, as
    CPython's line table says), else -1."""
    lines = tracing.line_array(pycode)
    starts = [-1] * len(lines)
    last = -1
    for i in range(len(lines)):
        if lines[i] != last:
            starts[i] = lines[i]
            last = lines[i]
    return starts


def _incompatible(kinds):
    """The message for a target whose stack the current one cannot give."""
    top = kinds[len(kinds) - 1]
    if top == 'i':
        return "can't jump into the body of a for loop"
    if top == 'e':
        return "can't jump into an 'except' block as there's no exception"
    return "incompatible stacks"


def set_lineno(space, frame, w_lineno):
    """frame.f_lineno = w_lineno (see the module docstring)."""
    if not space.is_w(space.type(w_lineno), space.w_int):
        raise oefmt(space.w_ValueError, "lineno must be an integer")
    ec = space.getexecutioncontext()
    event = ec.trace_event
    if event == tracing.EV_CALL:
        raise oefmt(space.w_ValueError,
                    "can't jump from the 'call' trace event of a new frame")
    if event != tracing.EV_LINE or ec.trace_frame is not frame:
        raise oefmt(space.w_ValueError,
                    "can only jump from a 'line' trace event")
    if frame.w_f_trace is None:
        raise oefmt(space.w_ValueError,
                    "f_lineno can only be set by a trace function")
    try:
        new_lineno = space.int_w(w_lineno)
    except OperationError:
        raise oefmt(space.w_ValueError, "lineno out of range")
    if new_lineno > 0x7fffffff or new_lineno < -0x80000000:
        raise oefmt(space.w_ValueError, "lineno out of range")
    pycode = frame.pycode
    if new_lineno < pycode.co_firstlineno:
        raise oefmt(space.w_ValueError,
                    "line %d comes before the current code block",
                    new_lineno)
    starts = _line_starts(pycode)
    best_line = -1
    for line in starts:
        if line >= new_lineno and (best_line < 0 or line < best_line):
            best_line = line
    if best_line < 0:
        raise oefmt(space.w_ValueError,
                    "line %d comes after the current code block", new_lineno)
    stacks = analyse(pycode)
    here = frame.last_instr // INSTR
    start_kinds = stacks.kinds[here]
    start_blocks = stacks.blocks[here]
    if start_kinds is None or start_blocks is None:
        raise oefmt(space.w_ValueError, "can't jump from unreachable code")
    best = -1
    msg = "cannot find bytecode for specified line"
    for i in range(len(starts)):
        if starts[i] != best_line:
            continue
        kinds = stacks.kinds[i]
        if kinds is None:
            msg = ("can't jump into an exception handler, or code may be "
                   "unreachable")
        elif start_kinds.startswith(kinds):
            if best < 0 or len(kinds) > len(stacks.kinds[best]):
                best = i
        else:
            msg = _incompatible(kinds)
    if best < 0:
        raise oefmt(space.w_ValueError, "%s", msg)
    target_blocks = stacks.blocks[best]
    assert target_blocks is not None
    common = 0
    while common + 1 < len(start_blocks) and \
            common + 1 < len(target_blocks) and \
            start_blocks[common] == target_blocks[common] and \
            start_blocks[common + 1] == target_blocks[common + 1]:
        common += 2
    i = common
    while i < len(target_blocks):
        if target_blocks[i] < 0:
            raise oefmt(space.w_ValueError, "can't jump into an 'except' "
                        "block as there's no exception")
        i += 2
    _do_jump(ec, frame, len(stacks.kinds[best]), common, target_blocks,
             best * INSTR)


def _do_jump(ec, frame, depth, common, target_blocks, target):
    # (depths and levels here count from the bottom of the value stack)
    base = frame.stack_base()
    while frame.valuestackdepth > base + depth:
        frame.popvalue()
    while len(frame.blockstack) * 2 > common:
        block = frame.blockstack.pop()
        if isinstance(block, ExceptHandlerBlock):
            ec.handled_errors.pop()
    i = common
    while i < len(target_blocks):
        frame.blockstack.append(SetupFinallyBlock(target_blocks[i],
                                                  base + target_blocks[i + 1]))
        i += 2
    ec.trace_jump = target
