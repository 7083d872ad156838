"""Checks a code list before _sre.compile accepts it.

The engine (engine.py) reads the code without bounds checks, following
its skips and jumps; a code list that does not have the structure that
re/_compiler.py gives (anyone may call _sre.compile) must therefore be
refused up front, so that no index can fall outside the list.  The walk
follows the layout of each opcode (see _compiler._compile): every block
is a sequence of complete instructions ending exactly at its end, every
sub-block ends where the engine expects (SUCCESS, JUMP, MAX_UNTIL...),
and group numbers are below the number of groups.
"""

from interpreter.module._sre.opcodes import (
    BadCode, AT_NAMES, CATEGORY_NAMES, SRE_INFO_PREFIX, SRE_INFO_CHARSET,
    FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH,
    CATEGORY, CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO,
    JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE,
    REPEAT, REPEAT_ONE, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
    POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE,
    NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE,
    LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE,
    IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
    RANGE_UNI_IGNORE)


def validate(code, groups):
    """Raise BadCode unless `code` is a well-formed program for a
    pattern with `groups` groups."""
    if len(code) == 0:
        raise BadCode
    _sub_block(code, 0, len(code), groups)


def _sub_block(code, i, stop, groups):
    """code[i:stop]: instructions, the last one being SUCCESS."""
    if stop <= i:
        raise BadCode
    _block(code, i, stop - 1, groups)
    _ends_with(code, stop, SUCCESS)


def _need(i, n, end):
    """Instruction at i with n words (opcode included) fits before end."""
    if i + n > end:
        raise BadCode


def _target(i, skip, end):
    """Where a skip word at i leads; it must be inside (start, end]."""
    t = i + skip
    if skip <= 0 or t > end:
        raise BadCode
    return t


def _charset(code, i, end):
    """The set items of code[i:end], the last one being FAILURE."""
    while i < end:
        op = code[i]
        if op == FAILURE:
            if i != end - 1:
                raise BadCode
            return
        elif op == LITERAL:
            i += 2
        elif op == CATEGORY:
            _need(i, 2, end)
            if code[i + 1] >= len(CATEGORY_NAMES):
                raise BadCode
            i += 2
        elif op == CHARSET:
            i += 9
        elif op == RANGE or op == RANGE_UNI_IGNORE:
            i += 3
        elif op == NEGATE:
            i += 1
        elif op == BIGCHARSET:
            _need(i, 66, end)
            count = code[i + 1]
            for k in range(64):
                word = code[i + 2 + k]
                shift = 0
                while shift < 32:
                    if (word >> shift) & 0xff >= count:
                        raise BadCode
                    shift += 8
            i += 66 + count * 8
        else:
            raise BadCode
    raise BadCode


def _is_single_char(op):
    return (op == LITERAL or op == NOT_LITERAL or op == ANY or
            op == ANY_ALL or op == IN or op == LITERAL_IGNORE or
            op == NOT_LITERAL_IGNORE or op == LITERAL_UNI_IGNORE or
            op == NOT_LITERAL_UNI_IGNORE or op == LITERAL_LOC_IGNORE or
            op == NOT_LITERAL_LOC_IGNORE or op == IN_IGNORE or
            op == IN_UNI_IGNORE or op == IN_LOC_IGNORE or op == CATEGORY)


def _ends_with(code, block_end, op):
    if code[block_end - 1] != op:
        raise BadCode


