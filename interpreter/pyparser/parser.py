"""Recursive-descent parser for Python 3.11, building the AST directly.

Statements are parsed here; expressions in `exprparser.ExprParser`, which
this class extends.  The parser pulls tokens from the tokenizer on demand
and remembers the furthest token it looked at: that is where CPython
reports a generic "invalid syntax".

Recursion is bounded: brackets by the tokenizer (200 levels), indentation
by the tokenizer (100 levels), and every other recursive construct (unary
operators, `not`, lambda, conditional expressions...) by `ExprParser.enter`.
"""


from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.pyparser import error
from interpreter.pyparser.tokenizer import (NAME, NUMBER, STRING, OP, NEWLINE,
    INDENT, DEDENT, ENDMARKER, KEYWORDS)
from interpreter.pyparser.exprparser import ExprParser, expr_name
from interpreter.pyparser.patternparser import PatternParser


_AUGASSIGN = {'+=': ast.Add, '-=': ast.Sub, '*=': ast.Mult, '@=': ast.MatMult,
              '/=': ast.Div, '%=': ast.Mod, '**=': ast.Pow, '<<=': ast.LShift,
              '>>=': ast.RShift, '|=': ast.BitOr, '^=': ast.BitXor,
              '&=': ast.BitAnd, '//=': ast.FloorDiv}

_COMPOUND_DESC = {'if': "'if' statement", 'elif': "'elif' statement",
                  'else': "'else' statement", 'while': "'while' statement",
                  'for': "'for' statement", 'try': "'try' statement",
                  'except': "'except' statement",
                  'finally': "'finally' statement",
                  'with': "'with' statement",
                  'def': "function definition", 'class': "class definition"}


