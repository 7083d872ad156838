"""Self-test of the app-level test harness (tests/conftest.py) and of the
helpers of tests/support.py: pytest runs (in-process, pytester) on small
apptest files in a temporary directory prove that passing tests pass,
failing ones fail with the app-level traceback, pypy-only files are
skipped under CPython, and crashes and endless loops are reported."""

from __future__ import absolute_import

import os

import pytest

from tests import support

pytest_plugins = 'pytester'

PYTHON3 = None
for _dir in os.environ.get('PATH', '').split(os.pathsep):
    if os.access(os.path.join(_dir, 'python3'), os.X_OK):
        PYTHON3 = os.path.join(_dir, 'python3')
        break

needs_python3 = pytest.mark.skipif(PYTHON3 is None,
                                   reason='python3 not on PATH')

DEMO = '''\
"""A passing and a failing test."""

def helper(x):
    return 10 // x

def test_pass():
    y = 6 * 7
    return y

def test_fail():
    helper(0)
'''

PYPY_ONLY = '''\
"""Only for our interpreter."""
# apptest: pypy-only

def test_ours():
    return 1
'''


# the inner pytest runs must not forget the interpreter's and rpython's
# modules (pytester restores sys.modules after each run): re-importing them
# would register rpython's extregistry entries twice and make new classes
# (OperationError...) that the cached space does not know
_KEEP_MODULES = ('rpython', 'interpreter', 'objspace', 'translator', 'goal',
                 'tests')


def _keeping_snapshot_class(original):
    class SysModulesSnapshot(original):
        def __init__(self, preserve=None):
            def keep(name):
                if name.startswith(_KEEP_MODULES):
                    return True
                return preserve is not None and preserve(name)
            original.__init__(self, keep)
    return SysModulesSnapshot


@pytest.fixture
def apptests(testdir, monkeypatch, space):
    """A test directory whose conftest is the project's."""
    from _pytest import pytester
    monkeypatch.setattr(pytester, 'SysModulesSnapshot',
                        _keeping_snapshot_class(pytester.SysModulesSnapshot))
    testdir.makeconftest('from tests.conftest import *\n')
    testdir.makefile('.py', apptest_demo=DEMO)
    return testdir


def check_demo_failure(result):
    result.stdout.fnmatch_lines([
        '*Traceback (most recent call last):',
        '*apptest_demo.py", line 11, in test_fail',
        '    helper(0)',
        '*apptest_demo.py", line 4, in helper',
        '    return 10 // x',
        'ZeroDivisionError: integer division or modulo by zero',
    ])


def test_host_lane(apptests):
    result = apptests.runpytest('-rs')
    result.assert_outcomes(passed=1, failed=1)
    check_demo_failure(result)


def test_host_lane_assert(apptests):
    apptests.makefile('.py', apptest_asserts='''\
def test_good():
    assert 2 + 2 == 4

def test_bad():
    x = 3
    assert x == 4
''')
    result = apptests.runpytest('apptest_asserts.py')
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        '*apptest_asserts.py", line 6, in test_bad',
        '    assert x == 4',
        'AssertionError',
    ])


def test_host_lane_module_error(apptests):
    apptests.makefile('.py', apptest_broken='''\
def test_a():
    return 1

x = 1 // 0
''')
    result = apptests.runpytest('apptest_broken.py')
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        '*error while importing the app-level module*apptest_broken.py*',
        '*ZeroDivisionError*',
    ])


def test_host_lane_timeout(apptests):
    apptests.makefile('.py', apptest_loop='''\
def test_forever():
    while True:
        pass
''')
    result = apptests.runpytest('apptest_loop.py', '--apptest-timeout=1')
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['*timed out after 1.0 s*'])


@needs_python3
def test_cpython_lane(apptests):
    apptests.makefile('.py', apptest_ours=PYPY_ONLY)
    result = apptests.runpytest('--cpython=' + PYTHON3, '-rs')
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    check_demo_failure(result)
    result.stdout.fnmatch_lines(['*pypy-only app-level test file*'])


