"""The bytes and bytearray methods beyond searching and splitting:
padding, partitioning, line splitting, translation, ASCII case and
character classes, % on the right, bytearray *= and __alloc__."""


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised' % exc.__name__)


def test_padding():
    assert b'a'.center(6, b'*') == b'**a***'
    assert b'ab'.center(5) == b'  ab '
    assert b'abc'.center(2) == b'abc'
    assert b'a'.ljust(3, b'-') == b'a--'
    assert b'a'.rjust(3) == b'  a'
    assert bytearray(b'a').rjust(3, bytearray(b'.')) == bytearray(b'..a')
    assert type(bytearray(b'a').center(5)) is bytearray
    assert raises(TypeError, b'a'.center, 5, 'x') == \
        'center() argument 2 must be a byte string of length 1, not str'
    assert raises(TypeError, b'a'.center, 5, b'xy') == \
        'center() argument 2 must be a byte string of length 1, not bytes'
    assert raises(TypeError, bytearray(b'a').ljust, 5, b'xy') == \
        'ljust() argument 2 must be a byte string of length 1, not bytes'
    assert raises(TypeError, b'a'.center, 'x') == \
        "'str' object cannot be interpreted as an integer"


def test_zfill_expandtabs():
    assert b'-12'.zfill(6) == b'-00012'
    assert b'+'.zfill(3) == b'+00'
    assert b'ab'.zfill(-1) == b'ab'
    assert b'42'.zfill(5) == b'00042'
    assert b'a\tbc\td'.expandtabs(4) == b'a   bc  d'
    assert b'a\tb'.expandtabs() == b'a       b'
    assert b'ab\n\tc'.expandtabs(tabsize=2) == b'ab\n  c'
    assert b'a\tb'.expandtabs(0) == b'ab'


def test_partition():
    assert b'a=b=c'.partition(b'=') == (b'a', b'=', b'b=c')
    assert b'a=b=c'.rpartition(b'=') == (b'a=b', b'=', b'c')
    assert b'a'.partition(b'x') == (b'a', b'', b'')
    assert b'a'.rpartition(b'x') == (b'', b'', b'a')
    assert bytearray(b'ab').partition(b'a') == \
        (bytearray(b''), bytearray(b'a'), bytearray(b'b'))
    assert type(bytearray(b'ab').partition(b'a')[1]) is bytearray
    assert raises(ValueError, b'a'.partition, b'') == 'empty separator'
    assert raises(TypeError, b'a'.partition, 'a') == \
        "a bytes-like object is required, not 'str'"


def test_splitlines():
    data = b'a\nb\r\nc\rd\x0be\x0cf'
    assert data.splitlines() == [b'a', b'b', b'c', b'd\x0be\x0cf']
    assert data.splitlines(True) == [b'a\n', b'b\r\n', b'c\r',
                                     b'd\x0be\x0cf']
    assert b'a\n\n'.splitlines() == [b'a', b'']
    assert b''.splitlines() == []
    assert bytearray(b'x\ny').splitlines(keepends=True) == \
        [bytearray(b'x\n'), bytearray(b'y')]


def test_remove_affixes():
    assert b'abc'.removeprefix(b'ab') == b'c'
    assert b'abc'.removeprefix(b'x') == b'abc'
    assert b'abc'.removesuffix(b'bc') == b'a'
    assert b'abc'.removesuffix(b'') == b'abc'
    assert bytearray(b'abc').removesuffix(b'c') == bytearray(b'ab')
    assert raises(TypeError, b'abc'.removesuffix, 'c') == \
        "a bytes-like object is required, not 'str'"


def test_translate_maketrans():
    table = bytes.maketrans(b'ab', b'xy')
    assert len(table) == 256 and table[97:99] == b'xy'
    assert bytearray.maketrans(b'a', b'b')[97:99] == b'bb'
    assert b'abc'.translate(table) == b'xyc'
    assert b'abc'.translate(None, b'b') == b'ac'
    assert b'abc'.translate(None, delete=b'b') == b'ac'
    assert b'abc'.translate(bytearray(range(256)), b'a') == b'bc'
    assert bytearray(b'abc').translate(table) == bytearray(b'xyc')
    assert raises(ValueError, b'abc'.translate, b'x') == \
        'translation table must be 256 characters long'
    assert raises(ValueError, bytes.maketrans, b'ab', b'c') == \
        'maketrans arguments must have same length'
    assert raises(TypeError, bytes.maketrans, 'ab', b'cd') == \
        "a bytes-like object is required, not 'str'"


