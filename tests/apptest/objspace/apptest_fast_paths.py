"""The semantics that the interpreter's shortcuts for exact ints, floats,
lists, tuples, dicts and strs must keep (objspace/descroperation.py):
subclasses and their reflected methods, int/float mixes, NaN, overflow
to big ints, index errors, keys with their own __eq__/__hash__."""

import math


# --- arithmetic -------------------------------------------------------

def test_float_int_mixes():
    assert 1.5 + 2 == 3.5 and type(1.5 + 2) is float
    assert 2 + 1.5 == 3.5 and type(2 + 1.5) is float
    assert 7 - 0.5 == 6.5 and 0.5 - 7 == -6.5
    assert 3 * 0.5 == 1.5 and 0.5 * 3 == 1.5
    assert 1 / 4 == 0.25 and 1.0 / 4 == 0.25 and 1 / 4.0 == 0.25
    assert 7.5 // 2 == 3.0 and 7 // 2.0 == 3.0 and -7.5 // 2 == -4.0
    assert 7.5 % 2 == 1.5 and -7.5 % 2 == 0.5 and 7.5 % -2 == -0.5
    assert 2 ** 0.5 == math.sqrt(2) and 4.0 ** 2 == 16.0
    assert (-8.0) ** (1 / 3) == (-8) ** (1 / 3)
    assert type((-8.0) ** 0.5) is complex


def test_int_true_division():
    assert 3 / 2 == 1.5 and type(4 / 2) is float
    assert -1 / 3 == -0.3333333333333333
    assert (2 ** 60 + 1) / 1 == 1.152921504606847e+18
    assert 10 ** 30 / 10 ** 10 == 1e20
    try:
        1 / 0
    except ZeroDivisionError as e:
        assert str(e) == 'division by zero'
    else:
        assert False


