"""Differential tests: our AST (and positions) against CPython 3.11's for
every file of corpus/, and our SyntaxErrors against CPython's for every
case of invalid/*.txt (cases separated by lines '# ===')."""

import glob
import os
import tempfile

import pytest

from interpreter.astcompiler import ast
from interpreter.pyparser import error
from interpreter.pyparser.pyparse import parse
from tests.interpreter.pyparser.oracle import PYTHON3, run_oracle

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sorted(glob.glob(os.path.join(HERE, 'corpus', '*.py')))
INVALID = sorted(glob.glob(os.path.join(HERE, 'invalid_corpus', '*.txt')))

needs_python3 = pytest.mark.skipif(PYTHON3 is None,
                                   reason="python3 (the oracle) not on PATH")

_cache = {}


def oracle(path):
    if path not in _cache:
        _cache[path] = run_oracle([path])[0]
    return _cache[path]


def test_corpus_is_there():
    assert len(CORPUS) >= 5
    assert len(INVALID) >= 1


@needs_python3
@pytest.mark.parametrize('path', CORPUS, ids=[os.path.basename(p)
                                              for p in CORPUS])
def test_corpus(path):
    expected = oracle(path)
    assert expected['ok'], expected
    src = open(path, 'rb').read()
    tree = parse(src, path, 'exec')
    assert ast.dump(tree) == expected['dump'].encode('utf-8')
    assert ast.dump(tree, include_attributes=True) == \
        expected['dump_attrs'].encode('utf-8')


def _invalid_cases():
    cases = []
    for path in INVALID:
        chunks = open(path, 'rb').read().split('# ===\n')
        for i, chunk in enumerate(chunks):
            if chunk.strip():
                cases.append(('%s:%d' % (os.path.basename(path), i), chunk))
    return cases

INVALID_CASES = _invalid_cases()
_tmpdir = []


def _invalid_oracle_all():
    if 'invalid' in _cache:
        return _cache['invalid']
    d = tempfile.mkdtemp()
    paths = []
    for i, (name, src) in enumerate(INVALID_CASES):
        p = os.path.join(d, 'case%d.py' % i)
        with open(p, 'wb') as f:
            f.write(src)
        paths.append(p)
    res = {}
    for (name, src), r in zip(INVALID_CASES, run_oracle(paths)):
        res[name] = r
    _cache['invalid'] = res
    return res


# Error messages not implemented yet, as {case name: reason} (the test
# are reported as xfail; remove an entry once fixed).
KNOWN_GAPS = {
}


@needs_python3
@pytest.mark.parametrize('name,src', INVALID_CASES,
                         ids=[c[0] for c in INVALID_CASES])
def test_invalid(name, src):
    if name in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[name])
    expected = _invalid_oracle_all()[name]
    assert not expected['ok'], "CPython accepts case %s" % name
    with pytest.raises(error.SyntaxError) as excinfo:
        parse(src, '<case>', 'exec')
    e = excinfo.value
    got = (e.kind, e.msg, e.lineno, e.offset)
    want = (expected['cls'], expected['msg'].encode('utf-8'),
            expected['lineno'],
            expected['offset'])
    assert got == want
