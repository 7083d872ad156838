"""with statements: __enter__/__exit__ looked up on the type, several
items, suppression, return/break/continue inside."""

class CM:
    def __init__(self, log, name, suppress=False):
        self.log = log
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        self.log.append(('enter', self.name))
        return self.name

    def __exit__(self, typ, value, tb):
        self.log.append(('exit', self.name, typ))
        return self.suppress


def test_basic():
    log = []
    with CM(log, 'a') as x:
        log.append(x)
    assert log == [('enter', 'a'), 'a', ('exit', 'a', None)]


def test_several_items():
    log = []
    with CM(log, 'a') as x, CM(log, 'b') as y:
        log.append((x, y))
    assert log == [('enter', 'a'), ('enter', 'b'), ('a', 'b'),
                   ('exit', 'b', None), ('exit', 'a', None)]


def test_exception_propagates():
    log = []
    try:
        with CM(log, 'a'):
            raise KeyError(1)
    except KeyError:
        pass
    assert log == [('enter', 'a'), ('exit', 'a', KeyError)]


def test_exception_suppressed():
    log = []
    with CM(log, 'a', suppress=True):
        raise KeyError(1)
    assert log == [('enter', 'a'), ('exit', 'a', KeyError)]


def test_return_break_continue():
    log = []
    def f():
        with CM(log, 'r'):
            return 5
    assert f() == 5
    for i in [1, 2]:
        with CM(log, i):
            if i == 1:
                continue
            break
    assert log == [('enter', 'r'), ('exit', 'r', None), ('enter', 1),
                   ('exit', 1, None), ('enter', 2), ('exit', 2, None)]


def test_not_a_context_manager():
    try:
        with 1:
            pass
    except TypeError as e:
        assert str(e) == ("'int' object does not support the context "
                          "manager protocol")
    else:
        assert False


def test_exit_sees_exception_instance():
    seen = []
    class Rec:
        def __enter__(self):
            return self
        def __exit__(self, *args):
            seen.append(args)
            return True
    with Rec():
        raise ValueError('v')
    typ, value, tb = seen[0]
    assert typ is ValueError and str(value) == 'v' and tb is not None
