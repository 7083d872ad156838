"""The regular expression engine: runs the code lists that CPython 3.11's
re/_compiler.py produces (opcodes in opcodes.py).

Why our own engine: rpython.rlib.rsre (rpython 0.2.1) runs the code of
Python 2.7's sre, with another opcode numbering and without the opcodes
that 3.11 needs (the *_UNI_IGNORE and *_LOC_IGNORE families,
ATOMIC_GROUP, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE); translating 3.11
code to it is not possible for those, and it cannot be changed, being a
dependency.

How it works: a backtracking matcher in the style of CPython's sre.
`sre_match(state, ppos, ptr, toplevel)` runs the code from `ppos`
against the subject from `ptr` until a SUCCESS (it sets `state.ptr` to
where the match ended) or a failure.  The code is laid out so that the
rest of the pattern follows each construct; a choice point (a BRANCH
alternative, one more iteration of a repeat, one length of a single
character repeat) is a recursive call that matches the rest of the
pattern too, and on failure the group marks are restored and the next
choice is tried.  Single character repeats (REPEAT_ONE and friends, the
common case) are counted by a loop, not by recursion.  The recursion
depth therefore grows with nested choice points only; the translator's
stack check turns an overflow into RecursionError (interpreter/pyframe).

The subject is a `State` subclass per string kind (bytes as an RPython
str, text as an RPython unicode), and the matching functions are
specialized on it, so that reading a character is a direct index.
"""

from rpython.rlib.objectmodel import specialize

from interpreter.module._sre import chars
from interpreter.module._sre.opcodes import (
    BadCode, MAXREPEAT, SRE_INFO_PREFIX, SRE_INFO_CHARSET,
    FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH,
    CATEGORY, CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO,
    JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE,
    REPEAT, REPEAT_ONE, MIN_REPEAT_ONE, ATOMIC_GROUP, POSSESSIVE_REPEAT,
    POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE,
    NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE,
    LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE,
    IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
    RANGE_UNI_IGNORE,
    AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY,
    AT_NON_BOUNDARY, AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY,
    AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY)


class Repeat(object):
    """The state of one running REPEAT (a repeat of a complex item):
    iterations done, where its code is, where the last iteration began
    (an empty iteration ends the repeat) and the enclosing repeat."""

    def __init__(self, ppos, prev):
        self.count = -1
        self.ppos = ppos
        self.last_ptr = -1
        self.prev = prev


class State(object):
    """One match or search: the code, the bounds of the subject, the
    group marks and where the match ended.  Positions are indexes in the
    subject; lookbehind may look before `start`, never before 0.

    The marks are kept as CPython's sre keeps them, so that groups come
    out the same even where that is surprising: two marks per group
    (start, end; -1 when unset), valid up to `lastmark` only.  A choice
    point restores `lastmark` and `lastindex` when it fails, but restores
    the marks themselves only inside a REPEAT (or for every iteration of
    a repeat), where a later iteration could have overwritten them."""

    def __init__(self, code, start, end, ngroups):
        self.code = code
        self.start = start
        self.end = end
        self.marks = [-1] * (2 * ngroups)
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None
        self.ptr = start
        self.match_start = start
        # fullmatch(): SUCCESS at the top level only at the end
        self.match_all = False
        # finditer() & co. after an empty match: no empty match at start
        self.must_advance = False

    def reset(self):
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None

    def push_marks(self):
        """A copy of the valid marks."""
        stop = self.lastmark + 1
        assert stop >= 0
        return self.marks[:stop]

    def push_marks_in_repeat(self):
        """A copy of the valid marks inside a REPEAT, else None."""
        if self.repeat is None:
            return None
        return self.push_marks()

    def pop_marks(self, saved):
        # in place: `saved` may be restored again by the next choice
        if saved is None:
            return
        marks = self.marks
        for i in range(len(saved)):
            marks[i] = saved[i]

    def set_mark(self, i, ptr):
        if i & 1:
            self.lastindex = i // 2 + 1
        if i > self.lastmark:
            # the marks between the old and the new last one are unset
            for j in range(self.lastmark + 1, i):
                self.marks[j] = -1
            self.lastmark = i
        self.marks[i] = ptr

    def group_span(self, group):
        """(start, end) of a group, (-1, -1) when it is not set."""
        i = 2 * group
        if i + 1 > self.lastmark:
            return -1, -1
        start = self.marks[i]
        end = self.marks[i + 1]
        if start < 0 or end < 0:
            return -1, -1
        return start, end


