"""The hash modules against CPython's results on inputs of the lengths
from 0 to 300 bytes that are 0, 1 or 7 modulo 8 (every block size is a
multiple of 8, so they cross every block and padding boundary; every
length is in tests/interpreter/module/test_hash_algorithms.py): each
input's digest, fed whole, in two pieces of different buffer types and
through copy(), is the same; the md5 of all the hex digests of an
algorithm is the one CPython 3.11 gives (running this file on CPython
checks it)."""

import _md5
import _sha1
import _sha256
import _sha512
import _sha3
import _blake2

CONSTRUCTORS = {
    'md5': _md5.md5, 'sha1': _sha1.sha1,
    'sha224': _sha256.sha224, 'sha256': _sha256.sha256,
    'sha384': _sha512.sha384, 'sha512': _sha512.sha512,
    'sha3_224': _sha3.sha3_224, 'sha3_256': _sha3.sha3_256,
    'sha3_384': _sha3.sha3_384, 'sha3_512': _sha3.sha3_512,
    'shake_128': _sha3.shake_128, 'shake_256': _sha3.shake_256,
    'blake2b': _blake2.blake2b, 'blake2s': _blake2.blake2s,
}

# md5 of the hex digests joined (SHAKE: of n % 70 bytes)
EXPECTED = {
    'blake2b': '2071e301b1face8929546ec210e41deb',
    'blake2s': 'ee95db70b8377e6dfcffd49942f714a1',
    'md5': '778dd991090dca6d1c98fd7c2f924912',
    'sha1': '07d4f739de44ba1053eedf9c260fb7db',
    'sha224': '2bd09e5bf044a53fa17fce3dd9349d56',
    'sha256': 'e78b2a3c570e718dddb67adc866eeeed',
    'sha384': 'eb79f799fbe97dbabb90843f689eb40c',
    'sha3_224': '44d0166901c4411b3c2ab6597c9e543e',
    'sha3_256': 'cd3ffca62653f50e9d27658336ccd7d4',
    'sha3_384': 'dd8e0c9d80c401a0010ce7ed1af2bd6c',
    'sha3_512': 'ae9eeb7ddc12b41aacece37c6a2843ad',
    'sha512': 'd5608374e515fc74fbd264c62eed471e',
    'shake_128': '4d25c17c8853153f850ecbc8ff9752a1',
    'shake_256': 'f53ab1fcb65fc66d55d8e5d5a6504b39',
}

LENGTHS = [n for n in range(301) if n % 8 in (0, 1, 7)]
PATTERN = bytes([(i * 7) % 256 for i in range(600)])
INPUTS = [PATTERN[n % 251:n % 251 + n] for n in LENGTHS]


def summary(name):
    new = CONSTRUCTORS[name]
    shake = name.startswith('shake')
    parts = []
    for n, data in zip(LENGTHS, INPUTS):
        h = new(data)
        digest = h.hexdigest(n % 70) if shake else h.hexdigest()
        if n % 3 == 0:
            # in two pieces, with a copy taken in between
            cut = n * 5 // 11
            pieces = new()
            pieces.update(bytearray(data[:cut]))
            copied = pieces.copy()
            pieces.update(memoryview(data)[cut:])
            copied.update(data[cut:])
            for other in (pieces, copied):
                if shake:
                    assert other.hexdigest(n % 70) == digest
                else:
                    assert other.hexdigest() == digest
                    assert other.digest().hex() == digest
        parts.append(digest)
    return _md5.md5(''.join(parts).encode()).hexdigest()


def test_md5():
    assert summary('md5') == EXPECTED['md5']


def test_sha1():
    assert summary('sha1') == EXPECTED['sha1']


def test_sha2():
    for name in ['sha224', 'sha256', 'sha384', 'sha512']:
        assert summary(name) == EXPECTED[name], name


def test_sha3():
    for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
        assert summary(name) == EXPECTED[name], name


def test_shake():
    for name in ['shake_128', 'shake_256']:
        assert summary(name) == EXPECTED[name], name


def test_blake2():
    for name in ['blake2b', 'blake2s']:
        assert summary(name) == EXPECTED[name], name


def test_many_small_updates():
    # one byte at a time across several blocks
    data = INPUTS[-1]
    for name in ['md5', 'sha256', 'sha512', 'sha3_256', 'blake2b']:
        new = CONSTRUCTORS[name]
        h = new()
        for i in range(len(data)):
            h.update(data[i:i + 1])
        assert h.hexdigest() == new(data).hexdigest(), name
