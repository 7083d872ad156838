"""The symbol table: for every scope, where each name lives.

A first pass over the AST (SymtableBuilder) makes one Scope per module,
class body, function, lambda and comprehension, and records for each
name what the scope does with it (the DEF_* flags: bound, parameter,
used, declared global or nonlocal, imported, annotated, comprehension
iteration variable).  A second pass (`analyze`, top down with the names
bound by enclosing functions, bottom up with the names children need)
decides, as CPython 3.11 does, where each name lives:

    SCOPE_LOCAL            bound in this scope (a fast local of a
                           function; a dict entry in a module or class)
    SCOPE_GLOBAL_EXPLICIT  declared `global`
    SCOPE_GLOBAL_IMPLICIT  used here, bound by no enclosing function
    SCOPE_FREE             bound by an enclosing function (a closure)
    SCOPE_CELL             a local of a function that an inner scope uses

Class bodies do not enclose the functions defined in them: their names
are invisible to nested scopes, except `__class__`, which a class
provides as a cell to the methods that use `super` or `__class__`
(`Scope.needs_class_closure`).  The code generator turns these decisions
into instructions according to the kind of scope (codegen.py).
"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import specialize

from interpreter.astcompiler import ast
from interpreter.pyparser.error import SyntaxError

SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_FREE, \
    SCOPE_CELL = range(1, 6)

# what a scope does with a name (CPython's flag names)
DEF_GLOBAL = 0x001
DEF_LOCAL = 0x002
DEF_PARAM = 0x004
DEF_NONLOCAL = 0x008
USE = 0x010
DEF_FREE_CLASS = 0x020      # free in a child, passed through a class
DEF_IMPORT = 0x040
DEF_ANNOT = 0x080
DEF_COMP_ITER = 0x100       # an iteration variable of a comprehension
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# Scope.kind
MODULE, FUNCTION, CLASS = range(3)

# Scope.comprehension: which kind of comprehension a scope is (for
# error messages)
COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GENEXP = range(5)
_COMP_NAMES = ['', 'list comprehension', 'set comprehension',
               'dict comprehension', 'generator expression']


class Scope(object):
    """The names of one scope and, after analysis, their SCOPE_*."""

    def __init__(self, name, kind, lineno, parent):
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.parent = parent
        # the class whose name mangles `__private` names here: the
        # innermost enclosing class (or this one)
        if kind == CLASS:
            self.private = name
        elif parent is not None:
            self.private = parent.private
        else:
            self.private = None
        self.symbols = {}           # name -> DEF_* flags
        self.symbol_order = []      # names in order of first appearance
        self.directives = {}        # name -> its global/nonlocal statement
        self.params = []            # parameter names, in co_varnames order
        self.scopes = {}            # name -> SCOPE_*, after analysis
        self.children = []
        self.is_generator = False
        # an `async def`, or a comprehension that awaits (an `await`, an
        # `async for`, or a nested comprehension that awaits): its code
        # is a coroutine (an async generator if it also yields)
        self.is_coroutine = False
        self.is_async_def = False
        self.is_lambda = False
        self.comprehension = COMP_NONE
        self.needs_class_closure = False
        self.has_annotations = False    # an annotated assignment (module
                                        # or class body: __annotations__)
        self.cellvars = []          # sorted, after analysis
        self.freevars = []          # sorted, after analysis
        self.local_order = []       # fast locals: parameters first

    def is_function(self):
        return self.kind == FUNCTION

    def mangle(self, name):
        return mangle(self.private, name)

    def lookup(self, name):
        return self.symbols.get(self.mangle(name), 0)

    def add_flags(self, name, flags):
        name = self.mangle(name)
        if name not in self.symbols:
            self.symbols[name] = flags
            self.symbol_order.append(name)
        else:
            self.symbols[name] = self.symbols[name] | flags

    def resolve(self, name):
        """The SCOPE_* of a name (a name the builder never saw, such as
        one the code generator introduces, is implicitly global)."""
        return self.scopes.get(self.mangle(name), SCOPE_GLOBAL_IMPLICIT)

    def closure_names(self):
        """The names whose cells a frame of this scope holds: cell
        variables then free variables (the order of `frame.cells`)."""
        return self.cellvars + self.freevars


def mangle(private, name):
    """`__name` inside class `private` is `_private__name` (leading
    underscores of the class name dropped), except dunder names, dotted
    names, and in a class whose name is all underscores."""
    if private is None or not name.startswith('__') or \
            name.endswith('__') or '.' in name:
        return name
    stripped = private.lstrip('_')
    if not stripped:
        return name
    return '_' + stripped + name


def _copy(d):
    result = {}
    for key in d:
        result[key] = True
    return result


class SymtableBuilder(ast.GenericASTVisitor):
    """Builds the scopes; `scopes` maps each scope-making node (the
    module, FunctionDef, ClassDef, Lambda and comprehension nodes) to its
    Scope."""

    def __init__(self, filename):
        self.filename = filename
        self.scopes = {}
        self.current = None
        self.top = None
        self.comp_iter_expr = 0     # > 0 inside a comprehension's iterable

    def build(self, tree):
        self.top = Scope('top', MODULE, 0, None)
        self.scopes[tree] = self.top
        self.current = self.top
        tree.walkabout(self)
        analyze(self, self.top, None, {})
        return self.scopes

    @specialize.argtype(2)
    def error(self, msg, node):
        raise SyntaxError(msg, node.lineno, node.col_offset + 1, None,
                          self.filename, node.end_lineno,
                          node.end_col_offset + 1)

    def error_at(self, msg, lineno, col_offset):
        raise SyntaxError(msg, lineno, col_offset + 1, None, self.filename)

    def error_directive(self, msg, scope, name):
        node = scope.directives.get(name, None)
        if node is None:
            self.error_at(msg, scope.lineno, 0)
        else:
            self.error(msg, node)

    def new_scope(self, node, name, kind, lineno):
        scope = Scope(name, kind, lineno, self.current)
        self.current.children.append(scope)
        self.scopes[node] = scope
        return scope

    def add_def(self, name, flags):
        self.current.add_flags(name, flags)
        if flags & DEF_GLOBAL:
            # as CPython does: a name declared global anywhere is an
            # explicit global of the module too
            self.top.add_flags(name, DEF_GLOBAL)

    def add_param(self, scope, name, node):
        if scope.lookup(name) & DEF_PARAM:
            self.error_at("duplicate argument '%s' in function definition"
                          % name, node.lineno, node.col_offset)
        scope.add_flags(name, DEF_PARAM)
        scope.params.append(scope.mangle(name))

    # --- statements ---------------------------------------------------

    def visit_Global(self, node):
        self._declare(node, node.names, DEF_GLOBAL, 'global')

    def visit_Nonlocal(self, node):
        if self.current.kind == MODULE:
            self.error("nonlocal declaration not allowed at module level",
                       node)
        self._declare(node, node.names, DEF_NONLOCAL, 'nonlocal')

    def _declare(self, node, names, flag, what):
        for name in names:
            cur = self.current.lookup(name)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and %s" % (name, what)
                elif cur & USE:
                    msg = "name '%s' is used prior to %s declaration" % (
                        name, what)
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be %s" % (name, what)
                else:
                    msg = "name '%s' is assigned to before %s " \
                          "declaration" % (name, what)
                self.error(msg, node)
            self.add_def(name, flag)
            self.current.directives[name] = node

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.add_def(alias.asname, DEF_IMPORT)
            else:
                self.add_def(alias.name.split('.')[0], DEF_IMPORT)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                if self.current.kind != MODULE:
                    self.error("import * only allowed at module level",
                               node)
                continue
            if alias.asname is not None:
                self.add_def(alias.asname, DEF_IMPORT)
            else:
                self.add_def(alias.name, DEF_IMPORT)

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            node.type.walkabout(self)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL)
        for stmt in node.body:
            stmt.walkabout(self)

    def visit_AnnAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            cur = self.current.lookup(target.id)
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) and \
                    self.current is not self.top and node.simple:
                what = 'global' if cur & DEF_GLOBAL else 'nonlocal'
                self.error("annotated name '%s' can't be %s" % (
                    target.id, what), target)
            if node.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL)
            elif node.value is not None:
                self.add_def(target.id, DEF_LOCAL)
        else:
            target.walkabout(self)
        self.current.has_annotations = True
        node.annotation.walkabout(self)
        if node.value is not None:
            node.value.walkabout(self)

    def _visit_arguments_outside(self, args):
        """Defaults and annotations are evaluated in the enclosing
        scope."""
        for default in args.defaults:
            default.walkabout(self)
        for default in args.kw_defaults:
            if default is not None:
                default.walkabout(self)

    def _visit_annotations(self, args):
        for arg in args.posonlyargs + args.args + args.kwonlyargs:
            if arg.annotation is not None:
                arg.annotation.walkabout(self)
        if args.vararg is not None and args.vararg.annotation is not None:
            args.vararg.annotation.walkabout(self)
        if args.kwarg is not None and args.kwarg.annotation is not None:
            args.kwarg.annotation.walkabout(self)

    def _enter_function(self, node, name, args, lineno):
        scope = self.new_scope(node, name, FUNCTION, lineno)
        for arg in args.posonlyargs:
            self.add_param(scope, arg.arg, arg)
        for arg in args.args:
            self.add_param(scope, arg.arg, arg)
        for arg in args.kwonlyargs:
            self.add_param(scope, arg.arg, arg)
        if args.vararg is not None:
            self.add_param(scope, args.vararg.arg, args.vararg)
        if args.kwarg is not None:
            self.add_param(scope, args.kwarg.arg, args.kwarg)
        return scope

    def visit_FunctionDef(self, node):
        self.add_def(node.name, DEF_LOCAL)
        args = node.args
        self._visit_arguments_outside(args)
        self._visit_annotations(args)
        if node.returns is not None:
            node.returns.walkabout(self)
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        scope = self._enter_function(node, node.name, args, node.lineno)
        saved = self.current
        self.current = scope
        for stmt in node.body:
            stmt.walkabout(self)
        self.current = saved

    def visit_AsyncFunctionDef(self, node):
        self.add_def(node.name, DEF_LOCAL)
        args = node.args
        self._visit_arguments_outside(args)
        self._visit_annotations(args)
        if node.returns is not None:
            node.returns.walkabout(self)
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        scope = self._enter_function(node, node.name, args, node.lineno)
        scope.is_coroutine = True
        scope.is_async_def = True
        saved = self.current
        self.current = scope
        for stmt in node.body:
            stmt.walkabout(self)
        self.current = saved

    def visit_ClassDef(self, node):
        self.add_def(node.name, DEF_LOCAL)
        for base in node.bases:
            base.walkabout(self)
        for keyword in node.keywords:
            keyword.value.walkabout(self)
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        scope = self.new_scope(node, node.name, CLASS, node.lineno)
        saved = self.current
        self.current = scope
        for stmt in node.body:
            stmt.walkabout(self)
        self.current = saved

    # --- expressions --------------------------------------------------

    def visit_Name(self, node):
        if node.ctx == ast.Load:
            self.add_def(node.id, USE)
            # a method that calls super() needs the class's __class__
            if node.id == 'super' and self.current.kind == FUNCTION:
                self.add_def('__class__', USE)
        else:
            self.add_def(node.id, DEF_LOCAL)

    def visit_Lambda(self, node):
        args = node.args
        self._visit_arguments_outside(args)
        scope = self._enter_function(node, 'lambda', args, node.lineno)
        scope.is_lambda = True
        saved = self.current
        self.current = scope
        node.body.walkabout(self)
        self.current = saved

    def visit_Yield(self, node):
        self._yield(node)
        if node.value is not None:
            node.value.walkabout(self)

    def visit_YieldFrom(self, node):
        self._yield(node)
        node.value.walkabout(self)

    def _yield(self, node):
        scope = self.current
        if scope.comprehension != COMP_NONE:
            self.error("'yield' inside %s" % _COMP_NAMES[scope.comprehension],
                       node)
        if scope.kind != FUNCTION:
            self.error("'yield' outside function", node)
        scope.is_generator = True

    def visit_Await(self, node):
        if self.current.comprehension != COMP_NONE:
            self.current.is_coroutine = True
        node.value.walkabout(self)

    # --- match statements: captures bind names -------------------------

    def visit_MatchAs(self, node):
        if node.pattern is not None:
            node.pattern.walkabout(self)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL)

    def visit_MatchStar(self, node):
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL)

    def visit_MatchMapping(self, node):
        for key in node.keys:
            key.walkabout(self)
        for pattern in node.patterns:
            pattern.walkabout(self)
        if node.rest is not None:
            self.add_def(node.rest, DEF_LOCAL)

    def visit_NamedExpr(self, node):
        if self.comp_iter_expr > 0:
            self.error("assignment expression cannot be used in a "
                       "comprehension iterable expression", node)
        target = node.target
        assert isinstance(target, ast.Name)
        if self.current.comprehension != COMP_NONE:
            self._extend_namedexpr_scope(target)
        node.value.walkabout(self)
        target.walkabout(self)

    def _extend_namedexpr_scope(self, target):
        """A `:=` in a comprehension binds in the nearest enclosing
        function (or module), not in the comprehension."""
        name = target.id
        scope = self.current
        while scope is not None:
            if scope.comprehension != COMP_NONE:
                if scope.lookup(name) & DEF_COMP_ITER:
                    self.error("assignment expression cannot rebind "
                               "comprehension iteration variable '%s'" %
                               name, target)
                scope = scope.parent
                continue
            if scope.kind == FUNCTION:
                if scope.lookup(name) & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL)
                else:
                    self.add_def(name, DEF_NONLOCAL)
                scope.add_flags(name, DEF_LOCAL)
                return
            if scope.kind == MODULE:
                self.add_def(name, DEF_GLOBAL)
                return
            self.error("assignment expression within a comprehension "
                       "cannot be used in a class body", target)
        assert False, 'unreachable'

    def _comprehension(self, node, generators, name, comp_kind, elts):
        """The first iterable is evaluated outside; the rest of the
        comprehension is a function of its iterator ('.0')."""
        first = generators[0]
        assert isinstance(first, ast.comprehension)
        self.comp_iter_expr += 1
        first.iter.walkabout(self)
        self.comp_iter_expr -= 1
        scope = self.new_scope(node, name, FUNCTION, _lineno(node))
        scope.comprehension = comp_kind
        if comp_kind == COMP_GENEXP:
            scope.is_generator = True
        for gen in generators:
            assert isinstance(gen, ast.comprehension)
            if gen.is_async:
                scope.is_coroutine = True
        scope.add_flags('.0', DEF_PARAM)
        scope.params.append('.0')
        saved = self.current
        self.current = scope
        self._comp_target(first.target)
        for cond in first.ifs:
            cond.walkabout(self)
        for i in range(1, len(generators)):
            gen = generators[i]
            assert isinstance(gen, ast.comprehension)
            self.comp_iter_expr += 1
            gen.iter.walkabout(self)
            self.comp_iter_expr -= 1
            self._comp_target(gen.target)
            for cond in gen.ifs:
                cond.walkabout(self)
        for elt in elts:
            elt.walkabout(self)
        self.current = saved
        if scope.is_coroutine and comp_kind != COMP_GENEXP and \
                saved.comprehension != COMP_NONE:
            # the enclosing comprehension awaits this one
            saved.is_coroutine = True

    def _comp_target(self, target):
        target.walkabout(self)
        self._mark_comp_iter(target)

    def _mark_comp_iter(self, target):
        if isinstance(target, ast.Name):
            self.current.add_flags(target.id, DEF_COMP_ITER)
        elif isinstance(target, ast.Tuple):
            for elt in target.elts:
                self._mark_comp_iter(elt)
        elif isinstance(target, ast.List):
            for elt in target.elts:
                self._mark_comp_iter(elt)
        elif isinstance(target, ast.Starred):
            self._mark_comp_iter(target.value)

    def visit_ListComp(self, node):
        self._comprehension(node, node.generators, 'listcomp', COMP_LIST,
                            [node.elt])

    def visit_SetComp(self, node):
        self._comprehension(node, node.generators, 'setcomp', COMP_SET,
                            [node.elt])

    def visit_DictComp(self, node):
        self._comprehension(node, node.generators, 'dictcomp', COMP_DICT,
                            [node.key, node.value])

    def visit_GeneratorExp(self, node):
        self._comprehension(node, node.generators, 'genexpr', COMP_GENEXP,
                            [node.elt])


def _lineno(node):
    return node.lineno


# --- the analysis ---------------------------------------------------------

def analyze(builder, scope, bound, globs):
    """Decide the SCOPE_* of every name of `scope` and its children.

    `bound` holds the names bound by the enclosing functions (None at
    module level), `globs` those known to be global there; both are
    this scope's own copies.  Returns the names that are free in this
    scope or below and must come from further out."""
    local = {}
    free = {}
    is_class = scope.kind == CLASS
    newbound = {}
    newglobal = {}
    if is_class:
        # a class namespace is invisible to the scopes nested in it
        newglobal = _copy(globs)
        if bound is not None:
            newbound = _copy(bound)
    for name in scope.symbol_order:
        _analyze_name(builder, scope, name, scope.symbols[name], bound,
                      local, free, globs)
    if not is_class:
        if scope.kind == FUNCTION:
            for name in local:
                newbound[name] = True
        if bound is not None:
            for name in bound:
                newbound[name] = True
        for name in globs:
            newglobal[name] = True
    else:
        newbound['__class__'] = True
    newfree = {}
    for child in scope.children:
        child_free = analyze(builder, child, _copy(newbound),
                             _copy(newglobal))
        for name in child_free:
            newfree[name] = True
    if scope.kind == FUNCTION:
        # the locals that children use become cells
        for name in newfree.keys():
            if scope.scopes.get(name, 0) == SCOPE_LOCAL:
                scope.scopes[name] = SCOPE_CELL
                del newfree[name]
    elif is_class and '__class__' in newfree:
        del newfree['__class__']
        scope.needs_class_closure = True
    for name in newfree:
        if name in scope.symbols:
            flags = scope.symbols[name]
            if is_class and flags & (DEF_BOUND | DEF_GLOBAL):
                scope.symbols[name] = flags | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        # passed through: free here too, so the cell can be handed down
        scope.symbols[name] = 0
        scope.symbol_order.append(name)
        scope.scopes[name] = SCOPE_FREE
    for name in free:
        newfree[name] = True
    _finish_scope(scope)
    return newfree


def _analyze_name(builder, scope, name, flags, bound, local, free, globs):
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            builder.error_directive("name '%s' is nonlocal and global" % name,
                                scope, name)
        scope.scopes[name] = SCOPE_GLOBAL_EXPLICIT
        globs[name] = True
        if bound is not None and name in bound:
            del bound[name]
    elif flags & DEF_NONLOCAL:
        if bound is None:
            builder.error_directive("nonlocal declaration not allowed at "
                                    "module level", scope, name)
        if name not in bound:
            builder.error_directive("no binding for nonlocal '%s' found"
                                    % name, scope, name)
        scope.scopes[name] = SCOPE_FREE
        free[name] = True
    elif flags & DEF_BOUND:
        scope.scopes[name] = SCOPE_LOCAL
        local[name] = True
        if name in globs:
            del globs[name]
    elif bound is not None and name in bound:
        scope.scopes[name] = SCOPE_FREE
        free[name] = True
    else:
        scope.scopes[name] = SCOPE_GLOBAL_IMPLICIT


def _finish_scope(scope):
    """The lists the code generator needs: cellvars and freevars sorted
    (as CPython orders co_cellvars and co_freevars), fast locals with the
    parameters first."""
    cellvars = []
    freevars = []
    for name in scope.symbol_order:
        kind = scope.scopes.get(name, 0)
        if kind == SCOPE_CELL:
            cellvars.append(name)
        elif kind == SCOPE_FREE or \
                (scope.kind == CLASS and
                 scope.symbols[name] & DEF_FREE_CLASS):
            freevars.append(name)
    if scope.needs_class_closure:
        cellvars.append('__class__')
    _sort(cellvars)
    _sort(freevars)
    scope.cellvars = cellvars
    scope.freevars = freevars
    if scope.kind == FUNCTION:
        order = scope.params[:]
        for name in scope.symbol_order:
            if scope.scopes.get(name, 0) == SCOPE_LOCAL and \
                    not (scope.symbols[name] & DEF_PARAM):
                order.append(name)
        scope.local_order = order


def _sort(names):
    """Sort a short list of names in place (insertion sort: RPython
    lists have no sort())."""
    for i in range(1, len(names)):
        name = names[i]
        j = i - 1
        while j >= 0 and names[j] > name:
            names[j + 1] = names[j]
            j -= 1
        names[j + 1] = name