def test_float_errors():
    for fn, message in [(lambda: 1.0 / 0, 'float division by zero'),
                        (lambda: 1 / 0.0, 'float division by zero'),
                        (lambda: 1.0 // 0.0, 'float floor division by zero'),
                        (lambda: 1.0 % 0, 'float modulo'),
                        (lambda: 0.0 ** -1,
                         '0.0 cannot be raised to a negative power')]:
        try:
            fn()
        except ZeroDivisionError as e:
            assert str(e) == message
        else:
            assert False, message
    try:
        10.0 ** 400
    except OverflowError:
        pass
    else:
        assert False


def test_big_ints_with_floats():
    big = 2 ** 60 + 1           # not exactly a float
    assert big + 0.0 == float(big)
    assert 0.0 + big == 1.152921504606847e+18
    assert big * 1.0 == 1.152921504606847e+18
    assert big != float(big) and float(big) != big
    assert big > float(2 ** 60) and float(2 ** 60) < big
    assert 2 ** 53 + 1 > 2.0 ** 53
    assert 2 ** 53 == 2.0 ** 53
    try:
        10 ** 400 + 1.0
    except OverflowError as e:
        assert str(e) == 'int too large to convert to float'
    else:
        assert False


def test_int_overflow_to_big_ints():
    m = 2 ** 63 - 1
    assert m + 1 == 9223372036854775808
    assert -m - 2 == -9223372036854775809
    assert m * m == 85070591730234615847396907784232501249
    x = m
    x += 1
    assert x == 2 ** 63
    assert (-2 ** 63) // -1 == 2 ** 63
    assert (-2 ** 63) % -1 == 0


def test_subclass_reflected_method_first():
    class F(float):
        def __radd__(self, other):
            return 'F.radd'

        def __rsub__(self, other):
            return NotImplemented

    class I(int):
        def __rmul__(self, other):
            return 'I.rmul'

        def __lt__(self, other):
            return 'I.lt'

        def __gt__(self, other):
            return 'I.gt'

    assert 1.0 + F(2) == 'F.radd'
    assert 1 + F(2) == 'F.radd'
    assert 1.0 - F(2) == -1.0          # NotImplemented: float's method
    assert 2 * I(3) == 'I.rmul'
    assert 2.5 * I(3) == 7.5           # I is no subclass of float
    assert (I(3) < 4) == 'I.lt'
    assert (4 < I(3)) == 'I.gt'        # reflected, the subclass first
    assert (4.0 < I(3)) is False
    assert type(F(1.5) + 1) is float and F(1.5) + 1 == 2.5


def test_bool_operands():
    assert True + True == 2 and type(True + 1) is int
    assert True + 0.5 == 1.5
    assert (True & True) is True and (True | False) is True
    assert True / 2 == 0.5
    assert 1.0 == True and 0 == False and 2 > True


def test_inplace_operators():
    x = 5
    x += 2.5
    assert x == 7.5
    x -= 0.5
    x *= 2
    x /= 7
    assert x == 2.0
    s = 'ab'
    s += 'cd'
    assert s == 'abcd'
    lst = [1]
    alias = lst
    lst += [2]
    assert alias == [1, 2] and alias is lst
    t = (1,)
    t += (2,)
    assert t == (1, 2)

    class Acc(float):
        def __iadd__(self, other):
            return 'Acc.iadd'
    a = Acc(1.0)
    a += 1
    assert a == 'Acc.iadd'


def test_unsupported_operand_messages():
    for fn, message in [
            (lambda: 1.0 + 'a',
             "unsupported operand type(s) for +: 'float' and 'str'"),
            (lambda: 'a' - 1,
             "unsupported operand type(s) for -: 'str' and 'int'"),
            (lambda: 1.0 < 'a',
             "'<' not supported between instances of 'float' and 'str'")]:
        try:
            fn()
        except TypeError as e:
            assert str(e) == message
        else:
            assert False, message


# --- comparisons ------------------------------------------------------

def test_nan_comparisons():
    nan = float('nan')
    assert not (nan == nan) and nan != nan
    assert not (nan < 1.0) and not (nan >= 1.0)
    assert not (nan < 1) and not (1 <= nan) and 1 != nan
    assert nan is nan and [nan] == [nan]      # identity first
    inf = float('inf')
    assert inf > 2 ** 53 and -inf < -2 ** 53 and inf > 10 ** 400


def test_int_float_comparisons():
    assert 1 < 1.5 < 2 and 2 > 1.5 > 1
    assert 3 == 3.0 and 3.0 == 3 and not (3 != 3.0)
    assert 0.1 + 0.2 != 0.3 and -0.0 == 0
    assert (1 < 2) is True and (1.0 > 2) is False


# --- containers -------------------------------------------------------

def test_list_indexing():
    lst = [10, 20, 30]
    assert lst[0] == 10 and lst[-1] == 30 and lst[-3] == 10
    lst[-1] = 31
    lst[True] = 21
    assert lst == [10, 21, 31]
    for bad in (3, -4, 2 ** 70):
        try:
            lst[bad]
        except IndexError as e:
            assert str(e) in ('list index out of range',
                              "cannot fit 'int' into an index-sized "
                              "integer")
        else:
            assert False
    try:
        lst[3] = 0
    except IndexError as e:
        assert str(e) == 'list assignment index out of range'
    else:
        assert False
    try:
        lst[1.0]
    except TypeError as e:
        assert str(e) == 'list indices must be integers or slices, not float'
    else:
        assert False

    class Idx:
        def __index__(self):
            return -2
    assert lst[Idx()] == 21
    assert lst[1:] == [21, 31]


def test_subclass_getitem_setitem():
    class L(list):
        def __getitem__(self, i):
            return ('L', i)

        def __setitem__(self, i, v):
            list.__setitem__(self, i, v * 2)

        def __len__(self):
            return 42

    lst = L([1, 2])
    assert lst[0] == ('L', 0)
    lst[1] = 5
    assert list(lst) == [1, 10] and len(lst) == 42

    class T(tuple):
        def __iter__(self):
            return iter(['x', 'y'])
    a, b = T((1, 2))
    assert (a, b) == ('x', 'y')


def test_tuple_and_str_indexing():
    t = (1, 2, 3)
    assert t[-1] == 3 and t[1] == 2
    try:
        t[3]
    except IndexError as e:
        assert str(e) == 'tuple index out of range'
    else:
        assert False
    s = 'héllo'
    assert s[1] == 'é' and s[-1] == 'o'
    try:
        s[5]
    except IndexError as e:
        assert str(e) == 'string index out of range'
    else:
        assert False
    try:
        s['a']
    except TypeError as e:
        assert str(e) == "string indices must be integers, not 'str'"
    else:
        assert False


def test_unpacking():
    a, b = [1, 2]
    c, d = (3, 4)
    assert (a, b, c, d) == (1, 2, 3, 4)
    for seq, message in [((1, 2, 3), 'too many values to unpack '
                                     '(expected 2)'),
                         ([1], 'not enough values to unpack '
                               '(expected 2, got 1)')]:
        try:
            a, b = seq
        except ValueError as e:
            assert str(e) == message
        else:
            assert False
    try:
        a, b = 1
    except TypeError as e:
        assert str(e) == 'cannot unpack non-iterable int object'
    else:
        assert False


def test_iteration():
    assert [x for x in range(3)] == [0, 1, 2]
    assert [x for x in range(10, 0, -3)] == [10, 7, 4, 1]
    assert [x for x in (1, 2)] == [1, 2]
    lst = [1, 2]
    seen = []
    for x in lst:
        seen.append(x)
        if len(lst) < 4:
            lst.append(x * 10)      # the iterator sees the growth
    assert seen == [1, 2, 10, 20]
    it = iter([1])
    assert next(it) == 1
    try:
        next(it)
    except StopIteration:
        pass
    else:
        assert False


def test_dict_keys_with_own_eq_and_hash():
    class Key:
        def __init__(self, n):
            self.n = n

        def __hash__(self):
            return hash(self.n % 3)

        def __eq__(self, other):
            return isinstance(other, Key) and self.n == other.n

    d = {Key(1): 'one', Key(4): 'four'}
    assert d[Key(1)] == 'one' and d[Key(4)] == 'four'
    assert Key(7) not in d and Key(4) in d
    d[Key(1)] = 'uno'
    assert len(d) == 2 and d[Key(1)] == 'uno'
    try:
        d[Key(7)]
    except KeyError as e:
        assert type(e.args[0]) is Key
    else:
        assert False

    class S(str):
        def __hash__(self):
            return hash('other')

        def __eq__(self, other):
            return str.__eq__(self, 'other') or str.__eq__(other, 'other')
    d = {'other': 1}
    assert d[S('x')] == 1
    assert 1 in {1.0: 'a'} and {1: 'a'}[1.0] == 'a' and {1: 'a'}[True] == 'a'


def test_dict_subclass_missing():
    class D(dict):
        def __missing__(self, key):
            return key * 2
    d = D(a=1)
    assert d['a'] == 1 and d['b'] == 'bb'
    assert 'b' not in d
    try:
        {}['k']
    except KeyError as e:
        assert e.args == ('k',)
    else:
        assert False


def test_len_of_builtins():
    assert len([1, 2]) == 2 and len((1,)) == 1 and len('héllo') == 5
    assert len({1: 2}) == 1 and len(range(5)) == 5


def test_unary_operators():
    import sys
    m = -sys.maxsize - 1
    assert -m == sys.maxsize + 1 and abs(m) == sys.maxsize + 1
    assert -(-5) == 5 and abs(-5) == 5 and abs(5) == 5 and ~5 == -6
    assert -2.5 == -(2.5) and abs(-2.5) == 2.5
    assert str(-0.0) == '-0.0' and str(-(0.0)) == '-0.0'
    assert -True == -1 and ~True == -2 and abs(True) == 1
    assert type(abs(True)) is int

    class I(int):
        def __neg__(self):
            return 'I.neg'
    assert -I(3) == 'I.neg' and type(abs(I(-3))) is int


def test_slice_assignment():
    lst = [0, 1, 2, 3, 4]
    lst[:3] = lst[2::-1]
    assert lst == [2, 1, 0, 3, 4]
    lst[1:3] = 'ab'
    assert lst == [2, 'a', 'b', 3, 4]
    lst[1:3] = []
    assert lst == [2, 3, 4]
    lst[1:1] = [7, 8]
    assert lst == [2, 7, 8, 3, 4]
    lst[:] = lst
    assert lst == [2, 7, 8, 3, 4]
    it = iter(lst)
    next(it)
    lst[0:2] = [9, 9]
    assert next(it) == 9


def test_str_operators():
    assert 'ab' + 'cd' == 'abcd' and 'é' + '' == 'é'
    assert '%s:%d' % ('k', 3) == 'k:3' and '%d%%' % 5 == '5%'
    assert '%s' % 'x' == 'x' and '%.1f' % 2.25 == '2.2' and '%x' % 255 == 'ff'
    assert 'a' < 'b' < 'ba' and 'Z' < 'a' and not ('b' <= 'a')
    assert 'é' > 'z' and '\U0001f600' > '\uffff' and 'a' != 'b'
    assert sorted(['b', 'a', 'ab', '']) == ['', 'a', 'ab', 'b']
    try:
        'a' + 1
    except TypeError as e:
        assert str(e) == 'can only concatenate str (not "int") to str'
    else:
        assert False
    try:
        '%d' % 'x'
    except TypeError as e:
        assert str(e) == '%d format: a real number is required, not str'
    else:
        assert False

    class S(str):
        def __radd__(self, other):
            return 'S.radd'

        def __rmod__(self, other):
            return 'S.rmod'

        def __gt__(self, other):
            return 'S.gt'
    assert 'a' + S('b') == 'S.radd'
    assert 'a%s' % S('b') == 'S.rmod'
    assert ('a' < S('b')) == 'S.gt'

    class T(tuple):
        def __rmod__(self, other):
            return 'T.rmod'
    assert '%s' % T((1,)) == '1'     # T is no str subclass: str first
