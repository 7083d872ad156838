"""The instruction set of our bytecode: one table, read by the compiler
(interpreter/astcompiler), the dispatch loop (interpreter/pyopcode.py) and
the app-level `opcode`/`dis` modules.

Encoding: every instruction is 4 bytes, the opcode then a 24-bit argument,
little-endian (instructions without an argument carry 0).  Fixed-width
instructions need no EXTENDED_ARG and make jump targets plain byte
offsets.

What comes out of this module: a constant per opcode (`LOAD_CONST = 3`,
...), `opname[n]`, `opmap[name]`, `HAS_JUMP_ABS`/`HAS_JUMP_REL` sets, and
`BINARY_OPS` / `INPLACE_OPS` / `UNARY_OPS`: (opcode name, space method
name) pairs generated from ObjSpace.MethodTable, so that adding an
operator to the space's table gives it an opcode.
"""


from __future__ import absolute_import
from interpreter.baseobjspace import ObjSpace

INSTR_SIZE = 4
MAX_ARG = (1 << 24) - 1

# Comparison kinds, the argument of COMPARE_OP, in the order of the
# space's comparison table.
CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE = range(6)
COMPARE_SPACE_METHODS = ['lt', 'le', 'eq', 'ne', 'gt', 'ge']

_UNARY_NAMES = {'pos': 'UNARY_POSITIVE', 'neg': 'UNARY_NEGATIVE',
                'invert': 'UNARY_INVERT'}


def _binary_opname(prefix, spacename):
    return prefix + spacename.replace('inplace_', '').rstrip('_').upper()


BINARY_OPS = [(_binary_opname('BINARY_', entry[0]), entry[0])
              for entry in ObjSpace.BinaryOpTable
              if entry[0] != 'divmod']
INPLACE_OPS = [(_binary_opname('INPLACE_', entry[0]), entry[0])
               for entry in ObjSpace.InplaceOpTable]
UNARY_OPS = [(_UNARY_NAMES[entry[0]], entry[0])
             for entry in ObjSpace.UnaryOpTable if entry[0] in _UNARY_NAMES]