class BytesState(State):
    def __init__(self, code, string, start, end, ngroups):
        State.__init__(self, code, start, end, ngroups)
        self.string = string

    def ch(self, i):
        return ord(self.string[i])

    def string_length(self):
        return len(self.string)

    def find_char(self, c, start, end):
        assert start >= 0
        if c > 255:
            return -1
        return self.string.find(chr(c), start, end)


class TextState(State):
    def __init__(self, code, string, start, end, ngroups):
        State.__init__(self, code, start, end, ngroups)
        self.string = string

    def ch(self, i):
        return ord(self.string[i])

    def string_length(self):
        return len(self.string)

    def find_char(self, c, start, end):
        assert start >= 0
        if c > 0x10ffff:
            return -1
        return self.string.find(unichr(c), start, end)


# --- character sets and single characters --------------------------------

def in_charset(code, ppos, ch):
    """Whether ch is in the set whose items start at code[ppos] (the
    items LITERAL, RANGE, CHARSET, ... up to FAILURE)."""
    ok = True
    while True:
        op = code[ppos]
        if op == FAILURE:
            return not ok
        elif op == LITERAL:
            if ch == code[ppos + 1]:
                return ok
            ppos += 2
        elif op == CATEGORY:
            if chars.category(code[ppos + 1], ch):
                return ok
            ppos += 2
        elif op == CHARSET:
            # 256 bits in 8 words of 32 bits
            if ch < 256 and (code[ppos + 1 + (ch >> 5)] >> (ch & 31)) & 1:
                return ok
            ppos += 9
        elif op == RANGE:
            if code[ppos + 1] <= ch <= code[ppos + 2]:
                return ok
            ppos += 3
        elif op == RANGE_UNI_IGNORE:
            if code[ppos + 1] <= ch <= code[ppos + 2]:
                return ok
            up = chars.uni_toupper(ch)
            if code[ppos + 1] <= up <= code[ppos + 2]:
                return ok
            ppos += 3
        elif op == NEGATE:
            ok = not ok
            ppos += 1
        elif op == BIGCHARSET:
            # a count of 256-bit blocks, 256 block numbers (bytes packed
            # little-endian in 64 words), then the blocks
            count = code[ppos + 1]
            ppos += 2
            if ch < 0x10000:
                hi = ch >> 8
                block = (code[ppos + (hi >> 2)] >> (8 * (hi & 3))) & 0xff
                bit = block * 256 + (ch & 255)
                if (code[ppos + 64 + (bit >> 5)] >> (bit & 31)) & 1:
                    return ok
            ppos += 64 + count * 8
        else:
            raise BadCode


def in_charset_loc_ignore(code, ppos, ch):
    if in_charset(code, ppos, ch):
        return True
    lo = chars.ascii_tolower(ch)
    if lo != ch and in_charset(code, ppos, lo):
        return True
    up = chars.ascii_toupper(ch)
    return up != ch and in_charset(code, ppos, up)


def char_loc_ignore(pattern_ch, ch):
    return (ch == pattern_ch or chars.ascii_tolower(ch) == pattern_ch or
            chars.ascii_toupper(ch) == pattern_ch)


def match_one(code, ppos, ch):
    """Whether the single character item at code[ppos] (an item of a
    REPEAT_ONE: LITERAL, IN, ANY, ... and their case-insensitive forms)
    matches ch."""
    op = code[ppos]
    if op == LITERAL:
        return ch == code[ppos + 1]
    elif op == NOT_LITERAL:
        return ch != code[ppos + 1]
    elif op == ANY:
        return ch != 10
    elif op == ANY_ALL:
        return True
    elif op == IN:
        return in_charset(code, ppos + 2, ch)
    elif op == LITERAL_IGNORE:
        return chars.ascii_tolower(ch) == code[ppos + 1]
    elif op == NOT_LITERAL_IGNORE:
        return chars.ascii_tolower(ch) != code[ppos + 1]
    elif op == LITERAL_UNI_IGNORE:
        return chars.uni_tolower(ch) == code[ppos + 1]
    elif op == NOT_LITERAL_UNI_IGNORE:
        return chars.uni_tolower(ch) != code[ppos + 1]
    elif op == LITERAL_LOC_IGNORE:
        return char_loc_ignore(code[ppos + 1], ch)
    elif op == NOT_LITERAL_LOC_IGNORE:
        return not char_loc_ignore(code[ppos + 1], ch)
    elif op == IN_IGNORE:
        return in_charset(code, ppos + 2, chars.ascii_tolower(ch))
    elif op == IN_UNI_IGNORE:
        return in_charset(code, ppos + 2, chars.uni_tolower(ch))
    elif op == IN_LOC_IGNORE:
        return in_charset_loc_ignore(code, ppos + 2, ch)
    elif op == CATEGORY:
        return chars.category(code[ppos + 1], ch)
    raise BadCode


