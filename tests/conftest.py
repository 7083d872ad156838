"""The test suite's pytest plugin: the `space` fixture for interp-level
tests, and the collection and running of app-level tests.

Interp-level tests take the `space` fixture (one StdObjSpace per session;
a module or class that needs other options assigns
`space = tests.support.space_fixture(withtproxy=True)`) and use the helpers
of tests/support.py (run_app, unwrap, raises_app).

App-level tests are the files `apptest_*.py` (by convention under
tests/apptest/): plain Python 3, with top-level `def test_*():` functions
(found by their `def` line at column 0, not by running the file) that use
plain `assert`.  Each function is one pytest item.  A file with a line that
is exactly

    # apptest: pypy-only

tests behaviour specific to this interpreter and is skipped under CPython.
The lane, chosen on the command line, says what runs them:

    (default)          our interpreter, untranslated, hosted on PyPy 2.7:
                       each file is compiled and run once per session in a
                       fresh module namespace, then each test function is
                       called;
    --pypy-c=PATH      a translated binary, one process per test, through
                       a small driver program (tests/support.py, DRIVER);
    --cpython=PATH     CPython 3.11 the same way (--python3 means
                       --cpython=python3): checks that the tests expect
                       real Python behaviour.

With --pypy-c or --cpython only app-level tests run; the others are
deselected.  --apptest-timeout=SECONDS (default 120) bounds each test in
every lane.  A failure is reported as the app-level traceback (file, line,
function and source line of each frame, then the exception line).
"""

from __future__ import absolute_import

import os
import signal

import pytest

from tests import support
from tests.translated.binary import get_binary


# --- options --------------------------------------------------------------

def pytest_addoption(parser):
    group = parser.getgroup('apptest', 'app-level tests (apptest_*.py)')
    group.addoption('--pypy-c', action='store', dest='apptest_pypy_c',
                    metavar='PATH', default=None,
                    help='run app-level tests against this translated '
                    'binary (one process per test); other tests are '
                    'deselected')
    group.addoption('--cpython', action='store', dest='apptest_cpython',
                    metavar='PATH', default=None,
                    help='run app-level tests (except pypy-only files) on '
                    'this CPython 3.11; other tests are deselected')
    group.addoption('--python3', action='store_const', const='python3',
                    dest='apptest_cpython',
                    help='same as --cpython=python3')
    group.addoption('--apptest-timeout', action='store', type=float,
                    dest='apptest_timeout', default=120.0, metavar='SECONDS',
                    help='time limit of one app-level test (default 120)')
    group = parser.getgroup('translated', 'translated binary '
                            '(tests/translated)')
    group.addoption('--translate', action='store_true', dest='translate',
                    default=False,
                    help='translate the interpreter if .cache/ has no '
                    'binary for the current sources (takes minutes)')
    group.addoption('--translated-binary', action='store',
                    dest='translated_binary', metavar='PATH', default=None,
                    help='test this binary instead of translating (or set '
                    '$PYPY_C_BINARY)')


def _lane(config):
    """('host', None), ('pypy-c', path) or ('cpython', path)."""
    lane = getattr(config, '_apptest_lane', None)
    if lane is None:
        lane = config._apptest_lane = _choose_lane(config)
    return lane


def _choose_lane(config):
    pypy_c = config.getoption('apptest_pypy_c')
    cpython = config.getoption('apptest_cpython')
    if pypy_c and cpython:
        raise pytest.UsageError('--pypy-c and --cpython exclude each other')
    if pypy_c:
        executable = os.path.abspath(os.path.expanduser(pypy_c))
        if not os.access(executable, os.X_OK):
            raise pytest.UsageError('--pypy-c: %s is not an executable'
                                    % (executable,))
        return 'pypy-c', executable
    if cpython:
        # the real executable, not a wrapper such as a pyenv shim (faster)
        try:
            returncode, stdout, stderr, _ = support.run_subprocess(
                [cpython, '-c', 'import sys; print(sys.executable)'], 60)
        except OSError as e:
            returncode, stdout, stderr = -1, '', str(e)
        if returncode != 0 or not stdout.strip():
            raise pytest.UsageError('--cpython: cannot run %s: %s'
                                    % (cpython, stderr))
        return 'cpython', stdout.strip()
    return 'host', None


def pytest_configure(config):
    _lane(config)


def pytest_report_header(config):
    lane, executable = _lane(config)
    if lane == 'host':
        return 'app-level tests: untranslated, hosted on the host Python'
    return 'app-level tests: %s %s' % (lane, executable)


