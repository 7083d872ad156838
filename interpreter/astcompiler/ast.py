"""AST node classes of the front end, mirroring CPython 3.11's `ast` module.

The classes are generated at import time from the table `_NODE_TABLE` below
(an ASDL-like description, one node per line).  What comes out, for a line

    expr BinOp(expr left, operator op, expr right)

is an ordinary RPython class

    class BinOp(expr):
        _fields = ['left', 'op', 'right']
        def __init__(self, left, op, right,
                     lineno, col_offset, end_lineno, end_col_offset): ...
        def walkabout(self, visitor): visitor.visit_BinOp(self)

plus a `visit_BinOp` method on `ASTVisitor` (raising) and on
`GenericASTVisitor` (visiting the children).  Generation happens before
annotation, so the translator only ever sees plain classes.

Conventions the compiler relies on:
  * lists are RPython lists, never None; optional children are None;
  * identifiers are `str` (UTF-8);
  * operators, comparison operators, boolean operators, unary operators and
    expression contexts are small ints (each group numbered from 1);
  * `Constant` stores its value as `value_type` + `text` / `ustr` (see the
    CONST_* constants) instead of a wrapped object; `MatchSingleton`
    stores CONST_NONE, CONST_TRUE or CONST_FALSE.
"""


from __future__ import absolute_import
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import string_to_float
from rpython.rlib.objectmodel import specialize


# ---------------------------------------------------------------------------
# small-integer enumerations

Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, \
    BitAnd, FloorDiv = range(1, 14)
operator_names = [None, 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
                  'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv']

Invert, Not, UAdd, USub = range(1, 5)
unaryop_names = [None, 'Invert', 'Not', 'UAdd', 'USub']

And, Or = range(1, 3)
boolop_names = [None, 'And', 'Or']

Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn = range(1, 11)
cmpop_names = [None, 'Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot',
               'In', 'NotIn']

Load, Store, Del = range(1, 4)
expr_context_names = [None, 'Load', 'Store', 'Del']

CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS, CONST_INT, \
    CONST_FLOAT, CONST_COMPLEX, CONST_STR, CONST_BYTES = range(1, 10)


# ---------------------------------------------------------------------------
# the node table
#
# Field kinds:  expr / stmt / ... (a node; '?' = may be None; '*' = list)
#               identifier (str), int, string (str), constant (special),
#               operator, unaryop, boolop, cmpop, expr_context (small ints).
# 'identifier?' may be None; 'expr*?' is a list whose items may be None
# (Dict.keys, arguments.kw_defaults).  Nodes listed in _NO_POSITIONS carry
# no lineno/col_offset.

