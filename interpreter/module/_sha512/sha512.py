"""SHA-512 and SHA-384 (FIPS 180-4, section 6.4 and 6.5): eight 64-bit
words, 80 rounds per 128-byte block, big-endian.  SHA-384 differs only
in its initial words and its shorter output."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_ulonglong
from rpython.rlib.rstring import StringBuilder

from interpreter.module._hashbase.hashstate import (
    BlockHash, load64_be, store64_be, rotr64, fractional_root_bits)

# FIPS 180-4 4.2.3 and 5.3: cube roots of the first 80 primes, square
# roots of the first 8 (SHA-512) and of the 9th to 16th (SHA-384)
_K = [r_ulonglong(k) for k in fractional_root_bits(3, 64, 0, 80)]
INIT_512 = [r_ulonglong(h) for h in fractional_root_bits(2, 64, 0, 8)]
_INIT_384 = [r_ulonglong(h) for h in fractional_root_bits(2, 64, 8, 8)]


class SHA512(BlockHash):
    def __init__(self, name='sha512', digest_size=64, init=INIT_512):
        BlockHash.__init__(self, name, digest_size, 128)
        self.words = init[:]
        self.w = [r_ulonglong(0)] * 80

    def blank(self):
        return SHA512()

    def copy_state_to(self, other):
        assert isinstance(other, SHA512)
        other.words = self.words[:]

    def compress(self, data, pos):
        w = self.w
        for i in range(16):
            w[i] = load64_be(data, pos + 8 * i)
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            s0 = rotr64(x, 1) ^ rotr64(x, 8) ^ (x >> 7)
            s1 = rotr64(y, 19) ^ rotr64(y, 61) ^ (y >> 6)
            w[i] = w[i - 16] + s0 + w[i - 7] + s1
        words = self.words
        a = words[0]
        b = words[1]
        c = words[2]
        d = words[3]
        e = words[4]
        f = words[5]
        g = words[6]
        h = words[7]
        for i in range(80):
            s1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = h + s1 + ch + _K[i] + w[i]
            s0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            h = g
            g = f
            f = e
            e = d + t1
            d = c
            c = b
            b = a
            a = t1 + s0 + maj
        words[0] += a
        words[1] += b
        words[2] += c
        words[3] += d
        words[4] += e
        words[5] += f
        words[6] += g
        words[7] += h

    def finish(self):
        # the length takes 16 bytes; inputs of 2**61 bytes or more do
        # not exist, so its high half is zero
        self.finish_md(16, True)
        out = StringBuilder(64)
        for word in self.words:
            store64_be(out, word)
        size = self.digest_size
        assert size >= 0
        return out.build()[:size]


class SHA384(SHA512):
    def __init__(self):
        SHA512.__init__(self, 'sha384', 48, _INIT_384)

    def blank(self):
        return SHA384()