# --- positions ----------------------------------------------------------

@specialize.argtype(0)
def _is_word_at(state, ptr, kind):
    # before the subject start never, but (as CPython) the character
    # before a pos beyond endpos is looked at
    if ptr < 0 or ptr >= state.string_length():
        return False
    ch = state.ch(ptr)
    if kind == 1:
        return chars.is_uni_word(ch)
    return chars.is_word(ch)


@specialize.argtype(0)
def at(state, ptr, atcode):
    end = state.end
    if atcode == AT_BEGINNING or atcode == AT_BEGINNING_STRING:
        return ptr == 0
    elif atcode == AT_BEGINNING_LINE:
        return ptr == 0 or state.ch(ptr - 1) == 10
    elif atcode == AT_END:
        return ptr == end or (ptr + 1 == end and state.ch(ptr) == 10)
    elif atcode == AT_END_LINE:
        return ptr == end or (ptr < end and state.ch(ptr) == 10)
    elif atcode == AT_END_STRING:
        return ptr == end
    elif (atcode == AT_BOUNDARY or atcode == AT_LOC_BOUNDARY or
          atcode == AT_UNI_BOUNDARY):
        if end == 0:
            return False
        kind = int(atcode == AT_UNI_BOUNDARY)
        return (_is_word_at(state, ptr - 1, kind) !=
                (ptr < end and _is_word_at(state, ptr, kind)))
    elif (atcode == AT_NON_BOUNDARY or atcode == AT_LOC_NON_BOUNDARY or
          atcode == AT_UNI_NON_BOUNDARY):
        if end == 0:
            return False
        kind = int(atcode == AT_UNI_NON_BOUNDARY)
        return (_is_word_at(state, ptr - 1, kind) ==
                (ptr < end and _is_word_at(state, ptr, kind)))
    raise BadCode


# --- repeats of one character --------------------------------------------

@specialize.argtype(0)
def count_repetitions(state, ppos, ptr, maxcount):
    """How many times (at most maxcount) the single character item at
    code[ppos] matches from ptr on."""
    code = state.code
    end = state.end
    if maxcount != MAXREPEAT and maxcount < end - ptr:
        end = ptr + maxcount
    op = code[ppos]
    start = ptr
    if op == ANY_ALL:
        return end - ptr
    elif op == LITERAL:
        c = code[ppos + 1]
        while ptr < end and state.ch(ptr) == c:
            ptr += 1
    elif op == NOT_LITERAL:
        c = code[ppos + 1]
        while ptr < end and state.ch(ptr) != c:
            ptr += 1
    elif op == ANY:
        while ptr < end and state.ch(ptr) != 10:
            ptr += 1
    elif op == IN:
        while ptr < end and in_charset(code, ppos + 2, state.ch(ptr)):
            ptr += 1
    else:
        while ptr < end and match_one(code, ppos, state.ch(ptr)):
            ptr += 1
    return ptr - start


# --- back references -------------------------------------------------------

@specialize.argtype(0)
def groupref(state, ptr, group, ignore):
    """The end of a match of the text of group `group` at ptr (compared
    with no case folding, ignore=0, or the ASCII (1), locale (2) or
    Unicode (3) one), or -1."""
    gstart, gend = state.group_span(group)
    if gstart < 0 or gend < gstart:
        return -1
    if gend - gstart > state.end - ptr:
        return -1
    while gstart < gend:
        a = state.ch(ptr)
        b = state.ch(gstart)
        if ignore == 1 or ignore == 2:
            a = chars.ascii_tolower(a)
            b = chars.ascii_tolower(b)
        elif ignore == 3:
            a = chars.uni_tolower(a)
            b = chars.uni_tolower(b)
        if a != b:
            return -1
        ptr += 1
        gstart += 1
    return ptr


