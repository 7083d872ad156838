"""App-level `_ast` nodes -> front-end AST (what `compile(tree, ...)`
compiles), with CPython's errors for malformed trees.

Like CPython's obj2ast, this reads the fields of the app-level objects and
checks their types (a TypeError or ValueError naming the field and node);
the rules that need more than one node (contexts, empty bodies...) are in
validate.py.  `FromApp` has one `conv_<type>` method per abstract node type,
product type and enumeration, and one `make_<Node>` per concrete node,
generated at import time from the node table (nodetable.py).
"""

from __future__ import absolute_import
import math

from rpython.rlib.rfloat import formatd, isinf, isnan

from interpreter.astcompiler import ast
from interpreter.error import OperationError, oefmt
from interpreter.module._ast import nodetable


class FromApp(object):

    def __init__(self, space, module):
        self.space = space
        self.module = module
        self.depth = 0

    # --- helpers used by the generated methods ------------------------

    def enter(self):
        self.depth += 1
        if self.depth > self.space.recursionlimit:
            raise oefmt(self.space.w_RecursionError,
                        "maximum recursion depth exceeded during ast "
                        "construction")

    def leave(self):
        self.depth -= 1

    def isinst(self, w_obj, name):
        return self.space.isinstance_w(w_obj, self.module.w_classes[name])

    def lookup(self, w_obj, name):
        """The attribute `name` of w_obj, or None if it has none."""
        space = self.space
        try:
            return space.getattr(w_obj, space.newtext(name))
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
            return None

    def field(self, w_obj, name, owner):
        """A required field (or attribute) of w_obj."""
        w_value = self.lookup(w_obj, name)
        if w_value is None:
            raise oefmt(self.space.w_TypeError,
                        'required field "%s" missing from %s', name, owner)
        return w_value

    def opt_field(self, w_obj, name):
        w_value = self.lookup(w_obj, name)
        if w_value is None:
            return self.space.w_None
        return w_value

    def list_field(self, w_obj, name, owner):
        space = self.space
        w_list = self.field(w_obj, name, owner)
        if not space.isinstance_w(w_list, space.w_list):
            raise oefmt(space.w_TypeError,
                        '%s field "%s" must be a list, not a %T', owner, name,
                        w_list)
        return space.listview(w_list)

    def required(self, name, owner):
        return oefmt(self.space.w_ValueError,
                     "field '%s' is required for %s", name, owner)

    def none_in_list(self, kind):
        if kind == 'stmt':
            what = 'statement'
        elif kind == 'expr':
            what = 'expression'
        else:
            what = kind
        return oefmt(self.space.w_ValueError, "None disallowed in %s list",
                     what)

    def conv_int(self, w_obj):
        space = self.space
        if not space.isinstance_w(w_obj, space.w_int):
            raise oefmt(space.w_ValueError, "invalid integer value: %R",
                        w_obj)
        return space.int_w(w_obj)

    def opt_int(self, w_obj, name, default):
        w_value = self.lookup(w_obj, name)
        if w_value is None or self.space.is_none(w_value):
            return default
        return self.conv_int(w_value)

    def conv_identifier(self, w_obj):
        space = self.space
        if space.is_none(w_obj):
            return None
        if not space.is_w(space.type(w_obj), space.w_str):
            raise oefmt(space.w_TypeError,
                        "AST identifier must be of type str")
        return space.text_w(w_obj)

    def conv_string(self, w_obj):
        space = self.space
        if space.is_none(w_obj):
            return None
        if not space.is_w(space.type(w_obj), space.w_str):
            raise oefmt(space.w_TypeError, "AST string must be of type str")
        return space.text_w(w_obj)

    # --- constants ----------------------------------------------------

    def make_Constant(self, w_obj, lineno, col_offset, end_lineno,
                      end_col_offset):
        w_value = self.field(w_obj, 'value', 'Constant')
        kind = self.conv_string(self.opt_field(w_obj, 'kind'))
        return self.constant(w_value, kind, lineno, col_offset, end_lineno,
                             end_col_offset)

    def constant(self, w_value, kind, lineno, col_offset, end_lineno,
                 end_col_offset):
        """A Constant node for w_value; a tuple becomes a Tuple display of
        constants (the front end keeps constants unwrapped)."""
        space = self.space
        w_type = space.type(w_value)
        text = ''
        ustr = u''
        if space.is_none(w_value):
            value_type = ast.CONST_NONE
        elif space.is_w(w_value, space.w_True):
            value_type = ast.CONST_TRUE
        elif space.is_w(w_value, space.w_False):
            value_type = ast.CONST_FALSE
        elif space.is_w(w_value, space.w_Ellipsis):
            value_type = ast.CONST_ELLIPSIS
        elif space.is_w(w_type, space.w_int):
            value_type = ast.CONST_INT
            text = space.bigint_w(w_value).str()
        elif space.is_w(w_type, space.w_float):
            value_type = ast.CONST_FLOAT
            text = _float_text(space.float_w(w_value))
        elif space.is_w(w_type, space.w_complex):
            return self.complex_constant(w_value, lineno, col_offset,
                                         end_lineno, end_col_offset)
        elif space.is_w(w_type, space.w_str):
            value_type = ast.CONST_STR
            ustr = space.unicode_w(w_value)
        elif space.is_w(w_type, space.w_bytes):
            value_type = ast.CONST_BYTES
            text = space.bytes_w(w_value)
        elif space.is_w(w_type, space.w_tuple):
            elts = []
            for w_item in space.fixedview(w_value):
                self.enter()
                try:
                    elts.append(self.constant(w_item, None, lineno,
                                              col_offset, end_lineno,
                                              end_col_offset))
                finally:
                    self.leave()
            return ast.Tuple(elts, ast.Load, lineno, col_offset, end_lineno,
                             end_col_offset)
        elif space.is_w(w_type, space.w_frozenset):
            raise oefmt(space.w_TypeError,
                        "frozenset constants are not supported in an AST "
                        "compiled by this interpreter")
        else:
            raise oefmt(space.w_TypeError,
                        "got an invalid type in Constant: %T", w_value)
        return ast.Constant(value_type, text, ustr, kind, lineno, col_offset,
                            end_lineno, end_col_offset)

    def complex_constant(self, w_value, lineno, col_offset, end_lineno,
                         end_col_offset):
        # the front end keeps imaginary literals only: real + imag j
        space = self.space
        real = space.float_w(space.getattr(w_value, space.newtext('real')))
        imag = space.float_w(space.getattr(w_value, space.newtext('imag')))
        w_imag = ast.Constant(ast.CONST_COMPLEX, _float_text(imag), u'',
                              None, lineno, col_offset, end_lineno,
                              end_col_offset)
        if real == 0.0 and not _is_negative_zero(real):
            return w_imag
        w_real = ast.Constant(ast.CONST_FLOAT, _float_text(real), u'', None,
                              lineno, col_offset, end_lineno, end_col_offset)
        return ast.BinOp(w_real, ast.Add, w_imag, lineno, col_offset,
                         end_lineno, end_col_offset)

    def singleton(self, w_value):
        space = self.space
        if space.is_none(w_value):
            return ast.CONST_NONE
        if space.is_w(w_value, space.w_True):
            return ast.CONST_TRUE
        if space.is_w(w_value, space.w_False):
            return ast.CONST_FALSE
        raise oefmt(space.w_ValueError,
                    "MatchSingleton can only contain True, False and None")

    def check_type_ignore(self, w_obj):
        space = self.space
        if not self.isinst(w_obj, 'TypeIgnore'):
            raise oefmt(space.w_TypeError,
                        "expected some sort of type_ignore, but got %R",
                        w_obj)
        self.conv_int(self.field(w_obj, 'lineno', 'TypeIgnore'))
        self.conv_string(self.field(w_obj, 'tag', 'TypeIgnore'))