def test_case():
    assert b'aB1'.swapcase() == b'Ab1'
    assert b'hELLO wORLD'.capitalize() == b'Hello world'
    assert b''.capitalize() == b''
    assert b'hello wORLD 3rd'.title() == b'Hello World 3Rd'
    assert bytearray(b'ab').title() == bytearray(b'Ab')
    assert b'\xe9a'.upper() == b'\xe9A'


def test_classes():
    assert b'Hello World'.istitle()
    assert not b'Hello world'.istitle()
    assert not b''.istitle()
    assert b'abc1'.islower() and not b'1'.islower()
    assert b'ABC1'.isupper() and not b'aBC'.isupper()
    assert b'ab12'.isalnum() and not b'ab 12'.isalnum()
    assert b'ab'.isalpha() and not b'a1'.isalpha()
    assert b'0123'.isdigit() and not b'1.5'.isdigit()
    assert b' \t\n\r\x0b\x0c'.isspace() and not b' a'.isspace()
    assert b'abc'.isascii() and not b'\x80'.isascii()
    assert b''.isascii()
    for name in ['isalnum', 'isalpha', 'isdigit', 'islower', 'isupper',
                 'isspace']:
        assert getattr(b'', name)() is False
        assert getattr(b'\xe9', name)() is False


def test_rmod():
    assert bytes.__rmod__(b'x', b'%s') == b'x'
    assert bytes.__rmod__(b'x', 5) is NotImplemented
    assert b'%s-%s' % (b'a', bytearray(b'b')) == b'a-b'


def test_bytearray_imul_alloc():
    x = bytearray(b'ab')
    y = x
    x *= 3
    assert y is x and x == bytearray(b'ababab')
    x *= 0
    assert x == bytearray()
    assert bytearray().__alloc__() == 0
    assert bytearray(b'ab').__alloc__() >= 3


def test_sizeof():
    assert b''.__sizeof__() < b'abc'.__sizeof__()
    assert b'ab'.__sizeof__() - b''.__sizeof__() == 2
    assert bytearray(b'ab').__sizeof__() > bytearray().__sizeof__()


def test_constructor_errors():
    assert raises(TypeError, bytes, errors='x') == \
        'errors without a string argument'
    assert raises(TypeError, bytearray, encoding='x') == \
        'encoding without a string argument'
    assert raises(TypeError, bytes, 5, 'ascii') == \
        'encoding without a string argument'
    assert raises(TypeError, bytearray, 1.5) == \
        "cannot convert 'float' object to bytearray"
    assert raises(TypeError, bytes, object()) == \
        "cannot convert 'object' object to bytes"
    assert raises(ValueError, bytearray, [300]) == \
        'byte must be in range(0, 256)'
    assert raises(ValueError, bytes, [300]) == \
        'bytes must be in range(0, 256)'
    assert raises(TypeError, bytearray, 'a') == \
        'string argument without an encoding'
    assert bytes(memoryview(b'ab')) == b'ab'
    assert bytes('\xe9', 'latin-1') == b'\xe9'


def test_bytearray_mutation_errors():
    b = bytearray(b'abc')
    assert raises(TypeError, b.extend, object()) == \
        "can't extend bytearray with object"
    assert raises(TypeError, b.extend, 'ab') == \
        "'str' object cannot be interpreted as an integer"
    assert raises(TypeError, b.extend, ['a']) == \
        "'str' object cannot be interpreted as an integer"
    assert raises(ValueError, b.extend, [300]) == \
        'byte must be in range(0, 256)'
    assert raises(TypeError, b.__setitem__, slice(1, 2), 'x') == \
        'can assign only bytes, buffers, or iterables of ints in range(0, 256)'
    assert raises(TypeError, b.__contains__, 'a') == \
        "a bytes-like object is required, not 'str'"
    assert b'bc' in b and 98 in b and memoryview(b'c') in b
    assert b == bytearray(b'abc')
