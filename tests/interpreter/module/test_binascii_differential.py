"""binascii (interpreter/module/binascii) against CPython's (the
machine's python3): one driver program calls every function on a fixed
list of inputs -- every length around the base64/uu group sizes, every
byte value, malformed and padded base64 in both modes, quoted-printable
corner cases -- and records repr(result) or the exception's type and
message; our interpreter must record the same list."""

import subprocess

import pytest

from tests.support import new_module_globals, exec_app, unwrap
from tests.interpreter.pyparser.oracle import PYTHON3

DRIVER = r'''
import binascii

def record(f, *args, **kwargs):
    try:
        results.append(repr(f(*args, **kwargs)))
    except Exception as e:
        results.append('%s: %s' % (type(e).__name__, e))

results = []
datas = [bytes(range(n)) for n in range(0, 50)] + [
    bytes(range(256)), b'\xff' * 7, b'hello world', bytearray(b'bytearray'),
    memoryview(b'memoryview')]
for data in datas:
    for newline in (True, False):
        record(binascii.b2a_base64, data, newline=newline)
    record(binascii.hexlify, data)
    record(binascii.crc32, data)
    record(binascii.crc32, data, 0x12345678)
    record(binascii.crc_hqx, data, 0)
    record(binascii.crc_hqx, data, 0xabcd)
    record(binascii.b2a_uu, data)
    record(binascii.b2a_uu, data, backtick=True)
    record(binascii.b2a_qp, data)
    record(binascii.b2a_qp, data, quotetabs=True, istext=False, header=True)
    record(binascii.a2b_base64, binascii.b2a_base64(data))
    if len(data) <= 45:
        record(binascii.a2b_uu, binascii.b2a_uu(data))
    record(binascii.a2b_qp, binascii.b2a_qp(data))
    record(binascii.unhexlify, binascii.hexlify(data))

encoded = [b'', b'YQ', b'YQ=', b'YQ==', b'YWI=', b'YWJj', b'Y', b'YWJjZ',
           b'=YWJj', b'YW=Jj', b'YWJj=', b'YWJj==', b'YQ==YQ==', b'YQ=a=',
           b'Y W\nJ j', b'YW$Jj', b'YWJj\n', b'\xffYWJj', 'YWJj', 'YWJj\xe9',
           b'YQ===', b'YWI==', b'====', b'a=', b'ab=c', b'abcde',
           b'ab==cd', b'abcd=e', b'*']
for text in encoded:
    record(binascii.a2b_base64, text)
    record(binascii.a2b_base64, text, strict_mode=True)

hexes = [b'', b'41', b'4142', 'abCD', b'a', b'zz', b'4 1', 'é1', b'0g']
for text in hexes:
    record(binascii.unhexlify, text)
    record(binascii.a2b_hex, text)

qps = [b'=41=42', b'a=\nb', b'a=\r\nb', b'=4', b'=zz', b'a_b', b'==', b'=',
       b'abc=3d', b'caf=C3=A9', 'plain', b'tab\there']
for text in qps:
    record(binascii.a2b_qp, text)
    record(binascii.a2b_qp, text, header=True)

uus = [b'', b' ', b'!', b'%:&5L;&\\\n', b'%:&5L;&\\', b'#86)C\n',
       b'#86)C   \n', b'#86)Cxx\n', b'\x7f', b'!\x01']
for text in uus:
    record(binascii.a2b_uu, text)

texts = [b'a=b \xff\n', b'line with trailing space \nnext', b'tab\there\t\n',
         b'.\n', b'x' * 80, b'x' * 75 + b'=', b'a\r\nb\r\n',
         b'caf\xc3\xa9 _under_', b' ', b'\t', b'end ', b'a.\nb']
for text in texts:
    for quotetabs in (False, True):
        for istext in (True, False):
            for header in (False, True):
                record(binascii.b2a_qp, text, quotetabs, istext, header)

for bad in [1, 'str', None, [1]]:
    for f in (binascii.b2a_base64, binascii.a2b_base64, binascii.hexlify,
              binascii.unhexlify, binascii.crc32, binascii.b2a_uu,
              binascii.a2b_uu, binascii.b2a_qp, binascii.a2b_qp):
        record(f, bad)
record(binascii.crc32, b'a', 2 ** 40)
record(binascii.crc32, b'a', -1)
record(binascii.crc32, b'a', 1.5)
record(binascii.crc_hqx, b'a', -1)
record(binascii.b2a_uu, bytes(46))
record(binascii.hexlify, b'abcdef', '-')
record(binascii.hexlify, b'abcdef', b':', 2)
record(binascii.hexlify, b'abcdef', ':', -4)
record(binascii.b2a_base64, b'x', True)
record(binascii.a2b_base64, b'eA==', True)
results.append(repr(issubclass(binascii.Error, ValueError)))
results.append(repr(issubclass(binascii.Incomplete, Exception)))
'''


@pytest.fixture(scope='module')
def expected():
    if PYTHON3 is None:
        pytest.skip("python3 (the oracle) not on PATH")
    program = DRIVER + '\nimport json\nprint(json.dumps(results))\n'
    out = subprocess.check_output([PYTHON3, '-c', program])
    import json
    return json.loads(out)


def test_binascii_like_cpython(space, expected):
    w_globals = new_module_globals(space)
    exec_app(space, DRIVER, w_globals)
    got = unwrap(space, space.finditem_str(w_globals, 'results'))
    assert len(got) == len(expected)
    differences = [(i, ours, theirs) for i, (ours, theirs)
                   in enumerate(zip(got, expected)) if ours != theirs]
    assert not differences, '\n'.join(
        '#%d ours: %s\n    CPython: %s' % (i, ours, theirs)
        for i, ours, theirs in differences[:20])
