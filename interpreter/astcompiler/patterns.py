"""Code generation for the `match` statement (mixed into CodeGenerator).

The subject stays on the stack while the cases are tried; each case
matches a copy (DUP_TOP).  A pattern consumes the value on top of the
stack: on success it has popped it (and bound its captures, which are
stored as soon as they match: PEP 634 leaves the names bound by a failed
case unspecified); on failure it jumps to `fail_pop[n]`, where n is the
number of values it owns on the stack at that point.  The fail_pop
labels are placed at the end of the case, each popping one value and
falling into the next, so every failure path reaches the next case with
just the subject on the stack.

Instructions (see docs/bytecode.rst): MATCH_SEQUENCE, MATCH_MAPPING
(push whether the value on top is a sequence / mapping, keeping it),
GET_LEN, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS.

The compile-time errors are CPython 3.11's, reported where CPython
reports them: at the last pattern the compiler started on.
"""


from __future__ import absolute_import

from interpreter import opcodes as op
from interpreter.astcompiler import ast
from interpreter.astcompiler.assemble import Label


class _PatternContext(object):
    """The state of compiling one case's pattern (or one alternative of
    an or-pattern)."""

    def __init__(self, allow_irrefutable):
        self.fail_pop = []
        self.stores = []
        self.allow_irrefutable = allow_irrefutable


