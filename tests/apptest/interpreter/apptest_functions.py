"""Function objects: __dict__ and arbitrary attributes, __annotations__,
__wrapped__."""


def _sample(a, b: int = 2) -> str:
    return a


def test_function_attributes():
    def f():
        pass
    f.counter = 3
    f.counter += 1
    assert f.counter == 4
    assert f.__dict__ == {"counter": 4}
    del f.counter
    assert f.__dict__ == {}
    assert not hasattr(f, "counter")


def test_function_dict_is_assignable():
    def f():
        pass
    f.__dict__ = {"x": 1}
    assert f.x == 1
    try:
        f.__dict__ = 5
    except TypeError:
        pass
    else:
        assert False, "no TypeError"


def test_wrapped():
    def decorator(func):
        def wrapper(*args):
            return func(*args) * 2
        wrapper.__wrapped__ = func
        wrapper.__name__ = func.__name__
        return wrapper

    @decorator
    def three():
        return 3
    assert three() == 6
    assert three.__wrapped__() == 3
    assert three.__name__ == "three"


def test_attributes_do_not_hide_builtin_ones():
    def f():
        "doc"
    f.extra = 1
    assert f.__name__ == "f"
    assert f.__doc__ == "doc"
    assert "__name__" not in f.__dict__


def test_annotations():
    ann = _sample.__annotations__
    assert ann == {"b": int, "return": str}

    def g():
        pass
    assert g.__annotations__ == {}
    g.__annotations__ = {"x": 1}
    assert g.__annotations__ == {"x": 1}


def test_lambda_dict():
    f = lambda: 1
    f.tag = "t"
    assert f.__dict__["tag"] == "t"
