"""Starred assignment targets, * and ** in calls and displays."""


def test_starred_assignment():
    a, *b = [1, 2, 3]
    assert (a, b) == (1, [2, 3])
    *a, b = (1, 2, 3)
    assert (a, b) == ([1, 2], 3)
    a, *b, c = 'xy'
    assert (a, b, c) == ('x', [], 'y')
    [a, *b] = iter([5])
    assert (a, b) == (5, [])
    for x, *rest in [(1, 2, 3)]:
        assert rest == [2, 3]


def test_starred_assignment_errors():
    try:
        a, *b, c = [1]
    except ValueError as e:
        assert str(e) == ("not enough values to unpack (expected at least 2,"
                          " got 1)")
    else:
        assert False
    try:
        a, *b = 1
    except TypeError as e:
        assert str(e) == "cannot unpack non-iterable int object"
    else:
        assert False


def test_star_in_calls():
    def f(*args, **kwargs):
        return args, kwargs
    assert f(*[1, 2]) == ((1, 2), {})
    assert f(0, *[1], 2, *(3, 4)) == ((0, 1, 2, 3, 4), {})
    assert f(**{'a': 1}) == ((), {'a': 1})
    assert f(1, a=1, **{'b': 2}, c=3) == ((1,), {'a': 1, 'b': 2, 'c': 3})
    assert f(*'ab', **{'x': 1}, **{'y': 2}) == (('a', 'b'), {'x': 1, 'y': 2})


def test_star_call_errors():
    def f(*args, **kwargs):
        pass
    cases = [
        (lambda: f(*1), TypeError,
         "argument after * must be an iterable, not int"),
        (lambda: f(**1), TypeError,
         "argument after ** must be a mapping, not int"),
        (lambda: f(a=1, **{'a': 2}), TypeError,
         "got multiple values for keyword argument 'a'"),
        (lambda: f(**{'a': 1}, **{'a': 2}), TypeError,
         "got multiple values for keyword argument 'a'"),
        (lambda: f(1, *1), TypeError,
         "Value after * must be an iterable, not int"),
        (lambda: f(**{1: 2}), TypeError, "keywords must be strings"),
    ]
    for func, exc, message in cases:
        try:
            func()
        except exc as e:
            assert message in str(e), str(e)
        else:
            assert False, message


def test_star_in_displays():
    a = [1, 2]
    assert [*a, 3, *a] == [1, 2, 3, 1, 2]
    assert (*a, 3) == (1, 2, 3)
    assert {**{'a': 1}, 'b': 2, **{'a': 3}} == {'a': 3, 'b': 2}
    assert {'x': 0, **{}} == {'x': 0}
    try:
        [*1]
    except TypeError as e:
        assert str(e) == "Value after * must be an iterable, not int"
    try:
        {**1}
    except TypeError as e:
        assert str(e) == "'int' object is not a mapping"


def test_nested_unpacking():
    (a, b), *c = [(1, 2), 3, 4]
    assert (a, b, c) == (1, 2, [3, 4])