class PatternCompiler(object):
    _mixin_ = True

    def visit_Match(self, node):
        node.subject.walkabout(self)
        end = Label()
        cases = node.cases
        for i in range(len(cases)):
            case = cases[i]
            assert isinstance(case, ast.match_case)
            is_last = i == len(cases) - 1
            pc = _PatternContext(case.guard is not None or is_last)
            saved_pc = self.pattern_ctx
            self.pattern_ctx = pc
            self.emit(op.DUP_TOP)
            self._pattern(case.pattern, 1)
            self.pattern_ctx = saved_pc
            if case.guard is not None:
                self.set_position(case.guard)
                case.guard.walkabout(self)
                self._jump_to_fail_pop(pc, 0, op.POP_JUMP_IF_FALSE)
            self.emit(op.POP_TOP)          # the subject
            self.visit_body(case.body)
            self.emit_jump(op.JUMP_FORWARD, end)
            self._place_fail_pops(pc)
        self.emit(op.POP_TOP)              # no case matched
        self.asm.place_label(end)

    # --- failure paths ------------------------------------------------

    def _jump_to_fail_pop(self, pc, pops, jump_op):
        while len(pc.fail_pop) <= pops:
            pc.fail_pop.append(Label())
        self.emit_jump(jump_op, pc.fail_pop[pops])

    def _place_fail_pops(self, pc):
        n = len(pc.fail_pop)
        for i in range(n - 1, -1, -1):
            self.asm.place_label(pc.fail_pop[i])
            if i > 0:
                self.emit(op.POP_TOP)

    # --- errors -------------------------------------------------------

    def pattern_error(self, msg):
        node = self.pattern_loc
        assert node is not None
        self.error(msg, node)

    def _store_capture(self, name):
        """Bind the value on top to `name` (None: drop it)."""
        if name is None:
            self.emit(op.POP_TOP)
            return
        pc = self.pattern_ctx
        if name in pc.stores:
            self.pattern_error("multiple assignments to name '%s' in "
                               "pattern" % name)
        pc.stores.append(name)
        self._name_op(name, ast.Store, self.pattern_loc)

    # --- the patterns -------------------------------------------------

    def _pattern(self, pat, pops):
        """Match the value on top against `pat`; `pops` values (the
        value included) are owned on the stack."""
        self.pattern_loc = pat
        self.set_position(pat)
        if isinstance(pat, ast.MatchValue):
            if not _is_mapping_key(pat.value):
                self.pattern_error("patterns may only match literals and "
                                   "attribute lookups")
            pat.value.walkabout(self)
            self.emit(op.COMPARE_OP, op.CMP_EQ)
            self._jump_to_fail_pop(self.pattern_ctx, pops - 1,
                                   op.POP_JUMP_IF_FALSE)
        elif isinstance(pat, ast.MatchSingleton):
            if pat.value == ast.CONST_TRUE:
                self.load_const(self.space.w_True)
            elif pat.value == ast.CONST_FALSE:
                self.load_const(self.space.w_False)
            else:
                self.load_none()
            self.emit(op.IS_OP, 0)
            self._jump_to_fail_pop(self.pattern_ctx, pops - 1,
                                   op.POP_JUMP_IF_FALSE)
        elif isinstance(pat, ast.MatchAs):
            self._pattern_as(pat, pops)
        elif isinstance(pat, ast.MatchStar):
            self._store_capture(pat.name)
        elif isinstance(pat, ast.MatchOr):
            self._pattern_or(pat, pops)
        elif isinstance(pat, ast.MatchSequence):
            self._pattern_sequence(pat, pops)
        elif isinstance(pat, ast.MatchMapping):
            self._pattern_mapping(pat, pops)
        elif isinstance(pat, ast.MatchClass):
            self._pattern_class(pat, pops)
        else:
            raise AssertionError('unknown pattern')

    def _subpattern(self, pat, pops):
        """A pattern nested in a sequence, mapping or class pattern: it
        may be irrefutable."""
        pc = self.pattern_ctx
        saved = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self._pattern(pat, pops)
        pc.allow_irrefutable = saved

    def _pattern_as(self, pat, pops):
        if pat.pattern is None:
            if not self.pattern_ctx.allow_irrefutable:
                name = pat.name
                if name is None:
                    self.pattern_error("wildcard makes remaining patterns "
                                       "unreachable")
                else:
                    self.pattern_error("name capture '%s' makes remaining "
                                       "patterns unreachable" % name)
            self._store_capture(pat.name)
            return
        self.emit(op.DUP_TOP)
        self._pattern(pat.pattern, pops + 1)
        self._store_capture(pat.name)

    def _pattern_or(self, pat, pops):
        outer = self.pattern_ctx
        end = Label()
        control = None
        alternatives = pat.patterns
        for i in range(len(alternatives)):
            alt = alternatives[i]
            is_last = i == len(alternatives) - 1
            pc = _PatternContext(is_last and outer.allow_irrefutable)
            self.pattern_ctx = pc
            self.emit(op.DUP_TOP)
            self._pattern(alt, 1)
            self.pattern_ctx = outer
            if control is None:
                control = pc.stores
            elif not _same_names(control, pc.stores):
                self.pattern_error("alternative patterns bind different "
                                   "names")
            self.emit(op.POP_TOP)
            self.emit_jump(op.JUMP_FORWARD, end)
            self._place_fail_pops(pc)
        # no alternative matched: the value is still on top
        self._jump_to_fail_pop(outer, pops, op.JUMP_FORWARD)
        self.asm.place_label(end)
        assert control is not None
        for name in control:
            if name in outer.stores:
                self.pattern_error("multiple assignments to name '%s' in "
                                   "pattern" % name)
            outer.stores.append(name)

    def _pattern_sequence(self, pat, pops):
        items = pat.patterns
        star = -1
        for i in range(len(items)):
            if isinstance(items[i], ast.MatchStar):
                if star >= 0:
                    self.pattern_error("multiple starred names in sequence "
                                       "pattern")
                star = i
        pc = self.pattern_ctx
        n = len(items)
        self.emit(op.MATCH_SEQUENCE)
        self._jump_to_fail_pop(pc, pops, op.POP_JUMP_IF_FALSE)
        if star < 0 or n > 1:
            self.emit(op.GET_LEN)
            if star < 0:
                self.load_const(self.space.newint(n))
                self.emit(op.COMPARE_OP, op.CMP_EQ)
            else:
                self.load_const(self.space.newint(n - 1))
                self.emit(op.COMPARE_OP, op.CMP_GE)
            self._jump_to_fail_pop(pc, pops, op.POP_JUMP_IF_FALSE)
        if star < 0:
            self.emit(op.UNPACK_SEQUENCE, n)
        else:
            self.emit(op.UNPACK_EX,
                      star | ((n - star - 1) << op.UNPACK_EX_SHIFT))
        # the value is replaced by its n items, the first on top
        for i in range(n):
            self._subpattern(items[i], pops - 1 + n - i)

    def _pattern_mapping(self, pat, pops):
        pc = self.pattern_ctx
        keys = pat.keys
        nkeys = len(keys)
        seen = []
        for key in keys:
            if not _is_mapping_key(key):
                self.pattern_error("mapping pattern keys may only match "
                                   "literals and attribute lookups")
            if isinstance(key, ast.Constant):
                text = self.space.text_w(self.space.repr(
                    self.compiler.constant_value(key)))
                if text in seen:
                    self.pattern_error("mapping pattern checks duplicate "
                                       "key (%s)" % text)
                seen.append(text)
        self.emit(op.MATCH_MAPPING)
        self._jump_to_fail_pop(pc, pops, op.POP_JUMP_IF_FALSE)
        if nkeys == 0 and pat.rest is None:
            self.emit(op.POP_TOP)
            return
        if nkeys:
            self.emit(op.GET_LEN)
            self.load_const(self.space.newint(nkeys))
            self.emit(op.COMPARE_OP, op.CMP_GE)
            self._jump_to_fail_pop(pc, pops, op.POP_JUMP_IF_FALSE)
        for key in keys:
            key.walkabout(self)
        self.emit(op.BUILD_TUPLE, nkeys)
        if nkeys:
            # [value, keys] -> [value, keys, values or None]
            self.emit(op.MATCH_KEYS)
            self.emit(op.DUP_TOP)
            self.load_none()
            self.emit(op.IS_OP, 1)
            self._jump_to_fail_pop(pc, pops + 2, op.POP_JUMP_IF_FALSE)
            self.emit(op.UNPACK_SEQUENCE, nkeys)
            for i in range(nkeys):
                self._subpattern(pat.patterns[i], pops + 1 + nkeys - i)
        if pat.rest is not None:
            self.emit(op.COPY_DICT_WITHOUT_KEYS)
            self._store_capture(pat.rest)
        else:
            self.emit(op.POP_TOP)       # the keys
            self.emit(op.POP_TOP)       # the value

    def _pattern_class(self, pat, pops):
        attrs = pat.kwd_attrs
        for i in range(len(attrs)):
            for j in range(i):
                if attrs[j] == attrs[i]:
                    self.pattern_loc = pat.kwd_patterns[i]
                    self.pattern_error("attribute name repeated in class "
                                       "pattern: %s" % attrs[i])
        pat.cls.walkabout(self)
        names_w = [self.space.newtext(name) for name in attrs]
        self.load_const(self.space.newtuple(names_w))
        npos = len(pat.patterns)
        self.set_position(pat)
        self.emit(op.MATCH_CLASS, npos)
        # [attributes tuple or None]
        self.emit(op.DUP_TOP)
        self.load_none()
        self.emit(op.IS_OP, 1)
        self._jump_to_fail_pop(self.pattern_ctx, pops, op.POP_JUMP_IF_FALSE)
        n = npos + len(attrs)
        if n == 0:
            self.emit(op.POP_TOP)
            return
        self.emit(op.UNPACK_SEQUENCE, n)
        subpatterns = pat.patterns + pat.kwd_patterns
        for i in range(n):
            self._subpattern(subpatterns[i], pops - 1 + n - i)


def _is_mapping_key(key):
    """A literal or a dotted name (not an f-string)."""
    if isinstance(key, ast.Attribute):
        return True
    if isinstance(key, ast.Constant):
        return True
    if isinstance(key, ast.UnaryOp) or isinstance(key, ast.BinOp):
        return True     # signed and complex numbers, checked by the parser
    return False


def _same_names(names_a, names_b):
    if len(names_a) != len(names_b):
        return False
    for name in names_a:
        if name not in names_b:
            return False
    return True
