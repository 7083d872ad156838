"""_thread: locks, RLocks, thread-local data and real OS threads."""
import _thread
import sys
import time


def wait_for(predicate, timeout=30.0):
    """Wait (sleeping, so that other threads run) until predicate()."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, 'timed out'
        time.sleep(0.002)


def start_and_wait(function, *args):
    """Run function(*args) in a new thread; wait for its end."""
    done = _thread.allocate_lock()
    done.acquire()
    result = []

    def run():
        try:
            result.append(function(*args))
        finally:
            done.release()
    _thread.start_new_thread(run, ())
    assert done.acquire(True, 30)
    return result[0]


def test_lock():
    lock = _thread.allocate_lock()
    assert type(lock) is _thread.LockType
    assert not lock.locked()
    assert lock.acquire()
    assert lock.locked()
    assert not lock.acquire(False)
    assert not lock.acquire(True, 0.01)
    lock.release()
    assert not lock.locked()
    try:
        lock.release()
    except RuntimeError as e:
        assert str(e) == 'release unlocked lock'
    else:
        assert False
    with lock:
        assert lock.locked()
    assert not lock.locked()
    assert repr(lock).startswith('<unlocked _thread.lock object at 0x')


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
    try:
        lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)
    except OverflowError:
        pass
    else:
        assert False
    try:
        lock.acquire(timeout='1')
    except TypeError:
        pass
    else:
        assert False
    assert not lock.locked()


def test_lock_timeout_waits():
    lock = _thread.allocate_lock()
    lock.acquire()
    start = time.monotonic()
    assert not lock.acquire(timeout=0.1)
    assert time.monotonic() - start >= 0.09


def test_lock_released_by_another_thread():
    lock = _thread.allocate_lock()
    lock.acquire()
    _thread.start_new_thread(lock.release, ())
    assert lock.acquire(timeout=30)


def test_rlock():
    rlock = _thread.RLock()
    assert rlock.acquire()
    assert rlock.acquire()
    assert 'locked _thread.RLock object' in repr(rlock)
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except RuntimeError as e:
        assert str(e) == 'cannot release un-acquired lock'
    else:
        assert False


def test_rlock_belongs_to_its_thread():
    rlock = _thread.RLock()
    rlock.acquire()

    def other():
        try:
            rlock.release()
        except RuntimeError:
            pass
        else:
            return 'released'
        return rlock.acquire(False)
    assert start_and_wait(other) is False
    rlock.release()
    assert start_and_wait(rlock.acquire, False) is True


def test_start_new_thread_arguments():
    done = _thread.allocate_lock()
    done.acquire()
    seen = []

    def f(a, b, c=0):
        seen.append((a, b, c, _thread.get_ident()))
        done.release()
    ident = _thread.start_new_thread(f, (1, 2), {'c': 3})
    assert done.acquire(True, 30)
    assert seen == [(1, 2, 3, ident)]
    assert ident != _thread.get_ident()


def test_start_new_thread_errors():
    for args, message in [((1, ()), 'first arg must be callable'),
                          ((print, []), '2nd arg must be a tuple'),
                          ((print, (), 1),
                           'optional 3rd arg must be a dictionary')]:
        try:
            _thread.start_new_thread(*args)
        except TypeError as e:
            assert str(e) == message
        else:
            assert False


def test_native_id_and_count():
    main_native = _thread.get_native_id()
    assert isinstance(main_native, int)
    other = start_and_wait(_thread.get_native_id)
    assert other != main_native
    assert start_and_wait(_thread._count) >= 1
    wait_for(lambda: _thread._count() == 0)


def test_thread_has_its_own_exc_info():
    try:
        raise KeyError('main')
    except KeyError:
        assert start_and_wait(sys.exc_info) == (None, None, None)
        assert sys.exc_info()[0] is KeyError


def test_thread_has_its_own_recursion_depth():
    def depth(n):
        try:
            return depth(n + 1)
        except RecursionError:
            return n

    def nested(n):
        if n == 0:
            return depth(0), start_and_wait(depth, 0)
        return nested(n - 1)
    # the thread starts from an empty stack, whatever the main one holds
    main_left, thread_left = nested(300)
    assert thread_left > main_left + 200


def test_exception_in_thread_is_reported_on_stderr():
    seen = []
    old_stderr = sys.stderr

    class Catch:
        def write(self, text):
            seen.append(text)

        def flush(self):
            pass

    def f():
        raise ValueError('boom')
    sys.stderr = Catch()
    try:
        done = _thread.allocate_lock()
        done.acquire()
        sentinel = []

        def run():
            sentinel.append(_thread._set_sentinel())
            sentinel[0].acquire()
            done.release()
            f()
        _thread.start_new_thread(run, ())
        done.acquire()
        # the sentinel is released when the thread has ended
        assert sentinel[0].acquire(timeout=30)
    finally:
        sys.stderr = old_stderr
    text = ''.join(seen)
    assert text.startswith('Exception ignored in thread started by: '
                           '<function ')
    assert 'ValueError: boom' in text


def test_system_exit_ends_the_thread_quietly():
    done = _thread.allocate_lock()
    done.acquire()
    after = []

    def f():
        done.release()
        _thread.exit()
        after.append(1)
    _thread.start_new_thread(f, ())
    done.acquire()
    wait_for(lambda: _thread._count() == 0)
    assert after == []


def test_local_is_per_thread():
    local = _thread._local()
    local.x = 1
    assert start_and_wait(lambda: hasattr(local, 'x')) is False

    def set_and_read():
        local.x = 2
        return local.x, local.__dict__
    assert start_and_wait(set_and_read) == (2, {'x': 2})
    assert local.x == 1
    assert local.__dict__ == {'x': 1}


def test_local_subclass_init_runs_in_each_thread():
    class MyLocal(_thread._local):
        default = 'class attribute'

        def __init__(self, value):
            self.value = value
            self.ident = _thread.get_ident()

    local = MyLocal(7)
    assert local.ident == _thread.get_ident()
    other = start_and_wait(lambda: (local.value, local.ident,
                                    local.default))
    assert other[0] == 7
    assert other[1] != _thread.get_ident()
    assert other[2] == 'class attribute'
    assert local.ident == _thread.get_ident()
    try:
        _thread._local(1)
    except TypeError as e:
        assert str(e) == 'Initialization arguments are not supported'
    else:
        assert False


def test_many_threads_and_a_shared_counter():
    lock = _thread.allocate_lock()
    finished = _thread.allocate_lock()
    state = {'count': 0, 'running': 20}

    def work():
        for i in range(50):
            with lock:
                state['count'] += 1
        with lock:
            state['running'] -= 1
            if state['running'] == 0:
                finished.release()
    finished.acquire()
    for i in range(20):
        _thread.start_new_thread(work, ())
    assert finished.acquire(True, 60)
    assert state['count'] == 1000


def test_busy_threads_take_turns():
    # neither thread blocks: only the switch interval lets the other run
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.0001)
    try:
        flags = {'started': False, 'stop': False}

        def spin():
            flags['started'] = True
            while not flags['stop']:
                pass
        _thread.start_new_thread(spin, ())
        while not flags['started']:
            pass
        flags['stop'] = True
        wait_for(lambda: _thread._count() == 0)
    finally:
        sys.setswitchinterval(old)
    assert sys.getswitchinterval() == old


def test_switch_interval_errors():
    try:
        sys.setswitchinterval(0)
    except ValueError as e:
        assert str(e) == 'switch interval must be strictly positive'
    else:
        assert False


def test_stack_size():
    assert _thread.stack_size() == 0
    try:
        _thread.stack_size(100)
    except ValueError as e:
        assert str(e) == 'size not valid: 100 bytes'
    else:
        assert False
    assert _thread.stack_size(1 << 20) == 0
    try:
        assert start_and_wait(lambda: 42) == 42
    finally:
        assert _thread.stack_size(0) == 1 << 20


def test_identity():
    assert isinstance(_thread.get_ident(), int)
    assert _thread.get_ident() == _thread.get_ident()
    assert _thread.error is RuntimeError
    assert _thread.TIMEOUT_MAX > 0
