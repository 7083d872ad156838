"""compile() of malformed app-level ASTs: every field of a real tree
replaced in turn by wrong values must give a TypeError, ValueError or
SyntaxError (or compile), never a crash."""

import ast

FUNCTION_SRC = '''
def f(a, /, b=1, *c, d, e=2, **g) -> int:
    global q
    with open(a) as h: yield [j for j in k if j]
    del y[1:2], z.w
'''
MATCH_SRC = '''
match a:
    case [1, *r] | [2, *r] if r: pass
    case {'k': v, **kw}: pass
    case P(1, x=None) as w: pass
'''
CLASS_SRC = '''
class C(B, metaclass=M): x: int = lambda: f'{a!r:>{w}}'
try: import a.b as c
except E as e: raise X from Y
finally: from . import z
'''

BAD = [None, 'x', [], [None], ast.Load(), ast.Pass(),
       ast.Name('x', ast.Load())]

# list fields where CPython 3.11 itself crashes on a None item
# (apptest_ast_pypy.py checks that we raise ValueError there)
CPYTHON_CRASHES = {('Try', 'handlers'), ('Global', 'names'),
                   ('MatchSequence', 'patterns'), ('MatchMapping', 'keys'),
                   ('MatchMapping', 'patterns'), ('MatchClass', 'patterns'),
                   ('MatchClass', 'kwd_attrs'),
                   ('MatchClass', 'kwd_patterns')}


def garbage_everywhere(src):
    root = ast.parse(src)
    kinds = set()
    count = 0
    for node in list(ast.walk(root)):
        if isinstance(node, (ast.expr_context, ast.operator, ast.cmpop)):
            continue
        for field in node._fields + ('lineno',):
            if not hasattr(node, field):
                continue
            old = getattr(node, field)
            for value in BAD:
                if (value == [None] and
                        (type(node).__name__, field) in CPYTHON_CRASHES):
                    continue
                setattr(node, field, value)
                try:
                    compile(root, 'f', 'exec')
                except (TypeError, ValueError, SyntaxError) as e:
                    kinds.add(type(e))
                count += 1
            setattr(node, field, old)
    compile(root, 'f', 'exec')
    return count, kinds


def test_garbage_in_functions():
    count, kinds = garbage_everywhere(FUNCTION_SRC)
    assert count > 200
    assert {TypeError, ValueError} <= kinds <= {TypeError, ValueError,
                                                SyntaxError}


def test_garbage_in_match():
    count, kinds = garbage_everywhere(MATCH_SRC)
    assert count > 200
    assert {TypeError, ValueError} <= kinds <= {TypeError, ValueError,
                                                SyntaxError}


def test_garbage_in_classes_and_try():
    count, kinds = garbage_everywhere(CLASS_SRC)
    assert count > 200
    assert {TypeError, ValueError} <= kinds <= {TypeError, ValueError,
                                                SyntaxError}
