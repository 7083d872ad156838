"""The translated compiler on real source files.

* the project's own app-level files (goal/app_main.py, lib_pypy/, the
  app-level tests, the parser corpus and the program corpora) must all
  compile;
* CPython 3.11's standard library (.toolchain/lib-python, top level):
  every file compiles, except those using syntax we do not support yet
  (`except*`), which must fail with that clear message.
"""

from __future__ import absolute_import

import fnmatch
import glob
import os

import pytest

from tests import support

pytestmark = [pytest.mark.translated, pytest.mark.slow]

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(TESTS)

DRIVER = r'''
import sys, posix
for path in sys.argv[1:]:
    fd = posix.open(path, posix.O_RDONLY)
    data = b''
    chunk = posix.read(fd, 1 << 20)
    while chunk:
        data = data + chunk
        chunk = posix.read(fd, 1 << 20)
    posix.close(fd)
    try:
        compile(data, path, 'exec')
        print('OK', path)
    except SyntaxError as e:
        print('FAIL', path, e.lineno, e.msg)
'''

NOT_SUPPORTED_YET = ["'except*' clauses are not supported"]


def compile_files(pypy_c, paths):
    returncode, stdout, stderr, timed_out = support.run_subprocess(
        [pypy_c, '-c', DRIVER] + paths, 300)
    assert not timed_out
    assert returncode == 0, stderr
    results = {}
    for line in stdout.splitlines():
        status, path, rest = (line.split(' ', 2) + [''])[:3]
        results[path] = (status, rest)
    assert sorted(results) == sorted(paths)
    return results


def project_app_level_files():
    paths = [os.path.join(TOP, 'goal', 'app_main.py')]
    for pattern in ['lib_pypy/**/*.py', 'tests/apptest/**/apptest_*.py',
                    'tests/interpreter/pyparser/corpus/*.py',
                    'tests/programs/**/*.py']:
        paths.extend(_glob_recursive(pattern))
    # the harness's own (Python 2) test modules are not app-level code,
    # and the failing-program corpus has syntax errors on purpose
    return sorted(set(p for p in paths
                      if not os.path.basename(p).startswith('test_') and
                      not os.path.basename(p).startswith('syntax_error')))


def _glob_recursive(pattern):
    # Python 2's glob has no '**': walk instead
    directory, _, name_pattern = pattern.partition('/**/')
    if not name_pattern:
        return glob.glob(os.path.join(TOP, pattern))
    result = []
    for root, dirs, files in os.walk(os.path.join(TOP, directory)):
        for name in files:
            if fnmatch.fnmatch(name, name_pattern):
                result.append(os.path.join(root, name))
    return result


def test_project_files_compile(pypy_c):
    paths = project_app_level_files()
    assert len(paths) > 20
    results = compile_files(pypy_c, paths)
    failures = [(path, rest) for path, (status, rest) in results.items()
                if status != 'OK' and
                not any(message in rest for message in NOT_SUPPORTED_YET)]
    assert failures == []


def test_stdlib_compiles(pypy_c):
    paths = sorted(glob.glob(os.path.join(TOP, '.toolchain', 'lib-python',
                                          '*.py')))
    if not paths:
        pytest.skip('the toolchain has no lib-python')
    results = compile_files(pypy_c, paths)
    unexpected = []
    for path, (status, rest) in sorted(results.items()):
        if status == 'OK':
            continue
        if not any(message in rest for message in NOT_SUPPORTED_YET):
            unexpected.append((path, rest))
    assert unexpected == []
