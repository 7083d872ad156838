"""The `_ast` module and ast.parse: the node classes, their constructor,
copy/pickle, and the trees that compile(..., PyCF_ONLY_AST) returns."""

import _ast
import ast
import copy
import pickle


def test_flags():
    assert _ast.PyCF_ONLY_AST == ast.PyCF_ONLY_AST == 0x400
    assert _ast.PyCF_TYPE_COMMENTS == 0x1000
    assert _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT == 0x2000


def test_class_hierarchy():
    assert issubclass(ast.BinOp, ast.expr)
    assert issubclass(ast.expr, ast.AST)
    assert issubclass(ast.FunctionDef, ast.stmt)
    assert issubclass(ast.Module, ast.mod)
    assert issubclass(ast.FunctionType, ast.mod)
    assert issubclass(ast.ExceptHandler, ast.excepthandler)
    assert issubclass(ast.MatchAs, ast.pattern)
    assert issubclass(ast.TypeIgnore, ast.type_ignore)
    assert ast.Load.__mro__ == (ast.Load, ast.expr_context, ast.AST, object)
    assert ast.Add.__mro__ == (ast.Add, ast.operator, ast.AST, object)
    for cls in (ast.And, ast.Not, ast.Eq, ast.Store):
        assert cls.__bases__[0].__bases__ == (ast.AST,)
    for cls in (ast.arguments, ast.arg, ast.keyword, ast.alias,
                ast.comprehension, ast.withitem, ast.match_case):
        assert cls.__bases__ == (ast.AST,)


def test_every_cpython_name_is_there():
    names = ['AST', 'mod', 'Module', 'Interactive', 'Expression',
             'FunctionType', 'stmt', 'FunctionDef', 'AsyncFunctionDef',
             'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign',
             'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With',
             'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert',
             'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass',
             'Break', 'Continue', 'expr', 'BoolOp', 'NamedExpr', 'BinOp',
             'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp',
             'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield',
             'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr',
             'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List',
             'Tuple', 'Slice', 'expr_context', 'Load', 'Store', 'Del',
             'boolop', 'And', 'Or', 'operator', 'Add', 'Sub', 'Mult',
             'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr',
             'BitXor', 'BitAnd', 'FloorDiv', 'unaryop', 'Invert', 'Not',
             'UAdd', 'USub', 'cmpop', 'Eq', 'NotEq', 'Lt', 'LtE', 'Gt',
             'GtE', 'Is', 'IsNot', 'In', 'NotIn', 'comprehension',
             'excepthandler', 'ExceptHandler', 'arguments', 'arg',
             'keyword', 'alias', 'withitem', 'match_case', 'pattern',
             'MatchValue', 'MatchSingleton', 'MatchSequence',
             'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs',
             'MatchOr', 'type_ignore', 'TypeIgnore']
    for name in names:
        cls = getattr(_ast, name)
        assert cls.__module__ == 'ast', name
        assert cls.__name__ == name


def test_fields_and_attributes():
    assert ast.AST._fields == ()
    assert ast.AST._attributes == ()
    assert ast.BinOp._fields == ('left', 'op', 'right')
    assert ast.BinOp.__match_args__ == ('left', 'op', 'right')
    assert ast.Module._fields == ('body', 'type_ignores')
    assert ast.Constant._fields == ('value', 'kind')
    assert ast.FunctionDef._fields == ('name', 'args', 'body',
                                       'decorator_list', 'returns',
                                       'type_comment')
    assert ast.arg._fields == ('arg', 'annotation', 'type_comment')
    assert ast.arguments._fields == ('posonlyargs', 'args', 'vararg',
                                     'kwonlyargs', 'kw_defaults', 'kwarg',
                                     'defaults')
    assert ast.ImportFrom._fields == ('module', 'names', 'level')
    assert ast.MatchSingleton._fields == ('value',)
    assert ast.TypeIgnore._fields == ('lineno', 'tag')
    assert ast.Load._fields == ()
    positions = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    for cls in (ast.expr, ast.stmt, ast.BinOp, ast.arg, ast.keyword,
                ast.alias, ast.excepthandler, ast.pattern):
        assert cls._attributes == positions, cls
    for cls in (ast.mod, ast.Module, ast.comprehension, ast.arguments,
                ast.withitem, ast.match_case, ast.Load, ast.type_ignore):
        assert cls._attributes == (), cls
    assert '_attributes' not in ast.BinOp.__dict__


def test_optional_fields_default_to_none():
    assert ast.Return().value is None
    assert ast.Constant(1).kind is None
    assert ast.ImportFrom().level is None
    assert ast.FunctionDef().returns is None
    assert ast.Name().end_lineno is None
    assert ast.expr.end_col_offset is None
    try:
        ast.Module().body
    except AttributeError as e:
        assert str(e) == "'Module' object has no attribute 'body'"
    else:
        assert False
    try:
        ast.Return().lineno
    except AttributeError:
        pass
    else:
        assert False


def test_docs():
    assert ast.BinOp.__doc__ == 'BinOp(expr left, operator op, expr right)'
    assert ast.Pass.__doc__ == 'Pass'
    assert ast.Load.__doc__ == 'Load'
    assert ast.Constant.__doc__ == 'Constant(constant value, string? kind)'
    assert ast.expr_context.__doc__ == 'expr_context = Load | Store | Del'
    assert ast.mod.__doc__.startswith('mod = Module(stmt* body, '
                                      'type_ignore* type_ignores)\n'
                                      '    | Interactive(stmt* body)')


def test_constructor():
    node = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Name('x'))
    assert node.left.value == 1
    assert isinstance(node.op, ast.Add)
    assert node.right.id == 'x'
    node = ast.Name(id='y', ctx=ast.Load(), lineno=3, other=4)
    assert (node.id, node.lineno, node.other) == ('y', 3, 4)
    assert ast.Name().__dict__ == {}


