"""compile() of app-level ASTs: trees made by hand or transformed, and
CPython's errors for malformed ones."""

import ast


def pos(node, lineno=1, col_offset=0):
    node.lineno = lineno
    node.col_offset = col_offset
    return node


def name(id, ctx=None):
    return pos(ast.Name(id, ctx or ast.Load()))


def module(*stmts):
    return ast.Module(list(stmts), [])


def expr_stmt(value):
    return pos(ast.Expr(value))


def error(tree, mode='exec'):
    try:
        compile(tree, '<ast>', mode)
    except SyntaxError as e:
        return 'SyntaxError: %s' % (e.msg,)
    except (TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)
    assert False, "compiled"


def test_compile_hand_made_tree():
    tree = module(
        pos(ast.Assign([name('x', ast.Store())],
                       pos(ast.BinOp(pos(ast.Constant(40)), ast.Add(),
                                     pos(ast.Constant(2)))))),
        expr_stmt(pos(ast.Call(name('result'), [name('x')], []))))
    got = []
    exec(compile(tree, '<ast>', 'exec'), {'result': got.append})
    assert got == [42]


def test_compile_expression_and_interactive():
    tree = ast.Expression(pos(ast.BinOp(pos(ast.Constant(6)), ast.Mult(),
                                        pos(ast.Constant(7)))))
    assert eval(compile(tree, '<ast>', 'eval')) == 42
    tree = ast.parse('y = 5', mode='single')
    ns = {}
    exec(compile(tree, '<ast>', 'single'), ns)
    assert ns['y'] == 5


def test_end_positions_are_optional():
    tree = ast.Expression(pos(ast.Constant('s')))
    code = compile(tree, '<ast>', 'eval')
    assert eval(code) == 's'


def test_only_ast_returns_the_tree():
    tree = ast.parse('x')
    assert compile(tree, '<ast>', 'exec', ast.PyCF_ONLY_AST) is tree


def test_constants_of_every_type():
    for value in [None, True, False, ..., 7, 10 ** 40, -3, 1.5, -0.0,
                  float('inf'), 2j, 1 + 2j, 'é', b'\x00\xff', (1, ('a',)),
                  ()]:
        tree = ast.Expression(pos(ast.Constant(value)))
        got = eval(compile(tree, '<ast>', 'eval'))
        assert got == value and type(got) is type(value), value
    assert str(eval(compile(ast.Expression(pos(ast.Constant(-0.0))),
                            '<ast>', 'eval'))) == '-0.0'


def test_node_transformer_then_exec():
    src = 'def f(a, b=2):\n    return a * b + 1\nresult = f(10)\n'

    class SwapOps(ast.NodeTransformer):
        def visit_BinOp(self, node):
            self.generic_visit(node)
            if isinstance(node.op, ast.Mult):
                node.op = ast.Add()
            return node

        def visit_Constant(self, node):
            if node.value == 1:
                return ast.copy_location(ast.Constant(100), node)
            return node
    tree = ast.fix_missing_locations(SwapOps().visit(ast.parse(src)))
    ns = {}
    exec(compile(tree, '<ast>', 'exec'), ns)
    assert ns['result'] == 112


def test_round_trip_of_a_real_program():
    src = '''
import functools
class A:
    def __init__(self, *args, k=1, **kw):
        self.v = [x ** 2 for x in args if x] + list(kw)
    @functools.cache
    def g(self):
        try:
            return {k: v for k, v in zip('ab', self.v)}
        except (KeyError, TypeError) as e:
            raise ValueError from e
        finally:
            pass
def gen():
    yield from range(3)
    with open(__file__) as f, open(__file__):
        pass
match A(1, 2).v:
    case [1, 4, *rest]:
        out = (f'{rest!r:>5}', gen, lambda q=1, /, *, r: q)
'''
    ns = {'__file__': __file__}
    exec(compile(ast.parse(src), '<ast>', 'exec'), ns)
    assert ns['A'](1, 2).g() == {'a': 1, 'b': 4}
    assert ns['out'][0] == '   []'


def test_wrong_top_node():
    assert error(ast.Expression(pos(ast.Constant(1)))) == \
        'TypeError: expected Module node, got Expression'
    assert error(ast.parse('x'), 'eval') == \
        'TypeError: expected Expression node, got Module'
    assert error(ast.Module([]), 'exec') == \
        'TypeError: required field "type_ignores" missing from Module'


