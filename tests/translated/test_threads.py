"""Real threads in the translated binary: many threads, threads that
raise, threads still running at exit, signals and KeyboardInterrupt in
the main thread while other threads run.  A crash (a negative return
code) fails every test here.

    .toolchain/bin/hostpython -m pytest tests/translated/test_threads.py \\
        -m translated --translated-binary=./pypy-c
"""

from __future__ import absolute_import

import os
import signal
import subprocess
import textwrap
import threading
import time

import pytest

pytestmark = [pytest.mark.translated, pytest.mark.slow]

TIMEOUT = 60


def start(pypy_c, source):
    env = dict((key, value) for key, value in os.environ.items()
               if not key.startswith('PYTHON'))
    return subprocess.Popen([pypy_c, '-c', textwrap.dedent(source)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, close_fds=True)


def finish(proc):
    timer = threading.Timer(TIMEOUT, proc.kill)
    timer.start()
    try:
        stdout, stderr = proc.communicate()
    finally:
        timer.cancel()
    return proc.returncode, stdout.decode('utf-8'), stderr.decode('utf-8')


def run(pypy_c, source):
    return finish(start(pypy_c, source))


def test_many_threads(pypy_c):
    status, out, err = run(pypy_c, """
        import threading
        lock = threading.Lock()
        total = [0]
        def work(n):
            local = 0
            for i in range(20000):
                local += i % 7
            with lock:
                total[0] += local + n
        for round in range(5):
            threads = [threading.Thread(target=work, args=(i,))
                       for i in range(40)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        print(total[0], threading.active_count())
    """)
    expected = 5 * (40 * sum(i % 7 for i in range(20000)) + sum(range(40)))
    assert (status, out, err) == (0, '%d 1\n' % expected, '')


def test_threads_that_raise(pypy_c):
    status, out, err = run(pypy_c, """
        import threading, _thread, time
        def fail(i):
            raise ValueError(i)
        threads = [threading.Thread(target=fail, args=(i,), name='t%d' % i)
                   for i in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        _thread.start_new_thread(fail, ('raw',))
        while _thread._count():
            time.sleep(0.01)
        print('done')
    """)
    assert status == 0 and out == 'done\n'
    assert err.count('Exception in thread t') == 10
    assert err.count('ValueError: ') == 11
    assert 'Exception ignored in thread started by: <function fail' in err


def test_daemon_threads_running_at_exit(pypy_c):
    status, out, err = run(pypy_c, """
        import threading, time
        def spin():
            n = 0
            while True:
                n += 1
        def sleeper():
            while True:
                time.sleep(0.001)
        for f in [spin, spin, sleeper]:
            threading.Thread(target=f, daemon=True).start()
        time.sleep(0.1)
        print('main ends')
    """)
    assert (status, out, err) == (0, 'main ends\n', '')


def test_exit_waits_for_non_daemon_threads(pypy_c):
    status, out, err = run(pypy_c, """
        import threading, time
        def late():
            time.sleep(0.3)
            print('thread ends', flush=True)
        threading.Thread(target=late).start()
        print('main ends', flush=True)
    """)
    assert (status, out, err) == (0, 'main ends\nthread ends\n', '')


@pytest.mark.parametrize('wait', ['t.join()', 'while True: pass',
                                  'time.sleep(30)'])
def test_keyboard_interrupt_in_main_thread(pypy_c, wait):
    proc = start(pypy_c, """
        import threading, time, sys
        def spin():
            while True:
                pass
        for i in range(3):
            threading.Thread(target=spin, daemon=True).start()
        t = threading.Thread(target=time.sleep, args=(60,), daemon=True)
        t.start()
        print('ready', flush=True)
        try:
            %s
        except KeyboardInterrupt:
            print('interrupted in', threading.current_thread().name,
                  flush=True)
            raise
    """ % wait)
    assert proc.stdout.readline() == b'ready\n'
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    status, out, err = finish(proc)
    assert out == 'interrupted in MainThread\n'
    assert status > 0
    assert err.rstrip().endswith('KeyboardInterrupt')


def test_signal_handler_runs_in_main_thread(pypy_c):
    status, out, err = run(pypy_c, """
        import os, signal, threading, time
        seen = []
        signal.signal(signal.SIGUSR1,
                      lambda *args: seen.append(
                          threading.current_thread().name))
        t = threading.Thread(target=os.kill,
                             args=(os.getpid(), signal.SIGUSR1))
        t.start()
        t.join()
        deadline = time.monotonic() + 10
        while not seen and time.monotonic() < deadline:
            time.sleep(0.01)
        print(seen)
    """)
    assert (status, out, err) == (0, "['MainThread']\n", '')


def test_interrupt_main_from_a_thread(pypy_c):
    status, out, err = run(pypy_c, """
        import _thread, threading, time
        threading.Timer(0.1, _thread.interrupt_main).start()
        try:
            while True:
                pass
        except KeyboardInterrupt:
            print('interrupted')
    """)
    assert (status, out, err) == (0, 'interrupted\n', '')
