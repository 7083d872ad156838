"""SHA-256 and SHA-224 (FIPS 180-4, section 6.2 and 6.3): eight 32-bit
words, 64 rounds per 64-byte block, big-endian.  SHA-224 differs only in
its initial words and its shorter output."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rstring import StringBuilder

from interpreter.module._hashbase.hashstate import (
    BlockHash, MASK32, load32_be, store32_be, rotr32, fractional_root_bits)

# FIPS 180-4 4.2.2 and 5.3: cube roots of the first 64 primes, square
# roots of the first 8 (SHA-256) and of the 9th to 16th (SHA-224: the
# second 32 bits of 64)
_K = [r_uint(k) for k in fractional_root_bits(3, 32, 0, 64)]
INIT_256 = [r_uint(h) for h in fractional_root_bits(2, 32, 0, 8)]
_INIT_224 = [r_uint(h & 0xFFFFFFFF)
             for h in fractional_root_bits(2, 64, 8, 8)]


class SHA256(BlockHash):
    def __init__(self, name='sha256', digest_size=32, init=INIT_256):
        BlockHash.__init__(self, name, digest_size, 64)
        self.words = init[:]
        self.w = [r_uint(0)] * 64

    def blank(self):
        return SHA256()

    def copy_state_to(self, other):
        assert isinstance(other, SHA256)
        other.words = self.words[:]

    def compress(self, data, pos):
        w = self.w
        for i in range(16):
            w[i] = load32_be(data, pos + 4 * i)
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = rotr32(x, 7) ^ rotr32(x, 18) ^ (x >> 3)
            s1 = rotr32(y, 17) ^ rotr32(y, 19) ^ (y >> 10)
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK32
        words = self.words
        a = words[0]
        b = words[1]
        c = words[2]
        d = words[3]
        e = words[4]
        f = words[5]
        g = words[6]
        h = words[7]
        for i in range(64):
            s1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = h + s1 + ch + _K[i] + w[i]
            s0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            h = g
            g = f
            f = e
            e = (d + t1) & MASK32
            d = c
            c = b
            b = a
            a = (t1 + s0 + maj) & MASK32
        words[0] = (words[0] + a) & MASK32
        words[1] = (words[1] + b) & MASK32
        words[2] = (words[2] + c) & MASK32
        words[3] = (words[3] + d) & MASK32
        words[4] = (words[4] + e) & MASK32
        words[5] = (words[5] + f) & MASK32
        words[6] = (words[6] + g) & MASK32
        words[7] = (words[7] + h) & MASK32

    def finish(self):
        self.finish_md(8, True)
        out = StringBuilder(32)
        for word in self.words:
            store32_be(out, word)
        size = self.digest_size
        assert size >= 0
        return out.build()[:size]


class SHA224(SHA256):
    def __init__(self):
        SHA256.__init__(self, 'sha224', 28, _INIT_224)

    def blank(self):
        return SHA224()
