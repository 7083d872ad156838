"""Whole programs run by CPython 3.11 and by our interpreter, compared
byte for byte: standard output, standard error and the exit status.

tests/programs/failing/*.py end with an uncaught exception, a SyntaxError
or a SystemExit: they check the traceback format (chained exceptions,
carets, notes, SyntaxError locations, exit statuses).
tests/programs/classic/*.py are ordinary small programs that exit
normally.

Each program runs as `python3 /abs/path/prog.py` and as
`.toolchain/bin/hostpython goal/targetpypystandalone.py /abs/path/prog.py`
(untranslated; about 2 s each, hence the `slow` mark).  With
--translate or --translated-binary=PATH the programs also run with
that binary.  The program's directory is replaced by `<dir>` in both
outputs, and rpython's warning about Mercurial (printed by the host on
start-up) is dropped from the untranslated stderr.
"""

from __future__ import absolute_import

import glob
import os

import pytest

from tests import support

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
HOSTPYTHON = os.path.join(TOP, '.toolchain', 'bin', 'hostpython')
TARGET = os.path.join(TOP, 'goal', 'targetpypystandalone.py')
CPYTHON = 'python3'
TIMEOUT = 300

# printed by rpython's version module when it is imported untranslated
HOST_NOISE = ('[version:WARNING] Errors getting Mercurial information: '
              'Not running from a Mercurial repository!')


def _programs(kind):
    return sorted(glob.glob(os.path.join(HERE, kind, '*.py')))


def _ids(paths):
    return [os.path.basename(p) for p in paths]


FAILING = _programs('failing')
CLASSIC = _programs('classic')

_cpython_checked = []


def _check_cpython():
    if not _cpython_checked:
        try:
            returncode, stdout, _, _ = support.run_subprocess(
                [CPYTHON, '-c', 'import sys; print(sys.version_info[:2])'],
                60)
        except OSError:
            returncode, stdout = -1, ''
        _cpython_checked.append(returncode == 0 and
                                stdout.strip() == '(3, 11)')
    if not _cpython_checked[0]:
        pytest.skip('needs CPython 3.11 as python3')


def _normalise(text, path, drop_noise):
    text = text.replace(os.path.dirname(path), '<dir>')
    if drop_noise:
        lines = text.split('\n')
        text = '\n'.join([line for line in lines
                          if line.rstrip('\r') != HOST_NOISE])
    return text


def _run(args, path, drop_noise=False):
    returncode, stdout, stderr, timed_out = support.run_subprocess(
        args + [path], TIMEOUT, cwd=os.path.dirname(path))
    assert not timed_out, '%s timed out' % (' '.join(args),)
    return (returncode, _normalise(stdout, path, drop_noise),
            _normalise(stderr, path, drop_noise))


def _compare(path, args, drop_noise):
    _check_cpython()
    expected = _run([CPYTHON], path)
    got = _run(args, path, drop_noise)
    # stderr first: a traceback explains most differences
    assert got[2] == expected[2]
    assert got[1] == expected[1]
    assert got[0] == expected[0]


@pytest.mark.slow
@pytest.mark.parametrize('path', FAILING, ids=_ids(FAILING))
def test_failing_untranslated(path):
    _compare(path, [HOSTPYTHON, TARGET], True)


@pytest.mark.slow
@pytest.mark.parametrize('path', CLASSIC, ids=_ids(CLASSIC))
def test_classic_untranslated(path):
    _compare(path, [HOSTPYTHON, TARGET], True)


@pytest.mark.translated
@pytest.mark.parametrize('path', FAILING + CLASSIC,
                         ids=_ids(FAILING + CLASSIC))
def test_translated(path, pypy_c):
    # pypy_c: the binary of the translation lane (tests/translated)
    _compare(path, [os.path.abspath(pypy_c)], False)


def test_corpus_is_large_enough():
    assert len(FAILING) >= 20
    assert len(CLASSIC) >= 10
