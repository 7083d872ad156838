"""printf-style formatting: str % args and bytes % args."""


def err(template, args):
    try:
        template % args
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        return type(e).__name__ + ': ' + str(e)
    raise AssertionError('no error')


def test_str_basic():
    assert '%s %d %r %x %05.2f %-10s| %c %%' % (
        'a', 3, 'b', 255, 3.14159, 'left', 65) == \
        "a 3 'b' ff 03.14 left      | A %"
    assert '%s' % 'x' == 'x'
    assert '%s' % None == 'None'
    assert '%s' % [] == '[]'
    assert '%s' % ((1, 2),) == '(1, 2)'
    assert '%s' % {'a': 1} == "{'a': 1}"
    assert '%i %u %ld' % (1, 2, 3) == '1 2 3'
    assert '%a' % '\xe9' == "'\\xe9'"
    assert '%.2s%%' % 'abc' == 'ab%'
    assert 'x' % () == 'x'
    assert 'x' % {'a': 1} == 'x'
    assert 'x' % [] == 'x'


def test_str_dict():
    assert '%(a)s-%(b)r' % {'a': 1, 'b': 'x'} == "1-'x'"
    assert '%(a)05d' % {'a': 42} == '00042'
    assert '%s %(a)s' % {'a': 1} == "{'a': 1} 1"
    assert '%(a(b))s' % {'a(b)': 2} == '2'


def test_str_star():
    assert '%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159) == '    1|2   |3.14'
    assert '%*d' % (-4, 1) == '1   '


def test_str_numbers():
    assert '%.3d' % 5 == '005'
    assert '%+.3d' % -5 == '-005'
    assert '%#x %#o %#X' % (255, 8, 255) == '0xff 0o10 0XFF'
    assert '%x %#x' % (-255, -255) == '-ff -0xff'
    assert '%08.3f' % -3.14159 == '-003.142'
    assert '%+d % d' % (5, 5) == '+5  5'
    assert '%-05d|' % 5 == '5    |'
    assert '%05s' % 'ab' == '   ab'
    assert '%10.3e' % 1234.5 == ' 1.234e+03'
    assert '%g %#g' % (1e20, 1.0) == '1e+20 1.00000'
    assert '%d %x' % (True, True) == '1 1'
    assert '%d' % 3.7 == '3'
    assert '%d' % 2 ** 70 == '1180591620717411303424'
    assert '%e' % float('inf') == 'inf'
    assert '%010f' % float('-inf') == '-000000inf'
    assert '%F' % float('inf') == 'INF'
    assert '%f' % 1 == '1.000000'
    assert '%c%c' % ('\xe9', 0x263a) == '\xe9\u263a'


def test_str_errors():
    assert err('%d', ()) == 'TypeError: not enough arguments for format string'
    assert err('%d %d', (1,)) == \
        'TypeError: not enough arguments for format string'
    assert err('%d', (1, 2)) == \
        'TypeError: not all arguments converted during string formatting'
    assert err('x', 5) == \
        'TypeError: not all arguments converted during string formatting'
    assert err('%(a)s', (1,)) == 'TypeError: format requires a mapping'
    assert err('%', ()) == 'ValueError: incomplete format'
    assert err('%z', (1,)) == \
        "ValueError: unsupported format character 'z' (0x7a) at index 1"
    assert err('ab%-5y', (1,)) == \
        "ValueError: unsupported format character 'y' (0x79) at index 5"
    assert err('%b', (1,)) == \
        "ValueError: unsupported format character 'b' (0x62) at index 1"
    assert err('%(a', {'a': 1}) == 'ValueError: incomplete format key'
    assert err('%(b)s', {'a': 1}) == "KeyError: 'b'"
    assert err('%d', '3') == \
        'TypeError: %d format: a real number is required, not str'
    assert err('%x', 3.5) == \
        'TypeError: %x format: an integer is required, not float'
    assert err('%f', 'x') == 'TypeError: must be real number, not str'
    assert err('%c', 'ab') == 'TypeError: %c requires int or char'
    assert err('%c', -1) == 'OverflowError: %c arg not in range(0x110000)'
    assert err('%*d', ('x', 1)) == 'TypeError: * wants int'
    assert err('%(a)s %s', {'a': 1}) == \
        'TypeError: not enough arguments for format string'


def test_bytes():
    assert b'%s %d' % (b'ab', 5) == b'ab 5'
    assert b'%b' % b'x' == b'x'
    assert b'%5s|%-5s|' % (b'a', b'b') == b'    a|b    |'
    assert b'%r %a' % ('\xe9', 'x') == b"'\\xe9' 'x'"
    assert b'%c%c' % (65, b'B') == b'AB'
    assert b'%x %05.1f %%' % (255, 2.25) == b'ff 002.2 %'
    assert b'%(k)s' % {b'k': b'v'} == b'v'
    assert b'\xff%s' % b'\xfe' == b'\xff\xfe'

    class B:
        def __bytes__(self):
            return b'bb'
    assert b'%s' % B() == b'bb'


def test_bytes_errors():
    assert err(b'%s', 'x') == "TypeError: %b requires a bytes-like object, " \
        "or an object that implements __bytes__, not 'str'"
    assert err(b'%d', (1, 2)) == \
        'TypeError: not all arguments converted during bytes formatting'
    assert err(b'%c', 256) == 'OverflowError: %c arg not in range(256)'
    assert err(b'%c', 'a') == \
        'TypeError: %c requires an integer in range(256) or a single byte'
