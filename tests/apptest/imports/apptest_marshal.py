"""marshal: round trips of every supported type, errors for unsupported
objects and malformed data (truncated and random bytes)."""

import marshal

VALUES = [None, True, False, ..., 0, 1, -1, 2**31, 2**63 - 1, -2**63,
          2**64, -2**100, 3**200, 1.5, -0.0, float('inf'), 1e300,
          1 + 2j, -0.5j, '', 'abc', 'h\xe9llo \u20ac \U0001f600', b'',
          b'x\x00\xff', (), (1, (2, 'three')), [1, [2]], {1: 'a', 'b': (2,)},
          {3, 'x'}, frozenset([4, 5]), frozenset()]


def test_round_trips():
    for value in VALUES:
        data = marshal.dumps(value)
        assert type(data) is bytes
        back = marshal.loads(data)
        assert back == value, value
        assert type(back) is type(value)


def test_versions_are_accepted():
    for version in range(marshal.version + 1):
        assert marshal.loads(marshal.dumps((1, 'a'), version)) == (1, 'a')


def test_nan_and_signed_zero():
    back = marshal.loads(marshal.dumps(float('nan')))
    assert back != back
    assert str(marshal.loads(marshal.dumps(-0.0))) == '-0.0'


def test_code_objects():
    source = ('def f(x, *args, k=1, **kw):\n'
              '    total = x\n'
              '    def inner():\n'
              '        return total + k\n'
              '    return [inner() + a for a in args]\n'
              'RESULT = f(1, 10, 20, k=2)\n')
    code = compile(source, 'marshalled.py', 'exec')
    back = marshal.loads(marshal.dumps(code))
    assert back.co_filename == 'marshalled.py'
    assert back.co_names == code.co_names
    namespace = {}
    exec(back, namespace)
    assert namespace['RESULT'] == [13, 23]
    assert namespace['f'].__code__.co_varnames == \
        code.co_consts[0].co_varnames if hasattr(code.co_consts[0],
                                                 'co_varnames') else True


def test_unmarshallable():
    for value in [object(), type, len, [object()]]:
        try:
            marshal.dumps(value)
        except ValueError as e:
            assert str(e) == 'unmarshallable object'
        else:
            raise AssertionError(value)


def test_empty_and_unknown():
    try:
        marshal.loads(b'')
    except EOFError as e:
        assert str(e) == 'EOF read where object expected'
    else:
        raise AssertionError
    try:
        marshal.loads(b'\x01')
    except ValueError as e:
        assert str(e) == 'bad marshal data (unknown type code)'
    else:
        raise AssertionError


def test_truncated_data_raises():
    code = compile('x = [1, 2.5, "s", (None,)]\n', 'f', 'exec')
    for value in VALUES + [code]:
        data = marshal.dumps(value)
        for end in range(len(data)):
            try:
                marshal.loads(data[:end])
            except (EOFError, ValueError):
                pass
            else:
                # a prefix may happen to be a complete, shorter value
                pass


class Sink:
    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data += data


def test_dump_writes_what_dumps_returns():
    sink = Sink()
    marshal.dump({'k': [1, 2]}, sink)
    assert sink.data == marshal.dumps({'k': [1, 2]})