def _float_text(x):
    if isnan(x):
        return 'nan'
    if isinf(x):
        if x > 0:
            return 'inf'
        return '-inf'
    return formatd(x, 'r', 0)


def _is_negative_zero(x):
    return x == 0.0 and math.copysign(1.0, x) < 0.0


# ---------------------------------------------------------------------------
# generation of the conv_/make_ methods

def _add_method(src):
    ns = {'ast': ast, 'oefmt': oefmt}
    exec '\n'.join(src) in ns
    name = src[0].split('(')[0][len('def '):]
    setattr(FromApp, name, ns[name])


def _field_source(owner, fname, kind, optional, is_list, nullable_items):
    """Lines that set the local `fname` from the app-level w_obj."""
    if kind == 'type_ignore':
        return ['    for w_item in self.list_field(w_obj, %r, %r):'
                % (fname, owner),
                '        self.check_type_ignore(w_item)']
    if kind == 'string':        # a type comment: checked, then dropped
        return ['    self.conv_string(self.opt_field(w_obj, %r))' % fname]
    if kind == 'constant':      # MatchSingleton
        return ['    %s = self.singleton(self.field(w_obj, %r, %r))'
                % (fname, fname, owner)]
    if is_list:
        lines = ['    %s = []' % fname,
                 '    for w_item in self.list_field(w_obj, %r, %r):'
                 % (fname, owner)]
        if kind in nodetable.ENUM_KINDS:
            lines.append('        %s.append(self.conv_%s(w_item))'
                         % (fname, kind))
            return lines
        lines.append('        item = self.conv_%s(w_item)' % kind)
        if not nullable_items:
            lines += ['        if item is None:',
                      '            raise self.none_in_list(%r)' % kind]
        lines.append('        %s.append(item)' % fname)
        return lines
    if optional:
        getter = 'self.opt_field(w_obj, %r)' % fname
    else:
        getter = 'self.field(w_obj, %r, %r)' % (fname, owner)
    if kind == 'int':
        if optional:
            return ['    %s = self.opt_int(w_obj, %r, 0)' % (fname, fname)]
        return ['    %s = self.conv_int(%s)' % (fname, getter)]
    if optional and kind != 'identifier':
        # None (or no attribute) for a missing child of any node type
        return ['    w_%s = %s' % (fname, getter),
                '    %s = None' % fname,
                '    if not self.space.is_none(w_%s):' % fname,
                '        %s = self.conv_%s(w_%s)' % (fname, kind, fname)]
    lines = ['    %s = self.conv_%s(%s)' % (fname, kind, getter)]
    if not optional and kind not in nodetable.ENUM_KINDS:
        lines += ['    if %s is None:' % fname,
                  '        raise self.required(%r, %r)' % (fname, owner)]
    return lines


