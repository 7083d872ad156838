"""pow() with a third argument: integers only."""


def check_refused(*args):
    try:
        pow(*args)
    except TypeError as e:
        assert str(e) == ('pow() 3rd argument not allowed unless all '
                          'arguments are integers'), str(e)
    else:
        assert False, args


def test_float_anywhere_is_refused():
    check_refused(2, 3, 5.0)
    check_refused(2.0, 3, 5)
    check_refused(2, 3.0, 5)
    check_refused(2.0, 3.0, 5.0)
    try:
        (2.0).__pow__(3, 5)
    except TypeError as e:
        assert '3rd argument not allowed' in str(e)
    else:
        assert False


def test_integers_and_none():
    assert pow(2, 3, 5) == 3
    assert pow(2, -1, 5) == 3
    assert pow(2.0, 3, None) == 8.0
    assert (2.0).__pow__(3, None) == 8.0


def test_other_types_message():
    try:
        pow('a', 2, 3)
    except TypeError as e:
        assert str(e) == ("unsupported operand type(s) for ** or pow(): "
                          "'str', 'int', 'int'")
    else:
        assert False
