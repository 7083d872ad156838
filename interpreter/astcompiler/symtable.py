"""The symbol table: for every scope, where each name lives.

A first pass over the AST makes one Scope per module and function body
and records, per scope, the names it binds (assignment, parameters, def,
import, for targets, del), the names it uses, and its `global`
declarations.  `Scope.resolve(name)` then says how the code generator
reaches a name:

    SCOPE_LOCAL            a fast local of a function
    SCOPE_GLOBAL_EXPLICIT  declared `global`
    SCOPE_GLOBAL_IMPLICIT  used in a function, bound nowhere around it
    SCOPE_NAME             module level: looked up by name at run time
    SCOPE_FREE             bound by an enclosing function (a closure)
"""


from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.pyparser.error import SyntaxError

SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_NAME, \
    SCOPE_FREE = range(5)


class Scope(object):
    def __init__(self, name, is_function, parent):
        self.name = name
        self.is_function = is_function
        self.parent = parent
        self.bound = {}             # name -> True
        self.declared_global = {}   # name -> True
        self.local_order = []       # fast locals, parameters first

    def add_bound(self, name):
        if name not in self.bound:
            self.bound[name] = True
            if self.is_function and name not in self.declared_global:
                self.local_order.append(name)

    def resolve(self, name):
        if not self.is_function:
            if name in self.declared_global:
                return SCOPE_GLOBAL_EXPLICIT
            return SCOPE_NAME
        if name in self.declared_global:
            return SCOPE_GLOBAL_EXPLICIT
        if name in self.bound:
            return SCOPE_LOCAL
        scope = self.parent
        while scope is not None:
            if scope.is_function and name in scope.bound and \
                    name not in scope.declared_global:
                return SCOPE_FREE
            scope = scope.parent
        return SCOPE_GLOBAL_IMPLICIT


class SymtableBuilder(ast.GenericASTVisitor):
    """Builds the scopes; `scopes` maps each FunctionDef node (and the
    module node) to its Scope."""

    def __init__(self, filename):
        self.filename = filename
        self.scopes = {}
        self.current = None

    def build(self, tree):
        self.current = Scope('top', False, None)
        self.scopes[tree] = self.current
        tree.walkabout(self)
        return self.scopes

    def visit_Name(self, node):
        if node.ctx == ast.Store or node.ctx == ast.Del:
            self.current.add_bound(node.id)

    def visit_Global(self, node):
        for name in node.names:
            if name in self.current.bound:
                raise SyntaxError(
                    "name '%s' is assigned to before global declaration"
                    % name, node.lineno, node.col_offset + 1, None,
                    self.filename)
            self.current.declared_global[name] = True

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.current.add_bound(alias.asname)
            else:
                self.current.add_bound(alias.name.split('.')[0])

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                continue
            if alias.asname is not None:
                self.current.add_bound(alias.asname)
            else:
                self.current.add_bound(alias.name)

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            node.type.walkabout(self)
        if node.name is not None:
            self.current.add_bound(node.name)
        for stmt in node.body:
            stmt.walkabout(self)

    def visit_FunctionDef(self, node):
        self.current.add_bound(node.name)
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        args = node.args
        for default in args.defaults:
            default.walkabout(self)
        for default in args.kw_defaults:
            if default is not None:
                default.walkabout(self)
        scope = Scope(node.name, True, self.current)
        self.scopes[node] = scope
        for arg in args.posonlyargs:
            scope.add_bound(arg.arg)
        for arg in args.args:
            scope.add_bound(arg.arg)
        for arg in args.kwonlyargs:
            scope.add_bound(arg.arg)
        if args.vararg is not None:
            scope.add_bound(args.vararg.arg)
        if args.kwarg is not None:
            scope.add_bound(args.kwarg.arg)
        saved = self.current
        self.current = scope
        for stmt in node.body:
            stmt.walkabout(self)
        self.current = saved
