"""subprocess on _posixsubprocess.fork_exec and select.poll (through
selectors): pipes, stderr=STDOUT, input, cwd, env, exit codes, exec
failures reported as the right OSError, preexec_fn, kill."""

import os
import subprocess


def test_run_captures_output():
    r = subprocess.run(['echo', 'hello'], capture_output=True)
    assert (r.returncode, r.stdout, r.stderr) == (0, b'hello\n', b'')


def test_shell_and_stderr_to_stdout():
    out = subprocess.check_output('echo $((6*7)); echo err >&2', shell=True,
                                  stderr=subprocess.STDOUT)
    assert out == b'42\nerr\n'


def test_input_through_communicate():
    r = subprocess.run(['cat'], input=b'piped' * 20000,
                       stdout=subprocess.PIPE)
    assert r.returncode == 0 and r.stdout == b'piped' * 20000
    r = subprocess.run(['cat'], input='text', capture_output=True, text=True)
    assert r.stdout == 'text'


def test_exit_codes():
    assert subprocess.call(['sh', '-c', 'exit 3']) == 3
    try:
        subprocess.check_call(['sh', '-c', 'exit 5'])
    except subprocess.CalledProcessError as e:
        assert e.returncode == 5
    else:
        raise AssertionError("no CalledProcessError")


def test_exec_failures():
    try:
        subprocess.run(['/nonexistent/prog'])
    except FileNotFoundError as e:
        assert e.filename == '/nonexistent/prog'
    else:
        raise AssertionError("no FileNotFoundError")
    try:
        subprocess.run(['ls'], cwd='/nonexistent/dir')
    except FileNotFoundError as e:
        assert e.filename == '/nonexistent/dir'
    else:
        raise AssertionError("no FileNotFoundError")
    try:
        subprocess.run(['/etc/passwd'])
    except PermissionError:
        pass
    else:
        raise AssertionError("no PermissionError")


def test_env_and_cwd():
    p = subprocess.Popen(['sh', '-c', 'echo $FOO; pwd'], env={'FOO': 'bar'},
                         cwd='/', stdout=subprocess.PIPE, text=True)
    out, err = p.communicate()
    assert (out, err, p.returncode) == ('bar\n/\n', None, 0)


def test_kill():
    p = subprocess.Popen(['sleep', '30'])
    p.kill()
    assert p.wait() == -9


def test_close_fds_and_pass_fds():
    r, w = os.pipe()
    try:
        # (the shell's builtin `test` looks at the shell's own descriptors)
        script = '[ -e /proc/self/fd/%d ]' % w
        assert subprocess.run(['sh', '-c', script]).returncode == 1
        assert subprocess.run(['sh', '-c', script],
                              pass_fds=[w]).returncode == 0
        assert subprocess.run(['sh', '-c', script],
                              close_fds=False).returncode == 1
        os.set_inheritable(w, True)
        assert subprocess.run(['sh', '-c', script],
                              close_fds=False).returncode == 0
    finally:
        os.close(r)
        os.close(w)


def test_preexec_fn():
    marker = []

    def pre():
        os.environ.get('HOME')
    assert subprocess.run(['true'], preexec_fn=pre).returncode == 0

    def bad():
        raise ValueError("in the child")
    try:
        subprocess.run(['true'], preexec_fn=bad)
    except subprocess.SubprocessError as e:
        assert 'preexec_fn' in str(e)
    else:
        raise AssertionError("no SubprocessError")
    assert marker == []


def test_select_and_poll():
    import select
    r, w = os.pipe()
    try:
        assert select.select([r], [w], [], 0) == ([], [w], [])
        os.write(w, b'x')
        assert select.select([r], [], [], 5) == ([r], [], [])
        p = select.poll()
        p.register(r, select.POLLIN)
        assert p.poll(0) == [(r, select.POLLIN)]
        p.modify(r, select.POLLOUT)
        assert p.poll(0) == []
        p.unregister(r)
        try:
            p.unregister(r)
        except KeyError as e:
            assert e.args == (r,)
        else:
            raise AssertionError("no KeyError")
        try:
            p.modify(r, select.POLLIN)
        except FileNotFoundError:
            pass
        else:
            raise AssertionError("no FileNotFoundError")
    finally:
        os.close(r)
        os.close(w)


def test_select_errors():
    import select
    for args, exc, message in [
            (([], [], [], -1), ValueError, 'timeout must be non-negative'),
            (([-1], [], [], 0), ValueError,
             'file descriptor cannot be a negative integer (-1)'),
            ((['x'], [], [], 0), TypeError,
             'argument must be an int, or have a fileno() method.'),
            (([], [], [], 'x'), TypeError,
             'timeout must be a float or None')]:
        try:
            select.select(*args)
        except exc as e:
            assert str(e) == message, str(e)
        else:
            raise AssertionError("no %s" % exc.__name__)
    assert select.error is OSError
