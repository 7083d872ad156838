"""The `match` statement and its patterns (PEP 634), as CPython 3.11's
grammar parses them.

`match` and `case` are soft keywords: `Parser.statement` only comes here
when the logical line starting with `match` ends with a colon
(`looks_like_match`), which no other statement can do.  Patterns become
the `pattern` nodes of the AST (MatchValue, MatchSingleton,
MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr);
the checks CPython makes in its compiler (unreachable patterns, names
bound twice, or-patterns binding different names) are in codegen.
"""


from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.pyparser.tokenizer import (NAME, NUMBER, STRING, OP,
    NEWLINE, INDENT, DEDENT, ENDMARKER, KEYWORDS)
from interpreter.pyparser import error
from interpreter.pyparser.exprparser import _span


class PatternParser(object):
    """Mixed into Parser (which provides the token cursor, `block`,
    `named_expression` and the error helpers)."""
    _mixin_ = True

    def match_stmt(self):
        tok = self.advance()
        subject = self.match_subject()
        self.expect_colon()
        if self.peek().type != NEWLINE:
            self.fail()
        self.advance()
        if self.peek().type != INDENT:
            nxt = self.peek()
            self.raise_error("expected an indented block after 'match' "
                             "statement on line %d" % tok.lineno, nxt, nxt,
                             cls=error.IndentationError)
        self.advance()
        cases = []
        while True:
            t = self.peek()
            if t.type == DEDENT:
                self.advance()
                break
            if t.type == ENDMARKER:
                break
            if not (t.type == NAME and t.value == 'case'):
                self.fail_at(t)
            cases.append(self.case_block())
        return ast.Match(subject, cases, tok.lineno, tok.col,
                         self.end_lineno, self.end_col)

    def match_subject(self):
        start = self.peek()
        first = self.star_named_expression()
        if not self.at_op(','):
            if isinstance(first, ast.Starred):
                self.fail()
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op(':'):
                break
            elts.append(self.star_named_expression())
        return ast.Tuple(elts, ast.Load, start.lineno, start.col,
                         self.end_lineno, self.end_col)

    def case_block(self):
        tok = self.advance()
        pattern = self.case_patterns()
        guard = None
        if self.at_keyword('if'):
            self.advance()
            guard = self.named_expression()
        body = self.block(tok)
        return ast.match_case(pattern, guard, body)

    def case_patterns(self):
        """`patterns`: a pattern, or an open sequence `a, *b`."""
        start = self.peek()
        first = self.maybe_star_pattern()
        if not self.at_op(','):
            if isinstance(first, ast.MatchStar):
                self.fail()
            return first
        items = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op(':') or self.at_keyword('if'):
                break
            items.append(self.maybe_star_pattern())
        return ast.MatchSequence(items, start.lineno, start.col,
                                 self.end_lineno, self.end_col)

    def maybe_star_pattern(self):
        tok = self.peek()
        if tok.type == OP and tok.value == '*':
            self.advance()
            name = self.capture_name()
            return ast.MatchStar(name, tok.lineno, tok.col, self.end_lineno,
                                 self.end_col)
        return self.pattern()

    def capture_name(self):
        """A capture target; None for `_`."""
        tok = self.peek()
        if tok.type != NAME or tok.value in KEYWORDS:
            self.fail()
        self.advance()
        if tok.value == '_':
            return None
        return tok.value

    def pattern(self):
        """`as_pattern | or_pattern`."""
        start = self.peek()
        self.enter()
        pat = self.or_pattern()
        if self.at_keyword('as'):
            self.advance()
            tok = self.peek()
            if tok.type == NAME and tok.value == '_':
                self.raise_error("cannot use '_' as a target", tok)
            if tok.type != NAME or tok.value in KEYWORDS:
                self.fail()
            nxt = self.peek(1)
            if nxt.type == OP and nxt.value in ('.', '(', '['):
                self.raise_error("invalid pattern target", tok)
            self.advance()
            pat = ast.MatchAs(pat, tok.value, start.lineno, start.col,
                              self.end_lineno, self.end_col)
        self.leave()
        return pat

    def or_pattern(self):
        start = self.peek()
        first = self.closed_pattern()
        if not self.at_op('|'):
            return first
        alternatives = [first]
        while self.at_op('|'):
            self.advance()
            alternatives.append(self.closed_pattern())
        return ast.MatchOr(alternatives, start.lineno, start.col,
                           self.end_lineno, self.end_col)

    def closed_pattern(self):
        tok = self.peek()
        t = tok.type
        if t == NUMBER or (t == OP and tok.value == '-'):
            return ast.MatchValue(self.signed_number_pattern(), tok.lineno,
                                  tok.col, self.end_lineno, self.end_col)
        if t == STRING:
            value = self.strings()
            return ast.MatchValue(value, tok.lineno, tok.col,
                                  self.end_lineno, self.end_col)
        if t == NAME:
            v = tok.value
            if v == 'None' or v == 'True' or v == 'False':
                self.advance()
                if v == 'None':
                    kind = ast.CONST_NONE
                elif v == 'True':
                    kind = ast.CONST_TRUE
                else:
                    kind = ast.CONST_FALSE
                return ast.MatchSingleton(kind, tok.lineno, tok.col,
                                          tok.end_lineno, tok.end_col)
            if v in KEYWORDS:
                self.fail()
            return self.name_pattern()
        if t == OP:
            if tok.value == '(':
                return self.paren_pattern()
            if tok.value == '[':
                return self.bracket_pattern()
            if tok.value == '{':
                return self.mapping_pattern()
        self.fail()
        return None

    def signed_number_pattern(self):
        """`signed_number` or a complex literal `1 + 2j` (real part then
        imaginary part), as expression nodes."""
        tok = self.peek()
        left = self.signed_number()
        nxt = self.peek()
        if nxt.type == OP and (nxt.value == '+' or nxt.value == '-'):
            number = left
            if isinstance(number, ast.UnaryOp):
                number = number.operand
            assert isinstance(number, ast.Constant)
            if number.value_type == ast.CONST_COMPLEX:
                self.raise_node_error("real number required in complex "
                                      "literal", number)
            self.advance()
            ntok = self.peek()
            if ntok.type != NUMBER:
                self.fail()
            right = self.number(ntok)
            if right.value_type != ast.CONST_COMPLEX:
                self.raise_node_error("imaginary number required in "
                                      "complex literal", right)
            op = ast.Add if nxt.value == '+' else ast.Sub
            return ast.BinOp(left, op, right, tok.lineno, tok.col,
                             self.end_lineno, self.end_col)
        return left

    def signed_number(self):
        tok = self.peek()
        if tok.type == OP and tok.value == '-':
            self.advance()
            ntok = self.peek()
            if ntok.type != NUMBER:
                self.fail()
            operand = self.number(ntok)
            return ast.UnaryOp(ast.USub, operand, tok.lineno, tok.col,
                               self.end_lineno, self.end_col)
        return self.number(tok)

    def dotted_value(self):
        """`name_or_attr`: a name or a dotted name, as an expression."""
        tok = self.advance()
        node = ast.Name(tok.value, ast.Load, tok.lineno, tok.col,
                        tok.end_lineno, tok.end_col)
        while self.at_op('.'):
            self.advance()
            attr = self.name()
            node = ast.Attribute(node, attr, ast.Load, tok.lineno, tok.col,
                                 self.end_lineno, self.end_col)
        return node

    def name_pattern(self):
        """Capture, wildcard, value (dotted name) or class pattern."""
        tok = self.peek()
        nxt = self.peek(1)
        if not (nxt.type == OP and (nxt.value == '.' or nxt.value == '(')):
            self.advance()
            name = tok.value
            if name == '_':
                return ast.MatchAs(None, None, tok.lineno, tok.col,
                                   tok.end_lineno, tok.end_col)
            return ast.MatchAs(None, name, tok.lineno, tok.col,
                               tok.end_lineno, tok.end_col)
        cls = self.dotted_value()
        if not self.at_op('('):
            return ast.MatchValue(cls, tok.lineno, tok.col, self.end_lineno,
                                  self.end_col)
        return self.class_pattern(cls, tok)

    def class_pattern(self, cls, start):
        self.advance()
        patterns = []
        kwd_attrs = []
        kwd_patterns = []
        while not self.at_op(')'):
            t = self.peek()
            n = self.peek(1)
            if t.type == NAME and n.type == OP and n.value == '=':
                if t.value in KEYWORDS:
                    self.fail()
                self.advance()
                self.advance()
                kwd_attrs.append(t.value)
                kwd_patterns.append(self.pattern())
            else:
                pat = self.pattern()
                if kwd_attrs:
                    self.raise_error("positional patterns follow keyword "
                                     "patterns",
                                     _span(pat.lineno, pat.col_offset,
                                           pat.end_lineno,
                                           pat.end_col_offset))
                patterns.append(pat)
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(')')
        return ast.MatchClass(cls, patterns, kwd_attrs, kwd_patterns,
                              start.lineno, start.col, self.end_lineno,
                              self.end_col)

    def paren_pattern(self):
        """`(p)` is p itself; `()`, `(p,)` and `(p, q)` are sequences."""
        tok = self.advance()
        if self.at_op(')'):
            self.advance()
            return ast.MatchSequence([], tok.lineno, tok.col,
                                     self.end_lineno, self.end_col)
        first = self.maybe_star_pattern()
        if self.at_op(')') and not isinstance(first, ast.MatchStar):
            self.advance()
            return first
        items = [first]
        self.expect_op(',')
        while not self.at_op(')'):
            items.append(self.maybe_star_pattern())
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(')')
        return ast.MatchSequence(items, tok.lineno, tok.col, self.end_lineno,
                                 self.end_col)

    def bracket_pattern(self):
        tok = self.advance()
        items = []
        while not self.at_op(']'):
            items.append(self.maybe_star_pattern())
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(']')
        return ast.MatchSequence(items, tok.lineno, tok.col, self.end_lineno,
                                 self.end_col)

    def mapping_pattern(self):
        tok = self.advance()
        keys = []
        patterns = []
        rest = None
        while not self.at_op('}'):
            if self.at_op('**'):
                self.advance()
                t = self.peek()
                if t.type != NAME or t.value in KEYWORDS or t.value == '_':
                    self.fail()
                self.advance()
                rest = t.value
                if self.at_op(','):
                    self.advance()
                if not self.at_op('}'):
                    self.fail()
                break
            keys.append(self.mapping_key())
            self.expect_op(':')
            patterns.append(self.pattern())
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op('}')
        return ast.MatchMapping(keys, patterns, rest, tok.lineno, tok.col,
                                self.end_lineno, self.end_col)

    def mapping_key(self):
        """A literal or a dotted name (`literal_expr | attr`)."""
        tok = self.peek()
        t = tok.type
        if t == NUMBER or (t == OP and tok.value == '-'):
            return self.signed_number_pattern()
        if t == STRING:
            return self.strings()
        if t == NAME:
            v = tok.value
            if v == 'None':
                return self.const(tok, ast.CONST_NONE)
            if v == 'True':
                return self.const(tok, ast.CONST_TRUE)
            if v == 'False':
                return self.const(tok, ast.CONST_FALSE)
            if v not in KEYWORDS and self.peek(1).type == OP and \
                    self.peek(1).value == '.':
                return self.dotted_value()
        self.fail()
        return None
