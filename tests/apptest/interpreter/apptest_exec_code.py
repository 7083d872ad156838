"""exec() of code objects."""


def _closure_code():
    x = 1

    def inner():
        return x
    return inner.__code__


def test_exec_code_with_free_variables():
    try:
        exec(_closure_code())
    except TypeError as e:
        assert str(e) == 'code object requires a closure of exactly length 1'
    else:
        raise AssertionError('TypeError not raised')


def test_exec_plain_code():
    ns = {}
    exec(compile('y = 6 * 7', '<s>', 'exec'), ns)
    assert ns['y'] == 42
