"""The command line of the translated binary, compared with CPython 3.11
(`python3`): options, usage errors, exit statuses, -m, -i, sys.path at
start-up, and how the binary finds lib_pypy/ and the standard library.

    .toolchain/bin/hostpython -m pytest tests/translated/test_cmdline_flags.py \\
        --translated-binary=./pypy-c
"""

from __future__ import absolute_import

import os
import re
import subprocess
import threading

import pytest

pytestmark = [pytest.mark.translated, pytest.mark.slow]

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TIMEOUT = 60


def clean_environ(extra=None):
    """The environment without PYTHON* variables, plus `extra`."""
    env = dict((key, value) for key, value in os.environ.items()
               if not key.startswith('PYTHON'))
    env.update(extra or {})
    return env


def run(executable, args, stdin='', env=None, cwd=None):
    """(returncode, stdout, stderr), the executable's path in the output
    replaced by PYTHON."""
    proc = subprocess.Popen([executable] + list(args), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=clean_environ(env), cwd=cwd, close_fds=True)
    timer = threading.Timer(TIMEOUT, proc.kill)
    timer.start()
    try:
        stdout, stderr = proc.communicate(stdin)
    finally:
        timer.cancel()
    return proc.returncode, normalize(stdout), normalize(stderr)


# where an interpreter names itself (CPython: its own path, which a
# launcher such as pyenv may change)
# (not an exception line such as "ModuleNotFoundError: No module named")
PROGRAM_NAME = re.compile(r"^(usage: )?(?![A-Za-z]+Error: )\S+?"
                          r"(?=( \[option\]|: can't open "
                          r"file|: can't find|: No module named))",
                          re.MULTILINE)


def normalize(output):
    return PROGRAM_NAME.sub(lambda match: (match.group(1) or '') + 'PYTHON',
                            output)


def python3():
    for directory in os.environ.get('PATH', '').split(':'):
        candidate = os.path.join(directory, 'python3')
        if os.access(candidate, os.X_OK):
            return candidate
    pytest.skip('no python3 on PATH')


def compare(pypy_c, args, stdin='', env=None, cwd=None, stderr_lines=None):
    """Run both interpreters; their statuses and stdouts must be equal,
    and their stderrs (or the first stderr_lines lines of them)."""
    ours = run(pypy_c, args, stdin, env, cwd)
    theirs = run(python3(), args, stdin, env, cwd)
    assert ours[:2] == theirs[:2], (args, ours, theirs)
    our_err, their_err = ours[2], theirs[2]
    if stderr_lines is not None:
        our_err = our_err.splitlines()[:stderr_lines]
        their_err = their_err.splitlines()[:stderr_lines]
    assert our_err == their_err, (args, ours, theirs)
    return ours


SAME_AS_CPYTHON = [
    ['-c', 'import sys; print(sys.argv)', 'a', '-b', '--'],
    ['-c', 'import sys; print(sys.argv)', '--', '-x'],
    ['-Bc', 'import sys; print(sys.dont_write_bytecode, '
     'sys.flags.dont_write_bytecode)'],
    ['-W', 'error', '-Wignore', '-c', 'import sys; print(sys.warnoptions)'],
    ['-X', 'foo', '-Xa=b', '-X', 'c=d=e', '-c',
     'import sys; print(sys._xoptions)'],
    ['-c', 'import sys; print(repr(sys.path[0]))'],
    ['-I', '-c', 'import sys; f = sys.flags; print(f.isolated, '
     'f.ignore_environment, f.no_user_site, f.safe_path, "" in sys.path)'],
    ['-E', '-s', '-S', '-q', '-O', '-c', 'import sys; f = sys.flags; '
     'print(f.ignore_environment, f.no_user_site, f.no_site, f.quiet, '
     'f.optimize, f.inspect)'],
    ['-OO', '-bb', '-c', 'import sys; f = sys.flags; '
     'print(f.optimize, f.bytes_warning)'],
    ['-u', '-c', 'print("unbuffered")'],
    ['-c', 'raise SystemExit("bye")'],
    ['-c', 'import sys; sys.exit(3)'],
    ['-c', 'raise SystemExit'],
    ['-c', 'raise SystemExit(None)'],
    ['-c', '1/0'],
]


@pytest.mark.parametrize('args', SAME_AS_CPYTHON)
def test_same_as_cpython(pypy_c, args):
    compare(pypy_c, args)


@pytest.mark.parametrize('args', [['-z'], ['-c'], ['-m'], ['--foo'], ['-W'],
                                  ['-X'], ['-Bz', 'x'], ['-Bc']])
def test_usage_errors(pypy_c, args):
    returncode, stdout, stderr = compare(pypy_c, args, stderr_lines=2)
    assert returncode == 2
    assert stderr.splitlines()[1].startswith('usage: PYTHON [option] ...')


def test_keyboard_interrupt(pypy_c):
    # CPython kills itself with SIGINT (status 130 in a shell); we exit
    # with 130
    returncode, stdout, stderr = run(pypy_c, ['-c', 'raise KeyboardInterrupt'])
    assert (returncode, stdout) == (130, '')
    assert stderr == run(python3(), ['-c', 'raise KeyboardInterrupt'])[2]


def test_version_and_help(pypy_c):
    for option in ['-V', '--version']:
        returncode, stdout, stderr = run(pypy_c, [option])
        assert (returncode, stderr) == (0, '')
        assert stdout.startswith('Python 3.11.')
        assert stdout.count('\n') == 1
    returncode, stdout, stderr = run(pypy_c, ['-h'])
    assert returncode == 0
    assert stdout.startswith('usage: PYTHON [option] ...')
    for option in ['-B', '-c cmd', '-E', '-i', '-I', '-m mod', '-O', '-q',
                   '-s', '-S', '-u', '-V', '-W arg', '-X opt']:
        assert '\n' + option in stdout, option
    assert run(pypy_c, ['--help'])[1] == stdout


