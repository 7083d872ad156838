"""lib_pypy/opcode.py (the app-level description of our bytecode, read by
dis) must agree with interpreter/opcodes.py (what the compiler emits and
the dispatch loop runs)."""

import os

from interpreter import opcodes
from tests.support import run_app, unwrap

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
OPCODE_PY = os.path.join(TOP, 'lib_pypy', 'opcode.py')


def _app_opcode(space):
    source = open(OPCODE_PY).read()
    return run_app(space, source + "\n(opname, hasjabs, [stack_effect(op, 3,"
                   " jump=j) for op in range(len(opname)) for j in "
                   "(False, True)])", filename=OPCODE_PY)


def test_same_table(space):
    opname, hasjabs, effects = unwrap(space, _app_opcode(space))
    assert [str(name) for name in opname] == opcodes.opname
    assert sorted(hasjabs) == sorted(opcodes.HAS_JUMP_ABS)
    expected = []
    for op in range(len(opcodes.opname)):
        for jump in (False, True):
            expected.append(opcodes.stack_effect(op, 3, jump))
    assert effects == expected
