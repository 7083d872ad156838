"""Helpers for interp-level tests (STYLE point 13).

    from tests.support import run_app, unwrap, raises_app

    def test_add(space):                      # `space`: tests/conftest.py
        assert unwrap(space, run_app(space, "x = 40\\nx + 2")) == 42
        assert space.int_w(run_app(space, "y = 6 * 7", name='y')) == 42
        raises_app(space, 'TypeError', "1 + 'a'")

- `gettestobjspace(**options)`: a StdObjSpace, built once per session for
  each set of options (`objspace.withtproxy=True` is written
  `withtproxy=True`, or with its full dotted name in a dict);
- `space_fixture(**options)`: a `space` fixture for a module or class that
  needs other options: `space = space_fixture(withtproxy=True)`;
- `run_app(space, source, name=None)`: run app-level source (dedented) in a
  fresh module namespace; return the wrapped value of `name`, or of the
  last statement if it is an expression (else w_None);
- `unwrap(space, w_obj)`: int/bool/float/str/bytes/None/list/tuple/dict,
  recursively, to the host's equivalents (app-level str -> host unicode);
- `raises_app(space, 'TypeError', source, match=None)`: assert that running
  source raises that app-level exception class (or a subclass); return the
  OperationError; `match` is a substring of 'TypeError: message'.

The second half serves the app-level test harness (tests/conftest.py and
tests/translated/): `AppTestFile` (the test functions and the pypy-only flag
of an apptest_*.py file, found without running it), `DRIVER` and
`run_apptest_in_process` (one test in a separate pypy-c or CPython process),
`format_operror` (the CPython-style traceback of an OperationError) and
`run_subprocess` (a subprocess with a time limit).
"""

from __future__ import absolute_import

import os
import sys
import re
import subprocess
import textwrap
import threading

import pytest

from interpreter.error import OperationError

_spaces = {}

# short option names -> full dotted names in translator/options.py
_OPTION_PREFIXES = ('objspace.',)


def _full_option_name(name):
    from translator.options import get_pypy_config
    config = get_pypy_config()
    candidates = [name] + [prefix + name for prefix in _OPTION_PREFIXES]
    for candidate in candidates:
        sub = config
        try:
            for part in candidate.split('.'):
                sub = getattr(sub, part)
        except AttributeError:
            continue
        return candidate
    raise ValueError("unknown interpreter option %r" % (name,))


def gettestobjspace(**options):
    """The object space for these options, built once per session."""
    from translator.options import get_pypy_config
    default = get_pypy_config()
    overrides = {}
    for name, value in options.items():
        full_name = _full_option_name(name)
        sub = default
        for part in full_name.split('.'):
            sub = getattr(sub, part)
        if sub != value:
            overrides[full_name] = value
    key = tuple(sorted(overrides.items()))
    try:
        return _spaces[key]
    except KeyError:
        pass
    from objspace.std.objspace import StdObjSpace
    space = StdObjSpace(get_pypy_config(overrides))
    _spaces[key] = space
    return space


def space_fixture(**options):
    """A `space` fixture with non-default options, to assign to the name
    `space` in a test module or class."""
    @pytest.fixture
    def space():
        return gettestobjspace(**options)
    return space


def new_module_globals(space, modname='__main__', filename=None):
    """A fresh module namespace (a wrapped dict)."""
    w_globals = space.newdict()
    space.setitem(w_globals, space.newtext('__name__'),
                  space.newtext(modname))
    space.setitem(w_globals, space.newtext('__builtins__'), space.builtin)
    if filename is not None:
        space.setitem(w_globals, space.newtext('__file__'),
                      space.newtext(filename))
    return w_globals


def exec_app(space, source, w_globals, filename='<apptest>'):
    """Compile source ('exec' mode) and run it in w_globals."""
    from interpreter.astcompiler.compiler import compile_source
    code = compile_source(space, source, filename, 'exec')
    space.createframe(code, w_globals, w_globals).run()


def _split_last_expression(space, source):
    """(prefix, expression) when the last top-level statement of source is
    an expression, else (source, None)."""
    from interpreter.astcompiler.compiler import compile_source
    lines = source.splitlines(True)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip() or line[0] in ' \t#':
            continue
        prefix = ''.join(lines[:i])
        tail = ''.join(lines[i:])
        try:
            compile_source(space, tail, '<apptest>', 'eval')
            compile_source(space, prefix, '<apptest>', 'exec')
        except OperationError:
            continue
        return prefix, tail
    return source, None


