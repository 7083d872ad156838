"""The exception classes: the hierarchy is CPython 3.11's."""

from __future__ import absolute_import

import subprocess

import pytest

from objspace.std.exceptionobject import EXCEPTION_TABLE
from tests.support import run_app, unwrap, raises_app

CPYTHON_BASES = r"""
import builtins
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        if len(obj.__bases__) == 1 and obj.__name__ == name:
            print(name, obj.__bases__[0].__name__)
"""


def cpython_hierarchy():
    try:
        out = subprocess.check_output(['python3', '-c', CPYTHON_BASES])
    except OSError:
        pytest.skip('python3 is not on PATH')
    pairs = {}
    for line in out.decode('ascii').splitlines():
        name, base = line.split()
        pairs[name] = base
    return pairs


def test_hierarchy_matches_cpython():
    expected = cpython_hierarchy()
    ours = dict((name, base or 'object') for name, base in EXCEPTION_TABLE)
    # BaseExceptionGroup/ExceptionGroup come with except* (not supported)
    expected.pop('BaseExceptionGroup', None)
    assert ours == expected


def test_app_level_classes(space):
    assert unwrap(space, run_app(
        space, "m = ZeroDivisionError.__mro__\n"
               "(m[0].__name__, m[1].__name__, m[-1].__name__)")) == \
        ('ZeroDivisionError', 'ArithmeticError', 'object')
    assert unwrap(space, run_app(space, "IOError is OSError")) is True


def test_attributes(space):
    assert unwrap(space, run_app(space, "e = KeyError('k')\nstr(e)")) == \
        "'k'"
    assert unwrap(space, run_app(space, "StopIteration(5).value")) == 5
    assert unwrap(space, run_app(space, "SystemExit(2).code")) == 2
    assert unwrap(space, run_app(
        space, "str(OSError(2, 'No such file', 'x.py'))")) == \
        "[Errno 2] No such file: 'x.py'"
    assert unwrap(space, run_app(
        space, "e = SyntaxError('bad', ('f.py', 3, 4, 'x y', 3, 5))\n"
               "(e.lineno, e.offset, e.text, str(e))")) == \
        (3, 4, 'x y', 'bad (f.py, line 3)')
    assert unwrap(space, run_app(space, "repr(ValueError('a', 1))")) == \
        "ValueError('a', 1)"


def test_raise_non_exception(space):
    raises_app(space, 'TypeError', "raise 5",
               match="exceptions must derive from BaseException")
    raises_app(space, 'TypeError',
               "try:\n    1/0\nexcept 5:\n    pass",
               match="catching classes that do not inherit from "
                     "BaseException is not allowed")