@needs_python3
def test_subprocess_lane_timeout(apptests):
    apptests.makefile('.py', apptest_loop='''\
def test_forever():
    while True:
        pass
''')
    result = apptests.runpytest('apptest_loop.py', '--python3',
                                '--apptest-timeout=1')
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['*timed out after 1.0 s (killed)*'])


@needs_python3
def test_pypy_c_lane_driver(apptests):
    # the driver only needs an interpreter with -c: CPython will do
    apptests.makefile('.py', apptest_ours=PYPY_ONLY)
    result = apptests.runpytest('--pypy-c=' + PYTHON3)
    result.assert_outcomes(passed=2, failed=1)
    check_demo_failure(result)


def test_pypy_c_lane_crash(apptests, tmpdir):
    binary = tmpdir.join('crashing-pypy-c')
    binary.write('#!/bin/sh\nkill -SEGV $$\n')
    binary.chmod(0o755)
    result = apptests.runpytest('--pypy-c=%s' % (binary,))
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(['*CRASHED: killed by signal 11*'])


def test_other_tests_deselected_in_subprocess_lanes(apptests):
    apptests.makepyfile(test_interp='def test_x():\n    pass\n')
    result = apptests.runpytest('--pypy-c=/bin/true')
    # /bin/true exits 0 but the driver's last line is missing
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(['*1 deselected*',
                                 '*the test function did not return*'])


# --- the scanner and the helpers of tests/support.py -------------------

def test_apptest_file_scan(tmpdir):
    path = tmpdir.join('apptest_scan.py')
    path.write('# apptest: pypy-only\n'
               'def test_a():\n    pass\n'
               'def helper_test():\n    pass\n'
               'class TestNo:\n    def test_method(self):\n        pass\n'
               'def test_b(x=1):\n    pass\n'
               'def test_a():\n    pass\n')
    info = support.AppTestFile(path)
    assert info.pypy_only
    assert info.modname == 'apptest_scan'
    assert info.tests == [('test_a', 11), ('test_b', 9)]
    path.write('"""# apptest: pypy-only in a docstring"""\n')
    assert not support.AppTestFile(path).pypy_only


def test_run_app(space):
    assert support.unwrap(space, support.run_app(space, '1 + 2')) == 3
    assert support.unwrap(space, support.run_app(
        space, '''
            x = 5
            y = [x,
                 x * 2]
            y
        ''')) == [5, 10]
    w_value = support.run_app(space, 'z = 2 ** 70\nw = 0', name='z')
    assert support.unwrap(space, w_value) == 2 ** 70
    assert space.is_w(support.run_app(space, 'x = 1'), space.w_None)


def test_unwrap(space):
    w_value = support.run_app(
        space, "(1, -2.5, 'caf\\xe9', b'x', None, True, [{}], {'k': (2,)})")
    assert support.unwrap(space, w_value) == (
        1, -2.5, u'caf\xe9', 'x', None, True, [{}], {u'k': (2,)})
    assert support.unwrap(space, space.w_False) is False


def test_raises_app(space):
    e = support.raises_app(space, 'TypeError', "1 + 'a'")
    assert 'unsupported operand' in e.errorstr(space)
    support.raises_app(space, 'ArithmeticError', '1 // 0')
    support.raises_app(space, 'NameError', 'undefined_name',
                       match="'undefined_name' is not defined")
    with pytest.raises(AssertionError):
        support.raises_app(space, 'TypeError', '1 + 1')
    with pytest.raises(AssertionError):
        support.raises_app(space, 'TypeError', '1 // 0')


def test_gettestobjspace_is_cached(space):
    assert support.gettestobjspace() is space
    assert support.gettestobjspace(withtproxy=True) is space
    with pytest.raises(ValueError):
        support.gettestobjspace(no_such_option=True)
