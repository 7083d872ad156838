"""os.register_at_fork: the hooks run around os.fork() (random.py
registers one at import); CPython's argument errors."""

import os


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


def test_errors():
    assert (raises(TypeError, os.register_at_fork) ==
            "At least one argument is required.")
    assert (raises(TypeError, os.register_at_fork, before=1) ==
            "'before' must be callable, not int")
    assert (raises(TypeError, os.register_at_fork, after_in_child=None) ==
            "'after_in_child' must be callable, not NoneType")
    assert (raises(TypeError, os.register_at_fork, print) ==
            "register_at_fork() takes no positional arguments")


def test_hooks_run_around_fork():
    # the hooks stay registered: they act during this test only, so that
    # later forks (subprocess) in the same process are not disturbed
    active = [True]
    calls = []

    def hook(name):
        if active[0]:
            calls.append(name)

    def child_exits():
        if active[0]:
            os._exit(7)
    os.register_at_fork(before=lambda: hook('before1'),
                        after_in_parent=lambda: hook('parent1'))
    os.register_at_fork(before=lambda: hook('before2'),
                        after_in_parent=lambda: hook('parent2'),
                        after_in_child=child_exits)
    try:
        pid = os.fork()
        if pid == 0:
            os._exit(0)     # not reached: the after_in_child hook exits
        _, status = os.waitpid(pid, 0)
    finally:
        active[0] = False
    assert os.waitstatus_to_exitcode(status) == 7
    # before: the last registered first; after: in registration order
    assert calls == ['before2', 'before1', 'parent1', 'parent2']
