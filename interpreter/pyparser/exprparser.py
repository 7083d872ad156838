"""Expression half of the recursive-descent parser (see parser.py).

`ExprParser` holds the token cursor and the error helpers, and parses
everything below the statement level: operators with Python 3.11's
precedence and associativity, atoms and displays, calls and subscripts,
comprehensions, lambda, parameters, assignment targets and literals.
"""


from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.pyparser import error
from interpreter.pyparser.tokenizer import (NAME, NUMBER, STRING, OP, NEWLINE,
    INDENT, DEDENT, ENDMARKER, ERRORTOKEN, KEYWORDS, char_offset, Token,
    Tokenizer)
from interpreter.pyparser import fstring

# nesting of recursive constructs that are not brackets (unary operators,
# `not`, lambda, conditional expressions, ...): CPython accepts 1000 unary
# minus signs and fails on 5000.
MAX_DEPTH = 2000

_COMPARE_OPS = {'<': ast.Lt, '>': ast.Gt, '==': ast.Eq, '>=': ast.GtE,
                '<=': ast.LtE, '!=': ast.NotEq}

# binary operator precedence levels, lowest first
_BINOP_LEVELS = [
    {'|': ast.BitOr},
    {'^': ast.BitXor},
    {'&': ast.BitAnd},
    {'<<': ast.LShift, '>>': ast.RShift},
    {'+': ast.Add, '-': ast.Sub},
    {'*': ast.Mult, '/': ast.Div, '//': ast.FloorDiv, '%': ast.Mod,
     '@': ast.MatMult},
]


def expr_name(node):
    """How CPython names an expression in error messages."""
    if isinstance(node, ast.Attribute):
        return "attribute"
    if isinstance(node, ast.Subscript):
        return "subscript"
    if isinstance(node, ast.Starred):
        return "starred"
    if isinstance(node, ast.Name):
        return "name"
    if isinstance(node, ast.List):
        return "list"
    if isinstance(node, ast.Tuple):
        return "tuple"
    if isinstance(node, ast.Lambda):
        return "lambda"
    if isinstance(node, ast.Call):
        return "function call"
    if isinstance(node, ast.BoolOp) or isinstance(node, ast.BinOp) or \
            isinstance(node, ast.UnaryOp):
        return "expression"
    if isinstance(node, ast.GeneratorExp):
        return "generator expression"
    if isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
        return "yield expression"
    if isinstance(node, ast.ListComp):
        return "list comprehension"
    if isinstance(node, ast.SetComp):
        return "set comprehension"
    if isinstance(node, ast.DictComp):
        return "dict comprehension"
    if isinstance(node, ast.Dict):
        return "dict literal"
    if isinstance(node, ast.Set):
        return "set display"
    if isinstance(node, ast.JoinedStr) or \
            isinstance(node, ast.FormattedValue):
        return "f-string expression"
    if isinstance(node, ast.Constant):
        t = node.value_type
        if t == ast.CONST_NONE:
            return "None"
        if t == ast.CONST_TRUE:
            return "True"
        if t == ast.CONST_FALSE:
            return "False"
        if t == ast.CONST_ELLIPSIS:
            return "ellipsis"
        return "literal"
    if isinstance(node, ast.Compare):
        return "comparison"
    if isinstance(node, ast.IfExp):
        return "conditional expression"
    if isinstance(node, ast.NamedExpr):
        return "named expression"
    return "expression"


# CPython's default limit on decimal digits of int literals
MAX_INT_DIGITS = 4300


def _span(lineno, col, end_lineno, end_col):
    """A pseudo token covering a span, for error reporting."""
    return Token(ERRORTOKEN, '', lineno, col, end_lineno, end_col)