_NODE_TABLE = """
mod Module(stmt* body)
mod Interactive(stmt* body)
mod Expression(expr body)
stmt FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns)
stmt AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns)
stmt ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
stmt Return(expr? value)
stmt Delete(expr* targets)
stmt Assign(expr* targets, expr value)
stmt AugAssign(expr target, operator op, expr value)
stmt AnnAssign(expr target, expr annotation, expr? value, int simple)
stmt For(expr target, expr iter, stmt* body, stmt* orelse)
stmt AsyncFor(expr target, expr iter, stmt* body, stmt* orelse)
stmt While(expr test, stmt* body, stmt* orelse)
stmt If(expr test, stmt* body, stmt* orelse)
stmt With(withitem* items, stmt* body)
stmt AsyncWith(withitem* items, stmt* body)
stmt Match(expr subject, match_case* cases)
stmt Raise(expr? exc, expr? cause)
stmt Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
stmt TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
stmt Assert(expr test, expr? msg)
stmt Import(alias* names)
stmt ImportFrom(identifier? module, alias* names, int level)
stmt Global(identifier* names)
stmt Nonlocal(identifier* names)
stmt Expr(expr value)
stmt Pass()
stmt Break()
stmt Continue()
expr BoolOp(boolop op, expr* values)
expr NamedExpr(expr target, expr value)
expr BinOp(expr left, operator op, expr right)
expr UnaryOp(unaryop op, expr operand)
expr Lambda(arguments args, expr body)
expr IfExp(expr test, expr body, expr orelse)
expr Dict(expr*? keys, expr* values)
expr Set(expr* elts)
expr ListComp(expr elt, comprehension* generators)
expr SetComp(expr elt, comprehension* generators)
expr DictComp(expr key, expr value, comprehension* generators)
expr GeneratorExp(expr elt, comprehension* generators)
expr Await(expr value)
expr Yield(expr? value)
expr YieldFrom(expr value)
expr Compare(expr left, cmpop* ops, expr* comparators)
expr Call(expr func, expr* args, keyword* keywords)
expr FormattedValue(expr value, int conversion, expr? format_spec)
expr JoinedStr(expr* values)
expr Constant(constant value_type, string text, unicode ustr, string? kind)
expr Attribute(expr value, identifier attr, expr_context ctx)
expr Subscript(expr value, expr slice, expr_context ctx)
expr Starred(expr value, expr_context ctx)
expr Name(identifier id, expr_context ctx)
expr List(expr* elts, expr_context ctx)
expr Tuple(expr* elts, expr_context ctx)
expr Slice(expr? lower, expr? upper, expr? step)
comprehension comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler ExceptHandler(expr? type, identifier? name, stmt* body)
arguments arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr*? kw_defaults, arg? kwarg, expr* defaults)
arg arg(identifier arg, expr? annotation)
keyword keyword(identifier? arg, expr value)
alias alias(identifier name, identifier? asname)
withitem withitem(expr context_expr, expr? optional_vars)
match_case match_case(pattern pattern, expr? guard, stmt* body)
pattern MatchValue(expr value)
pattern MatchSingleton(singleton value)
pattern MatchSequence(pattern* patterns)
pattern MatchMapping(expr* keys, pattern* patterns, identifier? rest)
pattern MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
pattern MatchStar(identifier? name)
pattern MatchAs(pattern? pattern, identifier? name)
pattern MatchOr(pattern* patterns)
"""

_NO_POSITIONS = ['mod', 'comprehension', 'arguments', 'withitem',
                 'match_case']
_SCALAR_KINDS = ['identifier', 'int', 'string', 'unicode', 'constant',
                 'singleton',
                 'operator', 'unaryop', 'boolop', 'cmpop', 'expr_context']


class AST(object):
    """Base of every node."""
    _attrs_ = []
    _fields = []

    def walkabout(self, visitor):
        raise NotImplementedError("abstract")


class NodeVisitorNotImplemented(Exception):
    pass


class ASTVisitor(object):
    """Base visitor: every visit_X calls default_visitor, which raises.
    The compiler subclasses it and overrides what it handles."""

    def default_visitor(self, node):
        raise NodeVisitorNotImplemented

    def visit_sequence(self, seq):
        for node in seq:
            if node is not None:
                node.walkabout(self)


class GenericASTVisitor(ASTVisitor):
    """A visitor whose visit_X methods visit every child node (in field
    order).  Subclass it and override the nodes you are interested in."""


_base_classes = {}
node_classes = {}      # name -> class (used by tests and dump)
node_fields = {}       # name -> [(field_name, kind, optional, is_list)]


def _parse_field(spec):
    kind, name = spec.split()
    is_list = False
    optional = False
    if kind.endswith('?'):
        optional = True
        kind = kind[:-1]
    if kind.endswith('*'):
        is_list = True
        kind = kind[:-1]
    return (name, kind, optional, is_list)


