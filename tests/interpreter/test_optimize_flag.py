"""-O and -OO on the command line of the untranslated interpreter: asserts
and `if __debug__:` blocks compiled away, sys.flags.optimize, docstrings
(-OO), and the bytecode cache file named as CPython names it."""

from __future__ import absolute_import

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))

MODULE = '''"""module doc"""
def f():
    "fdoc"
    assert False, 'boom'
    if __debug__:
        return 'debug'
    return 'nodebug'
'''

MAIN = '''import sys, builtins, os, modo
try:
    result = modo.f()
except AssertionError as e:
    result = 'assert'
print(sys.flags.optimize, __debug__, builtins.__debug__, result,
      modo.__doc__, modo.f.__doc__)
print(sorted(os.listdir('__pycache__')))
'''


def run(tmpdir, *options):
    # (the host needs its PYTHONPATH; the variables our -O reads go)
    env = dict((key, value) for key, value in os.environ.items()
               if key not in ('PYTHONDONTWRITEBYTECODE', 'PYTHONOPTIMIZE'))
    proc = subprocess.Popen(
        [sys.executable, os.path.join(TOP, 'goal', 'targetpypystandalone.py')]
        + list(options) + ['main.py'], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, cwd=str(tmpdir), env=env)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out.decode('utf-8').splitlines()


def test_optimize_levels(tmpdir):
    tmpdir.join('modo.py').write(MODULE)
    tmpdir.join('main.py').write(MAIN)
    assert run(tmpdir) == [
        "0 True True assert module doc fdoc",
        "['modo.pypyc-311.pyc']"]
    assert run(tmpdir, '-O') == [
        "1 False False nodebug module doc fdoc",
        "['modo.pypyc-311.opt-1.pyc', 'modo.pypyc-311.pyc']"]
    assert run(tmpdir, '-OO') == [
        "2 False False nodebug None None",
        "['modo.pypyc-311.opt-1.pyc', 'modo.pypyc-311.opt-2.pyc', "
        "'modo.pypyc-311.pyc']"]
