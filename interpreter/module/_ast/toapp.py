"""Front-end AST -> app-level `_ast` nodes (what `compile(...,
PyCF_ONLY_AST)` and so `ast.parse` return).

`ToApp` is a visitor with one `visit_<Node>` method per node class,
generated at import time from the node table (nodetable.py) like the
classes of interpreter/astcompiler/ast.py themselves: each makes an
instance of the app-level class and sets its fields and positions.
"""

from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.astcompiler.compiler import Compiler
from interpreter.error import oefmt
from interpreter.module._ast import nodetable


class ToApp(ast.ASTVisitor):

    def __init__(self, space, module):
        self.space = space
        self.module = module
        self.compiler = Compiler(space, '<ast>')
        self.w_result = None
        self.depth = 0
        # object.__new__: the nodes are made without running AST.__init__
        self.w_new = space.getattr(space.w_object, space.newtext('__new__'))

    def convert(self, node):
        """The app-level node for `node` (None -> None)."""
        space = self.space
        if node is None:
            return space.w_None
        # CPython's limit: three times the recursion limit
        if self.depth > 3 * space.recursionlimit:
            raise oefmt(space.w_RecursionError,
                        "maximum recursion depth exceeded during ast "
                        "construction")
        self.depth += 1
        try:
            node.walkabout(self)
        finally:
            self.depth -= 1
        w_result = self.w_result
        self.w_result = None
        return w_result

    def new(self, name):
        return self.space.call_function(self.w_new,
                                        self.module.w_classes[name])

    def put(self, w_node, name, w_value):
        self.space.setattr(w_node, self.space.newtext(name), w_value)

    def enum(self, kind, value):
        return self.module.enum_instances_w[kind][value]

    def identifier(self, s):
        if s is None:
            return self.space.w_None
        return self.space.newtext(s)

    def constant(self, node):
        return self.compiler.constant_value(node)

    def singleton(self, value):
        if value == ast.CONST_TRUE:
            return self.space.w_True
        if value == ast.CONST_FALSE:
            return self.space.w_False
        return self.space.w_None


def _value_source(name, fname, kind, is_list):
    """Source of the expression giving field `fname` of node `name`."""
    if name == 'Constant':
        if fname == 'value':
            return 'self.constant(node)'
        return 'self.identifier(node.kind)'
    if name == 'MatchSingleton':
        return 'self.singleton(node.value)'
    if kind == 'type_ignore':
        return 'space.newlist([])'
    if kind == 'string':        # type comments: never kept
        return 'space.w_None'
    if is_list:
        if kind in nodetable.ENUM_KINDS:
            item = 'self.enum(%r, x)' % kind
        elif kind == 'identifier':
            item = 'space.newtext(x)'
        else:
            item = 'self.convert(x)'
        return 'space.newlist([%s for x in node.%s])' % (item, fname)
    if kind in nodetable.ENUM_KINDS:
        return 'self.enum(%r, node.%s)' % (kind, fname)
    if kind == 'identifier':
        return 'self.identifier(node.%s)' % fname
    if kind == 'int':
        return 'space.newint(node.%s)' % fname
    return 'self.convert(node.%s)' % fname


def _make_visitor(name):
    src = ['def visit_%s(self, node):' % name,
           '    space = self.space',
           '    w_node = self.new(%r)' % name]
    for fname, kind, optional, is_list in nodetable.app_fields(name):
        src.append('    self.put(w_node, %r, %s)'
                   % (fname, _value_source(name, fname, kind, is_list)))
    if nodetable.has_positions(name):
        # written out per node: the position attributes belong to each
        # abstract base (expr, stmt, arg...), not to AST
        for attr in nodetable.POSITIONS:
            src.append('    self.put(w_node, %r, space.newint(node.%s))'
                       % (attr, attr))
    src.append('    self.w_result = w_node')
    ns = {}
    exec '\n'.join(src) in ns
    setattr(ToApp, 'visit_' + name, ns['visit_' + name])


for _name in ast.node_classes:
    _make_visitor(_name)
del _name


def to_app(space, module, tree):
    """The app-level tree of the front end's `tree`."""
    return ToApp(space, module).convert(tree)
