"""Tests of the translated binary (the `pypy_c` fixture of conftest.py):
the command line, error reporting, and every app-level test of
tests/apptest/ run against it, one process per test (the driver of the
--pypy-c lane, tests/support.py).

    .toolchain/bin/hostpython -m pytest tests/translated --translate
    .toolchain/bin/hostpython -m pytest tests/translated \\
        --translated-binary=./pypy-c
"""

from __future__ import absolute_import

import os

import pytest

from tests import support

pytestmark = [pytest.mark.translated, pytest.mark.slow]

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60


def run(pypy_c, *args, **kwds):
    """(returncode, stdout, stderr) of running the binary."""
    returncode, stdout, stderr, timed_out = support.run_subprocess(
        [pypy_c] + list(args), kwds.get('timeout', TIMEOUT),
        cwd=kwds.get('cwd'))
    assert not timed_out, 'timed out: %r' % (args,)
    return returncode, stdout, stderr


def test_c_option(pypy_c):
    returncode, stdout, stderr = run(pypy_c, '-c', 'x = 6\nprint(x * 7)')
    assert (returncode, stdout, stderr) == (0, '42\n', '')


def test_run_file(pypy_c, tmpdir):
    script = tmpdir.join('script.py')
    script.write('import sys\n'
                 'def fact(n):\n'
                 '    result = 1\n'
                 '    while n > 1:\n'
                 '        result = result * n\n'
                 '        n = n - 1\n'
                 '    return result\n'
                 'print(fact(25), sys.argv[1:])\n')
    returncode, stdout, stderr = run(pypy_c, str(script), 'a', 'b')
    assert (returncode, stderr) == (0, '')
    assert stdout == "15511210043330985984000000 ['a', 'b']\n"


def test_uncaught_exception(pypy_c, tmpdir):
    script = tmpdir.join('fails.py')
    script.write('def f(x):\n'
                 '    return 1 // x\n'
                 'f(0)\n')
    returncode, stdout, stderr = run(pypy_c, str(script))
    assert returncode == 1
    assert stderr.splitlines() == [
        'Traceback (most recent call last):',
        '  File "%s", line 3, in <module>' % (script,),
        '    f(0)',
        '  File "%s", line 2, in f' % (script,),
        '    return 1 // x',
        '           ~~^^~~',           # CPython 3.11's carets
        'ZeroDivisionError: integer division or modulo by zero',
    ]


SYNTAX_ERRORS = [
    ('unterminated_string', "x = 'abc\n",
     'SyntaxError: unterminated string literal (detected at line 1)'),
    ('unknown_token', 'x = 1 $ 2\n', 'SyntaxError: invalid syntax'),
    ('nested_parentheses', 'x = ' + '(' * 300 + ')' * 300 + '\n',
     'SyntaxError: too many nested parentheses'),
]


@pytest.mark.parametrize('how', ['-c', 'file'])
@pytest.mark.parametrize('source, message',
                         [case[1:] for case in SYNTAX_ERRORS],
                         ids=[case[0] for case in SYNTAX_ERRORS])
def test_syntax_error(pypy_c, tmpdir, how, source, message):
    if how == '-c':
        returncode, stdout, stderr = run(pypy_c, '-c', source)
        filename = '<string>'
    else:
        script = tmpdir.join('bad.py')
        script.write(source)
        returncode, stdout, stderr = run(pypy_c, str(script))
        filename = str(script)
    assert returncode == 1, 'exit status %d; stderr:\n%s' % (returncode,
                                                            stderr)
    lines = stderr.splitlines()
    assert lines, 'nothing on stderr'
    assert lines[0] == '  File "%s", line 1' % (filename,), stderr
    assert lines[-1] == message, stderr
    assert stdout == ''


def _apptests():
    cases = []
    for path in support.find_apptest_files(os.path.join(TESTS, 'apptest')):
        info = support.AppTestFile(path)
        for name, lineno in info.tests:
            cases.append(pytest.param(
                path, name, info.modname,
                id='%s::%s' % (os.path.relpath(path, TESTS), name)))
    return cases


@pytest.mark.parametrize('path, name, modname', _apptests())
def test_apptest(pypy_c, path, name, modname):
    try:
        support.run_apptest_in_process(pypy_c, path, name, modname, TIMEOUT)
    except support.AppTestFailure as e:
        pytest.fail(e.text, pytrace=False)


def test_huge_allocations_raise_memoryerror(pypy_c):
    # allocations the GC cannot satisfy become an app-level MemoryError
    source = ("try:\n"
              "    'a'.zfill(10**18)\n"
              "except MemoryError:\n"
              "    print('MemoryError caught')\n")
    returncode, stdout, stderr = run(pypy_c, '-c', source)
    assert (returncode, stdout) == (0, 'MemoryError caught\n'), stderr
