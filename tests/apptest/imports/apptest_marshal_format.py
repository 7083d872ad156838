"""Our marshal format (docs/imports.rst) and its robustness: malformed
and random input never crashes, only raises ValueError or EOFError."""
# apptest: pypy-only

import marshal


def test_format_of_simple_values():
    assert marshal.dumps(None) == b'N'
    assert marshal.dumps(True) == b'T'
    assert marshal.dumps(False) == b'F'
    assert marshal.dumps(...) == b'.'
    assert marshal.dumps(1) == b'i\x01' + b'\x00' * 7
    assert marshal.dumps(-1) == b'i' + b'\xff' * 8
    assert marshal.dumps(2**64) == b'l\x09\x00\x00\x00' + b'\x00' * 8 + \
        b'\x01'
    assert marshal.dumps('\xe9') == b'u\x02\x00\x00\x00\xc3\xa9'
    assert marshal.dumps(b'ab') == b's\x02\x00\x00\x00ab'
    assert marshal.dumps((None,)) == b'(\x01\x00\x00\x00N'
    assert marshal.dumps(1.0) == b'g\x00\x00\x00\x00\x00\x00\xf0\x3f'
    assert marshal.version == 1


def test_bad_sizes():
    for data in [b'u\xff\xff\xff\xff', b'(\x00\x00\x00\x80',
                 b'(\xff\xff\xff\x7f', b's\x05\x00\x00\x00ab',
                 b'l\x00\x00\x00\x00', b'{\x01\x00\x00\x00N']:
        try:
            marshal.loads(data)
        except (ValueError, EOFError):
            pass
        else:
            raise AssertionError(data)


def test_deep_nesting_is_refused():
    data = b'(\x01\x00\x00\x00' * 100000 + b'N'
    try:
        marshal.loads(data)
    except ValueError as e:
        assert 'recursion' in str(e)
    else:
        raise AssertionError
    value = None
    for i in range(100000):
        value = [value]
    try:
        marshal.dumps(value)
    except ValueError:
        pass
    else:
        raise AssertionError


def mutations(data, seed):
    """Deterministic corruptions of data: changed, dropped and inserted
    bytes."""
    state = seed
    for i in range(300):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        position = state % len(data)
        value = (state >> 8) & 0xff
        kind = state % 3
        if kind == 0:
            yield data[:position] + bytes([value]) + data[position + 1:]
        elif kind == 1:
            yield data[:position] + data[position + 1:]
        else:
            yield data[:position] + bytes([value]) + data[position:]


def test_corrupted_code_objects_never_crash():
    code = compile('def f(a, b=2):\n    return a + b\nx = f(1)\n'
                   'for i in range(3):\n    x += i\n', 'm.py', 'exec')
    data = marshal.dumps(code)
    loaded = 0
    for seed in range(5):
        for bad in mutations(data, seed):
            try:
                marshal.loads(bad)
            except (ValueError, EOFError):
                pass
            else:
                loaded += 1
    assert loaded < 1500


def test_random_bytes_never_crash():
    state = 12345
    for i in range(2000):
        length = i % 40
        chunk = []
        for j in range(length):
            state = (state * 1103515245 + 12345) & 0x7fffffff
            chunk.append((state >> 16) & 0xff)
        try:
            marshal.loads(bytes(chunk))
        except (ValueError, EOFError):
            pass


def test_code_with_bad_instruction_is_refused():
    code = compile('x = 1\n', 'm.py', 'exec')
    data = marshal.dumps(code)
    # LOAD_CONST with an index past the constants: find the code bytes
    start = data.index(code.co_code)
    bad = data[:start] + bytes([code.co_code[0], 200, 0, 0]) + \
        data[start + 4:]
    try:
        marshal.loads(bad)
    except ValueError as e:
        assert str(e) == 'bad marshal data (instruction argument out of range)'
    else:
        raise AssertionError
