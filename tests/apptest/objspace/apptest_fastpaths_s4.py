"""The shortcuts of session 4 give the language's answers: str's case
mappings and predicates on ASCII and beyond, the binary operators and
comparisons inlined in the opcodes, `in` on the builtin containers,
str.join of lists and tuples, %-formatting of ints and strs, str() and
format() of numbers (f-strings); subclasses keep their own methods."""


class Int(int):
    def __add__(self, other):
        return 'Int.__add__'

    def __radd__(self, other):
        return 'Int.__radd__'

    def __floordiv__(self, other):
        return 'Int.__floordiv__'

    def __rmod__(self, other):
        return 'Int.__rmod__'

    def __lt__(self, other):
        return 'Int.__lt__'

    def __gt__(self, other):
        return 'Int.__gt__'

    def __eq__(self, other):
        return 'Int.__eq__'

    __hash__ = int.__hash__

    def __str__(self):
        return 'Int.__str__'

    def __format__(self, spec):
        return 'Int.__format__' + spec


class Str(str):
    def __add__(self, other):
        return 'Str.__add__'

    def __radd__(self, other):
        return 'Str.__radd__'

    def __rmod__(self, other):
        return 'Str.__rmod__'

    def __contains__(self, item):
        return True

    def __str__(self):
        return 'Str.__str__'

    def __format__(self, spec):
        return 'Str.__format__' + spec

    def upper(self):
        return 'Str.upper'


class Float(float):
    def __mul__(self, other):
        return 'Float.__mul__'

    def __rsub__(self, other):
        return 'Float.__rsub__'

    def __format__(self, spec):
        return 'Float.__format__'


# --- str: case mappings and predicates ----------------------------------

MIXED = ['', 'abc', 'ABC', 'Abc Def', 'a1_', '1a', ' \t\n\x0b\x0c\r',
         '\x1c\x1d\x1e\x1f', 'x\x7f\x00', 'hello_World9', "it's o'neil",
         'Straße', 'ǅemal ǆ', 'ΣΑΣ. ΌΣΟΣ σ', 'İstanbul', 'ﬁx ﬂ', 'ß', 'ǅ',
         'Ⅻ ⅻ', '١٢٣', '²', 'ａｂｃ', '\u2028 \xa0', 'a\u0301b',
         ''.join(chr(i) for i in range(128))]


def test_case_mappings_ascii():
    assert 'Hello, World 42!'.upper() == 'HELLO, WORLD 42!'
    assert 'Hello, World 42!'.lower() == 'hello, world 42!'
    assert 'Hello, World 42!'.casefold() == 'hello, world 42!'
    assert 'Hello, World 42!'.swapcase() == 'hELLO, wORLD 42!'
    assert 'hello, wORLD 42!'.title() == 'Hello, World 42!'
    assert "they're bill's".title() == "They'Re Bill'S"
    assert 'hELLO wORLD'.capitalize() == 'Hello world'
    assert '@[`{'.upper() == '@[`{' and '@[`{'.lower() == '@[`{'


def test_case_mappings_beyond_ascii():
    assert 'straße'.upper() == 'STRASSE'
    assert 'Straße'.casefold() == 'strasse'
    assert 'ﬁx'.upper() == 'FIX'
    assert 'ΣΑΣ ΑΣ.'.lower() == 'σας ας.'
    assert 'aΣ'.lower() == 'aς'
    assert 'ǅx'.title() == 'ǅx' and 'ǆx'.capitalize() == 'ǅx'
    assert 'İ'.lower() == 'i\u0307'
    assert 'aßc'.swapcase() == 'ASSC'
    assert 'ab' 'ς'.upper() == 'ABΣ'


def test_case_mappings_of_every_ascii_character():
    for i in range(128):
        c = chr(i)
        if 'a' <= c <= 'z':
            up, low = chr(i - 32), c
        elif 'A' <= c <= 'Z':
            up, low = c, chr(i + 32)
        else:
            up = low = c
        assert c.upper() == up and c.lower() == low
        assert c.casefold() == low and c.title() == up
        assert c.capitalize() == up
        assert c.swapcase() == (low if c == up and up != low else up)


