# The _signal module: Python handlers run in the running code.
import _signal
import posix
import time


def test_constants_and_defaults():
    assert _signal.SIGINT == 2 and _signal.SIGTERM == 15
    assert _signal.SIG_DFL == 0 and _signal.SIG_IGN == 1
    assert _signal.NSIG > 31
    assert _signal.getsignal(_signal.SIGUSR2) == _signal.SIG_DFL


def test_handler_runs_in_python_code():
    got = []

    def handler(signum, frame):
        got.append((signum, frame is not None))
    old = _signal.signal(_signal.SIGUSR1, handler)
    try:
        assert _signal.getsignal(_signal.SIGUSR1) is handler
        posix.kill(posix.getpid(), _signal.SIGUSR1)
        for i in range(100):
            if got:
                break
        assert got == [(_signal.SIGUSR1, True)]
    finally:
        _signal.signal(_signal.SIGUSR1, old)


def test_handler_exception_propagates():
    class Stop(Exception):
        pass

    def handler(signum, frame):
        raise Stop
    _signal.signal(_signal.SIGUSR1, handler)
    try:
        try:
            posix.kill(posix.getpid(), _signal.SIGUSR1)
            for i in range(1000):
                pass
        except Stop:
            pass
        else:
            assert False, 'handler did not raise'
    finally:
        _signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)


def test_default_int_handler_raises_keyboard_interrupt():
    try:
        _signal.default_int_handler(_signal.SIGINT, None)
    except KeyboardInterrupt:
        pass
    else:
        assert False


def test_sleep_interrupted_by_handler_resumes():
    got = []
    _signal.signal(_signal.SIGALRM, lambda n, f: got.append(n))
    try:
        _signal.alarm(1)
        start = time.monotonic()
        time.sleep(1.3)
        assert got == [_signal.SIGALRM]
        assert time.monotonic() - start >= 1.3
    finally:
        _signal.signal(_signal.SIGALRM, _signal.SIG_DFL)


def test_ignore_and_errors():
    _signal.signal(_signal.SIGUSR2, _signal.SIG_IGN)
    posix.kill(posix.getpid(), _signal.SIGUSR2)
    assert _signal.getsignal(_signal.SIGUSR2) == _signal.SIG_IGN
    _signal.signal(_signal.SIGUSR2, _signal.SIG_DFL)
    try:
        _signal.signal(0, _signal.SIG_DFL)
    except ValueError as e:
        assert str(e) == 'signal number out of range'
    else:
        assert False
    try:
        _signal.signal(_signal.SIGUSR2, 'nope')
    except TypeError:
        pass
    else:
        assert False
    try:
        _signal.signal(_signal.SIGKILL, lambda n, f: None)
    except OSError as e:
        assert e.errno == 22
    else:
        assert False
