"""The checks CPython makes on an AST given to compile() (its
Python/ast.c): contexts, non-empty bodies, argument counts...  Run on the
front-end tree that fromapp.py built, before the compiler sees it, so that
no malformed tree reaches the code generator.  Errors are ValueErrors
(TypeError where CPython says so) with CPython's messages."""

from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.error import oefmt

_CTX_NAMES = ast.expr_context_names


class Validator(object):

    def __init__(self, space):
        self.space = space

    def error(self, msg):
        return oefmt(self.space.w_ValueError, "%s", msg)

    # --- lists and bodies ---------------------------------------------

    def body(self, stmts, owner):
        if not stmts:
            raise oefmt(self.space.w_ValueError, "empty body on %s", owner)
        self.stmts(stmts)

    def nonempty(self, seq_len, what, owner):
        if seq_len == 0:
            raise oefmt(self.space.w_ValueError, "empty %s on %s", what,
                        owner)

    def stmts(self, stmts):
        for stmt in stmts:
            self.stmt(stmt)

    def exprs(self, exprs, ctx):
        for expr in exprs:
            self.expr(expr, ctx)

    def opt_expr(self, expr, ctx):
        if expr is not None:
            self.expr(expr, ctx)

    # --- mod ----------------------------------------------------------

    def mod(self, tree):
        if isinstance(tree, ast.Module):
            self.stmts(tree.body)
        elif isinstance(tree, ast.Interactive):
            self.stmts(tree.body)
        elif isinstance(tree, ast.Expression):
            self.expr(tree.body, ast.Load)

    # --- statements ---------------------------------------------------

    def stmt(self, s):
        Load, Store, Del = ast.Load, ast.Store, ast.Del
        if isinstance(s, ast.FunctionDef):
            self.body(s.body, 'FunctionDef')
            self.arguments(s.args)
            self.exprs(s.decorator_list, Load)
            self.opt_expr(s.returns, Load)
        elif isinstance(s, ast.AsyncFunctionDef):
            self.body(s.body, 'AsyncFunctionDef')
            self.arguments(s.args)
            self.exprs(s.decorator_list, Load)
            self.opt_expr(s.returns, Load)
        elif isinstance(s, ast.ClassDef):
            self.body(s.body, 'ClassDef')
            self.exprs(s.bases, Load)
            self.keywords(s.keywords)
            self.exprs(s.decorator_list, Load)
        elif isinstance(s, ast.Return):
            self.opt_expr(s.value, Load)
        elif isinstance(s, ast.Delete):
            self.nonempty(len(s.targets), 'targets', 'Delete')
            self.exprs(s.targets, Del)
        elif isinstance(s, ast.Assign):
            self.nonempty(len(s.targets), 'targets', 'Assign')
            self.exprs(s.targets, Store)
            self.expr(s.value, Load)
        elif isinstance(s, ast.AugAssign):
            self.expr(s.target, Store)
            self.expr(s.value, Load)
        elif isinstance(s, ast.AnnAssign):
            if s.simple and not isinstance(s.target, ast.Name):
                raise oefmt(self.space.w_TypeError,
                            "AnnAssign with simple non-Name target")
            self.expr(s.target, Store)
            self.opt_expr(s.value, Load)
            self.expr(s.annotation, Load)
        elif isinstance(s, ast.For):
            self.expr(s.target, Store)
            self.expr(s.iter, Load)
            self.body(s.body, 'For')
            self.stmts(s.orelse)
        elif isinstance(s, ast.AsyncFor):
            self.expr(s.target, Store)
            self.expr(s.iter, Load)
            self.body(s.body, 'AsyncFor')
            self.stmts(s.orelse)
        elif isinstance(s, ast.While):
            self.expr(s.test, Load)
            self.body(s.body, 'While')
            self.stmts(s.orelse)
        elif isinstance(s, ast.If):
            self.expr(s.test, Load)
            self.body(s.body, 'If')
            self.stmts(s.orelse)
        elif isinstance(s, ast.With):
            self.nonempty(len(s.items), 'items', 'With')
            self.withitems(s.items)
            self.body(s.body, 'With')
        elif isinstance(s, ast.AsyncWith):
            self.nonempty(len(s.items), 'items', 'AsyncWith')
            self.withitems(s.items)
            self.body(s.body, 'AsyncWith')
        elif isinstance(s, ast.Match):
            self.expr(s.subject, Load)
            self.nonempty(len(s.cases), 'cases', 'Match')
            for case in s.cases:
                self.pattern(case.pattern, False)
                self.opt_expr(case.guard, Load)
                self.body(case.body, 'match_case')
        elif isinstance(s, ast.Raise):
            if s.exc is not None:
                self.expr(s.exc, Load)
                self.opt_expr(s.cause, Load)
            elif s.cause is not None:
                raise self.error("Raise with cause but no exception")
        elif isinstance(s, ast.Try):
            self.body(s.body, 'Try')
            self.try_parts(s.handlers, s.orelse, s.finalbody, 'Try')
        elif isinstance(s, ast.TryStar):
            self.body(s.body, 'TryStar')
            self.try_parts(s.handlers, s.orelse, s.finalbody, 'TryStar')
        elif isinstance(s, ast.Assert):
            self.expr(s.test, Load)
            self.opt_expr(s.msg, Load)
        elif isinstance(s, ast.Import):
            self.nonempty(len(s.names), 'names', 'Import')
        elif isinstance(s, ast.ImportFrom):
            if s.level < 0:
                raise self.error("Negative ImportFrom level")
            self.nonempty(len(s.names), 'names', 'ImportFrom')
        elif isinstance(s, ast.Global):
            self.nonempty(len(s.names), 'names', 'Global')
        elif isinstance(s, ast.Nonlocal):
            self.nonempty(len(s.names), 'names', 'Nonlocal')
        elif isinstance(s, ast.Expr):
            self.expr(s.value, Load)

    def try_parts(self, handlers, orelse, finalbody, owner):
        if not handlers and not finalbody:
            raise oefmt(self.space.w_ValueError,
                        "%s has neither except handlers nor finalbody",
                        owner)
        if not handlers and orelse:
            raise oefmt(self.space.w_ValueError,
                        "%s has orelse but no except handlers", owner)
        for handler in handlers:
            assert isinstance(handler, ast.ExceptHandler)
            self.opt_expr(handler.type, ast.Load)
            self.body(handler.body, 'ExceptHandler')
        self.stmts(finalbody)
        self.stmts(orelse)

    def withitems(self, items):
        for item in items:
            self.expr(item.context_expr, ast.Load)
            self.opt_expr(item.optional_vars, ast.Store)

    def keywords(self, keywords):
        for keyword in keywords:
            self.expr(keyword.value, ast.Load)

    def args(self, args):
        for arg in args:
            self.opt_expr(arg.annotation, ast.Load)

    def arguments(self, a):
        self.args(a.posonlyargs)
        self.args(a.args)
        if a.vararg is not None:
            self.opt_expr(a.vararg.annotation, ast.Load)
        self.args(a.kwonlyargs)
        if a.kwarg is not None:
            self.opt_expr(a.kwarg.annotation, ast.Load)
        if len(a.defaults) > len(a.posonlyargs) + len(a.args):
            raise self.error("more positional defaults than args on "
                             "arguments")
        if len(a.kw_defaults) != len(a.kwonlyargs):
            raise self.error("length of kwonlyargs is not the same as "
                             "kw_defaults on arguments")
        self.exprs(a.defaults, ast.Load)
        for default in a.kw_defaults:
            self.opt_expr(default, ast.Load)

    def comprehension(self, generators):
        if not generators:
            raise self.error("comprehension with no generators")
        for gen in generators:
            self.expr(gen.target, ast.Store)
            self.expr(gen.iter, ast.Load)
            self.exprs(gen.ifs, ast.Load)

    # --- expressions --------------------------------------------------

    def check_ctx(self, actual, ctx):
        if actual != ctx:
            raise oefmt(self.space.w_ValueError,
                        "expression must have %s context but has %s instead",
                        _CTX_NAMES[ctx], _CTX_NAMES[actual])

    def name(self, name):
        if name == 'None' or name == 'True' or name == 'False':
            raise oefmt(self.space.w_ValueError,
                        "identifier field can't represent '%s' constant",
                        name)

    def expr(self, e, ctx):
        Load = ast.Load
        if isinstance(e, ast.Attribute):
            self.check_ctx(e.ctx, ctx)
            self.expr(e.value, Load)
            return
        if isinstance(e, ast.Subscript):
            self.check_ctx(e.ctx, ctx)
            self.expr(e.slice, Load)
            self.expr(e.value, Load)
            return
        if isinstance(e, ast.Starred):
            self.check_ctx(e.ctx, ctx)
            self.expr(e.value, ctx)
            return
        if isinstance(e, ast.Name):
            self.check_ctx(e.ctx, ctx)
            self.name(e.id)
            return
        if isinstance(e, ast.List):
            self.check_ctx(e.ctx, ctx)
            self.exprs(e.elts, ctx)
            return
        if isinstance(e, ast.Tuple):
            self.check_ctx(e.ctx, ctx)
            self.exprs(e.elts, ctx)
            return
        if ctx != Load:
            raise oefmt(self.space.w_ValueError,
                        "expression which can't be assigned to in %s "
                        "context", _CTX_NAMES[ctx])
        if isinstance(e, ast.BoolOp):
            if len(e.values) < 2:
                raise self.error("BoolOp with less than 2 values")
            self.exprs(e.values, Load)
        elif isinstance(e, ast.BinOp):
            self.expr(e.left, Load)
            self.expr(e.right, Load)
        elif isinstance(e, ast.UnaryOp):
            self.expr(e.operand, Load)
        elif isinstance(e, ast.Lambda):
            self.arguments(e.args)
            self.expr(e.body, Load)
        elif isinstance(e, ast.IfExp):
            self.expr(e.test, Load)
            self.expr(e.body, Load)
            self.expr(e.orelse, Load)
        elif isinstance(e, ast.Dict):
            if len(e.keys) != len(e.values):
                raise self.error("Dict doesn't have the same number of keys "
                                 "as values")
            for key in e.keys:
                self.opt_expr(key, Load)
            self.exprs(e.values, Load)
        elif isinstance(e, ast.Set):
            self.exprs(e.elts, Load)
        elif isinstance(e, ast.ListComp):
            self.comprehension(e.generators)
            self.expr(e.elt, Load)
        elif isinstance(e, ast.SetComp):
            self.comprehension(e.generators)
            self.expr(e.elt, Load)
        elif isinstance(e, ast.GeneratorExp):
            self.comprehension(e.generators)
            self.expr(e.elt, Load)
        elif isinstance(e, ast.DictComp):
            self.comprehension(e.generators)
            self.expr(e.key, Load)
            self.expr(e.value, Load)
        elif isinstance(e, ast.Yield):
            self.opt_expr(e.value, Load)
        elif isinstance(e, ast.YieldFrom):
            self.expr(e.value, Load)
        elif isinstance(e, ast.Await):
            self.expr(e.value, Load)
        elif isinstance(e, ast.Compare):
            if not e.comparators:
                raise self.error("Compare with no comparators")
            if len(e.comparators) != len(e.ops):
                raise self.error("Compare has a different number of "
                                 "comparators and operands")
            self.exprs(e.comparators, Load)
            self.expr(e.left, Load)
        elif isinstance(e, ast.Call):
            self.expr(e.func, Load)
            self.exprs(e.args, Load)
            self.keywords(e.keywords)
        elif isinstance(e, ast.FormattedValue):
            self.expr(e.value, Load)
            self.opt_expr(e.format_spec, Load)
        elif isinstance(e, ast.JoinedStr):
            self.exprs(e.values, Load)
        elif isinstance(e, ast.Slice):
            self.opt_expr(e.lower, Load)
            self.opt_expr(e.upper, Load)
            self.opt_expr(e.step, Load)
        elif isinstance(e, ast.NamedExpr):
            if not isinstance(e.target, ast.Name):
                raise oefmt(self.space.w_TypeError,
                            "NamedExpr target must be a Name")
            self.expr(e.target, ast.Store)
            self.expr(e.value, Load)

    # --- patterns -----------------------------------------------------

    def capture(self, name):
        if name == '_':
            raise self.error("can't capture name '_' in patterns")
        self.name(name)

    def pattern(self, p, star_ok):
        if isinstance(p, ast.MatchValue):
            v = p.value
            self.expr(v, ast.Load)
            if isinstance(v, ast.Constant):
                if (v.value_type == ast.CONST_NONE or
                        v.value_type == ast.CONST_TRUE or
                        v.value_type == ast.CONST_FALSE):
                    raise self.error("patterns may only match literals and "
                                     "attribute lookups")
            elif not (isinstance(v, ast.Attribute) or
                      isinstance(v, ast.UnaryOp) or
                      isinstance(v, ast.BinOp)):
                raise self.error("patterns may only match literals and "
                                 "attribute lookups")
        elif isinstance(p, ast.MatchSequence):
            for sub in p.patterns:
                self.pattern(sub, True)
        elif isinstance(p, ast.MatchMapping):
            if len(p.keys) != len(p.patterns):
                raise self.error("MatchMapping doesn't have the same number "
                                 "of keys as patterns")
            if p.rest is not None:
                self.capture(p.rest)
            for key in p.keys:
                if not (isinstance(key, ast.Constant) or
                        isinstance(key, ast.Attribute) or
                        isinstance(key, ast.UnaryOp) or
                        isinstance(key, ast.BinOp)):
                    raise self.error("can only have literals or attribute "
                                     "lookups as keys in a match mapping")
                self.expr(key, ast.Load)
            for sub in p.patterns:
                self.pattern(sub, False)
        elif isinstance(p, ast.MatchClass):
            self.expr(p.cls, ast.Load)
            if len(p.kwd_attrs) != len(p.kwd_patterns):
                raise self.error("MatchClass doesn't have the same number of "
                                 "keyword attributes as patterns")
            for attr in p.kwd_attrs:
                self.name(attr)
            for sub in p.patterns:
                self.pattern(sub, False)
            for sub in p.kwd_patterns:
                self.pattern(sub, False)
        elif isinstance(p, ast.MatchStar):
            if not star_ok:
                raise self.error("can't use MatchStar here")
            if p.name is not None:
                self.capture(p.name)
        elif isinstance(p, ast.MatchAs):
            if p.name is not None:
                self.capture(p.name)
            if p.pattern is not None:
                if p.name is None:
                    raise self.error("MatchAs must specify a target name if "
                                     "a pattern is given")
                self.pattern(p.pattern, False)
        elif isinstance(p, ast.MatchOr):
            if len(p.patterns) < 2:
                raise self.error("MatchOr requires at least 2 patterns")
            for sub in p.patterns:
                self.pattern(sub, False)


def validate(space, tree):
    Validator(space).mod(tree)
