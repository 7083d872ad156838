"""App-level tests of what the skeleton interpreter supports: int (small
and big) and float arithmetic, comparisons, str, list, tuple and dict
basics, functions and their arguments, control flow, and the print-free
builtins.  They use nothing beyond that (no classes, closures,
comprehensions, try, range), and they pass on CPython 3.11 too."""


# --- int and float arithmetic -------------------------------------------

def test_int_arithmetic():
    if not (2 + 3 * 4 == 14): assert_failed
    if not ((2 + 3) * 4 == 20): assert_failed
    if not (7 - 10 == -3): assert_failed
    if not (-(-5) == 5): assert_failed
    if not (+7 == 7): assert_failed
    if not (2 ** 10 == 1024): assert_failed
    if not (2 ** -1 == 0.5): assert_failed
    if not (abs(-12) == 12): assert_failed
    if not (divmod(17, 5) == (3, 2)): assert_failed
    if not (pow(3, 4) == 81): assert_failed
    if not (pow(3, 4, 5) == 1): assert_failed


def test_floor_division_and_modulo_signs():
    if not (7 // 2 == 3): assert_failed
    if not (-7 // 2 == -4): assert_failed
    if not (7 // -2 == -4): assert_failed
    if not (-7 // -2 == 3): assert_failed
    if not (7 % 3 == 1): assert_failed
    if not (-7 % 3 == 2): assert_failed
    if not (7 % -3 == -2): assert_failed
    if not (-7 % -3 == -1): assert_failed
    if not (divmod(-7, 2) == (-4, 1)): assert_failed
    if not (divmod(7, -2) == (-4, -1)): assert_failed
    if not (0 // 5 == 0): assert_failed
    if not (0 % -5 == 0): assert_failed


def test_float_division_and_modulo_signs():
    if not (7 / 2 == 3.5): assert_failed
    if not (-7 / 2 == -3.5): assert_failed
    if not (6 / 3 == 2.0): assert_failed
    if not (isinstance(6 / 3, float)): assert_failed
    if not (7.5 // 2 == 3.0): assert_failed
    if not (-7.5 // 2 == -4.0): assert_failed
    if not (-7.5 % 2 == 0.5): assert_failed
    if not (7.5 % -2 == -0.5): assert_failed
    if not (isinstance(7.0 // 2, float)): assert_failed


def test_big_ints():
    big = 2 ** 100
    if not (big == 1267650600228229401496703205376): assert_failed
    if not (big + 1 - big == 1): assert_failed
    if not (big * big == 2 ** 200): assert_failed
    if not (big // 2 ** 98 == 4): assert_failed
    if not (-big // 3 == -422550200076076467165567735126): assert_failed
    if not (-big % 3 == 2): assert_failed
    if not (big % -3 == -2): assert_failed
    if not (10 ** 30 // 7 == 142857142857142857142857142857): assert_failed
    if not (10 ** 30 % 7 == 1): assert_failed
    if not (-(2 ** 63) - 1 == -9223372036854775809): assert_failed
    if not (2 ** 62 * 4 == 18446744073709551616): assert_failed
    if not (9223372036854775807 + 1 == 9223372036854775808): assert_failed
    if not (-9223372036854775808 - 1 == -9223372036854775809): assert_failed
    if not (3037000500 * 3037000500 == 9223372037000250000): assert_failed
    if not (big > 2 ** 99): assert_failed
    if not (-big < 1): assert_failed
    if not (big == big + 0): assert_failed
    if not (abs(-big) == big): assert_failed
    if not (str(2 ** 64) == '18446744073709551616'): assert_failed
    if not (int('123456789012345678901234567890') == 123456789012345678901234567890): assert_failed


def test_bit_operations():
    if not (6 & 3 == 2): assert_failed
    if not (6 | 3 == 7): assert_failed
    if not (6 ^ 3 == 5): assert_failed
    if not (~5 == -6): assert_failed
    if not (1 << 70 == 2 ** 70): assert_failed
    if not (-8 >> 1 == -4): assert_failed
    if not (-1 >> 10 == -1): assert_failed
    if not ((2 ** 70) >> 68 == 4): assert_failed


def test_int_float_mixing():
    if not (1 == 1.0): assert_failed
    if not (1 + 0.5 == 1.5): assert_failed
    if not (3 * 0.5 == 1.5): assert_failed
    if not (isinstance(1 + 1.0, float)): assert_failed
    if not (2 ** 0.5 > 1.41): assert_failed
    if not (0.1 + 0.2 != 0.3): assert_failed
    if not (1.5 < 2 < 2.5): assert_failed


def test_bool_is_int():
    if not (True + True == 2): assert_failed
    if not (True == 1): assert_failed
    if not (False == 0): assert_failed
    if not (isinstance(True, int)): assert_failed
    if not (not isinstance(1, bool)): assert_failed


# --- comparisons and boolean operators -----------------------------------

def test_chained_comparisons():
    if not (1 < 2 < 3): assert_failed
    if not (not (1 < 3 < 2)): assert_failed
    if not (1 <= 1 < 2 <= 2): assert_failed
    if not (3 > 2 > 1 >= 1): assert_failed
    if not (1 < 2 != 3): assert_failed
    if not (not (1 == 1 == 2)): assert_failed
    x = 5
    if not (0 < x < 10): assert_failed
    if not (not (0 < x < 3)): assert_failed


def test_chained_comparison_evaluates_middle_once():
    calls = []
    if not (1 < mark(calls, 5) < 10): assert_failed
    if not (calls == [5]): assert_failed


def mark(log, value):
    log.append(value)
    return value


def test_chained_comparison_short_circuits():
    log = []
    if not (not (mark(log, 3) < mark(log, 1) < mark(log, 10))): assert_failed
    if not (log == [3, 1]): assert_failed


def test_boolean_operators_return_operands():
    if not ((1 and 2) == 2): assert_failed
    if not ((0 and 2) == 0): assert_failed
    if not ((0 or 'x') == 'x'): assert_failed
    if not ((3 or 'x') == 3): assert_failed
    if not (('' or [] or None) is None): assert_failed
    if not (not 0): assert_failed
    if not (not ''): assert_failed
    if not (not []): assert_failed
    if not (not {}): assert_failed
    if not (not None): assert_failed
    if not ((not 1) is False): assert_failed


def test_short_circuit():
    log = []
    if not (not (mark(log, 0) and mark(log, 1))): assert_failed
    if not (mark(log, 2) or mark(log, 3)): assert_failed
    if not (log == [0, 2]): assert_failed


def test_identity_and_membership():
    a = [1]
    b = [1]
    if not (a == b): assert_failed
    if not (a is not b): assert_failed
    if not (a is a): assert_failed
    if not (None is None): assert_failed
    if not (2 in [1, 2, 3]): assert_failed
    if not (4 not in [1, 2, 3]): assert_failed
    if not ('b' in 'abc'): assert_failed
    if not ('bc' in 'abc'): assert_failed
    if not ('x' not in 'abc'): assert_failed
    if not (1 in (1, 2)): assert_failed
    if not ('k' in {'k': 1}): assert_failed
    if not (1 not in {'k': 1}): assert_failed


def test_conditional_expression():
    x = 3
    if not (('big' if x > 2 else 'small') == 'big'): assert_failed
    if not (('big' if x > 5 else 'small') == 'small'): assert_failed


# --- str -----------------------------------------------------------------

def test_str_basics():
    s = 'hello'
    if not (len(s) == 5): assert_failed
    if not (s + ' world' == 'hello world'): assert_failed
    if not (s * 2 == 'hellohello'): assert_failed
    if not (2 * 'ab' == 'abab'): assert_failed
    if not ('ab' * 0 == ''): assert_failed
    if not (s[0] == 'h'): assert_failed
    if not (s[-1] == 'o'): assert_failed
    if not (s[1:3] == 'el'): assert_failed
    if not (s[:2] == 'he'): assert_failed
    if not (s[3:] == 'lo'): assert_failed
    if not (s[::-1] == 'olleh'): assert_failed
    if not (s[::2] == 'hlo'): assert_failed
    if not (s[10:] == ''): assert_failed
    if not ('abc' < 'abd'): assert_failed
    if not ('ab' < 'abc'): assert_failed
    if not ('B' < 'a'): assert_failed
    if not ('abc' == 'ab' + 'c'): assert_failed
    if not ('abc' != 'abd'): assert_failed


def test_str_non_ascii():
    s = 'caf\u00e9 \u20ac'
    if not (len(s) == 6): assert_failed
    if not (s[3] == '\xe9'): assert_failed
    if not (s[-1] == '\u20ac'): assert_failed
    if not (ord(s[-1]) == 8364): assert_failed
    if not (chr(233) == '\xe9'): assert_failed
    if not ('é' == '\xe9'): assert_failed


def test_str_methods():
    if not ('Hello'.upper() == 'HELLO'): assert_failed
    if not ('Hello'.lower() == 'hello'): assert_failed
    if not ('  x y  '.strip() == 'x y'): assert_failed
    if not ('a,b,,c'.split(',') == ['a', 'b', '', 'c']): assert_failed
    if not (' a  b '.split() == ['a', 'b']): assert_failed
    if not ('-'.join(['a', 'b', 'c']) == 'a-b-c'): assert_failed
    if not (''.join([]) == ''): assert_failed
    if not ('hello'.startswith('he')): assert_failed
    if not (not 'hello'.startswith('lo')): assert_failed
    if not ('hello'.endswith('lo')): assert_failed
    if not ('hello'.find('l') == 2): assert_failed
    if not ('hello'.find('z') == -1): assert_failed
    if not ('aXbXc'.replace('X', '--') == 'a--b--c'): assert_failed
    if not ('123'.isdigit()): assert_failed
    if not (not '12a'.isdigit()): assert_failed


def test_str_iteration():
    letters = []
    for c in 'abc':
        letters.append(c)
    if not (letters == ['a', 'b', 'c']): assert_failed


def test_str_repr():
    if not (repr('abc') == "'abc'"): assert_failed
    if not (repr("it's") == '"it\'s"'): assert_failed
    if not (repr('a\nb') == "'a\\nb'"): assert_failed
    if not (repr('tab\t') == "'tab\\t'"): assert_failed
    if not (repr('\\') == "'\\\\'"): assert_failed
    if not (repr('') == "''"): assert_failed
    if not (repr('\xe9') == "'\xe9'"): assert_failed
    if not (repr('\x00') == "'\\x00'"): assert_failed


# --- conversions and repr -------------------------------------------------

def test_int_conversion():
    if not (int('42') == 42): assert_failed
    if not (int(' -7 ') == -7): assert_failed
    if not (int('+3') == 3): assert_failed
    if not (int(3.9) == 3): assert_failed
    if not (int(-3.9) == -3): assert_failed
    if not (int(True) == 1): assert_failed
    if not (int() == 0): assert_failed
    if not (int('1_000') == 1000): assert_failed


def test_str_conversion():
    if not (str(42) == '42'): assert_failed
    if not (str(-7) == '-7'): assert_failed
    if not (str(True) == 'True'): assert_failed
    if not (str(None) == 'None'): assert_failed
    if not (str('x') == 'x'): assert_failed
    if not (str() == ''): assert_failed
    if not (str(1.5) == '1.5'): assert_failed
    if not (str(1.0) == '1.0'): assert_failed
    if not (str([1, 'a']) == "[1, 'a']"): assert_failed


def test_float_repr():
    if not (repr(0.1) == '0.1'): assert_failed
    if not (repr(1.0) == '1.0'): assert_failed
    if not (repr(-2.5) == '-2.5'): assert_failed
    if not (repr(1e16) == '1e+16'): assert_failed
    if not (repr(1e-05) == '1e-05'): assert_failed
    if not (repr(123456789.0) == '123456789.0'): assert_failed
    if not (repr(0.1 + 0.2) == '0.30000000000000004'): assert_failed
    if not (float('1.5') == 1.5): assert_failed
    if not (float(3) == 3.0): assert_failed


def test_container_repr():
    if not (repr([]) == '[]'): assert_failed
    if not (repr([1, [2, 'x']]) == "[1, [2, 'x']]"): assert_failed
    if not (repr(()) == '()'): assert_failed
    if not (repr((1,)) == '(1,)'): assert_failed
    if not (repr((1, 'a')) == "(1, 'a')"): assert_failed
    if not (repr({}) == '{}'): assert_failed
    if not (repr({'a': 1, 2: None}) == "{'a': 1, 2: None}"): assert_failed
    if not (repr(None) == 'None'): assert_failed
    if not (repr(True) == 'True'): assert_failed
    if not (repr(-12) == '-12'): assert_failed
    if not (repr(2 ** 70) == '1180591620717411303424'): assert_failed


def test_isinstance():
    if not (isinstance(1, int)): assert_failed
    if not (isinstance(2 ** 80, int)): assert_failed
    if not (isinstance(1.0, float)): assert_failed
    if not (isinstance('', str)): assert_failed
    if not (isinstance([], list)): assert_failed
    if not (isinstance((), tuple)): assert_failed
    if not (isinstance({}, dict)): assert_failed
    if not (isinstance(None, object)): assert_failed
    if not (isinstance(1, (str, int))): assert_failed
    if not (not isinstance(1, (str, float))): assert_failed
    if not (not isinstance('1', int)): assert_failed
    if not (isinstance(int, type)): assert_failed


def test_len():
    if not (len('') == 0): assert_failed
    if not (len([1, 2]) == 2): assert_failed
    if not (len((1,)) == 1): assert_failed
    if not (len({'a': 1, 'b': 2}) == 2): assert_failed


def test_type():
    if not (type(1) is int): assert_failed
    if not (type(2 ** 80) is int): assert_failed
    if not (type(True) is bool): assert_failed
    if not (type('') is str): assert_failed
    if not (type([]) is list): assert_failed
    if not (type(None) is not None): assert_failed


# --- list, tuple, dict ------------------------------------------------------

def test_list_basics():
    a = [1, 2, 3]
    if not (a[0] == 1): assert_failed
    if not (a[-1] == 3): assert_failed
    a[1] = 20
    if not (a == [1, 20, 3]): assert_failed
    a.append(4)
    if not (a == [1, 20, 3, 4]): assert_failed
    if not (a.pop() == 4): assert_failed
    if not (a.pop(0) == 1): assert_failed
    if not (a == [20, 3]): assert_failed
    a.insert(0, 'x')
    if not (a == ['x', 20, 3]): assert_failed
    a.extend([5, 6])
    if not (len(a) == 5): assert_failed
    del a[0]
    if not (a == [20, 3, 5, 6]): assert_failed
    if not (a[1:3] == [3, 5]): assert_failed
    if not (a[::-1] == [6, 5, 3, 20]): assert_failed
    if not ([1, 2] + [3] == [1, 2, 3]): assert_failed
    if not ([0] * 3 == [0, 0, 0]): assert_failed
    if not ([1, 2] < [1, 3]): assert_failed
    if not ([1, 2] < [1, 2, 0]): assert_failed
    if not ([] == []): assert_failed
    if not (list('ab') == ['a', 'b']): assert_failed
    if not (list((1, 2)) == [1, 2]): assert_failed


def test_list_aliasing():
    a = [1, 2]
    b = a
    b.append(3)
    if not (a == [1, 2, 3]): assert_failed
    a += [4]
    if not (b == [1, 2, 3, 4]): assert_failed
    c = a[:]
    c.append(5)
    if not (len(a) == 4): assert_failed


def test_nested_lists():
    grid = [[1, 2], [3, 4]]
    grid[1][0] = 30
    if not (grid == [[1, 2], [30, 4]]): assert_failed
    if not (grid[1][0] + grid[0][1] == 32): assert_failed


def test_tuples():
    t = (1, 'a', None)
    if not (len(t) == 3): assert_failed
    if not (t[1] == 'a'): assert_failed
    if not (t[-1] is None): assert_failed
    if not (t[:2] == (1, 'a')): assert_failed
    if not ((1, 2) + (3,) == (1, 2, 3)): assert_failed
    if not ((1, 2) * 2 == (1, 2, 1, 2)): assert_failed
    if not ((1, 2) < (1, 3)): assert_failed
    if not ((1, 2) == (1, 2)): assert_failed
    if not (() == ()): assert_failed
    single = 5,
    if not (single == (5,)): assert_failed
    if not (tuple([1, 2]) == (1, 2)): assert_failed


def test_unpacking():
    a, b = 1, 2
    if not ((a, b) == (1, 2)): assert_failed
    a, b = b, a
    if not ((a, b) == (2, 1)): assert_failed
    [x, y, z] = 'xyz'
    if not (x + y + z == 'xyz'): assert_failed
    (p, q), r = (1, 2), 3
    if not ((p, q, r) == (1, 2, 3)): assert_failed
    first, *rest = [1, 2, 3]
    if not (first == 1): assert_failed
    if not (rest == [2, 3]): assert_failed


def test_dicts():
    d = {'a': 1, 'b': 2}
    if not (d['a'] == 1): assert_failed
    d['c'] = 3
    if not (len(d) == 3): assert_failed
    d['a'] = 10
    if not (d['a'] == 10): assert_failed
    if not (len(d) == 3): assert_failed
    del d['b']
    if not ('b' not in d): assert_failed
    if not (d.get('zz') is None): assert_failed
    if not (d.get('zz', 5) == 5): assert_failed
    if not (d.pop('c') == 3): assert_failed
    if not (d == {'a': 10}): assert_failed
    if not ({1: 'x', 2: 'y'} == {2: 'y', 1: 'x'}): assert_failed
    if not ({} != {1: 2}): assert_failed


def test_dict_keys_of_several_types():
    d = {}
    d[1] = 'int'
    d['1'] = 'str'
    d[(1, 2)] = 'tuple'
    d[None] = 'none'
    if not (d[1] == 'int'): assert_failed
    if not (d['1'] == 'str'): assert_failed
    if not (d[(1, 2)] == 'tuple'): assert_failed
    if not (d[None] == 'none'): assert_failed
    d[1.0] = 'float'
    if not (d[1] == 'float'): assert_failed
    if not (len(d) == 4): assert_failed
    d[2 ** 80] = 'big'
    if not (d[2 ** 80] == 'big'): assert_failed


def test_dict_iteration_order():
    d = {}
    d['z'] = 1
    d['a'] = 2
    d['m'] = 3
    keys = []
    for k in d:
        keys.append(k)
    if not (keys == ['z', 'a', 'm']): assert_failed
    if not (list(d.keys()) == ['z', 'a', 'm']): assert_failed
    if not (list(d.values()) == [1, 2, 3]): assert_failed
    if not (list(d.items()) == [('z', 1), ('a', 2), ('m', 3)]): assert_failed


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
    if not (add(1) == 111): assert_failed
    if not (add(1, 2) == 103): assert_failed
    if not (add(1, 2, 3) == 6): assert_failed
    if not (add(1, c=0) == 11): assert_failed
    if not (add(c=1, b=2, a=3) == 6): assert_failed
    if not (add(*[1, 2]) == 103): assert_failed
    if not (add(**{'a': 1, 'c': 2}) == 13): assert_failed


def test_star_args_and_kwargs():
    if not (collect() == ((), {})): assert_failed
    if not (collect(1, 2) == ((1, 2), {})): assert_failed
    if not (collect(1, x=2) == ((1,), {'x': 2})): assert_failed
    if not (collect(*(1, 2), *[3]) == ((1, 2, 3), {})): assert_failed
    if not (collect(**{'a': 1}, b=2) == ((), {'a': 1, 'b': 2})): assert_failed


def test_keyword_only_arguments():
    if not (kwonly(1, b=2) == (1, 2, 3)): assert_failed
    if not (kwonly(1, c=4, b=2) == (1, 2, 4)): assert_failed


def test_return_value():
    if not (no_return() is None): assert_failed
    if not (fact(20) == 2432902008176640000): assert_failed
    if not (fact(30) == 265252859812191058636308480000000): assert_failed


def test_mutable_default_is_shared():
    if not (append_to(1) == [1]): assert_failed
    if not (append_to(2) == [1, 2]): assert_failed
    if not (append_to(3, []) == [3]): assert_failed


def test_functions_are_values():
    f = add
    if not (f(0, 0, 0) == 0): assert_failed
    table = {'add': add, 'fact': fact}
    if not (table['fact'](5) == 120): assert_failed
    if not (callable(add)): assert_failed
    if not (not callable(5)): assert_failed
    if not (add.__name__ == 'add'): assert_failed


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
    if not (classify(-5) == 'negative'): assert_failed
    if not (classify(0) == 'zero'): assert_failed
    if not (classify(3) == 'small'): assert_failed
    if not (classify(300) == 'large'): assert_failed


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
    if not (total == 2 + 4 + 6 + 8): assert_failed
    if not (i == 10): assert_failed


def test_while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        n = n + 100
    if not (n == 103): assert_failed
    while True:
        break
    else:
        n = 0
    if not (n == 103): assert_failed


def test_for_loops():
    total = 0
    for x in [1, 2, 3]:
        total += x
    if not (total == 6): assert_failed
    pairs = []
    for a, b in [(1, 'a'), (2, 'b')]:
        pairs.append(b * a)
    if not (pairs == ['a', 'bb']): assert_failed
    for x in []:
        total = -1
    if not (total == 6): assert_failed


def test_for_else_and_break():
    found = None
    for x in [1, 3, 4, 5]:
        if x % 2 == 0:
            found = x
            break
    else:
        found = 'none'
    if not (found == 4): assert_failed
    for x in [1, 3]:
        if x % 2 == 0:
            break
    else:
        found = 'none'
    if not (found == 'none'): assert_failed


def test_nested_loops():
    result = []
    for i in [1, 2]:
        for j in 'ab':
            result.append(str(i) + j)
    if not (result == ['1a', '1b', '2a', '2b']): assert_failed


def test_augmented_assignment():
    x = 10
    x += 5
    x -= 3
    x *= 2
    if not (x == 24): assert_failed
    x //= 5
    if not (x == 4): assert_failed
    x %= 3
    if not (x == 1): assert_failed
    x **= 10
    if not (x == 1): assert_failed
    s = 'a'
    s += 'b'
    if not (s == 'ab'): assert_failed


def test_globals_are_module_level():
    if not (classify(1) == 'small'): assert_failed
    if not (__name__ == 'apptest_tmpskel'): assert_failed