def test_missing_and_wrong_fields():
    assert error(module(ast.Expr(name('x')))) == \
        'TypeError: required field "lineno" missing from stmt'
    assert error(module(expr_stmt(ast.Name('x', ast.Load())))) == \
        'TypeError: required field "lineno" missing from expr'
    assert error(module(expr_stmt(pos(ast.Name('x'))))) == \
        'TypeError: required field "ctx" missing from Name'
    assert error(ast.Module(3, [])) == \
        'TypeError: Module field "body" must be a list, not a int'
    assert error(module(expr_stmt(pos(ast.Name(3, ast.Load()))))) == \
        'TypeError: AST identifier must be of type str'
    assert error(module(expr_stmt(pos(ast.Name('x', 3))))) == \
        'TypeError: expected some sort of expr_context, but got 3'
    assert error(module(expr_stmt(pos(ast.Name('x', ast.Load()),
                                      'a')))) == \
        "ValueError: invalid integer value: 'a'"
    assert error(module(expr_stmt(pos(ast.Constant([]))))) == \
        'TypeError: got an invalid type in Constant: list'
    assert error(module(expr_stmt(None))) == \
        "ValueError: field 'value' is required for Expr"
    assert error(module(pos(ast.Pass(), 1), None)) == \
        'ValueError: None disallowed in statement list'
    bad_op = pos(ast.BinOp(name('a'), ast.Load(), name('b')))
    assert error(module(expr_stmt(bad_op))).startswith(
        'TypeError: expected some sort of operator, but got <ast.Load '
        'object at ')
    tree = ast.parse('match a:\n    case b: pass\n')
    del tree.body[0].cases[0].pattern.end_lineno
    assert error(tree) == \
        'TypeError: required field "end_lineno" missing from pattern'
    alias = ast.alias('x')
    assert error(module(pos(ast.Import([alias])))) == \
        'TypeError: required field "lineno" missing from alias'


def test_expr_where_stmt_expected():
    assert error(module(name('x'))).startswith(
        'TypeError: expected some sort of stmt, but got <ast.Name object')


def test_validation_errors():
    assert error(module(expr_stmt(name('x', ast.Store())))) == \
        'ValueError: expression must have Load context but has Store ' \
        'instead'
    assert error(module(pos(ast.Assign([name('x')],
                                       pos(ast.Constant(1)))))) == \
        'ValueError: expression must have Store context but has Load ' \
        'instead'
    assert error(module(pos(ast.Assign([pos(ast.Constant(1))],
                                       pos(ast.Constant(1)))))) == \
        "ValueError: expression which can't be assigned to in Store context"
    assert error(module(expr_stmt(name('None')))) == \
        "ValueError: identifier field can't represent 'None' constant"
    assert error(module(expr_stmt(pos(ast.BoolOp(ast.And(), []))))) == \
        'ValueError: BoolOp with less than 2 values'
    args = ast.arguments([], [], None, [], [], None, [])
    assert error(module(pos(ast.FunctionDef('f', args, [], [])))) == \
        'ValueError: empty body on FunctionDef'
    assert error(module(pos(ast.ImportFrom('m', [pos(ast.alias('x'))],
                                           -1)))) == \
        'ValueError: Negative ImportFrom level'
    assert error(module(pos(ast.Try([pos(ast.Pass())], [], [], [])))) == \
        'ValueError: Try has neither except handlers nor finalbody'
    assert error(module(pos(ast.Raise(None, name('x'))))) == \
        'ValueError: Raise with cause but no exception'
    assert error(module(expr_stmt(pos(ast.Compare(name('a'), [ast.Lt()],
                                                  []))))) == \
        'ValueError: Compare with no comparators'
    assert error(module(expr_stmt(pos(ast.Dict([None], []))))) == \
        "ValueError: Dict doesn't have the same number of keys as values"
    assert error(module(expr_stmt(pos(ast.ListComp(name('a'), []))))) == \
        'ValueError: comprehension with no generators'


def test_import_from_level_is_optional():
    tree = module(pos(ast.ImportFrom('math', [pos(ast.alias('pi'))])))
    ns = {}
    exec(compile(tree, '<ast>', 'exec'), ns)
    assert ns['pi'] > 3


def test_syntax_errors_of_the_compiler():
    tree = module(pos(ast.Return(pos(ast.Constant(1)))))
    assert error(tree) == "SyntaxError: 'return' outside function"


def test_cycle_is_a_recursion_error():
    binop = pos(ast.BinOp(None, ast.Add(), name('x')))
    binop.left = binop
    try:
        compile(ast.Expression(binop), '<ast>', 'eval')
    except RecursionError:
        pass
    else:
        assert False