def test_predicates_of_every_ascii_character():
    letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
    digits = '0123456789'
    for i in range(128):
        c = chr(i)
        assert c.isalpha() == (c in letters)
        assert c.isdigit() == c.isdecimal() == c.isnumeric() == \
            (c in digits)
        assert c.isalnum() == (c in letters or c in digits)
        assert c.isspace() == (c in ' \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f')
        assert c.isprintable() == (32 <= i < 127)
        assert c.isupper() == ('A' <= c <= 'Z')
        assert c.islower() == ('a' <= c <= 'z')
        assert c.istitle() == ('A' <= c <= 'Z')
        assert c.isidentifier() == (c in letters or c == '_')
        assert ('a' + c).isidentifier() == \
            (c in letters or c in digits or c == '_')


def test_predicates_beyond_ascii():
    assert 'Straße'.isalpha() and not 'Straße'.isupper()
    assert 'ΣΑΣ'.isupper() and not 'ΣΑΣ'.islower()
    assert 'ǅemal'.istitle() and not 'ǅemal'.isupper()
    assert not 'ǅ'.islower() and not 'ǅ'.isupper()
    assert 'Ⅻ'.isnumeric() and not 'Ⅻ'.isdigit() and 'Ⅻ'.isupper()
    assert '²'.isdigit() and not '²'.isdecimal()
    assert '١٢٣'.isdecimal() and '١٢٣'.isalnum()
    assert '\u2028\xa0'.isspace() and not '\xa0'.isprintable()
    assert 'ａｂｃ'.isidentifier() and 'αβγ_1'.isidentifier()
    assert not '²a'.isidentifier()
    assert 'a\u0301b'.isalpha() is False
    assert ''.isalpha() is False and ''.isprintable() is True


def test_methods_agree_on_mixed_strings():
    # every method against a reference built from single characters
    for s in MIXED:
        assert s.upper() == ''.join(c.upper() for c in s)
        assert s.isascii() == all(ord(c) < 128 for c in s)
        assert s.isalnum() == (s != '' and all(c.isalnum() for c in s))
        assert s.isspace() == (s != '' and all(c.isspace() for c in s))
        if s.isascii():
            assert s.lower() == ''.join(c.lower() for c in s)
            assert s.swapcase() == ''.join(c.swapcase() for c in s)
            assert s.casefold() == s.lower()


def test_split_on_whitespace():
    assert 'a b\x1fc\x1d d\u2028e\xa0f'.split() == \
        ['a', 'b', 'c', 'd', 'e', 'f']
    assert ' a  b '.rsplit(None, 1) == [' a', 'b']
    assert 'a\x85b'.split() == ['a', 'b']
    assert '\x1c x \x1c'.strip() == 'x'


def test_subclass_methods_kept():
    assert Str('abc').upper() == 'Str.upper'
    assert str.upper(Str('abc')) == 'ABC'
    assert type(str.lower(Str('ABC'))) is str


# --- binary operators and comparisons -----------------------------------

def test_int_operators():
    n, digits = 1234567, []
    while n:
        digits.append(n % 10)
        n //= 10
    assert digits == [7, 6, 5, 4, 3, 2, 1]
    assert 7 // -2 == -4 and -7 // 2 == -4 and -7 % 3 == 2 and 7 % -3 == -2
    x = 5
    x += 3
    x -= 1
    x *= 2
    x //= 3
    x %= 3
    x &= 7
    x |= 8
    x ^= 1
    assert x == 8
    assert (x << 2, x >> 1, x ** 2, x / 2) == (32, 4, 64, 4.0)


def test_int_overflow_to_big_ints():
    big = 2 ** 62
    assert big + big == 2 ** 63
    assert big * 4 == 2 ** 64
    assert -big - big - big == -3 * 2 ** 62
    m = -2 ** 63
    assert m // -1 == 2 ** 63
    assert m % -1 == 0
    assert -m == 2 ** 63
    assert (2 ** 64) // 3 == 6148914691236517205
    assert (2 ** 64) % 10 == 6


