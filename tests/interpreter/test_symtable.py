"""The symbol table, differentially: for a corpus of sources, where our
symtable puts each name of each scope must be where CPython 3.11's
`symtable` module puts it (run in a `python3` subprocess).  The scope
codes are CPython's: 1 local, 2 global explicit, 3 global implicit,
4 free, 5 cell."""

from __future__ import absolute_import

import json
import subprocess
import textwrap

import pytest

from interpreter.astcompiler import symtable
from interpreter.pyparser import pyparse

CORPUS = [
    "x = 1\ny = x\n",
    "def f(a, b=1, *c, d, **e):\n    g = a\n    return g + h\n",
    "def f():\n    x = 1\n    def g():\n        return x\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n"
    "            return x\n        return h\n",
    "def f():\n    global x\n    x = 1\n    def g():\n        return x\n",
    "def f():\n    c = 0\n    def inc():\n        nonlocal c\n"
    "        c += 1\n    return inc\n",
    "def f():\n    y = 1\n    class A:\n        x = y\n        y = 2\n"
    "        def m(self):\n            return y + x\n",
    "class A:\n    def m(self):\n        return super().m()\n",
    "class A:\n    def m(self):\n        return __class__\n",
    "class A:\n    x = 1\n    def m(self):\n        return x\n",
    "def f(x):\n    class A:\n        x = 1\n        def g(self):\n"
    "            return x\n    return A\n",
    "r = [x * y for x in a for y in b if x]\n",
    "def f(n):\n    return [lambda: i + n for i in n]\n",
    "def f():\n    [y := v for v in [1]]\n    return y\n",
    "[y := v for v in [1]]\n",
    "def f():\n    g = (x for x in range(3))\n    return {k: v for k, v in g}\n",
    "lam = lambda a, *b, c=1, **d: (a, b, c, d, e)\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n"
    "    return g\n",
    "def f():\n    x = 1\n    def g():\n        del x\n",
    "def f():\n    x: int = 1\n    y: str\n    return z\n",
    "def gen():\n    x = yield 1\n    yield from x\n",
    "def f():\n    try:\n        pass\n    except E as e:\n"
    "        return e\n",
    "def f():\n    import os.path\n    from sys import argv as a\n"
    "    with open() as (h, *t):\n        pass\n",
    "def f():\n    x = 1\n    class A:\n        global x\n"
    "        def g(self):\n            return x\n",
    "def outer():\n    v = 1\n    def mid():\n        class C:\n"
    "            def m(self):\n                return v\n"
    "        return C\n    return mid\n",
    # async functions and comprehensions, match captures
    "async def f(a):\n    async with a as b:\n        async for c in b:\n"
    "            await c\n    return [d async for d in a]\n",
    "async def f(x):\n    def g():\n        return (await y for y in x)\n"
    "    return g\n",
    "def f(s):\n    match s:\n        case [a, *b] if a:\n"
    "            return b\n        case {'k': c, **d} | C(x=c, y=d):\n"
    "            return lambda: c + d\n        case e.f | _:\n"
    "            pass\n",
    "match s:\n    case (1 | 2) as n:\n        pass\n"
    "    case P(q, r=[*t]):\n        pass\n",
]

_CPYTHON_DUMP = textwrap.dedent("""
    import json, sys, symtable
    def dump(table):
        symbols = {}
        for sym in table.get_symbols():
            symbols[sym.get_name()] = sym._Symbol__scope
        return {'type': table.get_type(), 'name': table.get_name(),
                'symbols': symbols,
                'children': [dump(c) for c in table.get_children()]}
    sources = json.load(sys.stdin)
    print(json.dumps([dump(symtable.symtable(s, '<s>', 'exec'))
                      for s in sources]))
""")

_KIND_NAMES = {symtable.MODULE: 'module', symtable.FUNCTION: 'function',
               symtable.CLASS: 'class'}


def _cpython_tables():
    try:
        proc = subprocess.Popen(['python3', '-c', _CPYTHON_DUMP],
                                stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE)
    except OSError:
        pytest.skip('python3 (CPython) is not available')
    out, _ = proc.communicate(json.dumps(CORPUS))
    if proc.returncode != 0:
        pytest.skip('python3 could not run the symtable module')
    return json.loads(out)


def _ours(scope):
    symbols = {}
    for name in scope.symbol_order:
        symbols[name] = scope.resolve(name)
    return {'type': _KIND_NAMES[scope.kind], 'name': scope.name,
            'symbols': symbols,
            'children': [_ours(child) for child in scope.children]}


def _compare(ours, theirs, path):
    where = '/'.join(path + [theirs['name']])
    assert ours['type'] == theirs['type'], where
    assert ours['name'] == theirs['name'], where
    for name, scope in theirs['symbols'].items():
        if scope == 0:
            continue        # CPython's placeholder for unresolved names
        assert ours['symbols'].get(name) == scope, (where, name)
    for name in ours['symbols']:
        assert name in theirs['symbols'], (where, name)
    assert len(ours['children']) == len(theirs['children']), where
    for i in range(len(ours['children'])):
        _compare(ours['children'][i], theirs['children'][i],
                 path + [theirs['name']])


def test_against_cpython():
    tables = _cpython_tables()
    assert len(tables) == len(CORPUS)
    for i in range(len(CORPUS)):
        tree = pyparse.parse(CORPUS[i], '<s>', 'exec')
        scopes = symtable.SymtableBuilder('<s>').build(tree)
        _compare(_ours(scopes[tree]), tables[i], ['source %d' % i])


def test_class_closure_flags():
    tree = pyparse.parse("class A:\n    def m(self):\n"
                         "        return super()\n", '<s>', 'exec')
    scopes = symtable.SymtableBuilder('<s>').build(tree)
    cls = scopes[tree].children[0]
    assert cls.needs_class_closure
    assert cls.cellvars == ['__class__']
    assert cls.children[0].freevars == ['__class__']