def _block(code, i, end, groups):
    while i < end:
        op = code[i]
        if (op == FAILURE or op == SUCCESS or op == ANY or op == ANY_ALL or
                op == MAX_UNTIL or op == MIN_UNTIL):
            i += 1
        elif (op == LITERAL or op == NOT_LITERAL or op == LITERAL_IGNORE or
              op == NOT_LITERAL_IGNORE or op == LITERAL_UNI_IGNORE or
              op == NOT_LITERAL_UNI_IGNORE or op == LITERAL_LOC_IGNORE or
              op == NOT_LITERAL_LOC_IGNORE):
            _need(i, 2, end)
            i += 2
        elif op == AT:
            _need(i, 2, end)
            if code[i + 1] >= len(AT_NAMES):
                raise BadCode
            i += 2
        elif op == CATEGORY:
            _need(i, 2, end)
            if code[i + 1] >= len(CATEGORY_NAMES):
                raise BadCode
            i += 2
        elif op == MARK:
            _need(i, 2, end)
            if code[i + 1] >= 2 * groups:
                raise BadCode
            i += 2
        elif (op == GROUPREF or op == GROUPREF_IGNORE or
              op == GROUPREF_LOC_IGNORE or op == GROUPREF_UNI_IGNORE):
            _need(i, 2, end)
            if code[i + 1] >= groups:
                raise BadCode
            i += 2
        elif (op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE or
              op == IN_LOC_IGNORE):
            _need(i, 2, end)
            stop = _target(i + 1, code[i + 1], end)
            _charset(code, i + 2, stop)
            i = stop
        elif op == INFO:
            _need(i, 5, end)
            stop = _target(i + 1, code[i + 1], end)
            if stop < i + 5:
                raise BadCode
            flags = code[i + 2]
            if flags & SRE_INFO_PREFIX:
                _need(i, 7, stop)
                prefix_len = code[i + 5]
                if prefix_len == 0:
                    raise BadCode
                _need(i + 7, 2 * prefix_len, stop)
            elif flags & SRE_INFO_CHARSET:
                _charset(code, i + 5, stop)
            i = stop
        elif op == JUMP:
            raise BadCode       # only at the end of alternatives
        elif op == BRANCH:
            i = _branch(code, i, end, groups)
        elif (op == REPEAT_ONE or op == MIN_REPEAT_ONE or
              op == POSSESSIVE_REPEAT_ONE):
            _need(i, 4, end)
            stop = _target(i + 1, code[i + 1], end)
            if code[i + 2] > code[i + 3] or \
                    stop != i + 5 + _item_size(code, i + 4, stop):
                raise BadCode
            _sub_block(code, i + 4, stop, groups)
            if stop >= len(code):
                raise BadCode
            i = stop
        elif op == REPEAT or op == POSSESSIVE_REPEAT:
            _need(i, 4, end)
            stop = _target(i + 1, code[i + 1], end)
            if code[i + 2] > code[i + 3] or stop >= end:
                raise BadCode
            _block(code, i + 4, stop, groups)
            if op == REPEAT:
                if code[stop] != MAX_UNTIL and code[stop] != MIN_UNTIL:
                    raise BadCode
            elif code[stop] != SUCCESS:
                raise BadCode
            i = stop + 1
        elif op == ATOMIC_GROUP:
            _need(i, 2, end)
            stop = _target(i + 1, code[i + 1], end)
            if stop < i + 3:
                raise BadCode
            _sub_block(code, i + 2, stop, groups)
            i = stop
        elif op == ASSERT or op == ASSERT_NOT:
            _need(i, 3, end)
            stop = _target(i + 1, code[i + 1], end)
            if stop < i + 4:
                raise BadCode
            _sub_block(code, i + 3, stop, groups)
            i = stop
        elif op == GROUPREF_EXISTS:
            i = _groupref_exists(code, i, end, groups)
        else:
            raise BadCode
    if i != end:
        raise BadCode


def _item_size(code, i, stop):
    """The size of the single character item at i (of a *REPEAT_ONE)."""
    if i >= stop:
        raise BadCode
    op = code[i]
    if not _is_single_char(op):
        raise BadCode
    if op == ANY or op == ANY_ALL:
        return 1
    if (op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE or
            op == IN_LOC_IGNORE):
        _need(i, 2, stop)
        return code[i + 1] + 1
    return 2


def _branch(code, i, end, groups):
    # BRANCH (<skip> alternative JUMP <skip>)* 0: every JUMP leads to the
    # same place, after the final 0
    j = i + 1
    after = -1
    while True:
        _need(j, 1, end)
        skip = code[j]
        if skip == 0:
            break
        stop = _target(j, skip, end)
        if stop < j + 3 or code[stop - 2] != JUMP:
            raise BadCode
        _block(code, j + 1, stop - 2, groups)
        target = _target(stop - 1, code[stop - 1], end)
        if after < 0:
            after = target
        elif target != after:
            raise BadCode
        j = stop
    if after >= 0 and after != j + 1:
        raise BadCode
    return j + 1


def _groupref_exists(code, i, end, groups):
    # GROUPREF_EXISTS <group> <skip> yes [JUMP <skip> no]
    _need(i, 3, end)
    if code[i + 1] >= groups:
        raise BadCode
    no = _target(i + 1, code[i + 2], end)
    if no < i + 3:
        raise BadCode
    if no >= i + 5 and code[no - 2] == JUMP:
        # an "else" part, unless the JUMP was the argument of the last
        # instruction of the "yes" part: then the plain form must hold
        try:
            after = _target(no - 1, code[no - 1], end)
            _block(code, i + 3, no - 2, groups)
            _block(code, no, after, groups)
            return after
        except BadCode:
            pass
    _block(code, i + 3, no, groups)
    return no
