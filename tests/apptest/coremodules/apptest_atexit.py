"""atexit: registering, unregistering and running exit functions."""

import atexit


def test_register_and_run():
    atexit._clear()
    log = []

    def f(*args, **kwargs):
        log.append((args, kwargs))
    assert atexit.register(f, 1, x=2) is f
    atexit.register(log.append, 'second')
    assert atexit._ncallbacks() == 2
    atexit._run_exitfuncs()
    # last registered first
    assert log == ['second', ((1,), {'x': 2})]
    assert atexit._ncallbacks() == 0
    atexit._run_exitfuncs()
    assert len(log) == 2


def test_unregister():
    atexit._clear()
    log = []

    def f():
        log.append('f')

    def g():
        log.append('g')
    atexit.register(f)
    atexit.register(g)
    atexit.register(f)
    atexit.unregister(f)
    atexit._run_exitfuncs()
    assert log == ['g']


def test_errors_are_reported_not_raised():
    atexit._clear()
    log = []

    def bad():
        raise ValueError('boom')
    atexit.register(log.append, 'ran')
    atexit.register(bad)
    atexit._run_exitfuncs()     # prints the traceback to stderr
    assert log == ['ran']


def test_register_checks():
    try:
        atexit.register(1)
    except TypeError as e:
        assert str(e) == 'the first argument must be callable'
    else:
        raise AssertionError('TypeError not raised')
    try:
        atexit.register()
    except TypeError as e:
        assert str(e) == 'register() takes at least 1 argument (0 given)'
    else:
        raise AssertionError('TypeError not raised')


def test_clear():
    atexit.register(print)
    atexit._clear()
    assert atexit._ncallbacks() == 0