def test_division_by_zero_messages():
    for source, message in [('1 // 0', 'integer division or modulo by zero'),
                            ('1 % 0', 'integer modulo by zero'),
                            ('1.0 / 0', 'float division by zero'),
                            ('1 / 0', 'division by zero'),
                            ('1.5 // 0.0', 'float floor division by zero')]:
        try:
            eval(source)
        except ZeroDivisionError as e:
            assert str(e) == message, (source, str(e))
        else:
            raise AssertionError(source)
    x = 4
    try:
        x //= 0
    except ZeroDivisionError:
        pass
    assert x == 4


def test_mixed_numbers():
    assert 1.5 + 2 == 3.5 and 2 + 1.5 == 3.5 and 3 - 0.5 == 2.5
    assert 2 ** 60 + 0.0 == float(2 ** 60)
    assert (2 ** 53 + 1) + 0.0 == float(2 ** 53 + 1)
    assert True + True == 2 and type(True + True) is int
    assert True & False is False and (True | False) is True
    assert 'ab' + 'cd' == 'abcd' and 'ab' * 2 == 'abab'


def test_subclass_operators_go_first():
    assert 1 + Int(2) == 'Int.__radd__'
    assert Int(2) + 1 == 'Int.__add__'
    assert Int(7) // 2 == 'Int.__floordiv__'
    assert 7 % Int(2) == 'Int.__rmod__'
    assert 'a' + Str('b') == 'Str.__radd__'
    assert 'a%s' % Str('b') == 'Str.__rmod__'
    assert 2.0 * Float(1) == 2.0
    assert Float(1) * 2 == 'Float.__mul__'
    assert 1.0 - Float(1) == 'Float.__rsub__'
    x = 5
    x += Int(1)
    assert x == 'Int.__radd__'


def test_comparisons():
    assert 1 < 2 and not 2 < 1 and 2 >= 2.0 and 3 == 3.0 and 2 != 2.5
    assert 'a' < 'b' and 'b' > 'a' and 'é' > 'z' and 'ab' <= 'ab'
    nan = float('nan')
    assert not nan == nan and nan != nan and not nan < 1
    assert 2 ** 63 > 2 ** 62 and -2 ** 63 < 2 ** 63
    assert 2 ** 53 + 1 != float(2 ** 53)
    assert (1 < Int(3)) == 'Int.__gt__'
    assert (Int(3) < 1) == 'Int.__lt__'
    assert (1 == Int(1)) == 'Int.__eq__'
    assert (True < 2) is True
    try:
        1 < 'a'
    except TypeError as e:
        assert str(e) == "'<' not supported between instances of 'int' " \
            "and 'str'"
    else:
        raise AssertionError


# --- containers -----------------------------------------------------------

def test_in_builtin_containers():
    assert 'a' in {'a': 1} and 'a' in {'a'} and 'a' in frozenset('a')
    assert 1 in [1, 2] and 3 not in (1, 2) and 'bc' in 'abcd'
    assert '' in '' and 1.0 in {1} and True in [1]
    assert [1] in [[1]] and set() in {frozenset()}
    assert 'x' in Str('y')
    for container, item, message in [
            ({1}, [1], "unhashable type: 'list'"),
            ('abc', 1, "'in <string>' requires string as left operand, "
             "not int")]:
        try:
            item in container
        except TypeError as e:
            assert str(e) == message
        else:
            raise AssertionError


def test_in_list_calls_eq():
    calls = []

    class Eq:
        def __eq__(self, other):
            calls.append(other)
            return other == 2
    assert Eq() in [1, 2, 3]
    assert calls == [1, 2]


# --- join, %-formatting, str(), format() --------------------------------

def test_join():
    assert ','.join(['a', 'b', Str('c')]) == 'a,b,c'
    assert ''.join(('x', 'y')) == 'xy' and '-'.join([]) == ''
    assert '-'.join(iter('abc')) == 'a-b-c' and '.'.join('xy') == 'x.y'
    assert type('-'.join([Str('a')])) is str
    try:
        ','.join(['a', 1])
    except TypeError as e:
        assert str(e) == 'sequence item 1: expected str instance, int found'
    else:
        raise AssertionError