@specialize.argtype(0)
def group_is_set(state, group):
    gstart, gend = state.group_span(group)
    return gstart >= 0 and gend >= gstart


# --- the matcher -----------------------------------------------------------

@specialize.argtype(0)
def sre_match(state, ppos, ptr, toplevel):
    """Match the code from ppos against the subject from ptr; on success
    set state.ptr to the end of the match and return True."""
    code = state.code
    end = state.end
    while True:
        op = code[ppos]
        if op == FAILURE:
            return False

        elif op == SUCCESS:
            if toplevel:
                if state.match_all and ptr != end:
                    return False
                if state.must_advance and ptr == state.start:
                    return False
            state.ptr = ptr
            return True

        elif op == AT:
            if not at(state, ptr, code[ppos + 1]):
                return False
            ppos += 2

        elif (op == LITERAL or op == NOT_LITERAL or op == ANY or
              op == ANY_ALL or op == CATEGORY or op == LITERAL_IGNORE or
              op == NOT_LITERAL_IGNORE or op == LITERAL_UNI_IGNORE or
              op == NOT_LITERAL_UNI_IGNORE or op == LITERAL_LOC_IGNORE or
              op == NOT_LITERAL_LOC_IGNORE):
            if ptr >= end or not match_one(code, ppos, state.ch(ptr)):
                return False
            ptr += 1
            if op == ANY or op == ANY_ALL:
                ppos += 1
            else:
                ppos += 2

        elif (op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE or
              op == IN_LOC_IGNORE):
            if ptr >= end or not match_one(code, ppos, state.ch(ptr)):
                return False
            ptr += 1
            ppos += code[ppos + 1] + 1

        elif op == INFO:
            # only its minimum width matters once the search is here
            minwidth = code[ppos + 3]
            if minwidth and end - ptr < minwidth:
                return False
            ppos += code[ppos + 1] + 1

        elif op == JUMP:
            ppos += code[ppos + 1] + 1

        elif op == MARK:
            state.set_mark(code[ppos + 1], ptr)
            ppos += 2

        elif op == BRANCH:
            return _op_branch(state, ppos, ptr, toplevel)

        elif op == REPEAT_ONE:
            return _op_repeat_one(state, ppos, ptr, toplevel)

        elif op == MIN_REPEAT_ONE:
            return _op_min_repeat_one(state, ppos, ptr, toplevel)

        elif op == POSSESSIVE_REPEAT_ONE:
            minc = code[ppos + 2]
            if minc > end - ptr:
                return False
            count = count_repetitions(state, ppos + 4, ptr, code[ppos + 3])
            if count < minc:
                return False
            ptr += count
            ppos += code[ppos + 1] + 1

        elif op == REPEAT:
            if _is_deterministic_greedy_repeat(code, ppos):
                return _op_deterministic_repeat(state, ppos, ptr, toplevel)
            rep = Repeat(ppos, state.repeat)
            state.repeat = rep
            ok = sre_match(state, ppos + code[ppos + 1] + 1, ptr, toplevel)
            state.repeat = rep.prev
            return ok

        elif op == MAX_UNTIL:
            return _op_max_until(state, ppos, ptr, toplevel)

        elif op == MIN_UNTIL:
            return _op_min_until(state, ppos, ptr, toplevel)

        elif op == POSSESSIVE_REPEAT:
            ptr = _op_possessive_repeat(state, ppos, ptr)
            if ptr < 0:
                return False
            ppos += code[ppos + 1] + 2

        elif op == ATOMIC_GROUP:
            if not sre_match(state, ppos + 2, ptr, False):
                return False
            ptr = state.ptr
            ppos += code[ppos + 1] + 1

        elif op == ASSERT:
            back = code[ppos + 2]
            if ptr < back:
                return False
            if not sre_match(state, ppos + 3, ptr - back, False):
                return False
            ppos += code[ppos + 1] + 1

        elif op == ASSERT_NOT:
            back = code[ppos + 2]
            if ptr >= back:
                lastmark = state.lastmark
                lastindex = state.lastindex
                saved = state.push_marks_in_repeat()
                if sre_match(state, ppos + 3, ptr - back, False):
                    return False
                state.pop_marks(saved)
                state.lastmark = lastmark
                state.lastindex = lastindex
            ppos += code[ppos + 1] + 1

        elif (op == GROUPREF or op == GROUPREF_IGNORE or
              op == GROUPREF_LOC_IGNORE or op == GROUPREF_UNI_IGNORE):
            if op == GROUPREF:
                ignore = 0
            elif op == GROUPREF_IGNORE:
                ignore = 1
            elif op == GROUPREF_LOC_IGNORE:
                ignore = 2
            else:
                ignore = 3
            ptr = groupref(state, ptr, code[ppos + 1], ignore)
            if ptr < 0:
                return False
            ppos += 2

        elif op == GROUPREF_EXISTS:
            if group_is_set(state, code[ppos + 1]):
                ppos += 3
            else:
                ppos += code[ppos + 2] + 1

        else:
            raise BadCode


