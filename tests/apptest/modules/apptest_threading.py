"""threading (CPython's own threading.py) and what is built on it, on
real threads."""
import queue
import sys
import threading
import time


def test_thread_start_join():
    results = []

    def work(n):
        results.append((n, threading.current_thread().name))
    threads = [threading.Thread(target=work, args=(i,), name='w%d' % i)
               for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
        assert not t.is_alive()
        assert t.ident is not None and t.native_id is not None
    assert sorted(results) == [(i, 'w%d' % i) for i in range(5)]
    assert threading.current_thread() is threading.main_thread()
    assert threading.active_count() == 1


def test_event_and_timer():
    event = threading.Event()
    timer = threading.Timer(0.05, event.set)
    timer.start()
    assert event.wait(30)
    timer.join(30)
    cancelled = threading.Timer(30, event.clear)
    cancelled.start()
    cancelled.cancel()
    cancelled.join(30)
    assert event.is_set()


def test_condition_producer_consumer():
    cond = threading.Condition()
    items = []
    got = []

    def consumer():
        for i in range(10):
            with cond:
                cond.wait_for(lambda: items, 30)
                got.append(items.pop(0))
    t = threading.Thread(target=consumer)
    t.start()
    for i in range(10):
        with cond:
            items.append(i)
            cond.notify()
    t.join(30)
    assert got == list(range(10))


def test_semaphore_limits_concurrency():
    sem = threading.BoundedSemaphore(2)
    lock = threading.Lock()
    state = {'now': 0, 'most': 0}

    def work():
        with sem:
            with lock:
                state['now'] += 1
                state['most'] = max(state['most'], state['now'])
            time.sleep(0.01)
            with lock:
                state['now'] -= 1
    threads = [threading.Thread(target=work) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert state['most'] <= 2 and state['now'] == 0
    try:
        sem.release()
    except ValueError as e:
        assert str(e) == 'Semaphore released too many times'
    else:
        assert False


def test_barrier():
    barrier = threading.Barrier(3)
    indices = []

    def work():
        indices.append(barrier.wait(30))
    threads = [threading.Thread(target=work) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(indices) == [0, 1, 2]


def test_queue_producers_consumers():
    q = queue.Queue(maxsize=3)
    out = queue.Queue()

    def producer(base):
        for i in range(20):
            q.put(base + i)

    def consumer():
        while True:
            item = q.get()
            if item is None:
                break
            out.put(item)
            q.task_done()
    consumers = [threading.Thread(target=consumer) for i in range(2)]
    producers = [threading.Thread(target=producer, args=(100 * k,))
                 for k in range(3)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join(30)
    q.join()
    for t in consumers:
        q.put(None)
    for t in consumers:
        t.join(30)
    items = []
    while not out.empty():
        items.append(out.get())
    assert sorted(items) == sorted(100 * k + i for k in range(3)
                                   for i in range(20))


def test_rlock_and_condition_with_rlock():
    rlock = threading.RLock()
    with rlock:
        with rlock:
            assert rlock._is_owned()
    cond = threading.Condition(rlock)
    flag = []

    def waiter():
        with cond:
            cond.wait_for(lambda: flag, 30)
            flag.append('seen')
    t = threading.Thread(target=waiter)
    t.start()
    with cond:
        with cond:
            flag.append('set')
            cond.notify_all()
    t.join(30)
    assert flag == ['set', 'seen']


def test_excepthook_receives_the_exception():
    seen = []
    old = threading.excepthook
    threading.excepthook = lambda args: seen.append(
        (args.exc_type, str(args.exc_value), args.thread.name))
    try:
        def fail():
            raise KeyError('lost')
        t = threading.Thread(target=fail, name='failing')
        t.start()
        t.join(30)
    finally:
        threading.excepthook = old
    assert seen == [(KeyError, "'lost'", 'failing')]


def test_default_excepthook_prints_the_thread_name():
    lines = []

    class Catch:
        def write(self, text):
            lines.append(text)

        def flush(self):
            pass
    old = sys.stderr
    sys.stderr = Catch()
    try:
        t = threading.Thread(target=lambda: 1 / 0, name='divider')
        t.start()
        t.join(30)
    finally:
        sys.stderr = old
    text = ''.join(lines)
    assert text.startswith('Exception in thread divider:\n')
    assert 'ZeroDivisionError: division by zero' in text


def test_local_attributes_per_thread():
    local = threading.local()
    local.name = 'main'
    seen = []

    def work(i):
        seen.append(getattr(local, 'name', None))
        local.name = i
        time.sleep(0.01)
        seen.append(local.name == i)
    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert seen.count(None) == 4 and seen.count(True) == 4
    assert local.name == 'main'


def test_thread_pool_executor():
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda x: x * x, range(20))) == \
            [x * x for x in range(20)]
        future = pool.submit(lambda: 1 / 0)
        try:
            future.result(30)
        except ZeroDivisionError:
            pass
        else:
            assert False


def test_sleep_lets_other_threads_run():
    # the threads sleep at the same time: each sleep starts before any
    # ends (a release of the GIL around the sleep makes it possible)
    windows = []
    ready = threading.Barrier(3)

    def sleeper():
        ready.wait(30)
        start = time.monotonic()
        time.sleep(0.5)
        windows.append((start, time.monotonic()))
    threads = [threading.Thread(target=sleeper) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert max([w[0] for w in windows]) < min([w[1] for w in windows])
