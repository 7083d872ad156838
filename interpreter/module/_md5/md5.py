"""MD5 (RFC 1321): four 32-bit words, 64 steps per 64-byte block,
little-endian."""

from __future__ import absolute_import
import math

from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rstring import StringBuilder

from interpreter.module._hashbase.hashstate import (
    BlockHash, MASK32, load32_le, store32_le, rotl32)

# the shift of each step, and T[i] = floor(2**32 * abs(sin(i + 1)))
_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + \
          [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_T = [r_uint(int(abs(math.sin(i + 1)) * 4294967296.0)) for i in range(64)]
_INIT = [r_uint(0x67452301), r_uint(0xefcdab89), r_uint(0x98badcfe),
         r_uint(0x10325476)]


class MD5(BlockHash):
    def __init__(self):
        BlockHash.__init__(self, 'md5', 16, 64)
        self.words = _INIT[:]
        self.m = [r_uint(0)] * 16

    def blank(self):
        return MD5()

    def copy_state_to(self, other):
        assert isinstance(other, MD5)
        other.words = self.words[:]

    def compress(self, data, pos):
        m = self.m
        for i in range(16):
            m[i] = load32_le(data, pos + 4 * i)
        words = self.words
        a = words[0]
        b = words[1]
        c = words[2]
        d = words[3]
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) & 15
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) & 15
            else:
                f = c ^ ((b | ~d) & MASK32)
                g = (7 * i) & 15
            f = (f + a + _T[i] + m[g]) & MASK32
            a = d
            d = c
            c = b
            b = (b + rotl32(f, _SHIFTS[i])) & MASK32
        words[0] = (words[0] + a) & MASK32
        words[1] = (words[1] + b) & MASK32
        words[2] = (words[2] + c) & MASK32
        words[3] = (words[3] + d) & MASK32

    def finish(self):
        self.finish_md(8, False)
        out = StringBuilder(16)
        for word in self.words:
            store32_le(out, word)
        return out.build()
