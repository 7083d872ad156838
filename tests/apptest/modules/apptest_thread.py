"""_thread: locks, RLocks and identity (single-threaded interpreter)."""
import _thread


def test_lock():
    lock = _thread.allocate_lock()
    assert not lock.locked()
    assert lock.acquire()
    assert lock.locked()
    assert not lock.acquire(False)
    assert not lock.acquire(True, 0.01)
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        assert str(e) == 'release unlocked lock'
    else:
        assert False
    with lock:
        assert lock.locked()
    assert not lock.locked()


def test_lock_argument_errors():
    lock = _thread.allocate_lock()
    try:
        lock.acquire(False, 1)
    except ValueError as e:
        assert str(e) == "can't specify a timeout for a non-blocking call"
    else:
        assert False
    try:
        lock.acquire(True, -5)
    except ValueError as e:
        assert str(e) == 'timeout value must be positive'
    else:
        assert False


def test_rlock():
    rlock = _thread.RLock()
    assert rlock.acquire()
    assert rlock.acquire()
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except RuntimeError as e:
        assert str(e) == 'cannot release un-acquired lock'
    else:
        assert False


def test_identity():
    assert isinstance(_thread.get_ident(), int)
    assert _thread.get_ident() == _thread.get_ident()
    assert _thread.error is RuntimeError
    assert _thread.TIMEOUT_MAX > 0
    local = _thread._local()
    local.x = 5
    assert local.x == 5
