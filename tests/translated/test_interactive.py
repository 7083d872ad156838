"""The interactive prompt at a terminal, driven through a pseudo-terminal
(pty.fork in the test process): line editing and history
(lib_pypy/_lineedit.py), ctrl-c and ctrl-d, ~/.python_history; and the
site builtins at start-up.  Against the translated binary, and one test
against the untranslated interpreter.

    .toolchain/bin/hostpython -m pytest tests/translated/test_interactive.py \\
        --translated-binary=./pypy-c
"""

from __future__ import absolute_import

import os
import pty
import select
import subprocess
import time

import pytest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
UNTRANSLATED = [os.path.join(TOP, '.toolchain', 'bin', 'hostpython'),
                os.path.join(TOP, 'goal', 'targetpypystandalone.py')]

LEFT, UP, DOWN = b'\x1b[D', b'\x1b[A', b'\x1b[B'
PROMPTS = (b'>>> ', b'... ')


def environ(home):
    env = dict((key, value) for key, value in os.environ.items()
               if not key.startswith('PYTHON'))
    env['HOME'] = str(home)
    env['TERM'] = 'xterm'
    return env


def count_prompts(data):
    return sum(data.count(prompt) for prompt in PROMPTS)


class Session(object):
    """A child process on a pseudo-terminal; everything it writes is
    collected in self.output."""

    def __init__(self, argv, home, startup_timeout=60):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execve(argv[0], argv, environ(home))
            finally:
                os._exit(127)
        self.output = b''
        self.wait_for_prompts(1, startup_timeout)

    def read_some(self, timeout):
        ready = select.select([self.fd], [], [], timeout)[0]
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:             # EIO: the child has exited
            return None
        if not chunk:
            return None
        self.output += chunk
        return True

    def wait_for_prompts(self, count, timeout=30):
        deadline = time.time() + timeout
        while count_prompts(self.output) < count:
            if time.time() > deadline or self.read_some(0.5) is None:
                raise AssertionError('no prompt; output so far: %r'
                                     % (self.output,))

    def send(self, keys):
        """Type the keys, then wait for the next prompt."""
        before = count_prompts(self.output)
        os.write(self.fd, keys)
        self.wait_for_prompts(before + 1)

    def finish(self, keys=b'\x04', timeout=30):
        """Type the last keys; the exit status."""
        os.write(self.fd, keys)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.read_some(0.5) is None:
                break
        pid, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.WEXITSTATUS(status)

    def text(self):
        return self.output.replace(b'\r\n', b'\n').decode('utf-8', 'replace')


def run_session(argv, home, steps, last=b'\x04'):
    session = Session(argv, home)
    for keys in steps:
        session.send(keys)
    status = session.finish(last)
    return status, session.text()


