"""compile() of ASTs where CPython 3.11 itself crashes or where we differ
on purpose (documented in docs/modules.rst)."""
# apptest: pypy-only

import ast


def pos(node):
    node.lineno = 1
    node.col_offset = 0
    return node


def value_error(tree):
    try:
        compile(tree, '<ast>', 'exec')
    except ValueError as e:
        return str(e)
    assert False, "compiled"


def test_none_in_lists_where_cpython_crashes():
    # CPython 3.11 dies with a segmentation fault on these
    handlers_tree = ast.parse('try: pass\nexcept E: pass\n')
    handlers_tree.body[0].handlers = [None]
    assert value_error(handlers_tree) == \
        'None disallowed in excepthandler list'
    global_tree = ast.parse('global x\n')
    global_tree.body[0].names = [None]
    assert value_error(global_tree) == 'None disallowed in identifier list'
    match_tree = ast.parse('match a:\n    case [1]: pass\n')
    match_tree.body[0].cases[0].pattern.patterns = [None]
    assert value_error(match_tree) == 'None disallowed in pattern list'


def test_frozenset_constant_is_refused():
    tree = ast.Expression(pos(ast.Constant(frozenset([1]))))
    try:
        compile(tree, '<ast>', 'eval')
    except TypeError as e:
        assert 'frozenset constants are not supported' in str(e)
    else:
        assert False


def test_func_type_mode():
    try:
        compile('(int) -> str', '<s>', 'func_type', ast.PyCF_ONLY_AST)
    except ValueError as e:
        assert str(e) == "compile() mode 'func_type' is not supported"
    else:
        assert False
