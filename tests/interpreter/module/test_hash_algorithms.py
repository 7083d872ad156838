"""The hash algorithms' interp-level states (interpreter/module/_md5 ...
_blake2) against CPython's hashlib (the machine's python3): inputs fed
whole, in random pieces, and through copy() in the middle, of the lengths
around the block boundaries (every length from 0 to 300 in the slow
lane: the words are emulated on the host, about a minute)."""

import json
import random
import subprocess

import pytest

from rpython.rlib.rarithmetic import r_ulonglong

from interpreter.module._md5.md5 import MD5
from interpreter.module._sha1.sha1 import SHA1
from interpreter.module._sha256.sha256 import SHA224, SHA256
from interpreter.module._sha512.sha512 import SHA384, SHA512
from interpreter.module._sha3.keccak import Keccak
from interpreter.module._blake2.blake2 import BLAKE2B, BLAKE2S, new_blake2

BOUNDARY_LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127,
                    128, 129, 135, 136, 137, 143, 144, 145, 167, 168, 169,
                    255, 256, 300]


def _keccak(name, digest_size, capacity, suffix):
    return lambda: Keccak(name, digest_size, capacity, suffix)


def _blake2(variant, digest_size, key='', salt='', person='', tree=False):
    if tree:
        return lambda: new_blake2(variant, digest_size, key, salt, person,
                                  2, 3, 77, r_ulonglong(5), 1, 9, True)
    return lambda: new_blake2(variant, digest_size, key, salt, person,
                              1, 1, 0, r_ulonglong(0), 0, 0, False)


# name -> (new state, the CPython expression of a hash object for `d`)
ALGORITHMS = {
    'md5': (MD5, "hashlib.md5(d)"),
    'sha1': (SHA1, "hashlib.sha1(d)"),
    'sha224': (SHA224, "hashlib.sha224(d)"),
    'sha256': (SHA256, "hashlib.sha256(d)"),
    'sha384': (SHA384, "hashlib.sha384(d)"),
    'sha512': (SHA512, "hashlib.sha512(d)"),
    'sha3_224': (_keccak('sha3_224', 28, 448, 6), "hashlib.sha3_224(d)"),
    'sha3_512': (_keccak('sha3_512', 64, 1024, 6), "hashlib.sha3_512(d)"),
    'shake_128': (_keccak('shake_128', 0, 256, 0x1f),
                  "hashlib.shake_128(d)"),
    'blake2b': (_blake2(BLAKE2B, 64), "hashlib.blake2b(d)"),
    'blake2s': (_blake2(BLAKE2S, 32), "hashlib.blake2s(d)"),
    'blake2b-keyed': (_blake2(BLAKE2B, 33, 'k' * 64),
                      "hashlib.blake2b(d, digest_size=33, key=b'k' * 64)"),
    'blake2s-tree': (_blake2(BLAKE2S, 20, 'k' * 32, 'salt', 'me', True),
                      "hashlib.blake2s(d, digest_size=20, key=b'k' * 32, "
                      "salt=b'salt', person=b'me', fanout=2, depth=3, "
                      "leaf_size=77, node_offset=5, node_depth=1, "
                      "inner_size=9, last_node=True)"),
}

_ORACLE = """
import hashlib, json, sys
exprs = json.loads(sys.argv[1])
out = {}
for name, expr in exprs.items():
    digests = []
    for n in range(301):
        d = bytes((i * 7 + n) % 256 for i in range(n))
        h = eval(expr)
        digests.append(h.hexdigest(40) if name.startswith('shake')
                       else h.hexdigest())
    out[name] = digests
print(json.dumps(out))
"""


def _data(n):
    return ''.join([chr((i * 7 + n) % 256) for i in range(n)])


def _expected():
    exprs = dict((name, expr) for name, (_, expr) in ALGORITHMS.items())
    output = subprocess.check_output(['python3', '-c', _ORACLE,
                                      json.dumps(exprs)])
    return json.loads(output)


def _hexdigest(name, state):
    if name.startswith('shake'):
        return state.copy().squeeze(40).encode('hex')
    return state.digest().encode('hex')


def _check_against_cpython(lengths):
    expected = _expected()
    rnd = random.Random(5)
    for name, (new, _) in sorted(ALGORITHMS.items()):
        for n in lengths:
            data = _data(n)
            whole = new()
            whole.update(data)
            assert _hexdigest(name, whole) == expected[name][n], (name, n)
            # random pieces, with a copy taken after the first one
            pieces = new()
            cut = rnd.randint(0, n)
            pieces.update(data[:cut])
            copied = pieces.copy()
            pos = cut
            while pos < n:
                step = rnd.randint(0, 150)
                pieces.update(data[pos:pos + step])
                copied.update(data[pos:pos + step])
                pos += step
            assert _hexdigest(name, pieces) == expected[name][n], (name, n)
            assert _hexdigest(name, copied) == expected[name][n], (name, n)


def test_block_boundaries_against_cpython():
    _check_against_cpython(BOUNDARY_LENGTHS)


@pytest.mark.slow
def test_all_lengths_against_cpython():
    _check_against_cpython(range(301))


def test_digest_leaves_the_state():
    for name, (new, _) in sorted(ALGORITHMS.items()):
        state = new()
        state.update('abc')
        first = _hexdigest(name, state)
        assert _hexdigest(name, state) == first
        state.update('def')
        other = new()
        other.update('abcdef')
        assert _hexdigest(name, state) == _hexdigest(name, other)
