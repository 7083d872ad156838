"""A controller that answers a value of the wrong type for the protocol
gets the TypeError CPython raises for a badly behaved class."""
# apptest: pypy-only

from __pypy__ import tproxy


def answering(typ, value):
    return tproxy(typ, lambda opname, *args: value)


def raises_type_error(func, message):
    try:
        func()
    except TypeError as e:
        assert str(e) == message, str(e)
    else:
        raise AssertionError("no TypeError")


def test_len_returning_str():
    raises_type_error(lambda: len(answering(list, 'x')),
                      "'str' object cannot be interpreted as an integer")


def test_len_returning_negative():
    try:
        len(answering(list, -1))
    except ValueError as e:
        assert str(e) == '__len__() should return >= 0'
    else:
        raise AssertionError("no ValueError")


def test_bool_returning_int():
    raises_type_error(lambda: bool(answering(int, 1)),
                      '__bool__ should return bool, returned int')
    p = answering(int, 1)

    def use_in_if():
        if p:
            pass
    raises_type_error(use_in_if, '__bool__ should return bool, returned int')


def test_hash_returning_non_int():
    raises_type_error(lambda: hash(answering(str, 1.5)),
                      '__hash__ method should return an integer')
    raises_type_error(lambda: {answering(str, 'h'): 1},
                      '__hash__ method should return an integer')


def test_iter_returning_non_iterator():
    raises_type_error(lambda: iter(answering(list, 3)),
                      "iter() returned non-iterator of type 'int'")
    raises_type_error(lambda: [x for x in answering(list, 3)],
                      "iter() returned non-iterator of type 'int'")


def test_repr_and_str_returning_non_str():
    raises_type_error(lambda: repr(answering(list, 3)),
                      '__repr__ returned non-string (type int)')
    raises_type_error(lambda: str(answering(list, 3)),
                      '__str__ returned non-string (type int)')


def test_index_returning_non_int():
    raises_type_error(lambda: [1, 2][answering(int, 'x')],
                      '__index__ returned non-int (type str)')


def test_a_proxy_answered_for_a_str_is_refused():
    # the controller of a proxied str answering another proxy: refused,
    # not looped on
    inner = tproxy(str, lambda opname, *args: 'abc')
    p = tproxy(str, lambda opname, *args: inner)
    try:
        'abc'.find(p)
    except TypeError:
        pass
    else:
        raise AssertionError("no TypeError")