@specialize.argtype(0)
def _op_branch(state, ppos, ptr, toplevel):
    # BRANCH <skip> alternative JUMP ... <skip> alternative JUMP ... 0
    code = state.code
    lastmark = state.lastmark
    lastindex = state.lastindex
    saved = state.push_marks_in_repeat()
    ppos += 1
    while code[ppos]:
        alt = ppos + 1
        op = code[alt]
        # cheap rejection of an alternative that starts with a literal
        if op == LITERAL and (ptr >= state.end or
                              state.ch(ptr) != code[alt + 1]):
            pass
        elif op == IN and (ptr >= state.end or
                           not in_charset(code, alt + 2, state.ch(ptr))):
            pass
        else:
            if sre_match(state, alt, ptr, toplevel):
                return True
            state.pop_marks(saved)
            state.lastmark = lastmark
            state.lastindex = lastindex
        ppos += code[ppos]
    return False


@specialize.argtype(0)
def _op_repeat_one(state, ppos, ptr, toplevel):
    # REPEAT_ONE <skip> <min> <max> item SUCCESS tail: greedy
    code = state.code
    minc = code[ppos + 2]
    if minc > state.end - ptr:
        return False
    count = count_repetitions(state, ppos + 4, ptr, code[ppos + 3])
    if count < minc:
        return False
    ptr += count
    tail = ppos + code[ppos + 1] + 1
    if code[tail] == SUCCESS and not (toplevel and state.match_all and
                                      ptr != state.end):
        if not (toplevel and state.must_advance and ptr == state.start):
            state.ptr = ptr
            return True
    lastmark = state.lastmark
    lastindex = state.lastindex
    saved = state.push_marks_in_repeat()
    if code[tail] == LITERAL:
        # the tail starts with a literal: only try where it is
        c = code[tail + 1]
        while count >= minc:
            while count >= minc and (ptr >= state.end or
                                     state.ch(ptr) != c):
                ptr -= 1
                count -= 1
            if count < minc:
                break
            if sre_match(state, tail, ptr, toplevel):
                return True
            state.pop_marks(saved)
            state.lastmark = lastmark
            state.lastindex = lastindex
            ptr -= 1
            count -= 1
        return False
    while count >= minc:
        if sre_match(state, tail, ptr, toplevel):
            return True
        state.pop_marks(saved)
        state.lastmark = lastmark
        state.lastindex = lastindex
        ptr -= 1
        count -= 1
    return False


@specialize.argtype(0)
def _op_min_repeat_one(state, ppos, ptr, toplevel):
    # MIN_REPEAT_ONE <skip> <min> <max> item SUCCESS tail: lazy
    code = state.code
    minc = code[ppos + 2]
    maxc = code[ppos + 3]
    if minc > state.end - ptr:
        return False
    count = 0
    if minc > 0:
        count = count_repetitions(state, ppos + 4, ptr, minc)
        if count < minc:
            return False
        ptr += count
    tail = ppos + code[ppos + 1] + 1
    if code[tail] == SUCCESS and not (toplevel and (
            (state.match_all and ptr != state.end) or
            (state.must_advance and ptr == state.start))):
        state.ptr = ptr
        return True
    lastmark = state.lastmark
    lastindex = state.lastindex
    saved = state.push_marks_in_repeat()
    while maxc == MAXREPEAT or count <= maxc:
        if sre_match(state, tail, ptr, toplevel):
            return True
        state.pop_marks(saved)
        state.lastmark = lastmark
        state.lastindex = lastindex
        if count_repetitions(state, ppos + 4, ptr, 1) == 0:
            break
        ptr += 1
        count += 1
    return False