@pytest.mark.translated
@pytest.mark.slow
class TestTranslatedPrompt(object):

    def test_evaluates_and_echoes(self, pypy_c, tmpdir):
        status, text = run_session([pypy_c, '-q'], tmpdir,
                                   [b'6*7\r', b'x = "abc"\r', b'x\r'])
        assert status == 0
        assert '>>> 6*7\n42\n' in text
        assert "'abc'" in text

    def test_editing_keys(self, pypy_c, tmpdir):
        status, text = run_session([pypy_c, '-q'], tmpdir, [
            b'print(12)' + LEFT + LEFT + b'3\r',        # insert in the middle
            b'garbage\x15print("u")\r',                 # ctrl-u
            b'print("k")junk' + LEFT * 4 + b'\x0b\r',   # ctrl-k
            b'45)\x01print(\x05\x7f)\r',                # ctrl-a, ctrl-e, bs
        ])
        assert status == 0
        lines = text.split('\n')
        assert '132' in lines and 'u' in lines and 'k' in lines
        assert '45' in lines
        assert 'Traceback' not in text

    def test_history_and_file(self, pypy_c, tmpdir):
        tmpdir.join('.python_history').write('print("from file")\n')
        status, text = run_session([pypy_c, '-q'], tmpdir, [
            b'y = 5\r', UP + UP + b'\r', UP + UP + b'+1\r'])
        assert status == 0
        assert '\nfrom file\n' in text
        saved = tmpdir.join('.python_history').read().splitlines()
        assert saved == ['print("from file")', 'y = 5', 'print("from file")',
                         'y = 5+1']

    def test_continuation_lines(self, pypy_c, tmpdir):
        status, text = run_session([pypy_c, '-q'], tmpdir, [
            b'for i in range(2):\r', b'    print(i * 10)\r', b'\r'])
        assert status == 0
        assert '... ' in text
        assert '\n0\n10\n' in text

    def test_ctrl_c_clears_line(self, pypy_c, tmpdir):
        status, text = run_session([pypy_c, '-q'], tmpdir, [
            b'print("never")\x03', b'if 1:\r', b'\x03', b'print("after")\r'])
        assert status == 0
        assert text.count('KeyboardInterrupt') == 2
        assert 'never\n' not in text.replace('print("never")', '')
        assert '\nafter\n' in text

    def test_ctrl_d_only_on_empty_line(self, pypy_c, tmpdir):
        session = Session([pypy_c, '-q'], tmpdir)
        session.send(b'print("ab")' + LEFT * 4 + b'\x04\r')
        status = session.finish(b'\x04')
        assert status == 0
        assert '\nb\n' in session.text().replace('print(', '')

    def test_exit_builtin(self, pypy_c, tmpdir):
        session = Session([pypy_c, '-q'], tmpdir)
        assert session.finish(b'exit(3)\r') == 3

    def test_not_a_terminal_reads_plainly(self, pypy_c):
        proc = subprocess.Popen([pypy_c, '-i', '-q', '-c', 'x = 2'],
                                stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, close_fds=True)
        out, err = proc.communicate(b'print(x * 21)\n')
        assert out == b'42\n'
        assert err.endswith(b'>>> >>> \n')


@pytest.mark.translated
@pytest.mark.slow
def test_site_builtins(pypy_c, tmpdir):
    env = environ(tmpdir)
    out = subprocess.check_output(
        [pypy_c, '-c', 'import sys; print(type(exit).__name__, '
         'type(help).__name__, sys.flags.no_site)'], env=env)
    assert out == b'Quitter _Helper 0\n'
    out = subprocess.check_output(
        [pypy_c, '-S', '-c', 'import builtins, sys; '
         'print(hasattr(builtins, "exit"), sys.flags.no_site)'], env=env)
    assert out == b'False 1\n'


@pytest.mark.translated
@pytest.mark.slow
def test_user_site_packages(pypy_c, tmpdir):
    site_dir = tmpdir.join('.local', 'lib', 'python3.11', 'site-packages')
    site_dir.ensure(dir=True)
    site_dir.join('usercustomize.py').write('import sys; sys.flag_x = 1\n')
    env = environ(tmpdir)
    code = 'import sys; print(%r in sys.path, hasattr(sys, "flag_x"))' % (
        str(site_dir),)
    assert subprocess.check_output([pypy_c, '-c', code],
                                   env=env) == b'True True\n'
    for option in ('-s', '-I'):
        assert subprocess.check_output([pypy_c, option, '-c', code],
                                       env=env) == b'False False\n'
    env['PYTHONNOUSERSITE'] = '1'
    assert subprocess.check_output([pypy_c, '-c', code],
                                   env=env) == b'False False\n'


@pytest.mark.slow
def test_untranslated_prompt(tmpdir):
    session = Session(UNTRANSLATED + ['-q'], tmpdir, startup_timeout=300)
    session.send(b'x = 4\r')
    session.send(UP + b'0\r')
    session.send(b'print(x)\r')
    assert session.finish(b'\x04') == 0
    assert '\n40\n' in session.text()
    assert tmpdir.join('.python_history').read() == 'x = 4\nx = 40\nprint(x)\n'
