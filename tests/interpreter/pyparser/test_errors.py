"""SyntaxError objects and how they print (format_lines)."""

import subprocess

import pytest

from interpreter.pyparser import error
from interpreter.pyparser.pyparse import parse
from tests.interpreter.pyparser.oracle import PYTHON3


def err(src):
    with pytest.raises(error.SyntaxError) as e:
        parse(src, '<string>', 'exec')
    return e.value


def test_attributes():
    e = err('x = (\n')
    assert (e.msg, e.lineno, e.offset, e.text) == (
        "'(' was never closed", 1, 5, 'x = (\n')


def test_classes():
    assert isinstance(err('  x\n'), error.IndentationError)
    assert isinstance(err('if 1:\n        x\n\ty\n'), error.TabError)
    assert not isinstance(err('x = (\n'), error.IndentationError)


@pytest.mark.skipif(PYTHON3 is None, reason="python3 (the oracle) not on PATH")
@pytest.mark.parametrize('src', ['x = (', 'x = 1 +* 2 + foo(a b)',
                                 "x = 'abc", 'x = a ? b', 'a)',
                                 'f(a for a in b, c)', 'x = 1 2',
                                 'if 1:\n  x\n y', 'x\n  y',
                                 'x = \xe2\x82\xac $'])
def test_format_lines_like_cpython(src):
    p = subprocess.Popen([PYTHON3, '-c', src], stderr=subprocess.PIPE)
    _, expected = p.communicate()
    got = '\n'.join(err(src).format_lines()) + '\n'
    assert got == expected