@specialize.argtype(0)
def _op_max_until(state, ppos, ptr, toplevel):
    # the end of a greedy REPEAT <skip> <min> <max> item MAX_UNTIL tail
    rep = state.repeat
    if rep is None:
        raise BadCode
    code = state.code
    body = rep.ppos + 4
    minc = code[rep.ppos + 2]
    maxc = code[rep.ppos + 3]
    count = rep.count + 1
    if count < minc:
        rep.count = count
        if sre_match(state, body, ptr, toplevel):
            return True
        rep.count = count - 1
        return False
    if (maxc == MAXREPEAT or count < maxc) and ptr != rep.last_ptr:
        rep.count = count
        lastmark = state.lastmark
        lastindex = state.lastindex
        saved = state.push_marks()
        old_last = rep.last_ptr
        rep.last_ptr = ptr
        ok = sre_match(state, body, ptr, toplevel)
        rep.last_ptr = old_last
        if ok:
            return True
        state.pop_marks(saved)
        state.lastmark = lastmark
        state.lastindex = lastindex
        rep.count = count - 1
    # no more iterations: the tail must match
    state.repeat = rep.prev
    ok = sre_match(state, ppos + 1, ptr, toplevel)
    state.repeat = rep
    return ok


def _is_deterministic_greedy_repeat(code, ppos):
    """Whether REPEAT <skip> <min> <max> body MAX_UNTIL at ppos has a body
    that matches in at most one way (single characters, marks and
    anchors, no choice point): its iterations can then run in a loop."""
    until = ppos + code[ppos + 1] + 1
    if code[until] != MAX_UNTIL:
        return False
    p = ppos + 4
    while p < until:
        op = code[p]
        if op == ANY or op == ANY_ALL:
            p += 1
        elif (op == LITERAL or op == NOT_LITERAL or op == LITERAL_IGNORE or
              op == NOT_LITERAL_IGNORE or op == LITERAL_UNI_IGNORE or
              op == NOT_LITERAL_UNI_IGNORE or op == LITERAL_LOC_IGNORE or
              op == NOT_LITERAL_LOC_IGNORE or op == CATEGORY or
              op == MARK or op == AT):
            p += 2
        elif (op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE or
              op == IN_LOC_IGNORE):
            p += code[p + 1] + 1
        else:
            return False
    return p == until


@specialize.argtype(0)
def _match_deterministic(state, ppos, stop, ptr):
    """Run a deterministic body (code[ppos:stop]) from ptr: where it ends,
    or -1."""
    code = state.code
    while ppos < stop:
        op = code[ppos]
        if op == MARK:
            state.set_mark(code[ppos + 1], ptr)
            ppos += 2
        elif op == AT:
            if not at(state, ptr, code[ppos + 1]):
                return -1
            ppos += 2
        else:
            if ptr >= state.end or not match_one(code, ppos, state.ch(ptr)):
                return -1
            ptr += 1
            if op == ANY or op == ANY_ALL:
                ppos += 1
            elif (op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE or
                  op == IN_LOC_IGNORE):
                ppos += code[ppos + 1] + 1
            else:
                ppos += 2
    return ptr


@specialize.argtype(0)
def _op_deterministic_repeat(state, ppos, ptr, toplevel):
    """A greedy REPEAT whose body matches in at most one way, without a
    recursion per iteration (a subject of a million iterations must not
    exhaust the stack): run the iterations in a loop, remembering where
    each began, then try the tail after the most iterations first, as
    the recursive MAX_UNTIL does.  The marks after n iterations are those
    of the start plus one run of the body from where iteration n began,
    since every iteration sets the same marks."""
    code = state.code
    minc = code[ppos + 2]
    maxc = code[ppos + 3]
    body = ppos + 4
    until = ppos + code[ppos + 1] + 1
    lastmark = state.lastmark
    lastindex = state.lastindex
    saved = state.push_marks()
    ends = [ptr]            # ends[n]: where iteration n ended
    while maxc == MAXREPEAT or len(ends) - 1 < maxc:
        start = ends[-1]
        end = _match_deterministic(state, body, until, start)
        if end < 0:
            break
        ends.append(end)
        if end == start and len(ends) - 1 >= minc:
            break           # an empty iteration ends the repeat
    count = len(ends) - 1
    while count >= minc:
        state.pop_marks(saved)
        state.lastmark = lastmark
        state.lastindex = lastindex
        if count > 0:
            _match_deterministic(state, body, until, ends[count - 1])
        if sre_match(state, until + 1, ends[count], toplevel):
            return True
        count -= 1
    state.pop_marks(saved)
    state.lastmark = lastmark
    state.lastindex = lastindex
    return False


