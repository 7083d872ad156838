"""The compiled-pattern format of CPython 3.11's `re` (re/_constants.py):
opcode, AT and CATEGORY numbers, INFO flags and the limits that `_sre`
exports.  The numbers are positions in _constants' name lists, so they
are written here in the same order; tests/interpreter/test_sre_engine.py
checks them against the host's CPython."""

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 2 ** 32 - 1     # the largest code word (CODESIZE bytes)
MAXGROUPS = 2 ** 31 - 1     # as on a 64-bit CPython

OPCODE_NAMES = [
    'FAILURE', 'SUCCESS', 'ANY', 'ANY_ALL', 'ASSERT', 'ASSERT_NOT', 'AT',
    'BRANCH', 'CATEGORY', 'CHARSET', 'BIGCHARSET', 'GROUPREF',
    'GROUPREF_EXISTS', 'IN', 'INFO', 'JUMP', 'LITERAL', 'MARK',
    'MAX_UNTIL', 'MIN_UNTIL', 'NOT_LITERAL', 'NEGATE', 'RANGE', 'REPEAT',
    'REPEAT_ONE', 'SUBPATTERN', 'MIN_REPEAT_ONE', 'ATOMIC_GROUP',
    'POSSESSIVE_REPEAT', 'POSSESSIVE_REPEAT_ONE',
    'GROUPREF_IGNORE', 'IN_IGNORE', 'LITERAL_IGNORE', 'NOT_LITERAL_IGNORE',
    'GROUPREF_LOC_IGNORE', 'IN_LOC_IGNORE', 'LITERAL_LOC_IGNORE',
    'NOT_LITERAL_LOC_IGNORE',
    'GROUPREF_UNI_IGNORE', 'IN_UNI_IGNORE', 'LITERAL_UNI_IGNORE',
    'NOT_LITERAL_UNI_IGNORE', 'RANGE_UNI_IGNORE',
]

AT_NAMES = [
    'AT_BEGINNING', 'AT_BEGINNING_LINE', 'AT_BEGINNING_STRING',
    'AT_BOUNDARY', 'AT_NON_BOUNDARY', 'AT_END', 'AT_END_LINE',
    'AT_END_STRING', 'AT_LOC_BOUNDARY', 'AT_LOC_NON_BOUNDARY',
    'AT_UNI_BOUNDARY', 'AT_UNI_NON_BOUNDARY',
]

CATEGORY_NAMES = [
    'CATEGORY_DIGIT', 'CATEGORY_NOT_DIGIT', 'CATEGORY_SPACE',
    'CATEGORY_NOT_SPACE', 'CATEGORY_WORD', 'CATEGORY_NOT_WORD',
    'CATEGORY_LINEBREAK', 'CATEGORY_NOT_LINEBREAK',
    'CATEGORY_LOC_WORD', 'CATEGORY_LOC_NOT_WORD',
    'CATEGORY_UNI_DIGIT', 'CATEGORY_UNI_NOT_DIGIT', 'CATEGORY_UNI_SPACE',
    'CATEGORY_UNI_NOT_SPACE', 'CATEGORY_UNI_WORD', 'CATEGORY_UNI_NOT_WORD',
    'CATEGORY_UNI_LINEBREAK', 'CATEGORY_UNI_NOT_LINEBREAK',
]

for _names in (OPCODE_NAMES, AT_NAMES, CATEGORY_NAMES):
    for _i, _name in enumerate(_names):
        globals()[_name] = _i
del _names, _i, _name

SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4

SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256


class BadCode(Exception):
    """The code list given to _sre.compile is not a valid program (an
    unknown opcode or a jump out of it); becomes a RuntimeError."""