# name, stack effect (None: depends on the argument, see stack_effect()),
# jump kind ('abs' for an absolute byte offset)
_TABLE = [
    ('NOP', 0, None),
    ('POP_TOP', -1, None),
    ('ROT_TWO', 0, None),
    ('ROT_THREE', 0, None),
    ('DUP_TOP', 1, None),
    ('DUP_TOP_TWO', 2, None),
    ('LOAD_CONST', 1, None),
    ('LOAD_NAME', 1, None),
    ('STORE_NAME', -1, None),
    ('DELETE_NAME', 0, None),
    ('LOAD_GLOBAL', 1, None),
    ('STORE_GLOBAL', -1, None),
    ('DELETE_GLOBAL', 0, None),
    ('LOAD_FAST', 1, None),
    ('STORE_FAST', -1, None),
    ('DELETE_FAST', 0, None),
    ('LOAD_ATTR', 0, None),
    ('STORE_ATTR', -2, None),
    ('DELETE_ATTR', -1, None),
    ('BINARY_SUBSCR', -1, None),
    ('STORE_SUBSCR', -3, None),
    ('DELETE_SUBSCR', -2, None),
    ('UNARY_NOT', 0, None),
    ('COMPARE_OP', -1, None),
    ('IS_OP', -1, None),
    ('CONTAINS_OP', -1, None),
    ('BUILD_TUPLE', None, None),
    ('BUILD_LIST', None, None),
    ('BUILD_MAP', None, None),
    ('BUILD_SLICE', None, None),
    ('UNPACK_SEQUENCE', None, None),
    ('JUMP_FORWARD', 0, 'abs'),
    ('JUMP_ABSOLUTE', 0, 'abs'),
    ('POP_JUMP_IF_FALSE', -1, 'abs'),
    ('POP_JUMP_IF_TRUE', -1, 'abs'),
    ('JUMP_IF_FALSE_OR_POP', -1, 'abs'),
    ('JUMP_IF_TRUE_OR_POP', -1, 'abs'),
    ('GET_ITER', 0, None),
    ('FOR_ITER', 1, 'abs'),
    ('CALL_FUNCTION', None, None),
    ('CALL_FUNCTION_KW', None, None),
    ('MAKE_FUNCTION', None, None),
    ('RETURN_VALUE', -1, None),
    ('IMPORT_NAME', -1, None),
    ('IMPORT_FROM', 1, None),
    ('PRINT_EXPR', -1, None),
    ('SETUP_FINALLY', 0, 'abs'),
    ('POP_BLOCK', 0, None),
    ('POP_EXCEPT', 0, None),
    ('RERAISE', -1, None),
    ('RAISE_VARARGS', None, None),
    ('JUMP_IF_NOT_EXC_MATCH', -2, 'abs'),
    ('LOAD_ASSERTION_ERROR', 1, None),
    # closures: the argument is an index into frame.cells
    ('LOAD_DEREF', 1, None),
    ('STORE_DEREF', -1, None),
    ('DELETE_DEREF', 0, None),
    ('LOAD_CLOSURE', 1, None),
    ('LOAD_CLASSDEREF', 1, None),
    # classes
    ('LOAD_BUILD_CLASS', 1, None),
    ('SETUP_ANNOTATIONS', 0, None),
    # generators
    ('YIELD_VALUE', 0, None),
    ('GET_YIELD_FROM_ITER', 0, None),
    ('YIELD_FROM', -1, None),
    # coroutines: an `await` is GET_AWAITABLE, LOAD_CONST None,
    # YIELD_FROM; `async for` gets the next item inside a SETUP_FINALLY
    # whose handler starts with END_ASYNC_FOR
    ('GET_AWAITABLE', 0, None),
    ('GET_AITER', 0, None),
    ('GET_ANEXT', 1, None),
    ('END_ASYNC_FOR', -2, None),
    ('BEFORE_ASYNC_WITH', 1, None),
    # match statements (see astcompiler/patterns.py): the MATCH_*
    # and GET_LEN push their result above the value they test;
    # MATCH_KEYS pushes a tuple of values or None above the mapping and
    # the tuple of keys; COPY_DICT_WITHOUT_KEYS replaces those two with
    # a dict of the other items; MATCH_CLASS (argument: the number of
    # positional sub-patterns) replaces the subject, the class and the
    # tuple of keyword names with a tuple of attributes or None
    ('MATCH_SEQUENCE', 1, None),
    ('MATCH_MAPPING', 1, None),
    ('GET_LEN', 1, None),
    ('MATCH_KEYS', 1, None),
    ('COPY_DICT_WITHOUT_KEYS', -1, None),
    ('MATCH_CLASS', -2, None),
    # comprehensions and displays: the argument of the *_APPEND/ADD/
    # EXTEND/UPDATE/MERGE opcodes says how deep below the popped operands
    # the container is (1: just below)
    ('BUILD_SET', None, None),
    ('LIST_APPEND', -1, None),
    ('SET_ADD', -1, None),
    ('MAP_ADD', -2, None),
    ('LIST_EXTEND', -1, None),
    ('SET_UPDATE', -1, None),
    ('DICT_UPDATE', -1, None),
    ('DICT_MERGE', -1, None),
    ('LIST_TO_TUPLE', 0, None),
    ('CALL_FUNCTION_EX', None, None),
    ('UNPACK_EX', None, None),
    ('IMPORT_STAR', -1, None),
    # f-strings
    ('FORMAT_VALUE', None, None),
    ('BUILD_STRING', None, None),
    # with statements
    ('BEFORE_WITH', 1, None),
    ('SETUP_WITH', 0, 'abs'),
    ('WITH_EXCEPT_START', 1, None),
    # method calls: `obj.name(args)` without keywords or stars is
    # LOAD_METHOD name (obj -> callable, self or None), the arguments,
    # CALL_METHOD nargs; when the method is a plain function found on
    # the type, no bound method is made
    ('LOAD_METHOD', 1, None),
    ('CALL_METHOD', None, None),
] + [(name, -1, None) for name, _ in BINARY_OPS + INPLACE_OPS] + [
    (name, 0, None) for name, _ in UNARY_OPS]