def test_constructor_errors():
    def error(f):
        try:
            f()
        except TypeError as e:
            return str(e)
        assert False, "no TypeError"
    assert error(lambda: ast.BinOp(1, 2, 3, 4)) == \
        'BinOp constructor takes at most 3 positional arguments'
    assert error(lambda: ast.Expr(1, 2)) == \
        'Expr constructor takes at most 1 positional argument'
    assert error(lambda: ast.Pass(1)) == \
        'Pass constructor takes at most 0 positional arguments'
    assert error(lambda: ast.Name('x', id='y')) == \
        "Name got multiple values for argument 'id'"


def test_subclass():
    class MyName(ast.Name):
        pass
    node = MyName('x', ast.Load())
    assert node.id == 'x'
    assert MyName.__match_args__ == ('id', 'ctx')


def test_match_args_in_match():
    match ast.parse('a + 1', mode='eval').body:
        case ast.BinOp(ast.Name(name), ast.Add(), ast.Constant(value)):
            result = (name, value)
    assert result == ('a', 1)


def test_reduce_copy_pickle():
    node = ast.Name('x', ast.Load())
    cls, args, state = node.__reduce__()
    assert (cls, args) == (ast.Name, ())
    assert state == {'id': 'x', 'ctx': node.ctx}
    tree = ast.parse('def f(a, *b):\n    return a + b[0]\n')
    dumped = ast.dump(tree, include_attributes=True)
    assert ast.dump(copy.deepcopy(tree), include_attributes=True) == dumped
    for protocol in range(3):
        again = pickle.loads(pickle.dumps(tree, protocol))
        assert ast.dump(again, include_attributes=True) == dumped
    assert copy.copy(node).id == 'x'


def test_parse_modes():
    tree = ast.parse('x = 1')
    assert type(tree) is ast.Module
    assert tree.type_ignores == []
    tree = ast.parse('x + 1', mode='eval')
    assert type(tree) is ast.Expression
    tree = ast.parse('x = 1', mode='single')
    assert type(tree) is ast.Interactive
    tree = compile('x', '<s>', 'exec', _ast.PyCF_ONLY_AST)
    assert ast.dump(tree) == \
        "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])"


def test_parse_syntax_error():
    try:
        ast.parse('x = = 1', filename='<f>')
    except SyntaxError as e:
        assert (e.msg, e.filename, e.lineno) == ('invalid syntax', '<f>', 1)
    else:
        assert False


def test_positions():
    tree = ast.parse('x = (1 +\n     2)\n')
    binop = tree.body[0].value
    assert (binop.lineno, binop.col_offset, binop.end_lineno,
            binop.end_col_offset) == (1, 5, 2, 6)
    assert ast.get_source_segment('x = (1 +\n     2)\n', binop) == \
        '1 +\n     2'
    # offsets count UTF-8 bytes, as CPython's
    name = ast.parse("'é' + y", mode='eval').body.right
    assert name.col_offset == 7


def test_constants():
    cases = [('1', 1), ('2.5', 2.5), ('3j', 3j), ("'é'", 'é'),
             ("b'x'", b'x'), ('True', True), ('False', False),
             ('None', None), ('...', ...), ('0x1_0', 16),
             ('10 ** 30', None), ('1' + '0' * 30, 10 ** 30)]
    for src, v in cases:
        const = ast.parse(src, mode='eval').body
        if src == '10 ** 30':
            assert type(const) is ast.BinOp     # no folding in the tree
            continue
        assert type(const) is ast.Constant
        assert const.value == v and type(const.value) is type(v)
    assert ast.parse('u"x"', mode='eval').body.kind == 'u'
    assert ast.parse('"x"', mode='eval').body.kind is None


def test_contexts_and_operators_are_shared():
    tree = ast.parse('a + b + c')
    a = tree.body[0].value.left.left
    b = tree.body[0].value.left.right
    assert a.ctx is b.ctx
    assert tree.body[0].value.op is tree.body[0].value.left.op


def test_match_tree():
    src = ('match p:\n'
           '    case None | [1, *rest]: pass\n'
           '    case {"k": v, **kw} if v: pass\n'
           '    case Point(x=0) as pt: pass\n')
    case0, case1, case2 = ast.parse(src).body[0].cases
    first = case0.pattern.patterns[0]
    assert type(first) is ast.MatchSingleton and first.value is None
    assert case0.pattern.patterns[1].patterns[1].name == 'rest'
    assert case1.pattern.rest == 'kw'
    assert case2.pattern.name == 'pt'
    assert case2.pattern.pattern.kwd_attrs == ['x']


def test_walk_and_visitor():
    tree = ast.parse('def f(x):\n    return g(x) + h(1)\n')
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert sorted(calls) == ['g', 'h']

    class Names(ast.NodeVisitor):
        def __init__(self):
            self.seen = []

        def visit_Name(self, node):
            self.seen.append(node.id)
    v = Names()
    v.visit(tree)
    assert v.seen == ['g', 'x', 'h']


def test_deep_tree_is_a_recursion_error():
    assert ast.parse('1+' * 500 + '1', mode='eval').body.op.__class__ \
        is ast.Add
    try:
        ast.parse('1+' * 5000 + '1')
    except RecursionError as e:
        assert str(e) == \
            'maximum recursion depth exceeded during ast construction'
    else:
        assert False


def test_parse_options_are_accepted():
    tree = ast.parse('def f(a):  # type: (int) -> None\n    pass\n',
                     type_comments=False, feature_version=(3, 11))
    assert tree.body[0].type_comment is None
    assert tree.body[0].args.args[0].type_comment is None