def run_app(space, source, name=None, filename='<apptest>'):
    """Run app-level source in a fresh module namespace and return the
    wrapped value of the variable `name`, or of the last statement when it
    is an expression (w_None otherwise)."""
    from interpreter.astcompiler.compiler import compile_source
    source = textwrap.dedent(source)
    w_globals = new_module_globals(space)
    if name is not None:
        exec_app(space, source, w_globals, filename)
        w_value = space.finditem_str(w_globals, name)
        if w_value is None:
            raise AssertionError("run_app: the source did not set %r"
                                 % (name,))
        return w_value
    prefix, expression = _split_last_expression(space, source)
    exec_app(space, prefix, w_globals, filename)
    if expression is None:
        return space.w_None
    code = compile_source(space, expression, filename, 'eval')
    return space.createframe(code, w_globals, w_globals).run()


def unwrap(space, w_obj):
    """A host value equal to the app-level value w_obj (see the module
    docstring for the types handled)."""
    from objspace.std.boolobject import W_BoolObject
    if w_obj is None:
        raise ValueError("unwrap: got an interp-level None")
    if space.is_w(w_obj, space.w_None):
        return None
    if isinstance(w_obj, W_BoolObject):
        return space.bool_w(w_obj)
    if space.isinstance_w(w_obj, space.w_int):
        big = space.bigint_w(w_obj)
        try:
            return big.toint()
        except OverflowError:
            return big.tolong()
    if space.isinstance_w(w_obj, space.w_float):
        return space.float_w(w_obj)
    if space.isinstance_w(w_obj, space.w_str):
        return space.unicode_w(w_obj)
    if space.isinstance_w(w_obj, space.w_bytes):
        return space.bytes_w(w_obj)
    if space.isinstance_w(w_obj, space.w_tuple):
        return tuple([unwrap(space, w_x) for w_x in space.fixedview(w_obj)])
    if space.isinstance_w(w_obj, space.w_list):
        return [unwrap(space, w_x) for w_x in space.listview(w_obj)]
    if space.isinstance_w(w_obj, space.w_dict):
        result = {}
        for w_key in space.listview(w_obj):
            result[unwrap(space, w_key)] = unwrap(
                space, space.getitem(w_obj, w_key))
        return result
    raise TypeError("unwrap: cannot unwrap %r" % (w_obj,))


def app_exception_class(space, name):
    """The app-level builtin exception class called name."""
    try:
        w_cls = space.getattr(space.builtin, space.newtext(name))
    except OperationError:
        raise ValueError("no app-level builtin called %r" % (name,))
    if not space.isinstance_w(w_cls, space.w_type) or not \
            space.issubtype_w(w_cls, space.w_BaseException):
        raise ValueError("builtins.%s is not an exception class" % (name,))
    return w_cls


def raises_app(space, exc_name, source, match=None):
    """Assert that running source raises the app-level exception class
    exc_name (or a subclass); return the OperationError."""
    w_cls = app_exception_class(space, exc_name)
    try:
        run_app(space, source)
    except OperationError as e:
        if not e.match(space, w_cls):
            raise AssertionError("expected app-level %s, got %s"
                                 % (exc_name, e.errorstr(space)))
        if match is not None and match not in e.errorstr(space):
            raise AssertionError("expected %r in %r"
                                 % (match, e.errorstr(space)))
        return e
    raise AssertionError("app-level %s not raised" % (exc_name,))


# --- app-level test files (tests/apptest/**/apptest_*.py) -----------------
#
# Used by tests/conftest.py (which collects the files) and by
# tests/translated/ (which runs them against a freshly translated binary).

PYPY_ONLY_FLAG = '# apptest: pypy-only'

_TEST_DEF = re.compile(r'^def[ \t]+(test\w*)[ \t]*\(', re.M)

# The program that runs one app-level test in a separate process (pypy-c
# or CPython), as `EXE -c DRIVER path testname modname`.  It may use only
# what our interpreter supports: no try/except, no imports but sys and
# posix.  The last line of stdout says that the test function returned.
DRIVER = '''\
import sys
import posix
path = sys.argv[1]
name = sys.argv[2]
fd = posix.open(path, posix.O_RDONLY)
source = b''
chunk = posix.read(fd, 65536)
while chunk:
    source = source + chunk
    chunk = posix.read(fd, 65536)
posix.close(fd)
namespace = {'__name__': sys.argv[3], '__file__': path}
exec(compile(source, path, 'exec'), namespace)
namespace[name]()
print('apptest-passed: ' + name)
'''