_VARIABLE = -1000   # the stack effect depends on the argument

opname = []
opmap = {}
_stack_effects = []
HAS_JUMP_ABS = set()
for _num, (_name, _effect, _jump) in enumerate(_TABLE):
    globals()[_name] = _num
    opname.append(_name)
    opmap[_name] = _num
    _stack_effects.append(_VARIABLE if _effect is None else _effect)
    if _jump == 'abs':
        HAS_JUMP_ABS.add(_num)
del _num, _name, _effect, _jump

# MAKE_FUNCTION flags; the stack holds, bottom to top, the defaults
# tuple, the keyword-only defaults dict, the annotations dict, the tuple
# of closure cells (each if its flag is set), the code, the qualname
MAKE_FUNCTION_DEFAULTS = 0x01
MAKE_FUNCTION_KWDEFAULTS = 0x02
MAKE_FUNCTION_ANNOTATIONS = 0x04
MAKE_FUNCTION_CLOSURE = 0x08

# FORMAT_VALUE: the conversion in the low bits, and whether a format spec
# was pushed above the value
FORMAT_NONE, FORMAT_STR, FORMAT_REPR, FORMAT_ASCII = range(4)
FORMAT_CONVERSION_MASK = 0x03
FORMAT_WITH_SPEC = 0x04

# GET_AWAITABLE: what is awaited (for the error messages)
AWAIT_EXPR, AWAIT_AENTER, AWAIT_AEXIT = range(3)

# UNPACK_EX: the number of targets before the starred one in the low
# bits, the number after it shifted
UNPACK_EX_SHIFT = 12
UNPACK_EX_LIMIT = 1 << UNPACK_EX_SHIFT

_MAKE_FUNCTION_FLAGS = [MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
                        MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE]


def stack_effect(op, arg, jump=False):
    """How the instruction changes the stack depth (at the jump target
    when jump is true)."""
    effect = _stack_effects[op]
    if effect != _VARIABLE:
        if op == FOR_ITER and jump:
            return -1       # the exhausted iterator is popped
        if op in (JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP) and jump:
            return 0        # the tested value stays
        if op == SETUP_FINALLY and jump:
            return 1        # the handler starts with the exception pushed
        if op == SETUP_WITH and jump:
            return 0        # the __enter__ result replaced by the exception
        return effect
    if op in (BUILD_TUPLE, BUILD_LIST):
        return 1 - arg
    if op == RAISE_VARARGS:
        return -arg
    if op == BUILD_SLICE:
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == CALL_FUNCTION:
        return -arg
    if op == CALL_FUNCTION_KW:
        return -arg - 1
    if op == CALL_METHOD:
        return -arg - 1
    if op == MAKE_FUNCTION:
        n = -1   # the qualified name
        for flag in _MAKE_FUNCTION_FLAGS:
            if arg & flag:
                n -= 1
        return n
    if op == BUILD_SET or op == BUILD_STRING:
        return 1 - arg
    if op == CALL_FUNCTION_EX:
        return -1 - (arg & 1)   # the callable and *args (and **kwargs)
    if op == UNPACK_EX:
        return (arg & (UNPACK_EX_LIMIT - 1)) + (arg >> UNPACK_EX_SHIFT)
    if op == FORMAT_VALUE:
        if arg & FORMAT_WITH_SPEC:
            return -1
        return 0
    raise ValueError('no stack effect for %s' % opname[op])