def pytest_collection_modifyitems(session, config, items):
    lane, _ = _lane(config)
    if lane == 'host':
        return
    kept = [item for item in items if isinstance(item, AppTestItem)]
    deselected = [item for item in items if not isinstance(item, AppTestItem)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


# --- interp-level tests ---------------------------------------------------

@pytest.fixture(scope='session')
def space():
    """The object space with the default options, built once per
    session."""
    return support.gettestobjspace()


# --- app-level tests ------------------------------------------------------

def _is_apptest_file(path):
    return path.ext == '.py' and path.basename.startswith('apptest_')


def pytest_collect_file(path, parent):
    # a file named on the command line goes to pytest_pycollect_makemodule
    if _is_apptest_file(path) and not parent.session.isinitpath(path):
        return AppTestModule(path, parent)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(path, parent):
    if _is_apptest_file(path):
        return AppTestModule(path, parent)


class AppTestModule(pytest.File):
    """An apptest_*.py file: one item per top-level test function."""

    def collect(self):
        self.info = support.AppTestFile(self.fspath)
        self._w_globals = None
        self._import_failure = None
        for name, lineno in self.info.tests:
            item = AppTestItem(name, self, lineno)
            item.add_marker('apptest')
            if self.info.pypy_only:
                item.add_marker('pypy_only')
            yield item

    def host_globals(self, space):
        """The module namespace after running the file in our
        interpreter (once); raise AppTestFailure if that failed."""
        from interpreter.astcompiler.compiler import compile_source
        from interpreter.error import OperationError
        if self._import_failure is not None:
            raise support.AppTestFailure(self._import_failure)
        if self._w_globals is None:
            path = str(self.fspath)
            w_globals = support.new_module_globals(space, self.info.modname,
                                                   path)
            try:
                code = compile_source(space, self.info.source, path, 'exec')
                space.createframe(code, w_globals, w_globals).run()
            except OperationError as e:
                self._import_failure = (
                    'error while importing the app-level module %s:\n%s'
                    % (path, support.format_operror(space, e)))
                raise support.AppTestFailure(self._import_failure)
            self._w_globals = w_globals
        return self._w_globals


class AppTestTimeout(Exception):
    pass


class AppTestItem(pytest.Item):
    """One test function of an apptest_*.py file."""

    def __init__(self, name, parent, lineno):
        super(AppTestItem, self).__init__(name, parent)
        self.lineno = lineno

    def setup(self):
        lane, _ = _lane(self.config)
        if lane == 'cpython' and self.parent.info.pypy_only:
            pytest.skip('pypy-only app-level test file')

    def runtest(self):
        lane, executable = _lane(self.config)
        timeout = self.config.getoption('apptest_timeout')
        if lane == 'host':
            self._run_hosted(timeout)
            return
        extra_args = ['-I'] if lane == 'cpython' else []
        support.run_apptest_in_process(
            executable, self.fspath, self.name, self.parent.info.modname,
            timeout, extra_args)

    def _run_hosted(self, timeout):
        from interpreter.error import OperationError
        space = support.gettestobjspace()

        def on_alarm(signum, frame):
            raise AppTestTimeout('app-level test timed out after %s s'
                                 % (timeout,))
        old_handler = signal.signal(signal.SIGALRM, on_alarm)
        signal.alarm(max(int(timeout + 0.5), 1))
        try:
            w_globals = self.parent.host_globals(space)
            w_func = space.finditem_str(w_globals, self.name)
            if w_func is None:
                raise support.AppTestFailure(
                    'the module has no global %r after running it'
                    % (self.name,))
            try:
                space.call_function(w_func)
            except OperationError as e:
                raise support.AppTestFailure(support.format_operror(space, e))
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old_handler)

    def repr_failure(self, excinfo):
        if excinfo.errisinstance(support.AppTestFailure):
            return excinfo.value.text
        if excinfo.errisinstance(AppTestTimeout):
            return str(excinfo.value)
        return super(AppTestItem, self).repr_failure(excinfo)

    def reportinfo(self):
        return self.fspath, self.lineno - 1, '[app-level] %s' % (self.name,)


@pytest.fixture(scope='session')
def pypy_c(request):
    """The path of the translated binary of the current sources, for the
    translated tests of every directory (tests/translated/binary.py
    finds it in .cache/ or translates; tests are skipped without one)."""
    binary = get_binary(request.config)
    if binary is None:
        pytest.skip('no translated binary for the current sources in '
                    '.cache/; run with --translate (takes minutes) or '
                    '--translated-binary=PATH')
    return binary
