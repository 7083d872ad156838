"""BaseExceptionGroup / ExceptionGroup (without except*)."""


def _error(func, *args):
    try:
        func(*args)
    except Exception as e:
        return type(e), str(e)
    raise AssertionError('no exception')


def test_construction_and_attributes():
    eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
    assert eg.message == 'msg'
    assert len(eg.exceptions) == 2 and isinstance(eg.exceptions, tuple)
    assert str(eg) == 'msg (2 sub-exceptions)'
    assert repr(eg) == "ExceptionGroup('msg', [ValueError(1), TypeError(2)])"
    assert str(ExceptionGroup('m', [ValueError()])) == 'm (1 sub-exception)'
    assert isinstance(eg, Exception) and isinstance(eg, BaseExceptionGroup)
    assert type(BaseExceptionGroup('m', [ValueError()])) is ExceptionGroup
    assert type(BaseExceptionGroup('m', [KeyboardInterrupt()])) is \
        BaseExceptionGroup


def test_construction_errors():
    assert _error(ExceptionGroup, 'm', []) == (
        ValueError, 'second argument (exceptions) must be a non-empty '
        'sequence')
    assert _error(ExceptionGroup, 1, [ValueError()]) == (
        TypeError, 'BaseExceptionGroup.__new__() argument 1 must be str, '
        'not int')
    assert _error(ExceptionGroup, 'm', [1]) == (
        ValueError, 'Item 0 of second argument (exceptions) is not an '
        'exception')
    assert _error(ExceptionGroup, 'm', 5) == (
        TypeError, 'second argument (exceptions) must be a sequence')
    assert _error(ExceptionGroup, 'm', [KeyboardInterrupt()]) == (
        TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup')


def test_split_and_subgroup():
    inner = ExceptionGroup('inner', [ValueError(3), OSError(4)])
    eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), inner])
    match, rest = eg.split(ValueError)
    assert repr(match) == ("ExceptionGroup('msg', [ValueError(1), "
                           "ExceptionGroup('inner', [ValueError(3)])])")
    assert repr(rest) == ("ExceptionGroup('msg', [TypeError(2), "
                          "ExceptionGroup('inner', [OSError(4)])])")
    assert eg.subgroup(KeyError) is None
    assert eg.subgroup(Exception) is eg
    sub = eg.subgroup(lambda e: isinstance(e, TypeError))
    assert repr(sub) == "ExceptionGroup('msg', [TypeError(2)])"


def test_raise_and_catch():
    try:
        raise ExceptionGroup('boom', [ValueError()])
    except Exception as e:
        caught = e
    assert caught.exceptions[0].__class__ is ValueError
