"""Differential test of the errors the symbol table and the code
generator raise: each case of compile_error_corpus.txt (cases separated by
lines '# ===') must fail to compile with CPython 3.11's class, message,
line and offset."""

import os

import pytest

from interpreter.astcompiler.compiler import compile_source
from interpreter.error import OperationError
from tests.interpreter.pyparser.test_ast_differential import (
    needs_python3, run_oracle)
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'compile_error_corpus.txt')


def _cases():
    chunks = open(CORPUS, 'rb').read().split('# ===\n')
    return [('case%d' % i, chunk) for i, chunk in enumerate(chunks)
            if chunk.strip()]

CASES = _cases()
_cache = {}


def _oracle(name):
    if not _cache:
        d = tempfile.mkdtemp()
        paths = []
        for i, (n, src) in enumerate(CASES):
            p = os.path.join(d, '%s.py' % n)
            with open(p, 'wb') as f:
                f.write(src)
            paths.append(p)
        for (n, src), r in zip(CASES, run_oracle(paths)):
            _cache[n] = r
    return _cache[name]


@needs_python3
@pytest.mark.parametrize('name,src', CASES, ids=[c[0] for c in CASES])
def test_compile_error(space, name, src):
    expected = _oracle(name)
    assert not expected['ok'], "CPython accepts %s" % name
    with pytest.raises(OperationError) as excinfo:
        compile_source(space, src, '<case>', 'exec')
    w_exc = excinfo.value.get_w_value(space)
    get = lambda attr: space.getattr(w_exc, space.newtext(attr))
    got = (space.type(w_exc).getname(space), space.text_w(get('msg')),
           space.int_w(get('lineno')), space.int_w(get('offset')))
    want = (expected['cls'], expected['msg'].encode('utf-8'),
            expected['lineno'], expected['offset'])
    assert got == want