class Parser(PatternParser, ExprParser):
    """Parses one source for one mode ('exec', 'eval', 'single')."""

    # -- entry points -----------------------------------------------------

    def parse_file(self):
        body = []
        while self.peek().type != ENDMARKER:
            if self.peek().type == NEWLINE:
                self.advance()
                continue
            self.statement(body)
        return ast.Module(body)

    def parse_eval(self):
        while self.peek().type == NEWLINE:
            self.advance()
        expr = self.star_expressions()
        while self.peek().type == NEWLINE:
            self.advance()
        if self.peek().type != ENDMARKER:
            self.fail()
        return ast.Expression(expr)

    def parse_interactive(self):
        body = []
        while self.peek().type == NEWLINE:
            self.advance()
        if self.peek().type != ENDMARKER:
            self.statement(body)
        while self.peek().type == NEWLINE:
            self.advance()
        if self.peek().type != ENDMARKER:
            self.fail()
        return ast.Interactive(body)

    # -- statements -------------------------------------------------------

    def statement(self, body):
        tok = self.peek()
        if tok.type == NAME:
            v = tok.value
            if v == 'if':
                body.append(self.if_stmt())
                return
            if v == 'while':
                body.append(self.while_stmt())
                return
            if v == 'for':
                body.append(self.for_stmt())
                return
            if v == 'try':
                body.append(self.try_stmt())
                return
            if v == 'with':
                body.append(self.with_stmt())
                return
            if v == 'def':
                body.append(self.funcdef([], tok))
                return
            if v == 'class':
                body.append(self.classdef([], tok))
                return
            if v == 'async':
                body.append(self.async_stmt([], tok))
                return
            if v == 'type' and self.looks_like_type_alias():
                self.not_supported(tok, "'type' statements")
            if v == 'match' and self.looks_like_match():
                body.append(self.match_stmt())
                return
        elif tok.type == OP and tok.value == '@':
            body.append(self.decorated())
            return
        elif tok.type == INDENT:
            self.fail_at(tok)
        self.simple_stmts(body)

    def type_params_not_supported(self):
        # Python 3.12's generic functions and classes (`def f[T]()`,
        # `class C[T]`): 3.11 has no syntax for them, we say why
        self.not_supported(self.peek(), "type parameter lists")

    def looks_like_type_alias(self):
        # 3.12's `type X = ...` / `type X[T] = ...`: two names in a row
        # are never valid 3.11 syntax, so the soft keyword is unambiguous
        nxt = self.peek(1)
        if nxt.type != NAME or nxt.value in KEYWORDS:
            return False
        after = self.peek(2)
        return after.type == OP and (after.value == '=' or after.value == '[')

    def looks_like_match(self):
        nxt = self.peek(1)
        if nxt.type == NEWLINE or nxt.type == ENDMARKER:
            return False
        if nxt.type == OP and nxt.value not in ('(', '[', '{', '-', '+', '~',
                                               '*', '...'):
            return False
        # `match x:` -- a colon ends the logical line
        i = 1
        while True:
            t = self.peek(i)
            if t.type == NEWLINE or t.type == ENDMARKER:
                last = self.peek(i - 1)
                return last.type == OP and last.value == ':'
            i += 1
            if i > 10000:
                return False

    def simple_stmts(self, body):
        while True:
            body.append(self.simple_stmt())
            tok = self.peek()
            if tok.type == OP and tok.value == ';':
                self.advance()
                if self.peek().type == NEWLINE:
                    break
                continue
            break
        tok = self.peek()
        if tok.type != NEWLINE:
            self.fail()
        self.advance()

    def simple_stmt(self):
        tok = self.peek()
        if tok.type == NAME:
            v = tok.value
            if v == 'pass':
                self.advance()
                return ast.Pass(tok.lineno, tok.col, tok.end_lineno,
                                tok.end_col)
            if v == 'break':
                self.advance()
                return ast.Break(tok.lineno, tok.col, tok.end_lineno,
                                 tok.end_col)
            if v == 'continue':
                self.advance()
                return ast.Continue(tok.lineno, tok.col, tok.end_lineno,
                                    tok.end_col)
            if v == 'return':
                self.advance()
                value = None
                if not self.at_stmt_end():
                    value = self.star_expressions()
                return ast.Return(value, tok.lineno, tok.col,
                                  self.end_lineno, self.end_col)
            if v == 'raise':
                return self.raise_stmt()
            if v == 'global' or v == 'nonlocal':
                return self.global_stmt()
            if v == 'del':
                return self.del_stmt()
            if v == 'assert':
                self.advance()
                test = self.expression()
                msg = None
                if self.at_op(','):
                    self.advance()
                    msg = self.expression()
                return ast.Assert(test, msg, tok.lineno, tok.col,
                                  self.end_lineno, self.end_col)
            if v == 'import':
                return self.import_stmt()
            if v == 'from':
                return self.from_stmt()
        return self.expr_stmt()

    def at_stmt_end(self):
        tok = self.peek()
        return tok.type == NEWLINE or tok.type == ENDMARKER or \
            (tok.type == OP and tok.value == ';')

    def raise_stmt(self):
        tok = self.advance()
        exc = None
        cause = None
        if not self.at_stmt_end():
            exc = self.expression()
            if self.at_keyword('from'):
                self.advance()
                cause = self.expression()
        return ast.Raise(exc, cause, tok.lineno, tok.col, self.end_lineno,
                         self.end_col)

    def global_stmt(self):
        tok = self.advance()
        names = [self.name()]
        while self.at_op(','):
            self.advance()
            names.append(self.name())
        if tok.value == 'global':
            return ast.Global(names, tok.lineno, tok.col, self.end_lineno,
                              self.end_col)
        return ast.Nonlocal(names, tok.lineno, tok.col, self.end_lineno,
                            self.end_col)

    def del_stmt(self):
        tok = self.advance()
        targets = []
        while True:
            t = self.bitwise_or()
            self.set_context(t, ast.Del)
            targets.append(t)
            if not self.at_op(','):
                break
            self.advance()
            if self.at_stmt_end():
                break
        if not self.at_stmt_end():
            self.fail()
        return ast.Delete(targets, tok.lineno, tok.col, self.end_lineno,
                          self.end_col)

    def dotted_name(self):
        name = self.name()
        while self.at_op('.'):
            self.advance()
            name = name + '.' + self.name()
        return name

    def import_stmt(self):
        tok = self.advance()
        names = []
        while True:
            start = self.peek()
            name = self.dotted_name()
            asname = None
            if self.at_keyword('as'):
                self.advance()
                asname = self.name()
            names.append(ast.alias(name, asname, start.lineno, start.col,
                                   self.end_lineno, self.end_col))
            if not self.at_op(','):
                break
            self.advance()
        return ast.Import(names, tok.lineno, tok.col, self.end_lineno,
                          self.end_col)

    def from_stmt(self):
        tok = self.advance()
        level = 0
        while True:
            if self.at_op('.'):
                level += 1
            elif self.at_op('...'):
                level += 3
            else:
                break
            self.advance()
        module = None
        if level == 0 or not self.at_keyword('import'):
            module = self.dotted_name()
        self.expect_keyword('import')
        names = []
        star = self.peek()
        if self.at_op('*'):
            self.advance()
            names.append(ast.alias('*', None, star.lineno, star.col,
                                   star.end_lineno, star.end_col))
        else:
            parens = self.at_op('(')
            if parens:
                self.advance()
            while True:
                start = self.peek()
                name = self.name()
                asname = None
                if self.at_keyword('as'):
                    self.advance()
                    asname = self.name()
                names.append(ast.alias(name, asname, start.lineno, start.col,
                                       self.end_lineno, self.end_col))
                if not self.at_op(','):
                    break
                self.advance()
                if parens and self.at_op(')'):
                    break
                if not parens and self.at_stmt_end():
                    self.raise_error("trailing comma not allowed without "
                                     "surrounding parentheses", self.peek())
            if parens:
                self.expect_op(')')
        return ast.ImportFrom(module, names, level, tok.lineno, tok.col,
                              self.end_lineno, self.end_col)

    def expr_stmt(self):
        start = self.peek()
        if self.at_keyword('yield'):
            first = self.yield_expr()
        else:
            first = self.star_expressions()
        tok = self.peek()
        if tok.type == OP:
            if tok.value == '=':
                return self.assignment(start, first)
            if tok.value in _AUGASSIGN:
                return self.augassign(start, first, tok)
            if tok.value == ':':
                return self.annassign(start, first)
        if isinstance(first, ast.Starred):
            self.raise_node_error("can't use starred expression here", first)
        return ast.Expr(first, start.lineno, start.col, self.end_lineno,
                        self.end_col)

    def assignment(self, start, first):
        targets = [first]
        value_start = self.peek(1)
        while self.at_op('='):
            self.advance()
            if self.at_keyword('yield'):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
            targets.append(value)
        value = targets.pop()
        for i in range(len(targets)):
            t = targets[i]
            if isinstance(t, ast.Yield) and self.unparenthesized(t):
                self.raise_node_error("assignment to yield expression not "
                                      "possible", t)
            if i == 0 and len(targets) == 1 and \
                    self.invalid_target(t, ast.Store) is not None and \
                    self.maybe_meant_equal(start, t, value_start):
                self.raise_node_error(
                    "cannot assign to %s here. Maybe you meant '==' "
                    "instead of '='?" % expr_name(t), t)
            self.set_context(t, ast.Store)
        if isinstance(value, ast.Starred):
            self.raise_node_error("can't use starred expression here", value)
        return ast.Assign(targets, value, start.lineno, start.col,
                          self.end_lineno, self.end_col)

    def unparenthesized(self, node):
        """Whether `node` (already parsed) is not in parentheses."""
        i = self.token_index_at(node)
        if i == 0:
            return True
        tok = self.tokenizer.get(i - 1)
        return not (tok.type == OP and tok.value == '(')

    def token_index_at(self, node):
        """Index of the first token at or after the start of `node`."""
        i = self.pos
        while i > 0:
            tok = self.tokenizer.get(i - 1)
            if tok.lineno < node.lineno or (tok.lineno == node.lineno and
                                            tok.col < node.col_offset):
                break
            i -= 1
        return i

    def maybe_meant_equal(self, start, target, value_start):
        """CPython's rule for "cannot assign to X here. Maybe you meant
        '==' instead of '='?": `a = b` where both are bitwise-or
        expressions, `a` does not start with a list or tuple display, a
        generator expression, True, None or False."""
        if start.type == NAME and start.value in ('True', 'False', 'None',
                                                  'not', 'lambda', 'yield'):
            return False
        v = value_start
        if (v.type == NAME and v.value in ('not', 'lambda', 'yield')) or \
                (v.type == OP and v.value == '*'):
            return False
        parenthesized = not (start.lineno == target.lineno and
                             start.col == target.col_offset)
        if not parenthesized:
            if isinstance(target, ast.BoolOp) or \
                    isinstance(target, ast.Compare) or \
                    isinstance(target, ast.IfExp) or \
                    isinstance(target, ast.Lambda) or \
                    isinstance(target, ast.NamedExpr) or \
                    isinstance(target, ast.Starred) or \
                    isinstance(target, ast.Yield) or \
                    isinstance(target, ast.YieldFrom):
                return False
            if isinstance(target, ast.UnaryOp) and target.op == ast.Not:
                return False
        # the leftmost sub-expression starting where the statement starts
        node = target
        while True:
            if isinstance(node, ast.BinOp):
                node = node.left
            elif isinstance(node, ast.Attribute):
                node = node.value
            elif isinstance(node, ast.Subscript):
                node = node.value
            elif isinstance(node, ast.Call):
                node = node.func
            else:
                break
        if node.lineno == start.lineno and node.col_offset == start.col:
            if isinstance(node, ast.List) or isinstance(node, ast.Tuple) or \
                    isinstance(node, ast.GeneratorExp):
                return False
        return True

    def augassign(self, start, target, optok):
        if not (isinstance(target, ast.Name) or
                isinstance(target, ast.Attribute) or
                isinstance(target, ast.Subscript)):
            self.raise_node_error("'%s' is an illegal expression for "
                                  "augmented assignment" % expr_name(target),
                                  target)
        self.set_context(target, ast.Store)
        self.advance()
        if self.at_keyword('yield'):
            value = self.yield_expr()
        else:
            value = self.star_expressions()
        return ast.AugAssign(target, _AUGASSIGN[optok.value], value,
                             start.lineno, start.col, self.end_lineno,
                             self.end_col)

    def annassign(self, start, target):
        simple = 0
        if isinstance(target, ast.Name) and not (start.type == OP and
                                                 start.value == '('):
            simple = 1
        if isinstance(target, ast.Tuple):
            self.raise_node_error("only single target (not tuple) can be "
                                  "annotated", target)
        if isinstance(target, ast.List):
            self.raise_node_error("only single target (not list) can be "
                                  "annotated", target)
        if not (isinstance(target, ast.Name) or
                isinstance(target, ast.Attribute) or
                isinstance(target, ast.Subscript)):
            self.raise_node_error("illegal target for annotation", target)
        self.set_context(target, ast.Store)
        self.advance()
        annotation = self.expression()
        value = None
        if self.at_op('='):
            self.advance()
            if self.at_keyword('yield'):
                value = self.yield_expr()
            else:
                value = self.star_expressions()
        return ast.AnnAssign(target, annotation, value, simple, start.lineno,
                             start.col, self.end_lineno, self.end_col)

    # -- blocks -----------------------------------------------------------

    def block(self, keyword_tok):
        """':' followed by an indented suite or simple statements."""
        self.expect_colon()
        body = []
        if self.peek().type == NEWLINE:
            self.advance()
            tok = self.peek()
            if tok.type != INDENT:
                desc = _COMPOUND_DESC.get(keyword_tok.value,
                                          "'%s' statement" % keyword_tok.value)
                self.raise_error("expected an indented block after %s on "
                                 "line %d" % (desc, keyword_tok.lineno), tok,
                                 tok, cls=error.IndentationError)
            self.advance()
            while True:
                tok = self.peek()
                if tok.type == DEDENT:
                    self.advance()
                    break
                if tok.type == ENDMARKER:
                    break
                self.statement(body)
        else:
            self.simple_stmts(body)
        return body

    def expect_colon(self):
        tok = self.peek()
        if tok.type == OP and tok.value == ':':
            self.advance()
            return
        if tok.type == NEWLINE:
            self.raise_error("expected ':'", tok)
        self.fail()

    def if_stmt(self):
        tok = self.advance()
        test = self.named_expression()
        body = self.block(tok)
        orelse = []
        nxt = self.peek()
        if nxt.type == NAME and nxt.value == 'elif':
            orelse = [self.if_stmt()]
        elif nxt.type == NAME and nxt.value == 'else':
            orelse = self.block(self.advance())
        return ast.If(test, body, orelse, tok.lineno, tok.col,
                      self.end_lineno, self.end_col)

    def while_stmt(self):
        tok = self.advance()
        test = self.named_expression()
        body = self.block(tok)
        orelse = []
        if self.at_keyword('else'):
            orelse = self.block(self.advance())
        return ast.While(test, body, orelse, tok.lineno, tok.col,
                         self.end_lineno, self.end_col)

    def for_stmt(self, async_tok=None):
        tok = self.advance()
        target = self.target_list()
        self.expect_keyword('in')
        iter = self.star_expressions()
        body = self.block(tok)
        orelse = []
        if self.at_keyword('else'):
            orelse = self.block(self.advance())
        if async_tok is not None:
            return ast.AsyncFor(target, iter, body, orelse, async_tok.lineno,
                                async_tok.col, self.end_lineno, self.end_col)
        return ast.For(target, iter, body, orelse, tok.lineno, tok.col,
                       self.end_lineno, self.end_col)

    def try_stmt(self):
        tok = self.advance()
        body = self.block(tok)
        handlers = []
        star = False    # the first handler is an `except*`
        while self.at_keyword('except'):
            htok = self.advance()
            is_star = False
            if self.at_op('*'):
                is_star = True
                self.advance()
                if self.at_op(':'):
                    self.raise_error("expected one or more exception types",
                                     self.peek())
            if not handlers:
                star = is_star
            elif is_star != star:
                self.raise_error("cannot have both 'except' and 'except*' "
                                 "on the same 'try'", htok)
            type = None
            name = None
            if not self.at_op(':'):
                type = self.expression()
                if self.at_op(','):
                    self.advance()
                    self.expression()
                    while self.at_op(','):
                        self.advance()
                        self.expression()
                    self.raise_error("multiple exception types must be "
                                     "parenthesized", self.token_at_node(type),
                                     self.peek_prev())
                if self.at_keyword('as'):
                    self.advance()
                    name = self.name()
            hbody = self.block(htok)
            handlers.append(ast.ExceptHandler(type, name, hbody, htok.lineno,
                                              htok.col, self.end_lineno,
                                              self.end_col))
        orelse = []
        finalbody = []
        if handlers and self.at_keyword('else'):
            orelse = self.block(self.advance())
        if self.at_keyword('finally'):
            finalbody = self.block(self.advance())
        if not handlers and not finalbody:
            nxt = self.peek()
            self.raise_error("expected 'except' or 'finally' block", nxt)
        if star:
            return ast.TryStar(body, handlers, orelse, finalbody, tok.lineno,
                               tok.col, self.end_lineno, self.end_col)
        return ast.Try(body, handlers, orelse, finalbody, tok.lineno, tok.col,
                       self.end_lineno, self.end_col)

    def with_stmt(self, async_tok=None):
        tok = self.advance()
        items = None
        if self.at_op('('):
            # `with (a as b, c):` -- try the parenthesized form first
            saved = self.save()
            try:
                items = self.paren_withitems()
            except error.SyntaxError:
                items = None
            if items is None:
                self.restore(saved)
        if items is None:
            items = [self.withitem()]
            while self.at_op(','):
                self.advance()
                items.append(self.withitem())
        body = self.block(tok)
        if async_tok is not None:
            return ast.AsyncWith(items, body, async_tok.lineno, async_tok.col,
                                 self.end_lineno, self.end_col)
        return ast.With(items, body, tok.lineno, tok.col, self.end_lineno,
                        self.end_col)

    def paren_withitems(self):
        self.advance()
        items = [self.withitem()]
        while self.at_op(','):
            self.advance()
            if self.at_op(')'):
                break
            items.append(self.withitem())
        if not self.at_op(')'):
            return None
        self.advance()
        if not self.at_op(':'):
            return None
        return items

    def withitem(self):
        ctx = self.expression()
        vars = None
        if self.at_keyword('as'):
            self.advance()
            vars = self.single_target()
        return ast.withitem(ctx, vars)

    def decorated(self):
        decorators = []
        while self.at_op('@'):
            self.advance()
            decorators.append(self.named_expression())
            if self.peek().type != NEWLINE:
                self.fail()
            self.advance()
        tok = self.peek()
        if self.at_keyword('def'):
            return self.funcdef(decorators, tok)
        if self.at_keyword('class'):
            return self.classdef(decorators, tok)
        if self.at_keyword('async'):
            return self.async_stmt(decorators, tok)
        self.fail()
        return None

    def async_stmt(self, decorators, tok):
        """`async def`, `async for`, `async with` (only `def` after
        decorators); `tok` is the `async` keyword, where the node starts."""
        self.advance()
        if self.at_keyword('def'):
            return self.funcdef(decorators, tok, True)
        if not decorators:
            if self.at_keyword('for'):
                return self.for_stmt(tok)
            if self.at_keyword('with'):
                return self.with_stmt(tok)
        self.fail()
        return None

    def funcdef(self, decorators, tok, is_async=False):
        self.advance()
        name = self.name()
        if self.at_op('['):
            self.type_params_not_supported()
        if not self.at_op('('):
            self.raise_error("expected '('", self.peek())
        self.advance()
        args = self.parameters(True, ')')
        self.expect_op(')')
        returns = None
        if self.at_op('->'):
            self.advance()
            returns = self.expression()
        body = self.block(tok)
        if is_async:
            return ast.AsyncFunctionDef(name, args, body, decorators, returns,
                                        tok.lineno, tok.col, self.end_lineno,
                                        self.end_col)
        return ast.FunctionDef(name, args, body, decorators, returns,
                               tok.lineno, tok.col, self.end_lineno,
                               self.end_col)

    def classdef(self, decorators, tok):
        self.advance()
        name = self.name()
        bases = []
        keywords = []
        if self.at_op('['):
            self.type_params_not_supported()
        if self.at_op('('):
            self.advance()
            self.call_arguments(bases, keywords)
            self.expect_op(')')
        body = self.block(tok)
        return ast.ClassDef(name, bases, keywords, body, decorators,
                            tok.lineno, tok.col, self.end_lineno,
                            self.end_col)
