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


def _unsupported_cases():
    path = os.path.join(HERE, 'unsupported_corpus.txt')
    cases = []
    for chunk in open(path, 'rb').read().split('# ===\n')[1:]:
        first, src = chunk.split('\n', 1)
        assert first.startswith('# expect: ')
        where, msg = first[len('# expect: '):].split(' ', 1)
        lineno, offset = where.split(':')
        cases.append((src, int(lineno), int(offset), msg))
    return cases

UNSUPPORTED_CASES = _unsupported_cases()


@pytest.mark.parametrize('src,lineno,offset,msg', UNSUPPORTED_CASES)
def test_later_syntax_is_not_supported(src, lineno, offset, msg):
    with pytest.raises(error.SyntaxError) as excinfo:
        parse(src, '<case>', 'exec')
    e = excinfo.value
    assert (e.kind, e.msg, e.lineno, e.offset) == (
        'SyntaxError', msg, lineno, offset)


@needs_python3
def test_cpython_311_rejects_the_unsupported_corpus():
    d = tempfile.mkdtemp()
    paths = []
    for i, case in enumerate(UNSUPPORTED_CASES):
        p = os.path.join(d, 'unsupported%d.py' % i)
        with open(p, 'wb') as f:
            f.write(case[0])
        paths.append(p)
    for case, r in zip(UNSUPPORTED_CASES, run_oracle(paths)):
        assert not r['ok'], case[0]


def test_soft_keyword_type_stays_a_name():
    for src in ['type = 1\n', 'type(x)\n', 'type.x = 1\n', 'type[int]\n',
                'x = type\n', 'def type(): pass\n', 'type, x = 1, 2\n']:
        parse(src, '<case>', 'exec')
