"""Interp-level tests of the OS-facing modules: path encoding, the
OSError subclasses, the standard streams and their flush at exit, and
(through a subprocess running the interpreter) SIGINT and input()."""

from __future__ import absolute_import

import os

from interpreter.module.posix.interp_posix import fsencode, path_bytes
from interpreter.module.sys.interp_stdio import flush_stdio
from objspace.std.unicodeobject import fsdecode
from tests.support import run_app, unwrap, raises_app


def test_fsencode_round_trips_undecodable_bytes():
    for raw in ['plain', 'caf\xc3\xa9', 'bad\xff\xfe', '\xed\xa0\x80']:
        assert fsencode(fsdecode(raw)) == raw


def test_path_bytes_accepts_str_bytes_pathlike(space):
    assert path_bytes(space, space.newtext('a/b')) == 'a/b'
    assert path_bytes(space, space.newbytes('x\xff')) == 'x\xff'
    w_p = run_app(space, """
        class P:
            def __fspath__(self):
                return 'via'
        P()""")
    assert path_bytes(space, w_p) == 'via'


def test_errors_are_errno_subclasses(space):
    raises_app(space, 'FileNotFoundError',
               "import posix; posix.stat('/nonexistent/x')",
               match="[Errno 2] No such file or directory: '/nonexistent/x'")
    raises_app(space, 'NotADirectoryError',
               "import posix; posix.listdir('/dev/null')")
    raises_app(space, 'ValueError', "import posix; posix.stat('a\\x00')",
               match='embedded null byte')


def test_std_streams_exist_and_flush(space):
    assert unwrap(space, run_app(space, """
        import sys
        type(sys.stdout).__name__, sys.stdout is sys.__stdout__""")) == \
        (u'TextIOWrapper', True)
    assert flush_stdio(space) == 0


def test_flush_failure_gives_status_120(space):
    run_app(space, """
        import sys
        class Broken:
            def write(self, s):
                return len(s)
            def flush(self):
                raise OSError(32, 'Broken pipe')
        saved = sys.stdout
        sys.stdout = Broken()""")
    try:
        assert flush_stdio(space) == 120
    finally:
        run_app(space, "import sys; sys.stdout = sys.__stdout__")


def test_unclosed_files_are_flushed_at_exit(space, tmpdir):
    path = str(tmpdir.join('unclosed'))
    run_app(space, """
        import _io
        f = _io.open(%r, 'w')
        f.write('kept')""" % path)
    assert open(path).read() == ''
    flush_stdio(space)
    assert open(path).read() == 'kept'


def _run_interpreter(source, stdin=''):
    import subprocess
    import sys
    top = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(__file__)))))
    proc = subprocess.Popen(
        [sys.executable, os.path.join(top, 'goal', 'targetpypystandalone.py'),
         '-c', source], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    out, err = proc.communicate(stdin)
    return proc.returncode, out, err


def test_sigint_becomes_keyboard_interrupt_and_stdout_is_flushed():
    status, out, err = _run_interpreter(
        "import posix, sys\n"
        "print('before')\n"
        "sys.stdout.write('partial')\n"
        "posix.kill(posix.getpid(), 2)\n"
        "for i in range(10): pass\n"
        "print('not reached')\n")
    assert out == 'before\npartial'
    assert err.rstrip().endswith('KeyboardInterrupt')
    assert status != 0


def test_input_reads_the_real_stdin():
    status, out, err = _run_interpreter(
        "print(repr(input('name? ')))", stdin='world\n')
    assert status == 0
    assert out == "name? 'world'\n"