def _make_node_class(base_name, name, fields):
    """Build one node class.  Runs at import time only."""
    has_pos = base_name not in _NO_POSITIONS
    base = _base_classes.get(base_name)
    if base is None:
        base_attrs = []
        if has_pos:
            base_attrs = ['lineno', 'col_offset', 'end_lineno',
                          'end_col_offset']
        base = type(base_name, (AST,), {'_attrs_': base_attrs,
                                        '__module__': __name__})
        _base_classes[base_name] = base
        globals()[base_name] = base
    names = [f[0] for f in fields]
    params = list(names)
    if has_pos:
        params += ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']
    src = ["def __init__(self%s):" % ''.join([', ' + p for p in params])]
    for p in params:
        src.append("    self.%s = %s" % (p, p))
    src.append("    pass")
    src.append("def walkabout(self, visitor):")
    src.append("    visitor.visit_%s(self)" % name)
    ns = {}
    exec '\n'.join(src) in ns
    attrs = list(names)
    cls = type(name, (base,), {
        '__init__': ns['__init__'],
        'walkabout': ns['walkabout'],
        '_fields': names,
        '_attrs_': attrs,
        '_has_positions': has_pos,
        '__module__': __name__,
    })
    # visitor methods
    vsrc = ["def visit_%s(self, node):" % name,
            "    return self.default_visitor(node)"]
    gsrc = ["def visit_%s(self, node):" % name]
    for fname, kind, optional, is_list in fields:
        if kind in _SCALAR_KINDS:
            continue
        if is_list:
            # a loop per field, not visit_sequence(): one shared helper
            # would make the annotator merge every kind of node list
            gsrc.append("    for child in node.%s:" % fname)
            gsrc.append("        if child is not None:")
            gsrc.append("            child.walkabout(self)")
        elif optional:
            gsrc.append("    if node.%s is not None:" % fname)
            gsrc.append("        node.%s.walkabout(self)" % fname)
        else:
            gsrc.append("    node.%s.walkabout(self)" % fname)
    gsrc.append("    pass")
    ns = {}
    exec '\n'.join(vsrc) in ns
    setattr(ASTVisitor, 'visit_' + name, ns['visit_' + name])
    ns = {}
    exec '\n'.join(gsrc) in ns
    setattr(GenericASTVisitor, 'visit_' + name, ns['visit_' + name])
    return cls


def _build_all():
    for line in _NODE_TABLE.strip().splitlines():
        base_name, rest = line.split(' ', 1)
        name, rest = rest.split('(', 1)
        rest = rest.rstrip(')').strip()
        fields = []
        if rest:
            fields = [_parse_field(s.strip()) for s in rest.split(',')]
        cls = _make_node_class(base_name, name, fields)
        node_classes[name] = cls
        node_fields[name] = fields
        globals()[name] = cls

_build_all()
excepthandler = _base_classes['excepthandler']


# ---------------------------------------------------------------------------
# literal helpers

def int_literal_value(text):
    """Value of an integer literal without underscores ("0x1F", "123")."""
    base = 10
    digits = text
    if len(text) > 1 and text[0] == '0':
        c = text[1]
        if c == 'x' or c == 'X':
            base = 16
            digits = text[2:]
        elif c == 'o' or c == 'O':
            base = 8
            digits = text[2:]
        elif c == 'b' or c == 'B':
            base = 2
            digits = text[2:]
    return rbigint.fromstr(digits, base)


def float_literal_value(text):
    """Value of a float literal without underscores ("1.5e3", "1.")."""
    return string_to_float(text)


def const_is_true(node):
    """Truth value of a Constant (used by the compiler for `while 1:`)."""
    t = node.value_type
    if t == CONST_TRUE or t == CONST_ELLIPSIS:
        return True
    if t == CONST_NONE or t == CONST_FALSE:
        return False
    if t == CONST_INT:
        return int_literal_value(node.text).tobool()
    if t == CONST_FLOAT:
        return float_literal_value(node.text) != 0.0
    if t == CONST_COMPLEX:
        return float_literal_value(node.text) != 0.0
    if t == CONST_STR:
        return len(node.ustr) > 0
    return len(node.text) > 0


# ---------------------------------------------------------------------------
# dump, in the format of CPython 3.11's ast.dump().  Test/debug helper:
# NOT RPython (isinstance on generated classes, string joins of mixed data).

def dump(node, include_attributes=False):
    """Return the same string as CPython 3.11 `ast.dump(tree)` (or with
    include_attributes=True, `ast.dump(tree, include_attributes=True)`).
    Not RPython: used by tests and debugging only."""
    return _dump(node, include_attributes)


_ENUM_KINDS = {'operator': operator_names, 'unaryop': unaryop_names,
               'boolop': boolop_names, 'cmpop': cmpop_names,
               'expr_context': expr_context_names}