def test_stdin(pypy_c):
    compare(pypy_c, ['-', 'a'], stdin='import sys; print(sys.argv)\n')
    compare(pypy_c, [], stdin='import sys; print(sys.argv, 1 + 1)\n')


def test_inspect_after_program(pypy_c):
    returncode, stdout, stderr = run(pypy_c, ['-i', '-c', 'x = 5'],
                                     stdin='print(x * 2)\n')
    assert (returncode, stdout) == (0, '10\n')
    returncode, stdout, stderr = run(pypy_c, ['-i', '-c', '1/0'],
                                     stdin='print("after")\n')
    assert (returncode, stdout) == (0, 'after\n')
    assert 'ZeroDivisionError' in stderr


def test_script_directory_and_skip_first_line(pypy_c, tmpdir):
    sub = tmpdir.mkdir('sub')
    sub.join('helper.py').write('NAME = "helper"\n')
    sub.join('s.py').write('import sys, helper\n'
                           'print(sys.path[0], helper.NAME, sys.argv)\n')
    sub.join('x.py').write('this line is skipped\nimport sys\n'
                           'print(sys._getframe().f_lineno)\n')
    compare(pypy_c, ['sub/s.py', 'arg'], cwd=str(tmpdir))
    compare(pypy_c, ['-x', 'sub/x.py'], cwd=str(tmpdir))
    compare(pypy_c, ['--', 'sub/s.py'], cwd=str(tmpdir))
    compare(pypy_c, ['nosuch.py'], cwd=str(tmpdir))
    compare(pypy_c, ['--', '-c'], cwd=str(tmpdir))


def test_directory_with_main(pypy_c, tmpdir):
    app = tmpdir.mkdir('app')
    app.join('__main__.py').write('import sys\nprint(__name__, '
                                  'sys.argv[0], sys.path[0])\n')
    compare(pypy_c, ['app'], cwd=str(tmpdir))


def test_run_module(pypy_c, tmpdir):
    pkg = tmpdir.mkdir('pkg')
    pkg.join('__init__.py').write('')
    pkg.join('__main__.py').write(
        'import sys\n'
        'print(__name__, __package__, __spec__.name, sys.argv)\n'
        'print(__file__ == sys.argv[0], sys.path[0])\n')
    pkg.join('mod.py').write('import sys\nprint(__name__, __package__, '
                             'sys.argv[1:])\nfrom . import helper\n'
                             'print(helper.X)\n')
    pkg.join('helper.py').write('X = 42\n')
    plain = tmpdir.mkdir('plain')
    plain.join('__init__.py').write('')
    cwd = str(tmpdir)
    compare(pypy_c, ['-m', 'pkg', 'a', '-c'], cwd=cwd)
    compare(pypy_c, ['-m', 'pkg.mod', 'x'], cwd=cwd)
    compare(pypy_c, ['-mpkg.mod'], cwd=cwd)
    compare(pypy_c, ['-m', 'nosuch'], cwd=cwd)
    compare(pypy_c, ['-m', 'plain'], cwd=cwd)
    compare(pypy_c, ['-m', 'pkg.nosuch'], cwd=cwd)


def test_pythonpath_and_E(pypy_c, tmpdir):
    extra = tmpdir.mkdir('extra')
    extra.join('extramod.py').write('X = "extra"\n')
    env = {'PYTHONPATH': str(extra)}
    compare(pypy_c, ['-c', 'import extramod; print(extramod.X)'], env=env)
    returncode, stdout, stderr = compare(
        pypy_c, ['-E', '-c', 'import extramod'], env=env, stderr_lines=0)
    assert returncode == 1
    assert stderr.splitlines()[-1] == \
        "ModuleNotFoundError: No module named 'extramod'"
    compare(pypy_c, ['-c', 'import sys; print(sys.flags.dont_write_bytecode,'
                     ' sys.warnoptions)'],
            env={'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONWARNINGS': 'error'})
    compare(pypy_c, ['-E', '-c', 'import sys; print(sys.flags.'
                     'dont_write_bytecode, sys.warnoptions)'],
            env={'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONWARNINGS': 'error'})


def test_library_paths(pypy_c, tmpdir):
    """sys.path ends with lib_pypy/ and lib-python/ of the sources, also
    through a symbolic link to the binary placed elsewhere."""
    link = tmpdir.join('linked-pypy-c')
    link.mksymlinkto(os.path.abspath(pypy_c))
    for binary in [pypy_c, str(link)]:
        returncode, stdout, stderr = run(binary, [
            '-c', 'import sys; print(sys.path[-2:]); print(sys.prefix); '
            'print(sys.executable)'])
        assert (returncode, stderr) == (0, '')
        lines = stdout.splitlines()
        assert lines[0] == repr([os.path.join(TOP, 'lib_pypy'),
                                 os.path.join(TOP, '.toolchain',
                                              'lib-python')])
        assert lines[1] == TOP


def test_imports_from_the_standard_library(pypy_c):
    returncode, stdout, stderr = run(pypy_c, [
        '-c', 'import keyword, bisect; print(keyword.iskeyword("for"), '
        'bisect.bisect([1, 3], 2))'])
    assert (returncode, stdout) == (0, 'True 1\n'), stderr
