"""App-level tests of what the skeleton interpreter supports: int (small
and big) and float arithmetic, comparisons, str, list, tuple and dict
basics, functions and their arguments, control flow, and the print-free
builtins.  They use nothing beyond that (no classes, closures,
comprehensions, try, range), and they pass on CPython 3.11 too."""


# --- int and float arithmetic -------------------------------------------

def test_int_arithmetic():
    assert 2 + 3 * 4 == 14
    assert (2 + 3) * 4 == 20
    assert 7 - 10 == -3
    assert -(-5) == 5
    assert +7 == 7
    assert 2 ** 10 == 1024
    assert 2 ** -1 == 0.5
    assert abs(-12) == 12
    assert divmod(17, 5) == (3, 2)
    assert pow(3, 4) == 81
    assert pow(3, 4, 5) == 1


def test_floor_division_and_modulo_signs():
    assert 7 // 2 == 3
    assert -7 // 2 == -4
    assert 7 // -2 == -4
    assert -7 // -2 == 3
    assert 7 % 3 == 1
    assert -7 % 3 == 2
    assert 7 % -3 == -2
    assert -7 % -3 == -1
    assert divmod(-7, 2) == (-4, 1)
    assert divmod(7, -2) == (-4, -1)
    assert 0 // 5 == 0
    assert 0 % -5 == 0


