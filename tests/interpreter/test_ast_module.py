"""The `_ast` module against CPython 3.11: ast.dump(ast.parse(src)) run at
app level on our interpreter equals CPython's for every file of the parser
corpus, and compiling the app-level tree gives the same code as compiling
the source."""

import os

import pytest

from tests.interpreter.pyparser.oracle import PYTHON3
from tests.interpreter.pyparser.test_ast_differential import CORPUS, oracle
from tests.support import raises_app, run_app, unwrap

needs_python3 = pytest.mark.skipif(PYTHON3 is None,
                                   reason="python3 (the oracle) not on PATH")


@needs_python3
@pytest.mark.parametrize('path', CORPUS, ids=[os.path.basename(p)
                                              for p in CORPUS])
def test_corpus_dump(space, path):
    expected = oracle(path)
    w_dumps = run_app(space, """
        import ast
        with open(%r, 'rb') as f:
            tree = ast.parse(f.read())
        (ast.dump(tree), ast.dump(tree, include_attributes=True))
    """ % (path,))
    dump, dump_attrs = unwrap(space, w_dumps)
    assert dump == expected['dump']
    assert dump_attrs == expected['dump_attrs']


def _code_summary():
    # what must be equal between the code of the source and of its tree
    return """
        def summary(code):
            consts = []
            for c in code.co_consts:
                if isinstance(c, type(summary.__code__)):
                    consts.append(summary(c))
                else:
                    consts.append(repr(c))
            return (code.co_name, code.co_code, code.co_names,
                    code.co_varnames, code.co_firstlineno, tuple(consts))
    """


@pytest.mark.parametrize('path', CORPUS, ids=[os.path.basename(p)
                                              for p in CORPUS])
def test_corpus_compile_tree(space, path):
    w_same = run_app(space, _code_summary() + """
        import ast
        with open(%r, 'rb') as f:
            src = f.read()
        def compiled(source):
            # the code, or the SyntaxError of a construct we do not
            # compile yet (except*): the same either way
            try:
                return summary(compile(source, 'f', 'exec'))
            except SyntaxError as e:
                return (e.msg, e.lineno, e.offset)
        compiled(ast.parse(src)) == compiled(src)
    """ % (path,))
    assert space.is_true(w_same)


_CLASSES_SCRIPT = r'''
import _ast, json
out = {}
for name in dir(_ast):
    cls = getattr(_ast, name)
    if isinstance(cls, type) and issubclass(cls, _ast.AST):
        out[name] = [list(cls._fields), list(cls._attributes),
                     cls.__bases__[0].__name__, cls.__doc__,
                     sorted(k for k, v in vars(cls).items() if v is None)]
print(json.dumps(out))
'''


@needs_python3
def test_classes_as_cpython(space):
    import json
    import subprocess
    out = subprocess.check_output([PYTHON3, '-c', _CLASSES_SCRIPT])
    expected = json.loads(out)
    w_got = run_app(space, _CLASSES_SCRIPT.replace(
        'print(json.dumps(out))', 'result = out'), name='result')
    got = unwrap(space, w_got)
    assert sorted(got) == sorted(expected)
    differ = [(name, got[name], expected[name]) for name in expected
              if got[name] != expected[name]]
    assert differ == []
