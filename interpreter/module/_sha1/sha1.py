"""SHA-1 (FIPS 180-4, section 6.1): five 32-bit words, 80 steps per
64-byte block, big-endian."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rstring import StringBuilder

from interpreter.module._hashbase.hashstate import (
    BlockHash, MASK32, load32_be, store32_be, rotl32)

_INIT = [r_uint(0x67452301), r_uint(0xefcdab89), r_uint(0x98badcfe),
         r_uint(0x10325476), r_uint(0xc3d2e1f0)]
# floor(2**30 * sqrt(n)) for n = 2, 3, 5, 10
_K = [r_uint(0x5a827999), r_uint(0x6ed9eba1), r_uint(0x8f1bbcdc),
      r_uint(0xca62c1d6)]


class SHA1(BlockHash):
    def __init__(self):
        BlockHash.__init__(self, 'sha1', 20, 64)
        self.words = _INIT[:]
        self.w = [r_uint(0)] * 80

    def blank(self):
        return SHA1()

    def copy_state_to(self, other):
        assert isinstance(other, SHA1)
        other.words = self.words[:]

    def compress(self, data, pos):
        w = self.w
        for i in range(16):
            w[i] = load32_be(data, pos + 4 * i)
        for i in range(16, 80):
            w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1)
        words = self.words
        a = words[0]
        b = words[1]
        c = words[2]
        d = words[3]
        e = words[4]
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
            elif i < 40 or i >= 60:
                f = b ^ c ^ d
            else:
                f = (b & c) | (b & d) | (c & d)
            temp = (rotl32(a, 5) + f + e + _K[i // 20] + w[i]) & MASK32
            e = d
            d = c
            c = rotl32(b, 30)
            b = a
            a = temp
        words[0] = (words[0] + a) & MASK32
        words[1] = (words[1] + b) & MASK32
        words[2] = (words[2] + c) & MASK32
        words[3] = (words[3] + d) & MASK32
        words[4] = (words[4] + e) & MASK32

    def finish(self):
        self.finish_md(8, True)
        out = StringBuilder(20)
        for word in self.words:
            store32_be(out, word)
        return out.build()