def _make_constructor(name, has_pos):
    """make_<name>(w_obj[, positions]): the front-end node."""
    params = ['self', 'w_obj']
    if has_pos:
        params += nodetable.POSITIONS
    src = ['def make_%s(%s):' % (name, ', '.join(params))]
    nullable = [f[0] for f in ast.node_fields[name] if f[2] and f[3]]
    for fname, kind, optional, is_list in nodetable.app_fields(name):
        src += _field_source(name, fname, kind, optional, is_list,
                             fname in nullable)
    args = [f[0] for f in ast.node_fields[name]]
    if has_pos:
        args += nodetable.POSITIONS
    src.append('    return ast.%s(%s)' % (name, ', '.join(args)))
    _add_method(src)


def _position_lines(owner):
    lines = []
    for attr in nodetable.POSITIONS:
        if (attr.startswith('end_') and
                owner not in nodetable.REQUIRED_END_POSITIONS):
            start = attr[len('end_'):]
            lines.append('    %s = self.opt_int(w_obj, %r, %s)'
                         % (attr, attr, start))
        else:
            lines.append('    %s = self.conv_int(self.field(w_obj, %r, %r))'
                         % (attr, attr, owner))
    return lines


def _make_sum(base, names, has_pos):
    """conv_<base>(w_obj): None for None, else the node of whichever
    constructor class w_obj is an instance of."""
    src = ['def conv_%s(self, w_obj):' % base,
           '    if self.space.is_none(w_obj):',
           '        return None',
           '    self.enter()',
           '    try:']
    body = []
    args = 'w_obj'
    if has_pos:
        body += _position_lines(base)
        args = 'w_obj, ' + ', '.join(nodetable.POSITIONS)
    for name in names:
        body += ['    if self.isinst(w_obj, %r):' % name,
                 '        return self.make_%s(%s)' % (name, args)]
    body += ['    raise oefmt(self.space.w_TypeError, '
             '"expected some sort of %s, but got %%R", w_obj)' % base]
    src += ['    ' + line for line in body]
    src += ['    finally:',
            '        self.leave()']
    _add_method(src)


def _make_product(name, has_pos):
    """conv_<name>(w_obj) for a node type with one constructor."""
    src = ['def conv_%s(self, w_obj):' % name,
           '    self.enter()',
           '    try:']
    body = []
    args = 'w_obj'
    if has_pos:
        # CPython reads the fields before the positions of these
        body += ['    node = self.make_%s(w_obj, 0, 0, 0, 0)' % name]
        body += _position_lines(name)
        body += ['    node.%s = %s' % (p, p) for p in nodetable.POSITIONS]
        body += ['    return node']
    else:
        body += ['    return self.make_%s(%s)' % (name, args)]
    src += ['    ' + line for line in body]
    src += ['    finally:',
            '        self.leave()']
    _add_method(src)


def _make_enum(kind, names):
    src = ['def conv_%s(self, w_obj):' % kind]
    for i, name in enumerate(names):
        src += ['    if self.isinst(w_obj, %r):' % name,
                '        return %d' % (i + 1)]
    src += ['    raise oefmt(self.space.w_TypeError, '
            '"expected some sort of %s, but got %%R", w_obj)' % kind]
    _add_method(src)


def _build():
    for kind, names in nodetable.ENUMS:
        _make_enum(kind, names)
    members = {}
    order = []
    for line in ast._NODE_TABLE.strip().splitlines():
        base, rest = line.split(' ', 1)
        name = rest.split('(', 1)[0]
        has_pos = nodetable.has_positions(name)
        if name != 'Constant':
            _make_constructor(name, has_pos)
        if base == name:
            _make_product(name, has_pos)
        else:
            if base not in members:
                members[base] = []
                order.append((base, has_pos))
            members[base].append(name)
    for base, has_pos in order:
        _make_sum(base, members[base], has_pos)

_build()


def from_app(space, module, w_tree, mode):
    """The front-end tree of the app-level w_tree, which must be the node
    for `mode` (Module for 'exec', Expression for 'eval', Interactive for
    'single')."""
    if mode == 'exec':
        expected = 'Module'
    elif mode == 'eval':
        expected = 'Expression'
    else:
        expected = 'Interactive'
    conv = FromApp(space, module)
    if not conv.isinst(w_tree, expected):
        raise oefmt(space.w_TypeError, "expected %s node, got %T", expected,
                    w_tree)
    return conv.conv_mod(w_tree)
