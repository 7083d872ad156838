"""The front end is RPython: annotate, rtype and compile to C a function
that parses a fixed source and inspects the AST."""

import pytest

from interpreter.astcompiler import ast
from interpreter.pyparser import error
from interpreter.pyparser.pyparse import parse

SOURCE = '''
import os.path as p
from . import x
def f(a, b=1, *c, d, **e):
    """doc \\N{EM DASH} \\x41"""
    for i in range(10):
        if i % 2 == 0 and not a:
            continue
        elif i > 5:
            break
    else:
        pass
    while a < b <= 3:
        a += 1; b -= -1
    try:
        raise ValueError(b'x' + b"\\x00")
    except (E, F) as exc:
        del exc
    finally:
        pass
    with open(a) as fh, g():
        return [x for x in fh if x], {k: v for k, v in e.items()}
class C(Base, metaclass=M):
    y: int = 0x1F + 1.5e3 + 2j
    def m(self, /, *, k=None):
        global G
        return lambda q: (yield q) if q else self.m[1:2, ::3]
    z = f'{y!r:>{w}} {q=}' 'x' F"""{
        k}"""
'''


def entry(n):
    sources = [SOURCE, "x = (\n", "1 +* 2\n", "f'{a b}'\n", "f'{'\n"]
    src = sources[n]
    try:
        tree = parse(src, "<test>", "exec")
    except error.SyntaxError as e:
        return -e.lineno * 1000 - e.offset
    if not isinstance(tree, ast.Module):
        return -1
    total = 0
    for stmt in tree.body:
        total += stmt.lineno * 100 + stmt.end_col_offset
    return total


def expected(n):
    return entry(n)


@pytest.mark.slow
def test_compile_c():
    from rpython.translator.c.test.test_genc import compile
    fn = compile(entry, [int])
    for n in range(5):
        assert fn(n) == expected(n)