def passed_marker(testname):
    return 'apptest-passed: ' + testname


class AppTestFile(object):
    """What the harness needs to know of an apptest_*.py file, found
    without compiling it: the top-level `def test_*(` lines (at column 0)
    and the pypy-only flag (a line that is exactly PYPY_ONLY_FLAG)."""

    def __init__(self, path):
        self.path = str(path)
        with open(self.path, 'rb') as f:
            self.source = f.read()
        self.modname = os.path.splitext(os.path.basename(self.path))[0]
        self.pypy_only = PYPY_ONLY_FLAG in [
            line.rstrip() for line in self.source.splitlines()]
        linenos = {}
        order = []
        for match in _TEST_DEF.finditer(self.source):
            name = match.group(1)
            if name not in linenos:
                order.append(name)
            # the last definition is the one that runs
            linenos[name] = self.source.count('\n', 0, match.start()) + 1
        self.tests = [(name, linenos[name]) for name in order]


def find_apptest_files(topdir):
    """The apptest_*.py files under topdir, sorted."""
    result = []
    for dirpath, dirnames, filenames in os.walk(str(topdir)):
        dirnames.sort()
        for filename in sorted(filenames):
            if filename.startswith('apptest_') and filename.endswith('.py'):
                result.append(os.path.join(dirpath, filename))
    return result


class AppTestFailure(Exception):
    """An app-level test failed; `text` is the report (the app-level
    traceback)."""

    def __init__(self, text):
        Exception.__init__(self, text)
        self.text = text


def format_operror(space, operr):
    """The CPython-style traceback text of an app-level exception."""
    from interpreter.module.sys.interp_excepthook import format_exception
    w_value = operr.get_w_value(space)
    w_tb = operr.get_traceback()
    if w_tb is None:
        w_tb = space.w_None
    lines = []
    format_exception(space, space.type(w_value), w_value, w_tb, lines)
    return ''.join(lines)


def run_subprocess(args, timeout, cwd=None):
    """(returncode, stdout, stderr, timed_out) of running args, killed
    after `timeout` seconds."""
    env = None
    if args[0] != sys.executable:
        # python3 or a pypy-c: the host's PYTHONPATH (rpython, pytest and
        # Python 2 packages, set by .toolchain/bin/hostpython) is not theirs
        env = dict(os.environ)
        env.pop('PYTHONPATH', None)
    # close_fds: Python 2.7's default lets the child inherit every
    # descriptor the harness holds; a child whose pipes land above
    # FD_SETSIZE cannot select() on them
    with open(os.devnull, 'rb') as devnull:
        proc = subprocess.Popen(args, stdin=devnull, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=cwd, env=env,
                                close_fds=True)
    timed_out = []

    def kill():
        timed_out.append(True)
        try:
            proc.kill()
        except OSError:
            pass
    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        stdout, stderr = proc.communicate()
    finally:
        timer.cancel()
    return proc.returncode, stdout, stderr, bool(timed_out)


def run_apptest_in_process(executable, path, testname, modname, timeout,
                           extra_args=()):
    """Run one app-level test with a separate interpreter (a translated
    pypy-c, or CPython); raise AppTestFailure unless it passed."""
    args = [executable] + list(extra_args) + ['-c', DRIVER, str(path),
                                              testname, modname]
    returncode, stdout, stderr, timed_out = run_subprocess(
        args, timeout, cwd=os.path.dirname(str(path)))
    lines = stdout.splitlines()
    if (returncode == 0 and not timed_out and lines and
            lines[-1].rstrip() == passed_marker(testname)):
        return
    if timed_out:
        status = 'timed out after %s s (killed)' % (timeout,)
    elif returncode < 0:
        status = 'CRASHED: killed by signal %d' % (-returncode,)
    elif returncode == 0:
        status = 'exit status 0, but the test function did not return'
    else:
        status = 'exit status %d' % (returncode,)
    report = ['app-level test %s::%s failed under %s: %s\n'
              % (os.path.basename(str(path)), testname, executable, status)]
    if stderr:
        report.append(stderr if stderr.endswith('\n') else stderr + '\n')
    if stdout:
        report.append('----- stdout -----\n')
        report.append(stdout if stdout.endswith('\n') else stdout + '\n')
    raise AppTestFailure(''.join(report))
