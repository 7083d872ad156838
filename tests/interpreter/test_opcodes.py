"""The instruction set is consistent: every opcode has a method in the
dispatch loop and a stack effect, and the generated operator opcodes
match the space's operation table."""

from __future__ import absolute_import

from interpreter import opcodes
from interpreter.baseobjspace import ObjSpace
from interpreter.pyopcode import OpcodeDispatcher


def test_every_opcode_is_implemented():
    for name in opcodes.opname:
        if name in ('RETURN_VALUE', 'JUMP_ABSOLUTE'):
            continue      # handled inline by the loop
        assert hasattr(OpcodeDispatcher, name), name


def test_every_opcode_has_a_stack_effect():
    for num, name in enumerate(opcodes.opname):
        for arg in (0, 1, 3):
            opcodes.stack_effect(num, arg)
            if num in opcodes.HAS_JUMP_ABS:
                opcodes.stack_effect(num, arg, jump=True)


def test_operator_opcodes_come_from_the_table():
    binary = set(entry[0] for entry in ObjSpace.BinaryOpTable) - \
        set(['divmod'])
    assert set(space for _, space in opcodes.BINARY_OPS) == binary
    assert len(opcodes.INPLACE_OPS) == len(ObjSpace.InplaceOpTable)
    assert 'BINARY_ADD' in opcodes.opmap
    assert 'INPLACE_AND' in opcodes.opmap


def test_numbering_is_dense():
    assert sorted(opcodes.opmap.values()) == range(len(opcodes.opname))
    assert max(opcodes.opmap.values()) < 256