class ExprParser(object):

    def __init__(self, tokenizer, filename):
        self.tokenizer = tokenizer
        self.filename = filename
        self.pos = 0
        self.furthest = 0
        self.depth = 0
        self.end_lineno = 1
        self.end_col = 0
        # parsing the expression of an f-string (see fstring.py)
        self.in_fstring = False
        # speculative parsing: CPython's rules for error messages are off
        self.no_invalid = False

    # -- cursor -----------------------------------------------------------

    def peek(self, k=0):
        i = self.pos + k
        if i > self.furthest:
            self.furthest = i
        return self.tokenizer.get(i)

    def peek_prev(self):
        return self.tokenizer.get(self.pos - 1)

    def advance(self):
        tok = self.peek()
        self.pos += 1
        if tok.type != NEWLINE and tok.type != INDENT and \
                tok.type != DEDENT and tok.type != ENDMARKER:
            self.end_lineno = tok.end_lineno
            self.end_col = tok.end_col
        return tok

    def save(self):
        return self.pos

    def restore(self, pos):
        self.pos = pos
        tok = self.tokenizer.get(pos - 1)
        self.end_lineno = tok.end_lineno
        self.end_col = tok.end_col

    def at_op(self, value):
        tok = self.peek()
        return tok.type == OP and tok.value == value

    def at_keyword(self, value):
        tok = self.peek()
        return tok.type == NAME and tok.value == value

    def expect_op(self, value):
        tok = self.peek()
        if tok.type != OP or tok.value != value:
            self.fail()
        return self.advance()

    def expect_keyword(self, value):
        tok = self.peek()
        if tok.type != NAME or tok.value != value:
            self.fail()
        return self.advance()

    def name(self):
        tok = self.peek()
        if tok.type != NAME or tok.value in KEYWORDS:
            self.fail()
        self.advance()
        return tok.value

    def enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.raise_error("expression too deeply nested", self.peek())

    def leave(self):
        self.depth -= 1

    # -- errors -----------------------------------------------------------

    def not_supported(self, tok, what):
        self.raise_error("%s are not supported" % what, tok)

    def raise_error(self, msg, tok, end_tok=None, cls=error.SyntaxError):
        """Raise at the start of `tok`, up to the end of `end_tok` (or of
        `tok` itself)."""
        if end_tok is None:
            end_tok = tok
        tz = self.tokenizer
        col = tok.col
        end_col = end_tok.end_col
        text = tz.line_text(tok.lineno - tz.line_base)
        if self.in_fstring:
            # CPython counts these in bytes from the start of the "(expr)"
            # text, even on its later lines (where it may go negative)
            msg = "f-string: " + msg
            offset = col - tz.col_base + 1
            end_offset = end_col - tz.col_base + 1
        else:
            if col < 0:
                col = 0
            offset = char_offset(text, col)
            end_offset = char_offset(tz.line_text(end_tok.end_lineno -
                                                  tz.line_base), end_col)
        raise cls(msg, tok.lineno, offset, text, self.filename,
                  end_tok.end_lineno, end_offset)

    def raise_node_error(self, msg, node):
        self.raise_error(msg, self.token_at_node(node))

    def token_at_node(self, node):
        return _span(node.lineno, node.col_offset, node.end_lineno,
                         node.end_col_offset)

    def shifted(self, node):
        return _span(node.lineno, node.col_offset + 1, node.end_lineno,
                     node.end_col_offset + 1)

    def fail(self):
        """The generic error, at the furthest token looked at."""
        tok = self.tokenizer.get(self.furthest)
        self.fail_at(tok)

    def fail_at(self, tok):
        tz = self.tokenizer
        if tok.type == ENDMARKER or (tok.type == NEWLINE and tok.value == ''):
            if tz.eof_in_paren:
                tz.unclosed_paren_error()
        if tok.type == INDENT:
            text = tz.line_text(tok.lineno)
            raise error.IndentationError("unexpected indent", tok.lineno,
                                         tok.end_col, text, self.filename,
                                         tok.lineno, -1)
        if tok.type == DEDENT:
            self.raise_error("unexpected unindent", tok,
                             cls=error.IndentationError)
        # a tokenizer error further down takes precedence, as in CPython
        tz.check_rest()
        if tz.eof_in_paren and self.furthest > 0 and \
                (tok.type == NAME or tok.type == NUMBER or
                 tok.type == STRING):
            # CPython's "forgot a comma?" rule looks ahead up to the end of
            # the file, where it meets the unclosed bracket
            prev = tz.get(self.furthest - 1)
            if prev.type == NAME or prev.type == NUMBER or \
                    prev.type == STRING:
                tz.unclosed_paren_error()
        if tok.type == ENDMARKER:
            self.raise_error("unexpected EOF while parsing", tok)
        self.raise_error("invalid syntax", tok)

    # -- targets ----------------------------------------------------------

    def invalid_target(self, node, ctx):
        """The first sub-expression of `node` that cannot be a target, or
        None."""
        if isinstance(node, ast.Name) or isinstance(node, ast.Attribute) or \
                isinstance(node, ast.Subscript):
            return None
        if isinstance(node, ast.Tuple):
            for elt in node.elts:
                bad = self.invalid_target(elt, ctx)
                if bad is not None:
                    return bad
            return None
        if isinstance(node, ast.List):
            for elt in node.elts:
                bad = self.invalid_target(elt, ctx)
                if bad is not None:
                    return bad
            return None
        if isinstance(node, ast.Starred):
            if ctx == ast.Del:
                return node
            return self.invalid_target(node.value, ctx)
        return node

    def set_context(self, node, ctx):
        bad = self.invalid_target(node, ctx)
        if bad is not None:
            if ctx == ast.Del:
                verb = "delete"
            else:
                verb = "assign to"
            self.raise_node_error("cannot %s %s" % (verb, expr_name(bad)),
                                  bad)
        if ctx == ast.Store and isinstance(node, ast.Starred):
            self.raise_node_error("starred assignment target must be in a "
                                  "list or tuple", node)
        self._set_context(node, ctx)

    def _set_context(self, node, ctx):
        if isinstance(node, ast.Name):
            if node.id == '__debug__' and ctx != ast.Load:
                self.raise_node_error("cannot %s __debug__" % (
                    "delete" if ctx == ast.Del else "assign to"), node)
            node.ctx = ctx
        elif isinstance(node, ast.Attribute):
            node.ctx = ctx
        elif isinstance(node, ast.Subscript):
            node.ctx = ctx
        elif isinstance(node, ast.Starred):
            node.ctx = ctx
            self._set_context(node.value, ctx)
        elif isinstance(node, ast.Tuple):
            node.ctx = ctx
            for elt in node.elts:
                self._set_context(elt, ctx)
        elif isinstance(node, ast.List):
            node.ctx = ctx
            for elt in node.elts:
                self._set_context(elt, ctx)

    def target_list(self):
        """Targets of `for` (and comprehensions): stops before `in`."""
        start = self.peek()
        first = self.target_item()
        if not self.at_op(','):
            self.set_context(first, ast.Store)
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_keyword('in') or self.at_op('='):
                break
            elts.append(self.target_item())
        node = ast.Tuple(elts, ast.Store, start.lineno, start.col,
                         self.end_lineno, self.end_col)
        self.set_context(node, ast.Store)
        return node

    def target_item(self):
        tok = self.peek()
        if tok.type == OP and tok.value == '*':
            self.advance()
            value = self.bitwise_or()
            return ast.Starred(value, ast.Store, tok.lineno, tok.col,
                               self.end_lineno, self.end_col)
        return self.bitwise_or()

    def single_target(self):
        """The target after `with ... as`."""
        node = self.target_item()
        if self.at_op(','):
            # `with a as b, c` is two items; a tuple target needs parens
            pass
        self.set_context(node, ast.Store)
        return node

    # -- expressions ------------------------------------------------------

    def star_expressions(self):
        """Comma-separated expressions (with `*`): a Tuple if a comma."""
        start = self.peek()
        first = self.star_expression()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_expr_end():
                break
            elts.append(self.star_expression())
        return ast.Tuple(elts, ast.Load, start.lineno, start.col,
                         self.end_lineno, self.end_col)

    def at_expr_end(self):
        tok = self.peek()
        if tok.type == NEWLINE or tok.type == ENDMARKER:
            return True
        if tok.type == OP:
            return tok.value in (')', ']', '}', '=', ';', ':') or \
                tok.value in _AUG_OPS
        if tok.type == NAME:
            return tok.value in ('in', 'for', 'async', 'if', 'else', 'as')
        return False

    def star_expression(self):
        tok = self.peek()
        if tok.type == OP and tok.value == '*':
            self.advance()
            value = self.bitwise_or()
            return ast.Starred(value, ast.Load, tok.lineno, tok.col,
                               self.end_lineno, self.end_col)
        return self.expression()

    def star_named_expression(self):
        tok = self.peek()
        if tok.type == OP and tok.value == '*':
            self.advance()
            value = self.bitwise_or()
            return ast.Starred(value, ast.Load, tok.lineno, tok.col,
                               self.end_lineno, self.end_col)
        return self.named_expression()

    def named_expression(self):
        tok = self.peek()
        if tok.type == NAME and tok.value not in KEYWORDS:
            nxt = self.peek(1)
            if nxt.type == OP and nxt.value == ':=':
                self.advance()
                self.advance()
                target = ast.Name(tok.value, ast.Store, tok.lineno, tok.col,
                                  tok.end_lineno, tok.end_col)
                value = self.expression()
                return ast.NamedExpr(target, value, tok.lineno, tok.col,
                                     self.end_lineno, self.end_col)
        node = self.expression()
        if self.at_op(':='):
            self.raise_node_error("cannot use assignment expressions with %s"
                                  % expr_name(node), node)
        return node

    def expression(self):
        tok = self.peek()
        if tok.type == NAME and tok.value == 'lambda':
            return self.lambdef()
        self.enter()
        body = self.disjunction()
        if self.at_keyword('if'):
            self.advance()
            test = self.disjunction()
            if not self.at_keyword('else'):
                nxt = self.peek()
                if nxt.type == NEWLINE or nxt.type == ENDMARKER or \
                        (nxt.type == OP and nxt.value in (')', ']', '}', ',',
                                                          ';', '=')):
                    self.raise_error("expected 'else' after 'if' expression",
                                     tok, self.peek_prev())
                self.fail()
            self.advance()
            orelse = self.expression()
            body = ast.IfExp(test, body, orelse, tok.lineno, tok.col,
                             self.end_lineno, self.end_col)
        elif not self.no_invalid:
            self.check_missing_comma(tok, body)
        self.leave()
        return body

    def check_missing_comma(self, start, a):
        """CPython's "Perhaps you forgot a comma?": inside brackets, an
        expression `a` directly followed by another expression."""
        nxt = self.peek()
        if not _starts_expression(nxt):
            return
        if isinstance(a, ast.Name) and (a.id == 'print' or a.id == 'exec'):
            if start.type == NAME:
                self.check_legacy_call(a)
            return
        if self.peek_prev().level == 0:
            return
        if start.type == NAME and (start.value in _SOFT_KEYWORDS or
                                   self.next_is_string(start)):
            return
        saved = self.save()
        furthest = self.furthest
        self.no_invalid = True
        try:
            b = self.expression()
        except error.SyntaxError:
            b = None
        self.no_invalid = False
        end = self.peek_prev()
        if b is not None and self.tokenizer.eof_in_paren and \
                self.peek().type in (NEWLINE, ENDMARKER):
            # looking past `b`, CPython meets the end of the file
            self.tokenizer.unclosed_paren_error()
        self.restore(saved)
        self.furthest = furthest
        if b is None or end.level == 0:
            return
        self.raise_error("invalid syntax. Perhaps you forgot a comma?",
                         self.token_at_node(a), self.token_at_node(b))

    def check_legacy_call(self, a):
        """`print x` / `exec x`: CPython's "Missing parentheses" error."""
        saved = self.save()
        furthest = self.furthest
        try:
            b = self.star_expressions()
        except error.SyntaxError as e:
            if e.msg.startswith("invalid syntax. Perhaps"):
                raise
            b = None
        self.restore(saved)
        self.furthest = furthest
        if b is not None:
            self.raise_error("Missing parentheses in call to '%s'. Did you "
                             "mean %s(...)?" % (a.id, a.id),
                             self.token_at_node(a), self.token_at_node(b))

    def next_is_string(self, tok):
        """Whether the token after `tok` (a token already read) is a
        STRING."""
        i = self.pos
        while i > 0 and self.tokenizer.get(i - 1) is not tok:
            i -= 1
        return i > 0 and self.tokenizer.get(i).type == STRING

    def lambdef(self):
        tok = self.advance()
        self.enter()
        args = self.parameters(False, ':')
        self.expect_op(':')
        body = self.expression()
        self.leave()
        return ast.Lambda(args, body, tok.lineno, tok.col, self.end_lineno,
                          self.end_col)

    def disjunction(self):
        tok = self.peek()
        first = self.conjunction()
        if not self.at_keyword('or'):
            return first
        values = [first]
        while self.at_keyword('or'):
            self.advance()
            values.append(self.conjunction())
        return ast.BoolOp(ast.Or, values, tok.lineno, tok.col,
                          self.end_lineno, self.end_col)

    def conjunction(self):
        tok = self.peek()
        first = self.inversion()
        if not self.at_keyword('and'):
            return first
        values = [first]
        while self.at_keyword('and'):
            self.advance()
            values.append(self.inversion())
        return ast.BoolOp(ast.And, values, tok.lineno, tok.col,
                          self.end_lineno, self.end_col)

    def inversion(self):
        tok = self.peek()
        if tok.type == NAME and tok.value == 'not':
            self.advance()
            self.enter()
            operand = self.inversion()
            self.leave()
            return ast.UnaryOp(ast.Not, operand, tok.lineno, tok.col,
                               self.end_lineno, self.end_col)
        return self.comparison()

    def comparison(self):
        tok = self.peek()
        left = self.bitwise_or()
        ops = []
        comparators = []
        while True:
            t = self.peek()
            op = 0
            if t.type == OP and t.value in _COMPARE_OPS:
                op = _COMPARE_OPS[t.value]
                self.advance()
            elif t.type == NAME:
                if t.value == 'in':
                    op = ast.In
                    self.advance()
                elif t.value == 'is':
                    self.advance()
                    if self.at_keyword('not'):
                        self.advance()
                        op = ast.IsNot
                    else:
                        op = ast.Is
                elif t.value == 'not':
                    nxt = self.peek(1)
                    if nxt.type == NAME and nxt.value == 'in':
                        self.advance()
                        self.advance()
                        op = ast.NotIn
            if op == 0:
                break
            ops.append(op)
            comparators.append(self.bitwise_or())
        if not ops:
            return left
        return ast.Compare(left, ops, comparators, tok.lineno, tok.col,
                           self.end_lineno, self.end_col)

    def bitwise_or(self):
        return self.binop(0)

    def binop(self, level):
        if level == len(_BINOP_LEVELS):
            return self.factor()
        tok = self.peek()
        left = self.binop(level + 1)
        ops = _BINOP_LEVELS[level]
        while True:
            t = self.peek()
            if t.type != OP or t.value not in ops:
                break
            self.advance()
            right = self.binop(level + 1)
            left = ast.BinOp(left, ops[t.value], right, tok.lineno, tok.col,
                             self.end_lineno, self.end_col)
        return left

    def factor(self):
        tok = self.peek()
        if tok.type == OP and tok.value in ('-', '+', '~'):
            self.advance()
            self.enter()
            operand = self.factor()
            self.leave()
            if tok.value == '-':
                op = ast.USub
            elif tok.value == '+':
                op = ast.UAdd
            else:
                op = ast.Invert
            return ast.UnaryOp(op, operand, tok.lineno, tok.col,
                               self.end_lineno, self.end_col)
        return self.power()

    def power(self):
        tok = self.peek()
        if tok.type == NAME and tok.value == 'await':
            self.advance()
            value = self.primary()
            left = ast.Await(value, tok.lineno, tok.col, self.end_lineno,
                             self.end_col)
        else:
            left = self.primary()
        if self.at_op('**'):
            self.advance()
            self.enter()
            right = self.factor()
            self.leave()
            return ast.BinOp(left, ast.Pow, right, tok.lineno, tok.col,
                             self.end_lineno, self.end_col)
        return left

    def primary(self):
        tok = self.peek()
        node = self.atom()
        while True:
            t = self.peek()
            if t.type != OP:
                break
            if t.value == '.':
                self.advance()
                attr = self.name()
                node = ast.Attribute(node, attr, ast.Load, tok.lineno,
                                     tok.col, self.end_lineno, self.end_col)
            elif t.value == '(':
                self.advance()
                node = self.call(node, tok)
            elif t.value == '[':
                self.advance()
                sl = self.slices()
                self.expect_op(']')
                node = ast.Subscript(node, sl, ast.Load, tok.lineno, tok.col,
                                     self.end_lineno, self.end_col)
            else:
                break
        return node

    def slices(self):
        start = self.peek()
        first = self.slice_item()
        if not self.at_op(','):
            if isinstance(first, ast.Starred):
                # `a[*b]` subscripts with a 1-tuple
                return ast.Tuple([first], ast.Load, start.lineno, start.col,
                                 self.end_lineno, self.end_col)
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op(']'):
                break
            elts.append(self.slice_item())
        return ast.Tuple(elts, ast.Load, start.lineno, start.col,
                         self.end_lineno, self.end_col)

    def slice_item(self):
        tok = self.peek()
        if tok.type == OP and tok.value == '*':
            return self.star_named_expression()
        lower = None
        if not self.at_op(':'):
            lower = self.named_expression()
            if not self.at_op(':'):
                return lower
        self.advance()
        upper = None
        step = None
        if not (self.at_op(':') or self.at_op(',') or self.at_op(']')):
            upper = self.expression()
        if self.at_op(':'):
            self.advance()
            if not (self.at_op(',') or self.at_op(']')):
                step = self.expression()
        return ast.Slice(lower, upper, step, tok.lineno, tok.col,
                         self.end_lineno, self.end_col)

    # -- calls ------------------------------------------------------------

    def call(self, func, start):
        opening = self.peek_prev()
        args = []
        keywords = []
        bare_gen = None
        if not self.at_op(')'):
            bare_gen = self.call_arguments(args, keywords)
        if bare_gen is not None:
            # a lone generator argument borrows the call's parentheses
            closing = self.peek()
            bare_gen.lineno = opening.lineno
            bare_gen.col_offset = opening.col
            bare_gen.end_lineno = closing.end_lineno
            bare_gen.end_col_offset = closing.end_col
        self.expect_op(')')
        return ast.Call(func, args, keywords, start.lineno, start.col,
                        self.end_lineno, self.end_col)

    def call_arguments(self, args, keywords):
        """Arguments up to (not including) the closing ')'.  Returns the
        generator expression if it is the only, unparenthesized, argument."""
        bare_gen = None
        seen_kw = False
        seen_kwunpack = False
        while not self.at_op(')'):
            tok = self.peek()
            if tok.type == OP and tok.value == '*':
                self.advance()
                value = self.expression()
                node = ast.Starred(value, ast.Load, tok.lineno, tok.col,
                                   self.end_lineno, self.end_col)
                if seen_kwunpack:
                    self.raise_error("iterable argument unpacking follows "
                                     "keyword argument unpacking",
                                     self.token_at_node(node))
                args.append(node)
            elif tok.type == OP and tok.value == '**':
                self.advance()
                value = self.expression()
                keywords.append(ast.keyword(None, value, tok.lineno, tok.col,
                                            self.end_lineno, self.end_col))
                seen_kwunpack = True
            elif tok.type == NAME and self.peek(1).type == OP and \
                    self.peek(1).value == '=':
                if tok.value in KEYWORDS:
                    self.raise_error("cannot assign to %s" % tok.value
                                     if tok.value in ('True', 'False', 'None')
                                     else "invalid syntax", tok)
                self.advance()
                self.advance()
                value = self.expression()
                keywords.append(ast.keyword(tok.value, value, tok.lineno,
                                            tok.col, self.end_lineno,
                                            self.end_col))
                seen_kw = True
            else:
                value = self.named_expression()
                if self.at_keyword('for') or self.at_keyword('async'):
                    value = self.comprehension_tail(value, tok, 'gen', None)
                    if not self.at_op(')') or args or keywords:
                        self.raise_error("Generator expression must be "
                                         "parenthesized",
                                         self.token_at_node(value),
                                         self.peek_prev())
                    bare_gen = value
                elif self.at_op('='):
                    self.raise_error(
                        "expression cannot contain assignment, perhaps you "
                        "meant \"==\"?", self.token_at_node(value),
                        self.peek())
                # CPython reports these one column to the right
                if seen_kwunpack:
                    self.raise_error("positional argument follows keyword "
                                     "argument unpacking",
                                     self.shifted(value))
                if seen_kw:
                    self.raise_error("positional argument follows keyword "
                                     "argument", self.shifted(value))
                args.append(value)
            if not self.at_op(','):
                break
            self.advance()
            if bare_gen is not None and not self.at_op(')'):
                self.raise_error("Generator expression must be "
                                 "parenthesized",
                                 self.token_at_node(bare_gen))
            bare_gen = None
        return bare_gen

    # -- atoms ------------------------------------------------------------

    def atom(self):
        tok = self.peek()
        t = tok.type
        if t == NAME:
            v = tok.value
            if v == 'None':
                return self.const(tok, ast.CONST_NONE)
            if v == 'True':
                return self.const(tok, ast.CONST_TRUE)
            if v == 'False':
                return self.const(tok, ast.CONST_FALSE)
            if v in KEYWORDS:
                if v == 'yield':
                    self.fail()
                self.fail()
            self.advance()
            return ast.Name(v, ast.Load, tok.lineno, tok.col, tok.end_lineno,
                            tok.end_col)
        if t == NUMBER:
            return self.number(tok)
        if t == STRING:
            return self.strings()
        if t == OP:
            v = tok.value
            if v == '(':
                return self.paren_atom()
            if v == '[':
                return self.list_atom()
            if v == '{':
                return self.brace_atom()
            if v == '...':
                return self.const(tok, ast.CONST_ELLIPSIS)
        self.fail()
        return None

    def const(self, tok, value_type):
        self.advance()
        return ast.Constant(value_type, tok.value, u"", None, tok.lineno,
                            tok.col, tok.end_lineno, tok.end_col)

    def number(self, tok):
        self.advance()
        text = _remove_underscores(tok.value)
        low = text.lower()
        if low.endswith('j'):
            vt = ast.CONST_COMPLEX
            text = text[:-1]
        elif low.startswith('0x') or low.startswith('0o') or \
                low.startswith('0b'):
            vt = ast.CONST_INT
        elif '.' in low or 'e' in low:
            vt = ast.CONST_FLOAT
        else:
            vt = ast.CONST_INT
            if len(text) > MAX_INT_DIGITS:
                self.too_many_digits(tok, len(text))
        return ast.Constant(vt, text, u"", None, tok.lineno, tok.col,
                            tok.end_lineno, tok.end_col)

    def too_many_digits(self, tok, ndigits):
        """CPython 3.11 refuses decimal literals that int() would refuse
        (sys.get_int_max_str_digits(), 4300 by default); it reports them
        at offset 0."""
        tz = self.tokenizer
        raise error.SyntaxError(
            "Exceeds the limit (%d digits) for integer string conversion: "
            "value has %d digits; use sys.set_int_max_str_digits() to "
            "increase the limit - Consider hexadecimal for huge integer "
            "literals to avoid decimal conversion limits."
            % (MAX_INT_DIGITS, ndigits), tok.lineno, 0,
            tz.line_text(tok.lineno - tz.line_base), self.filename)

    def paren_atom(self):
        tok = self.advance()
        if self.at_op(')'):
            self.advance()
            return ast.Tuple([], ast.Load, tok.lineno, tok.col,
                             self.end_lineno, self.end_col)
        if self.at_keyword('yield'):
            node = self.yield_expr()
            self.expect_op(')')
            return node
        first = self.star_named_expression()
        if self.at_keyword('for') or self.at_keyword('async'):
            node = self.comprehension_tail(first, tok, 'gen', None)
            self.expect_op(')')
            node.end_lineno = self.end_lineno
            node.end_col_offset = self.end_col
            return node
        if self.at_op(')'):
            self.advance()
            if isinstance(first, ast.Starred):
                self.raise_node_error("cannot use starred expression here",
                                      first)
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op(')'):
                break
            elts.append(self.star_named_expression())
        self.expect_op(')')
        return ast.Tuple(elts, ast.Load, tok.lineno, tok.col,
                         self.end_lineno, self.end_col)

    def list_atom(self):
        tok = self.advance()
        elts = []
        if not self.at_op(']'):
            first = self.star_named_expression()
            if self.at_keyword('for') or self.at_keyword('async'):
                node = self.comprehension_tail(first, tok, 'list', None)
                self.expect_op(']')
                node.end_lineno = self.end_lineno
                node.end_col_offset = self.end_col
                return node
            elts.append(first)
            while self.at_op(','):
                self.advance()
                if self.at_op(']'):
                    break
                elts.append(self.star_named_expression())
        self.expect_op(']')
        return ast.List(elts, ast.Load, tok.lineno, tok.col, self.end_lineno,
                        self.end_col)

    def brace_atom(self):
        tok = self.advance()
        if self.at_op('}'):
            self.advance()
            return ast.Dict([], [], tok.lineno, tok.col, self.end_lineno,
                            self.end_col)
        if self.at_op('**'):
            return self.dict_rest(tok, None, None)
        first = self.star_named_expression()
        if self.at_op(':') and not isinstance(first, ast.Starred):
            self.advance()
            value = self.dict_value()
            if self.at_keyword('for') or self.at_keyword('async'):
                node = self.comprehension_tail(first, tok, 'dict', value)
                self.expect_op('}')
                node.end_lineno = self.end_lineno
                node.end_col_offset = self.end_col
                return node
            return self.dict_rest(tok, first, value)
        if self.at_keyword('for') or self.at_keyword('async'):
            node = self.comprehension_tail(first, tok, 'set', None)
            self.expect_op('}')
            node.end_lineno = self.end_lineno
            node.end_col_offset = self.end_col
            return node
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op('}'):
                break
            elts.append(self.star_named_expression())
        self.expect_op('}')
        return ast.Set(elts, tok.lineno, tok.col, self.end_lineno,
                       self.end_col)

    def dict_value(self):
        """The value after `key:` in a dict display."""
        tok = self.peek()
        if tok.type == OP and (tok.value == '}' or tok.value == ','):
            self.raise_error("expression expected after dictionary key and "
                             "':'", self.peek_prev())
        if tok.type == OP and tok.value == '*':
            self.raise_error("cannot use a starred expression in a "
                             "dictionary value", tok)
        return self.expression()

    def dict_rest(self, tok, key, value):
        keys = []
        values = []
        if value is not None:
            keys.append(key)
            values.append(value)
            if not self.at_op('}'):
                self.expect_op(',')
        while not self.at_op('}'):
            if self.at_op('**'):
                self.advance()
                keys.append(None)
                values.append(self.bitwise_or())
            else:
                k = self.expression()
                if not self.at_op(':'):
                    self.raise_error("':' expected after dictionary key",
                                     _span(k.end_lineno, k.end_col_offset - 1,
                                           k.end_lineno, k.end_col_offset))
                self.advance()
                keys.append(k)
                values.append(self.dict_value())
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op('}')
        return ast.Dict(keys, values, tok.lineno, tok.col, self.end_lineno,
                        self.end_col)

    def comprehension_tail(self, elt, start, kind, value):
        """The `for ... in ... if ...` clauses after `elt`; returns the
        comprehension node (its end is fixed up by the caller)."""
        if isinstance(elt, ast.Starred):
            if kind == 'dict':
                pass
            self.raise_node_error("iterable unpacking cannot be used in "
                                  "comprehension", elt)
        generators = []
        while self.at_keyword('for') or self.at_keyword('async'):
            is_async = 0
            if self.at_keyword('async'):
                self.advance()
                if not self.at_keyword('for'):
                    self.fail()
                is_async = 1
            self.advance()
            target = self.target_list()
            self.expect_keyword('in')
            iter = self.disjunction()
            ifs = []
            while self.at_keyword('if'):
                self.advance()
                ifs.append(self.disjunction())
            generators.append(ast.comprehension(target, iter, ifs,
                                                is_async))
        if kind == 'gen':
            return ast.GeneratorExp(elt, generators, start.lineno, start.col,
                                    self.end_lineno, self.end_col)
        if kind == 'list':
            return ast.ListComp(elt, generators, start.lineno, start.col,
                                self.end_lineno, self.end_col)
        if kind == 'set':
            return ast.SetComp(elt, generators, start.lineno, start.col,
                               self.end_lineno, self.end_col)
        return ast.DictComp(elt, value, generators, start.lineno, start.col,
                            self.end_lineno, self.end_col)

    def yield_expr(self):
        tok = self.advance()
        if self.at_keyword('from'):
            self.advance()
            value = self.expression()
            return ast.YieldFrom(value, tok.lineno, tok.col, self.end_lineno,
                                 self.end_col)
        value = None
        if not self.at_expr_end():
            value = self.star_expressions()
        return ast.Yield(value, tok.lineno, tok.col, self.end_lineno,
                         self.end_col)

    # -- parameters -------------------------------------------------------

    def parameters(self, annotations, closing):
        """Parameters of `def` (annotations allowed) or `lambda`, up to
        `closing` (not consumed)."""
        posonly = []
        args = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        star_seen = False
        while not self.at_op(closing):
            tok = self.peek()
            if tok.type == OP and tok.value == '/':
                if star_seen or posonly or not args:
                    if not args:
                        self.raise_error("at least one argument must "
                                         "precede /", tok)
                    self.raise_error("/ must be ahead of *", tok)
                self.advance()
                posonly = args
                args = []
            elif tok.type == OP and tok.value == '*':
                if star_seen:
                    self.raise_error("* argument may appear only once", tok)
                self.advance()
                star_seen = True
                if self.at_op(',') or self.at_op(closing):
                    nxt = self.peek()
                    after = self.peek(1)
                    where = tok
                    if not annotations:
                        # lambda: CPython reports it at the token after
                        where = nxt
                        if nxt.type == OP and nxt.value == ',':
                            where = after
                    if nxt.type == OP and nxt.value == closing or \
                            after.type == OP and (after.value == closing or
                                                  after.value == '**'):
                        self.raise_error("named arguments must follow "
                                         "bare *", where)
                else:
                    vararg = self.param(annotations, True)
            elif tok.type == OP and tok.value == '**':
                self.advance()
                kwarg = self.param(annotations, False)
                if self.at_op(','):
                    self.advance()
                if not self.at_op(closing):
                    self.raise_error("arguments cannot follow var-keyword "
                                     "argument", self.peek())
                break
            else:
                a = self.param(annotations, False)
                default = None
                if self.at_op('='):
                    self.advance()
                    default = self.expression()
                if star_seen:
                    kwonly.append(a)
                    kw_defaults.append(default)
                else:
                    args.append(a)
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        self.raise_error("non-default argument follows "
                                         "default argument", tok)
            if not self.at_op(','):
                break
            self.advance()
        return ast.arguments(posonly, args, vararg, kwonly, kw_defaults,
                             kwarg, defaults)

    def param(self, annotations, star):
        tok = self.peek()
        name = self.name()
        annotation = None
        if annotations and self.at_op(':'):
            self.advance()
            if star and self.at_op('*'):
                annotation = self.star_expression()
            else:
                annotation = self.expression()
        return ast.arg(name, annotation, tok.lineno, tok.col,
                       self.end_lineno, self.end_col)

    # -- strings ----------------------------------------------------------

    def strings(self):
        toks = []
        while self.peek().type == STRING:
            toks.append(self.advance())
        return fstring.concatenate(self, toks)

    def literal_error(self, e, tok, after):
        """A literal (`tok`) whose value cannot be computed: CPython reports
        it at the token after the run of strings, or for a few errors
        at the literal itself."""
        if e.at_start:
            self.raise_error(e.msg, tok, tok)
        if e.bad_utf8 and not self.in_fstring:
            # the line is not valid UTF-8: the column stays in bytes
            tz = self.tokenizer
            text = tz.line_text(after.lineno)
            raise error.SyntaxError(e.msg, after.lineno, after.col + 1, text,
                                    self.filename, after.end_lineno,
                                    after.end_col + 1)
        self.raise_error(e.msg, after)

    # -- f-string expressions ---------------------------------------------

    def fstring_parser(self, source, line_base, col_base):
        """A parser for the expression of an f-string replacement field;
        `source` is "(" + expr + ")", whose first line sits at line
        line_base + 1, the '(' at column col_base."""
        tz = Tokenizer(source, self.filename)
        tz.line_base = line_base
        tz.col_base = col_base
        sub = ExprParser(tz, self.filename)
        sub.in_fstring = True
        return sub

    def parse_fstring_expr(self):
        node = self.star_expressions()
        while self.peek().type == NEWLINE:
            self.advance()
        if self.peek().type != ENDMARKER:
            self.fail()
        return node


_SOFT_KEYWORDS = ['_', 'case', 'match']


def _starts_expression(tok):
    if tok.type == NAME:
        return tok.value not in KEYWORDS or tok.value in (
            'True', 'False', 'None', 'lambda', 'not', 'await')
    if tok.type == NUMBER or tok.type == STRING:
        return True
    if tok.type == OP:
        return tok.value in ('(', '[', '{', '-', '+', '~', '...')
    return False


def _remove_underscores(s):
    if '_' not in s:
        return s
    return ''.join([c for c in s if c != '_'])


_AUG_OPS = ['+=', '-=', '*=', '@=', '/=', '%=', '**=', '<<=', '>>=', '|=',
            '^=', '&=', '//=']
