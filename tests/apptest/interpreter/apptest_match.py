"""The match statement: every kind of pattern, guards, soft keywords and
the run-time errors of class patterns."""


def describe(x):
    match x:
        case 0 | 1 | 2:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5 | 2j | 1 - 2j:
            return 'number'
        case "text" | b"bytes":
            return 'literal'
        case None:
            return 'none'
        case True:
            return 'true'
        case [a, b]:
            return ('pair', a, b)
        case [first, *rest]:
            return ('seq', first, rest)
        case {'k': v, **others}:
            return ('map', v, others)
        case str() as s if len(s) > 2:
            return ('str', s)
        case _:
            return 'other'


def test_literal_and_capture_patterns():
    assert describe(0) == 'small'
    assert describe(2) == 'small'
    assert describe(-1) == 'minus one'
    assert describe(1.5) == 'number'
    assert describe(1 - 2j) == 'number'
    assert describe("text") == 'literal'
    assert describe(b"bytes") == 'literal'
    assert describe(None) == 'none'
    assert describe(True) == 'small'      # True == 1
    assert describe(3.25) == 'other'


def test_singletons_compare_by_identity():
    def f(x):
        match x:
            case True:
                return 'true'
            case False:
                return 'false'
        return 'no'
    assert f(True) == 'true'
    assert f(1) == 'no'
    assert f(0) == 'no'
    assert f(False) == 'false'


def test_sequence_patterns():
    assert describe([3, 4]) == ('pair', 3, 4)
    assert describe((5, 6, 7)) == ('seq', 5, [6, 7])
    assert describe(range(2)) == ('pair', 0, 1)
    assert describe([]) == 'other'
    assert describe('ab') == 'other'        # str is not a sequence here
    assert describe(b'ab') == 'other'
    assert describe(bytearray(b'ab')) == 'other'

    def g(x):
        match x:
            case ():
                return 'empty'
            case (a,):
                return ('one', a)
            case [*_, last]:
                return ('last', last)
            case [*init, 9]:
                return init
    assert g([]) == 'empty'
    assert g((1,)) == ('one', 1)
    assert g([1, 2, 3]) == ('last', 3)


def test_nested_and_group_patterns():
    def f(x):
        match x:
            case [(1 | 2) as a, [b, *_]]:
                return a, b
            case (((c))):
                return c
    assert f([2, [3, 4, 5]]) == (2, 3)
    assert f([3, [3]]) == [3, [3]]


def test_mapping_patterns():
    assert describe({'k': 1, 'j': 2}) == ('map', 1, {'j': 2})

    def f(m):
        match m:
            case {'a': 1, 'b': [x, y]}:
                return x + y
            case {'a': _}:
                return 'has a'
            case {}:
                return 'mapping'
        return 'no'
    assert f({'a': 1, 'b': [2, 3], 'c': 4}) == 5
    assert f({'a': 2}) == 'has a'
    assert f({}) == 'mapping'
    assert f([]) == 'no'
    assert f('abc') == 'no'


def test_mapping_uses_get():
    log = []

    class M(dict):
        def get(self, key, default=None):
            log.append(key)
            return dict.get(self, key, default)

    match M(a=1, c=3):
        case {'a': 1, **rest}:
            pass
    assert log == ['a']
    assert rest == {'c': 3}
    assert type(rest) is dict


def test_value_patterns():
    class Color:
        RED = 'red'
        BLUE = 'blue'

    def f(c):
        match c:
            case Color.RED:
                return 'r'
            case Color.BLUE:
                return 'b'
        return '?'
    assert f('red') == 'r'
    assert f('blue') == 'b'
    assert f('x') == '?'


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def test_class_patterns():
    def f(p):
        match p:
            case Point(0, 0):
                return 'origin'
            case Point(x=0, y=y):
                return ('on y', y)
            case Point(x, y=0):
                return ('on x', x)
            case Point():
                return 'point'
            case int(n) | float(n):
                return ('number', n)
            case str(s):
                return ('str', s)
        return 'other'
    assert f(Point(0, 0)) == 'origin'
    assert f(Point(0, 5)) == ('on y', 5)
    assert f(Point(4, 0)) == ('on x', 4)
    assert f(Point(1, 1)) == 'point'
    assert f(3) == ('number', 3)
    assert f(2.5) == ('number', 2.5)
    assert f('s') == ('str', 's')
    assert f(None) == 'other'


def test_class_pattern_missing_attribute_does_not_match():
    class G:
        __match_args__ = ('a',)

    match G():
        case G(1):
            result = 'matched'
        case _:
            result = 'no'
    assert result == 'no'


def error(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


def test_class_pattern_errors():
    class C:
        pass

    class D:
        __match_args__ = ('a', 'b')
        a = 1
        b = 2

    class E:
        __match_args__ = ['a']

    class F:
        __match_args__ = (1,)

    def m1(x):
        match x:
            case C(1):
                pass

    def m2(x):
        match x:
            case D(1, 2, 3):
                pass

    def m3(x):
        match x:
            case E(1):
                pass

    def m4(x):
        match x:
            case F(1):
                pass

    def m5(x):
        match x:
            case D(1, a=1):
                pass

    def m6(x, c):
        match x:
            case c():
                pass
    assert error(m1, C()) == \
        'TypeError: C() accepts 0 positional sub-patterns (1 given)'
    assert error(m2, D()) == \
        'TypeError: D() accepts 2 positional sub-patterns (3 given)'
    assert error(m3, E()) == \
        'TypeError: E.__match_args__ must be a tuple (got list)'
    assert error(m4, F()) == \
        'TypeError: __match_args__ elements must be strings (got int)'
    assert error(m5, D()) == \
        "TypeError: D() got multiple sub-patterns for attribute 'a'"
    assert error(m6, 1, 1) == \
        'TypeError: called match pattern must be a type'


def test_guards_and_fallthrough():
    def f(x):
        match x:
            case [a, b] if a > b:
                return 'desc'
            case [a, b] if (s := a + b) > 10:
                return ('big', s)
            case [a, b]:
                return 'pair'
        return 'no match'
    assert f([3, 1]) == 'desc'
    assert f([5, 6]) == ('big', 11)
    assert f([1, 2]) == 'pair'
    assert f(1) == 'no match'


def test_subject_evaluated_once():
    calls = []

    def subject():
        calls.append(1)
        return [1, 2]
    match subject():
        case [1]:
            pass
        case [1, 2, 3]:
            pass
        case [1, x]:
            pass
    assert calls == [1]
    assert x == 2


def test_tuple_subject():
    match 1, 2:
        case (a, b):
            pass
    assert (a, b) == (1, 2)


def test_break_continue_return_in_case():
    out = []
    for i in range(5):
        match i:
            case 1:
                continue
            case 3:
                break
            case _:
                out.append(i)
    assert out == [0, 2]


def test_soft_keywords_as_names():
    match = [1]
    case = 2
    _ = 3
    match[0] = case
    assert match == [2]
    assert _ == 3

    def match(case):
        return case
    assert match(4) == 4