def test_float_division_and_modulo_signs():
    assert 7 / 2 == 3.5
    assert -7 / 2 == -3.5
    assert 6 / 3 == 2.0
    assert isinstance(6 / 3, float)
    assert 7.5 // 2 == 3.0
    assert -7.5 // 2 == -4.0
    assert -7.5 % 2 == 0.5
    assert 7.5 % -2 == -0.5
    assert isinstance(7.0 // 2, float)


def test_big_ints():
    big = 2 ** 100
    assert big == 1267650600228229401496703205376
    assert big + 1 - big == 1
    assert big * big == 2 ** 200
    assert big // 2 ** 98 == 4
    assert -big // 3 == -422550200076076467165567735126
    assert -big % 3 == 2
    assert big % -3 == -2
    assert 10 ** 30 // 7 == 142857142857142857142857142857
    assert 10 ** 30 % 7 == 1
    assert -(2 ** 63) - 1 == -9223372036854775809
    assert 2 ** 62 * 4 == 18446744073709551616
    assert 9223372036854775807 + 1 == 9223372036854775808
    assert -9223372036854775808 - 1 == -9223372036854775809
    assert 3037000500 * 3037000500 == 9223372037000250000
    assert big > 2 ** 99
    assert -big < 1
    assert big == big + 0
    assert abs(-big) == big
    assert str(2 ** 64) == '18446744073709551616'
    assert int('123456789012345678901234567890') == \
        123456789012345678901234567890


def test_bit_operations():
    assert 6 & 3 == 2
    assert 6 | 3 == 7
    assert 6 ^ 3 == 5
    assert ~5 == -6
    assert 1 << 70 == 2 ** 70
    assert -8 >> 1 == -4
    assert -1 >> 10 == -1
    assert (2 ** 70) >> 68 == 4


def test_int_float_mixing():
    assert 1 == 1.0
    assert 1 + 0.5 == 1.5
    assert 3 * 0.5 == 1.5
    assert isinstance(1 + 1.0, float)
    assert 2 ** 0.5 > 1.41
    assert 0.1 + 0.2 != 0.3
    assert 1.5 < 2 < 2.5


def test_bool_is_int():
    assert True + True == 2
    assert True == 1
    assert False == 0
    assert isinstance(True, int)
    assert not isinstance(1, bool)


# --- comparisons and boolean operators -----------------------------------

def test_chained_comparisons():
    assert 1 < 2 < 3
    assert not (1 < 3 < 2)
    assert 1 <= 1 < 2 <= 2
    assert 3 > 2 > 1 >= 1
    assert 1 < 2 != 3
    assert not (1 == 1 == 2)
    x = 5
    assert 0 < x < 10
    assert not (0 < x < 3)


def test_chained_comparison_evaluates_middle_once():
    calls = []
    assert 1 < mark(calls, 5) < 10
    assert calls == [5]


def mark(log, value):
    log.append(value)
    return value


def test_chained_comparison_short_circuits():
    log = []
    assert not (mark(log, 3) < mark(log, 1) < mark(log, 10))
    assert log == [3, 1]


def test_boolean_operators_return_operands():
    assert (1 and 2) == 2
    assert (0 and 2) == 0
    assert (0 or 'x') == 'x'
    assert (3 or 'x') == 3
    assert ('' or [] or None) is None
    assert not 0
    assert not ''
    assert not []
    assert not {}
    assert not None
    assert (not 1) is False


def test_short_circuit():
    log = []
    assert not (mark(log, 0) and mark(log, 1))
    assert mark(log, 2) or mark(log, 3)
    assert log == [0, 2]


def test_identity_and_membership():
    a = [1]
    b = [1]
    assert a == b
    assert a is not b
    assert a is a
    assert None is None
    assert 2 in [1, 2, 3]
    assert 4 not in [1, 2, 3]
    assert 'b' in 'abc'
    assert 'bc' in 'abc'
    assert 'x' not in 'abc'
    assert 1 in (1, 2)
    assert 'k' in {'k': 1}
    assert 1 not in {'k': 1}


def test_conditional_expression():
    x = 3
    assert ('big' if x > 2 else 'small') == 'big'
    assert ('big' if x > 5 else 'small') == 'small'


# --- str -----------------------------------------------------------------

def test_str_basics():
    s = 'hello'
    assert len(s) == 5
    assert s + ' world' == 'hello world'
    assert s * 2 == 'hellohello'
    assert 2 * 'ab' == 'abab'
    assert 'ab' * 0 == ''
    assert s[0] == 'h'
    assert s[-1] == 'o'
    assert s[1:3] == 'el'
    assert s[:2] == 'he'
    assert s[3:] == 'lo'
    assert s[::-1] == 'olleh'
    assert s[::2] == 'hlo'
    assert s[10:] == ''
    assert 'abc' < 'abd'
    assert 'ab' < 'abc'
    assert 'B' < 'a'
    assert 'abc' == 'ab' + 'c'
    assert 'abc' != 'abd'


def test_str_non_ascii():
    s = 'caf\u00e9 \u20ac'
    assert len(s) == 6
    assert s[3] == '\xe9'
    assert s[-1] == '\u20ac'
    assert ord(s[-1]) == 8364
    assert chr(233) == '\xe9'
    assert 'é' == '\xe9'


def test_str_methods():
    assert 'Hello'.upper() == 'HELLO'
    assert 'Hello'.lower() == 'hello'
    assert '  x y  '.strip() == 'x y'
    assert 'a,b,,c'.split(',') == ['a', 'b', '', 'c']
    assert ' a  b '.split() == ['a', 'b']
    assert '-'.join(['a', 'b', 'c']) == 'a-b-c'
    assert ''.join([]) == ''
    assert 'hello'.startswith('he')
    assert not 'hello'.startswith('lo')
    assert 'hello'.endswith('lo')
    assert 'hello'.find('l') == 2
    assert 'hello'.find('z') == -1
    assert 'aXbXc'.replace('X', '--') == 'a--b--c'
    assert '123'.isdigit()
    assert not '12a'.isdigit()


def test_str_iteration():
    letters = []
    for c in 'abc':
        letters.append(c)
    assert letters == ['a', 'b', 'c']


def test_str_repr():
    assert repr('abc') == "'abc'"
    assert repr("it's") == '"it\'s"'
    assert repr('a\nb') == "'a\\nb'"
    assert repr('tab\t') == "'tab\\t'"
    assert repr('\\') == "'\\\\'"
    assert repr('') == "''"
    assert repr('\xe9') == "'\xe9'"
    assert repr('\x00') == "'\\x00'"


# --- conversions and repr -------------------------------------------------

def test_int_conversion():
    assert int('42') == 42
    assert int(' -7 ') == -7
    assert int('+3') == 3
    assert int(3.9) == 3
    assert int(-3.9) == -3
    assert int(True) == 1
    assert int() == 0
    assert int('1_000') == 1000


def test_str_conversion():
    assert str(42) == '42'
    assert str(-7) == '-7'
    assert str(True) == 'True'
    assert str(None) == 'None'
    assert str('x') == 'x'
    assert str() == ''
    assert str(1.5) == '1.5'
    assert str(1.0) == '1.0'
    assert str([1, 'a']) == "[1, 'a']"


def test_float_repr():
    assert repr(0.1) == '0.1'
    assert repr(1.0) == '1.0'
    assert repr(-2.5) == '-2.5'
    assert repr(1e16) == '1e+16'
    assert repr(1e-05) == '1e-05'
    assert repr(123456789.0) == '123456789.0'
    assert repr(0.1 + 0.2) == '0.30000000000000004'
    assert float('1.5') == 1.5
    assert float(3) == 3.0


def test_container_repr():
    assert repr([]) == '[]'
    assert repr([1, [2, 'x']]) == "[1, [2, 'x']]"
    assert repr(()) == '()'
    assert repr((1,)) == '(1,)'
    assert repr((1, 'a')) == "(1, 'a')"
    assert repr({}) == '{}'
    assert repr({'a': 1, 2: None}) == "{'a': 1, 2: None}"
    assert repr(None) == 'None'
    assert repr(True) == 'True'
    assert repr(-12) == '-12'
    assert repr(2 ** 70) == '1180591620717411303424'


def test_isinstance():
    assert isinstance(1, int)
    assert isinstance(2 ** 80, int)
    assert isinstance(1.0, float)
    assert isinstance('', str)
    assert isinstance([], list)
    assert isinstance((), tuple)
    assert isinstance({}, dict)
    assert isinstance(None, object)
    assert isinstance(1, (str, int))
    assert not isinstance(1, (str, float))
    assert not isinstance('1', int)
    assert isinstance(int, type)


def test_len():
    assert len('') == 0
    assert len([1, 2]) == 2
    assert len((1,)) == 1
    assert len({'a': 1, 'b': 2}) == 2


def test_type():
    assert type(1) is int
    assert type(2 ** 80) is int
    assert type(True) is bool
    assert type('') is str
    assert type([]) is list
    assert type(None) is not None


# --- list, tuple, dict ------------------------------------------------------

def test_list_basics():
    a = [1, 2, 3]
    assert a[0] == 1
    assert a[-1] == 3
    a[1] = 20
    assert a == [1, 20, 3]
    a.append(4)
    assert a == [1, 20, 3, 4]
    assert a.pop() == 4
    assert a.pop(0) == 1
    assert a == [20, 3]
    a.insert(0, 'x')
    assert a == ['x', 20, 3]
    a.extend([5, 6])
    assert len(a) == 5
    del a[0]
    assert a == [20, 3, 5, 6]
    assert a[1:3] == [3, 5]
    assert a[::-1] == [6, 5, 3, 20]
    assert [1, 2] + [3] == [1, 2, 3]
    assert [1, 2] < [1, 3]
    assert [1, 2] < [1, 2, 0]
    assert [] == []
    assert list('ab') == ['a', 'b']
    assert list((1, 2)) == [1, 2]


def test_sequence_repetition():
    assert [0] * 3 == [0, 0, 0]
    assert 2 * [1, 'a'] == [1, 'a', 1, 'a']
    assert [1] * 0 == []
    assert [1] * -1 == []
    assert (1, 2) * 2 == (1, 2, 1, 2)
    assert 3 * (0,) == (0, 0, 0)
    assert () * 5 == ()


def test_list_aliasing():
    a = [1, 2]
    b = a
    b.append(3)
    assert a == [1, 2, 3]
    a += [4]
    assert b == [1, 2, 3, 4]
    c = a[:]
    c.append(5)
    assert len(a) == 4


def test_nested_lists():
    grid = [[1, 2], [3, 4]]
    grid[1][0] = 30
    assert grid == [[1, 2], [30, 4]]
    assert grid[1][0] + grid[0][1] == 32


def test_tuples():
    t = (1, 'a', None)
    assert len(t) == 3
    assert t[1] == 'a'
    assert t[-1] is None
    assert t[:2] == (1, 'a')
    assert (1, 2) + (3,) == (1, 2, 3)
    assert (1, 2) < (1, 3)
    assert (1, 2) == (1, 2)
    assert () == ()
    single = 5,
    assert single == (5,)
    assert tuple([1, 2]) == (1, 2)


def test_unpacking():
    a, b = 1, 2
    assert (a, b) == (1, 2)
    a, b = b, a
    assert (a, b) == (2, 1)
    [x, y, z] = 'xyz'
    assert x + y + z == 'xyz'
    (p, q), r = (1, 2), 3
    assert (p, q, r) == (1, 2, 3)


def test_dicts():
    d = {'a': 1, 'b': 2}
    assert d['a'] == 1
    d['c'] = 3
    assert len(d) == 3
    d['a'] = 10
    assert d['a'] == 10
    assert len(d) == 3
    del d['b']
    assert 'b' not in d
    assert d.get('zz') is None
    assert d.get('zz', 5) == 5
    assert d.pop('c') == 3
    assert d == {'a': 10}
    assert {1: 'x', 2: 'y'} == {2: 'y', 1: 'x'}
    assert {} != {1: 2}


def test_dict_keys_of_several_types():
    d = {}
    d[1] = 'int'
    d['1'] = 'str'
    d[(1, 2)] = 'tuple'
    d[None] = 'none'
    assert d[1] == 'int'
    assert d['1'] == 'str'
    assert d[(1, 2)] == 'tuple'
    assert d[None] == 'none'
    d[1.0] = 'float'
    assert d[1] == 'float'
    assert len(d) == 4
    d[2 ** 80] = 'big'
    assert d[2 ** 80] == 'big'


def test_dict_iteration_order():
    d = {}
    d['z'] = 1
    d['a'] = 2
    d['m'] = 3
    keys = []
    for k in d:
        keys.append(k)
    assert keys == ['z', 'a', 'm']
    assert list(d.keys()) == ['z', 'a', 'm']
    assert list(d.values()) == [1, 2, 3]
    assert list(d.items()) == [('z', 1), ('a', 2), ('m', 3)]


# --- functions ---------------------------------------------------------------

def add(a, b=10, c=100):
    return a + b + c


def collect(*args, **kwargs):
    return args, kwargs


def kwonly(a, *, b, c=3):
    return (a, b, c)


def no_return():
    x = 1


def append_to(item, target=[]):
    target.append(item)
    return target


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def test_defaults_and_keywords():
    assert add(1) == 111
    assert add(1, 2) == 103
    assert add(1, 2, 3) == 6
    assert add(1, c=0) == 11
    assert add(c=1, b=2, a=3) == 6


def test_star_args_and_kwargs():
    assert collect() == ((), {})
    assert collect(1, 2) == ((1, 2), {})
    assert collect(1, x=2) == ((1,), {'x': 2})
    assert collect(x=1, y='z') == ((), {'x': 1, 'y': 'z'})
    args, kwargs = collect('a', 'b', c='d')
    assert isinstance(args, tuple)
    assert isinstance(kwargs, dict)
    assert kwargs['c'] == 'd'


def test_keyword_only_arguments():
    assert kwonly(1, b=2) == (1, 2, 3)
    assert kwonly(1, c=4, b=2) == (1, 2, 4)


def test_return_value():
    assert no_return() is None
    assert fact(20) == 2432902008176640000
    assert fact(30) == 265252859812191058636308480000000


def test_mutable_default_is_shared():
    assert append_to(1) == [1]
    assert append_to(2) == [1, 2]
    assert append_to(3, []) == [3]


def test_functions_are_values():
    f = add
    assert f(0, 0, 0) == 0
    table = {'add': add, 'fact': fact}
    assert table['fact'](5) == 120
    assert callable(add)
    assert not callable(5)
    assert add.__name__ == 'add'


# --- control flow ------------------------------------------------------------

def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'


def test_if_elif_else():
    assert classify(-5) == 'negative'
    assert classify(0) == 'zero'
    assert classify(3) == 'small'
    assert classify(300) == 'large'


def test_while_loop():
    total = 0
    i = 0
    while i < 10:
        i += 1
        if i % 2:
            continue
        if i > 8:
            break
        total += i
    assert total == 2 + 4 + 6 + 8
    assert i == 10


def test_while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        n = n + 100
    assert n == 103
    while True:
        break
    else:
        n = 0
    assert n == 103


def test_for_loops():
    total = 0
    for x in [1, 2, 3]:
        total += x
    assert total == 6
    pairs = []
    for a, b in [(1, 'a'), (2, 'b')]:
        pairs.append(b * a)
    assert pairs == ['a', 'bb']
    for x in []:
        total = -1
    assert total == 6


def test_for_else_and_break():
    found = None
    for x in [1, 3, 4, 5]:
        if x % 2 == 0:
            found = x
            break
    else:
        found = 'none'
    assert found == 4
    for x in [1, 3]:
        if x % 2 == 0:
            break
    else:
        found = 'none'
    assert found == 'none'


def test_nested_loops():
    result = []
    for i in [1, 2]:
        for j in 'ab':
            result.append(str(i) + j)
    assert result == ['1a', '1b', '2a', '2b']


def test_augmented_assignment():
    x = 10
    x += 5
    x -= 3
    x *= 2
    assert x == 24
    x //= 5
    assert x == 4
    x %= 3
    assert x == 1
    x **= 10
    assert x == 1
    s = 'a'
    s += 'b'
    assert s == 'ab'


def test_globals_are_module_level():
    assert classify(1) == 'small'
    assert __name__ == 'apptest_skeleton'