def test_percent_format():
    assert '%s:%d' % ('ab', 12) == 'ab:12'
    assert '%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d' % (3, 4, 5, 6, -7, 8, 9, 10) \
        == '3|4|    5|6    |-0007|+8| 9|010'
    assert '%d' % -2 ** 63 == '-9223372036854775808'
    assert '%d' % (2 ** 70) == str(2 ** 70)
    assert '%d %s' % (True, True) == '1 True'
    assert '%s|%d|%r' % (Str('x'), Int(5), Int(5)) == 'Str.__str__|5|5'
    assert '%s' % Int(5) == 'Int.__str__'
    assert '%x %o %X %d' % (255, 8, -255, 3.7) == 'ff 10 -FF 3'
    try:
        '%d' % 'a'
    except TypeError as e:
        assert str(e) == '%d format: a real number is required, not str'
    else:
        raise AssertionError


def test_str_and_format_of_builtins():
    n = -2 ** 63
    assert f'{5}{-3:04d}{2.5}{2.5:.3f}{"x":>3}{n}' == \
        '5-0032.52.500  x-9223372036854775808'
    assert f'{True}{None}{Str("q")}{Int(4)}{Int(4):d}{Float(1):x}' == \
        'TrueNoneStr.__format__Int.__format__Int.__format__dFloat.__format__'
    assert f'{Str("q")!s}{Int(4)!s}' == 'Str.__str__Int.__str__'
    assert str(5) == '5' and str(-5) == '-5' and str(True) == 'True'
    assert str(Int(3)) == 'Int.__str__' and str(Str('a')) == 'Str.__str__'
    assert type(str(Str('a'))) is str and str('abc') == 'abc'
    assert format(7, 'x') == '7' and format('ab', '^4') == ' ab '
    assert format(2.5) == '2.5' and format(10, ',') == '10'
    try:
        f'{5:q}'
    except ValueError as e:
        assert str(e) == "Unknown format code 'q' for object of type 'int'"
    else:
        raise AssertionError


# --- subscripts -------------------------------------------------------------

def test_list_and_tuple_subscripts():
    items, t = [1, 2, 3], (4, 5, 6)
    assert (items[0], items[-1], items[-3], t[1], t[-1]) == (1, 3, 1, 5, 6)
    assert items[True] == 2 and items[1:] == [2, 3] and t[::-1] == (6, 5, 4)
    items[0] = 9
    items[-1] = 8
    items[False] = 7
    assert items == [7, 2, 8]
    for index, message in [(3, 'list index out of range'),
                           (-4, 'list index out of range'),
                           (2 ** 70, "cannot fit 'int' into an index-sized "
                            "integer"),
                           ('a', 'list indices must be integers or slices, '
                            'not str')]:
        try:
            items[index]
        except (IndexError, TypeError) as e:
            assert str(e) == message, (index, str(e))
        else:
            raise AssertionError(index)
    for index in [3, -4]:
        try:
            items[index] = 0
        except IndexError as e:
            assert str(e) == 'list assignment index out of range'
        else:
            raise AssertionError(index)
    try:
        t[3]
    except IndexError as e:
        assert str(e) == 'tuple index out of range'
    else:
        raise AssertionError


def test_subscripts_of_subclasses():
    log = []

    class List(list):
        def __getitem__(self, index):
            return 'List.__getitem__'

        def __setitem__(self, index, value):
            log.append((index, value))

    class Tuple(tuple):
        def __getitem__(self, index):
            return 'Tuple.__getitem__'

    class Index(int):
        pass
    items = List([1, 2])
    assert items[0] == 'List.__getitem__'
    items[0] = 5
    assert log == [(0, 5)] and list(items) == [1, 2]
    assert Tuple((1,))[0] == 'Tuple.__getitem__'
    assert [1, 2][Index(1)] == 2 and (1, 2)[Index(-1)] == 2
