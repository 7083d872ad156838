"""The instruction set of this interpreter's bytecode (not CPython's), for
`dis` and the modules that read code objects.

It mirrors interpreter/opcodes.py, the table the compiler and the
dispatch loop use (tests/interpreter/test_opcode_module.py checks that
the two agree).  Every instruction is 4 bytes: the opcode, then a 24-bit
little-endian argument; instructions whose name is not in `hasarg`
ignore their argument.  Jump arguments are absolute byte offsets
(`hasjabs`); there are no relative jumps and no EXTENDED_ARG.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasarg", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "INSTRUCTION_SIZE",
           "stack_effect"]

INSTRUCTION_SIZE = 4

# the argument of COMPARE_OP indexes this
cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# (name, stack effect or None when it depends on the argument, jumps)
_TABLE = [
    ('NOP', 0, False), ('POP_TOP', -1, False), ('ROT_TWO', 0, False),
    ('ROT_THREE', 0, False), ('DUP_TOP', 1, False),
    ('DUP_TOP_TWO', 2, False), ('LOAD_CONST', 1, False),
    ('LOAD_NAME', 1, False), ('STORE_NAME', -1, False),
    ('DELETE_NAME', 0, False), ('LOAD_GLOBAL', 1, False),
    ('STORE_GLOBAL', -1, False), ('DELETE_GLOBAL', 0, False),
    ('LOAD_FAST', 1, False), ('STORE_FAST', -1, False),
    ('DELETE_FAST', 0, False), ('LOAD_ATTR', 0, False),
    ('STORE_ATTR', -2, False), ('DELETE_ATTR', -1, False),
    ('BINARY_SUBSCR', -1, False), ('STORE_SUBSCR', -3, False),
    ('DELETE_SUBSCR', -2, False), ('UNARY_NOT', 0, False),
    ('COMPARE_OP', -1, False), ('IS_OP', -1, False),
    ('CONTAINS_OP', -1, False), ('BUILD_TUPLE', None, False),
    ('BUILD_LIST', None, False), ('BUILD_MAP', None, False),
    ('BUILD_SLICE', None, False), ('UNPACK_SEQUENCE', None, False),
    ('JUMP_FORWARD', 0, True), ('JUMP_ABSOLUTE', 0, True),
    ('POP_JUMP_IF_FALSE', -1, True), ('POP_JUMP_IF_TRUE', -1, True),
    ('JUMP_IF_FALSE_OR_POP', -1, True), ('JUMP_IF_TRUE_OR_POP', -1, True),
    ('GET_ITER', 0, False), ('FOR_ITER', 1, True),
    ('CALL_FUNCTION', None, False), ('CALL_FUNCTION_KW', None, False),
    ('MAKE_FUNCTION', None, False), ('RETURN_VALUE', -1, False),
    ('IMPORT_NAME', -1, False), ('IMPORT_FROM', 1, False),
    ('PRINT_EXPR', -1, False), ('SETUP_FINALLY', 0, True),
    ('POP_BLOCK', 0, False), ('POP_EXCEPT', 0, False),
    ('RERAISE', -1, False), ('RAISE_VARARGS', None, False),
    ('JUMP_IF_NOT_EXC_MATCH', -2, True), ('LOAD_ASSERTION_ERROR', 1, False),
    ('LOAD_DEREF', 1, False), ('STORE_DEREF', -1, False),
    ('DELETE_DEREF', 0, False), ('LOAD_CLOSURE', 1, False),
    ('LOAD_CLASSDEREF', 1, False), ('LOAD_BUILD_CLASS', 1, False),
    ('SETUP_ANNOTATIONS', 0, False), ('YIELD_VALUE', 0, False),
    ('GET_YIELD_FROM_ITER', 0, False), ('YIELD_FROM', -1, False),
    ('GET_AWAITABLE', 0, False), ('GET_AITER', 0, False),
    ('GET_ANEXT', 1, False), ('END_ASYNC_FOR', -2, False),
    ('BEFORE_ASYNC_WITH', 1, False), ('MATCH_SEQUENCE', 1, False),
    ('MATCH_MAPPING', 1, False), ('GET_LEN', 1, False),
    ('MATCH_KEYS', 1, False), ('COPY_DICT_WITHOUT_KEYS', -1, False),
    ('MATCH_CLASS', -2, False), ('BUILD_SET', None, False),
    ('LIST_APPEND', -1, False), ('SET_ADD', -1, False),
    ('MAP_ADD', -2, False), ('LIST_EXTEND', -1, False),
    ('SET_UPDATE', -1, False), ('DICT_UPDATE', -1, False),
    ('DICT_MERGE', -1, False), ('LIST_TO_TUPLE', 0, False),
    ('CALL_FUNCTION_EX', None, False), ('UNPACK_EX', None, False),
    ('IMPORT_STAR', -1, False), ('FORMAT_VALUE', None, False),
    ('BUILD_STRING', None, False), ('BEFORE_WITH', 1, False),
    ('SETUP_WITH', 0, True), ('WITH_EXCEPT_START', 1, False),
    ('LOAD_METHOD', 1, False), ('CALL_METHOD', None, False),
] + [(prefix + op, -1, False)
     for prefix in ('BINARY_', 'INPLACE_')
     for op in ('ADD', 'SUB', 'MUL', 'MATMUL', 'TRUEDIV', 'FLOORDIV', 'MOD',
                'POW', 'LSHIFT', 'RSHIFT', 'AND', 'OR', 'XOR')] + [
    ('UNARY_POSITIVE', 0, False), ('UNARY_NEGATIVE', 0, False),
    ('UNARY_INVERT', 0, False),
]

opname = [name for name, _, _ in _TABLE]
opmap = {name: number for number, name in enumerate(opname)}

# what an instruction's argument means
hasconst = [opmap['LOAD_CONST']]
hasname = [opmap[name] for name in (
    'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL',
    'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'IMPORT_NAME',
    'IMPORT_FROM', 'LOAD_METHOD')]
haslocal = [opmap[name] for name in ('LOAD_FAST', 'STORE_FAST',
                                     'DELETE_FAST')]
# an index into the frame's cells: co_cellvars then co_freevars
hasfree = [opmap[name] for name in ('LOAD_DEREF', 'STORE_DEREF',
                                    'DELETE_DEREF', 'LOAD_CLOSURE',
                                    'LOAD_CLASSDEREF')]
hascompare = [opmap['COMPARE_OP']]
hasjabs = [number for number, (_, _, jumps) in enumerate(_TABLE) if jumps]
hasjrel = []
# a count, flags or a depth
_NUMERIC = [opmap[name] for name in (
    'IS_OP', 'CONTAINS_OP', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD',
    'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE',
    'GET_AWAITABLE', 'MATCH_CLASS')] + [
    number for number, (_, effect, _) in enumerate(_TABLE) if effect is None]
hasarg = sorted(set(hasconst + hasname + haslocal + hasfree + hascompare +
                    hasjabs + _NUMERIC))

# no argument split: every instruction has the argument field
HAVE_ARGUMENT = 0
EXTENDED_ARG = None

_MAKE_FUNCTION_FLAGS = (0x01, 0x02, 0x04, 0x08)
_UNPACK_EX_SHIFT = 12


def stack_effect(opcode, oparg=None, *, jump=None):
    """Compute the stack effect of the opcode (at the jump target when
    jump is true, of the fall-through when it is false, the larger of
    the two by default)."""
    if not 0 <= opcode < len(_TABLE):
        raise ValueError("invalid opcode or oparg")
    if opcode in hasarg and oparg is None:
        raise ValueError("stack_effect: opcode requires oparg but oparg "
                         "was not specified")
    if jump is None and opcode in hasjabs:
        return max(_effect(opcode, oparg, True), _effect(opcode, oparg,
                                                         False))
    return _effect(opcode, oparg or 0, bool(jump))


def _effect(op, arg, jump):
    name, effect, _ = _TABLE[op]
    if effect is not None:
        if jump:
            if name == 'FOR_ITER':
                return -1
            if name in ('JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
                        'SETUP_WITH'):
                return 0
            if name == 'SETUP_FINALLY':
                return 1
        return effect
    if name in ('BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SLICE', 'BUILD_SET',
                'BUILD_STRING'):
        return 1 - arg
    if name == 'RAISE_VARARGS':
        return -arg
    if name == 'BUILD_MAP':
        return 1 - 2 * arg
    if name == 'UNPACK_SEQUENCE':
        return arg - 1
    if name == 'CALL_FUNCTION':
        return -arg
    if name in ('CALL_FUNCTION_KW', 'CALL_METHOD'):
        return -arg - 1
    if name == 'MAKE_FUNCTION':
        return -1 - sum(1 for flag in _MAKE_FUNCTION_FLAGS if arg & flag)
    if name == 'CALL_FUNCTION_EX':
        return -1 - (arg & 1)
    if name == 'UNPACK_EX':
        return (arg & ((1 << _UNPACK_EX_SHIFT) - 1)) + \
            (arg >> _UNPACK_EX_SHIFT)
    if name == 'FORMAT_VALUE':
        return -1 if arg & 0x04 else 0
    raise ValueError("invalid opcode or oparg")