@specialize.argtype(0)
def _op_min_until(state, ppos, ptr, toplevel):
    # the end of a lazy REPEAT <skip> <min> <max> item MIN_UNTIL tail
    rep = state.repeat
    if rep is None:
        raise BadCode
    code = state.code
    body = rep.ppos + 4
    minc = code[rep.ppos + 2]
    maxc = code[rep.ppos + 3]
    count = rep.count + 1
    if count < minc:
        rep.count = count
        if sre_match(state, body, ptr, toplevel):
            return True
        rep.count = count - 1
        return False
    # the tail first
    lastmark = state.lastmark
    lastindex = state.lastindex
    saved = state.push_marks()
    state.repeat = rep.prev
    ok = sre_match(state, ppos + 1, ptr, toplevel)
    state.repeat = rep
    if ok:
        return True
    if rep.prev is not None:
        state.pop_marks(saved)
    state.lastmark = lastmark
    state.lastindex = lastindex
    if (maxc != MAXREPEAT and count >= maxc) or ptr == rep.last_ptr:
        return False
    rep.count = count
    old_last = rep.last_ptr
    rep.last_ptr = ptr
    ok = sre_match(state, body, ptr, toplevel)
    rep.last_ptr = old_last
    if ok:
        return True
    rep.count = count - 1
    return False


@specialize.argtype(0)
def _op_possessive_repeat(state, ppos, ptr):
    """POSSESSIVE_REPEAT <skip> <min> <max> item SUCCESS tail: match the
    item as often as it goes, never giving an iteration back; the end of
    the repeat, or -1."""
    code = state.code
    minc = code[ppos + 2]
    maxc = code[ppos + 3]
    body = ppos + 4
    count = 0
    while count < minc:
        if not sre_match(state, body, ptr, False):
            return -1
        ptr = state.ptr
        count += 1
    while maxc == MAXREPEAT or count < maxc:
        lastmark = state.lastmark
        lastindex = state.lastindex
        saved = state.push_marks()
        if not sre_match(state, body, ptr, False):
            state.pop_marks(saved)
            state.lastmark = lastmark
            state.lastindex = lastindex
            break
        if state.ptr == ptr:
            break       # an empty iteration: all the next ones are too
        ptr = state.ptr
        count += 1
    return ptr


# --- entry points ------------------------------------------------------------

@specialize.argtype(0)
def match(state):
    """Match at state.start (match() and fullmatch()); on success
    state.match_start and state.ptr bound the match."""
    state.reset()
    state.match_start = state.start
    return sre_match(state, 0, state.start, True)


@specialize.argtype(0)
def search(state):
    """The first match at state.start or later."""
    code = state.code
    ptr = state.start
    end = state.end
    if ptr > end:
        return False
    prefix_char = -1        # the first character of any match, if known
    charset = -1            # or the set of it, at code[charset]
    body = 0
    if code[0] == INFO:
        flags = code[2]
        minwidth = code[3]
        if minwidth and end - ptr < minwidth:
            return False
        if flags & SRE_INFO_PREFIX and code[5] > 0:
            prefix_char = code[7]
        elif flags & SRE_INFO_CHARSET:
            charset = 5
        body = code[1] + 1
    anchored = code[body] == AT and (code[body + 1] == AT_BEGINNING or
                                      code[body + 1] == AT_BEGINNING_STRING)
    while ptr <= end:
        if prefix_char >= 0:
            ptr = state.find_char(prefix_char, ptr, end)
            if ptr < 0:
                return False
        elif charset >= 0:
            while ptr < end and not in_charset(code, charset,
                                               state.ch(ptr)):
                ptr += 1
            if ptr >= end:
                return False
        state.reset()
        state.start = ptr
        state.match_start = ptr
        if sre_match(state, 0, ptr, True):
            return True
        state.must_advance = False
        if anchored:
            return False
        ptr += 1
    return False