def _dump(node, attrs):
    if node is None:
        return 'None'
    name = node.__class__.__name__
    if name == 'Constant':
        return _dump_constant(node, attrs)
    parts = []
    for fname, kind, optional, is_list in node_fields[name]:
        value = getattr(node, fname)
        if kind in _ENUM_KINDS:
            names = _ENUM_KINDS[kind]
            if is_list:
                s = '[%s]' % ', '.join(['%s()' % names[v] for v in value])
            else:
                s = '%s()' % names[value]
        elif is_list:
            if kind == 'identifier':
                s = '[%s]' % ', '.join([repr_str(v.decode('utf-8'))
                                        for v in value])
            else:
                s = '[%s]' % ', '.join([_dump(v, attrs) for v in value])
        elif value is None:
            if optional:
                continue
            s = 'None'
        elif kind == 'identifier':
            s = repr_str(value.decode('utf-8'))
        elif kind == 'int':
            s = str(value)
        elif kind == 'singleton':
            s = _SINGLETON_NAMES[value]
        else:
            s = _dump(value, attrs)
        parts.append('%s=%s' % (fname, s))
    if name == 'Module':
        parts.append('type_ignores=[]')
    if attrs and node._has_positions:
        parts.append(_dump_positions(node))
    return '%s(%s)' % (name, ', '.join(parts))


_SINGLETON_NAMES = {CONST_NONE: 'None', CONST_TRUE: 'True',
                    CONST_FALSE: 'False'}


def _dump_positions(node):
    return 'lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d' % (
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)


def _dump_constant(node, attrs):
    t = node.value_type
    if t == CONST_NONE:
        v = 'None'
    elif t == CONST_TRUE:
        v = 'True'
    elif t == CONST_FALSE:
        v = 'False'
    elif t == CONST_ELLIPSIS:
        v = 'Ellipsis'
    elif t == CONST_INT:
        v = int_literal_value(node.text).str()
    elif t == CONST_FLOAT:
        v = repr_float(float_literal_value(node.text))
    elif t == CONST_COMPLEX:
        v = repr_float(float_literal_value(node.text), True) + 'j'
    elif t == CONST_STR:
        v = repr_str(node.ustr)
    else:
        v = repr_bytes(node.text)
    s = 'Constant(value=%s' % v
    if node.kind is not None:
        s += ', kind=%s' % repr_str(node.kind.decode('utf-8'))
    if attrs:
        s += ', ' + _dump_positions(node)
    return s + ')'


def repr_float(x, for_complex=False):
    """Python 3 repr() of a float; for the imaginary part of a complex,
    without the trailing '.0' (as repr(1j) == '1j')."""
    from rpython.rlib.rfloat import formatd, isinf, isnan
    if isnan(x):
        return 'nan'
    if isinf(x):
        if x > 0:
            return 'inf'
        return '-inf'
    s = formatd(x, 'r', 0)
    if for_complex:
        if s.endswith('.0'):
            s = s[:-2]
        return s
    if '.' not in s and 'e' not in s and 'n' not in s:
        s += '.0'
    return s


def repr_str(u):
    """Python 3 repr() of a unicode string, as UTF-8."""
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as udb
    quote = u"'"
    if u"'" in u and u'"' not in u:
        quote = u'"'
    out = [quote]
    for ch in u:
        o = ord(ch)
        if ch == quote or ch == u'\\':
            out.append(u'\\' + ch)
        elif ch == u'\n':
            out.append(u'\\n')
        elif ch == u'\r':
            out.append(u'\\r')
        elif ch == u'\t':
            out.append(u'\\t')
        elif o < 0x20 or o == 0x7f:
            out.append(u'\\x%02x' % o)
        elif o < 0x7f:
            out.append(ch)
        elif udb.isprintable(o) and not (0xd800 <= o < 0xe000):
            out.append(ch)
        elif o <= 0xff:
            out.append(u'\\x%02x' % o)
        elif o <= 0xffff:
            out.append(u'\\u%04x' % o)
        else:
            out.append(u'\\U%08x' % o)
    out.append(quote)
    return u''.join(out).encode('utf-8')


def repr_bytes(s):
    """Python 3 repr() of a bytes object."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = ['b', quote]
    for ch in s:
        o = ord(ch)
        if ch == quote or ch == '\\':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif o < 0x20 or o >= 0x7f:
            out.append('\\x%02x' % o)
        else:
            out.append(ch)
    out.append(quote)
    return ''.join(out)
