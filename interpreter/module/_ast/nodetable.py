"""CPython 3.11's description of the `_ast` classes, derived from the front
end's node table (interpreter/astcompiler/ast.py, `node_fields`).

The front end keeps a few things differently from CPython's ASDL: no type
comments, `Constant` holds its value unwrapped, the small enumerations
(operators, contexts) are ints.  The overlays below say exactly where the
app-level view differs; everything else comes from the one table.  Used at
import time only (by moduledef.py and the two converters).
"""

from __future__ import absolute_import
from interpreter.astcompiler import ast

POSITIONS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']

# The small enumerations: abstract class name -> constructor names.
ENUMS = [('boolop', ast.boolop_names[1:]),
         ('operator', ast.operator_names[1:]),
         ('unaryop', ast.unaryop_names[1:]),
         ('cmpop', ast.cmpop_names[1:]),
         ('expr_context', ast.expr_context_names[1:])]
ENUM_KINDS = [kind for kind, names in ENUMS]

# Fields CPython has and the front end does not keep (type comments are
# never produced: PyCF_TYPE_COMMENTS is accepted and ignored).
_TYPE_COMMENT = ('type_comment', 'string', True, False)
_EXTRA_FIELDS = {
    'Module': [('type_ignores', 'type_ignore', False, True)],
    'FunctionDef': [_TYPE_COMMENT],
    'AsyncFunctionDef': [_TYPE_COMMENT],
    'Assign': [_TYPE_COMMENT],
    'For': [_TYPE_COMMENT],
    'AsyncFor': [_TYPE_COMMENT],
    'With': [_TYPE_COMMENT],
    'AsyncWith': [_TYPE_COMMENT],
    'arg': [_TYPE_COMMENT],
}
# Fields whose app-level form differs from the front end's.
_REPLACED_FIELDS = {
    'Constant': [('value', 'constant', False, False),
                 ('kind', 'string', True, False)],
    'MatchSingleton': [('value', 'constant', False, False)],
    'ImportFrom': [('module', 'identifier', True, False),
                   ('names', 'alias', False, True),
                   ('level', 'int', True, False)],
}
# Nodes the front end never builds (FunctionType is 'func_type' mode).
_EXTRA_NODES = [
    ('mod', 'FunctionType', [('argtypes', 'expr', False, True),
                             ('returns', 'expr', False, False)]),
    ('type_ignore', 'TypeIgnore', [('lineno', 'int', False, False),
                                   ('tag', 'string', False, False)]),
]
NOT_BUILT = ['FunctionType', 'TypeIgnore']
# Where CPython's end positions are required ('int', not 'int?').
REQUIRED_END_POSITIONS = ['pattern']


class NodeSpec(object):
    """One app-level class: `base` is None for a class right under AST."""

    def __init__(self, name, base, fields, attributes, doc):
        self.name = name
        self.base = base
        self.fields = fields            # [(name, kind, optional, is_list)]
        self.attributes = attributes    # POSITIONS or []
        self.doc = doc

    def optional_names(self):
        """The fields and attributes that are None on the class."""
        names = [f[0] for f in self.fields if f[2]]
        if self.attributes and self.name not in REQUIRED_END_POSITIONS:
            names += ['end_lineno', 'end_col_offset']
        return names


def _signature(name, fields):
    if not fields:
        return name
    parts = []
    for fname, kind, optional, is_list in fields:
        if is_list:
            kind += '*'
        elif optional:
            kind += '?'
        parts.append('%s %s' % (kind, fname))
    return '%s(%s)' % (name, ', '.join(parts))


def _sum_doc(base, signatures):
    lines = ['%s = %s' % (base, signatures[0])]
    for sig in signatures[1:]:
        lines.append(' ' * len(base) + ' | ' + sig)
    return '\n'.join(lines)


def app_fields(name):
    """The app-level fields of node `name`, in CPython's order."""
    for base, extra_name, fields in _EXTRA_NODES:
        if extra_name == name:
            return fields
    if name in _REPLACED_FIELDS:
        return _REPLACED_FIELDS[name]
    fields = []
    for fname, kind, optional, is_list in ast.node_fields[name]:
        if is_list:
            optional = False    # 'expr*?' is a list whose items may be None
        fields.append((fname, kind, optional, is_list))
    return fields + _EXTRA_FIELDS.get(name, [])


def _constructors():
    """[(base, name)] of every concrete node, the front end's order."""
    result = []
    for line in ast._NODE_TABLE.strip().splitlines():
        base, rest = line.split(' ', 1)
        result.append((base, rest.split('(', 1)[0]))
    for base, name, fields in _EXTRA_NODES:
        result.append((base, name))
    return result


def build_specs():
    """Every class of `_ast` but AST itself, bases before subclasses."""
    constructors = _constructors()
    bases = []
    members = {}
    for base, name in constructors:
        if base == name:
            continue
        if base not in members:
            bases.append(base)
            members[base] = []
        members[base].append(name)
    specs = []
    for kind, names in ENUMS:
        specs.append(NodeSpec(kind, None, [], [],
                              '%s = %s' % (kind, ' | '.join(names))))
        for name in names:
            specs.append(NodeSpec(name, kind, [], [], name))
    for base in bases:
        attrs = []
        if base not in ast._NO_POSITIONS and base != 'type_ignore':
            attrs = POSITIONS
        sigs = [_signature(n, app_fields(n)) for n in members[base]]
        specs.append(NodeSpec(base, None, [], attrs, _sum_doc(base, sigs)))
    for base, name in constructors:
        fields = app_fields(name)
        doc = _signature(name, fields)
        if base == name:
            attrs = []
            if base not in ast._NO_POSITIONS:
                attrs = POSITIONS
            specs.append(NodeSpec(name, None, fields, attrs, doc))
        else:
            specs.append(NodeSpec(name, base, fields, [], doc))
    return specs


def has_positions(name):
    """Whether instances of concrete node `name` carry positions."""
    return name not in NOT_BUILT and ast.node_classes[name]._has_positions
