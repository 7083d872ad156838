"""BLAKE2b and BLAKE2s (RFC 7693).  One implementation for both: BLAKE2b
works on 64-bit words (12 rounds, 128-byte blocks), BLAKE2s on 32-bit
words (10 rounds, 64-byte blocks), kept in r_ulonglong and masked to the
word size.  The initial words are the SHA-512 and SHA-256 ones XORed with
the parameter block (digest size, key length, tree parameters, salt and
personalization); a key is hashed as a first block of its own.  The last
block is compressed with the finalization flag, so `keep_last_block`
holds a full block back until more input arrives."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_ulonglong
from rpython.rlib.rstring import StringBuilder

from interpreter.module._hashbase.hashstate import (
    BlockHash, load32_le, load64_le, store32_le, store64_le)
from interpreter.module._sha256.sha256 import INIT_256
from interpreter.module._sha512.sha512 import INIT_512

_SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
]
# the flattened schedule: message word of each G input, 12 rounds
_SCHEDULE = [_SIGMA[r % 10][i] for r in range(12) for i in range(16)]

_MASK64 = r_ulonglong(0xFFFFFFFFFFFFFFFF)
_MASK32 = r_ulonglong(0xFFFFFFFF)


class Variant(object):
    """The constants of BLAKE2b or BLAKE2s."""
    _immutable_ = True

    def __init__(self, name, bits, rounds, rotations, init):
        self.name = name
        self.bits = bits
        self.wordsize = bits // 8
        self.block_size = 16 * self.wordsize
        self.max_digest_size = 8 * self.wordsize
        self.max_key_size = 8 * self.wordsize
        self.salt_size = 2 * self.wordsize
        self.person_size = 2 * self.wordsize
        self.rounds = rounds
        self.r1, self.r2, self.r3, self.r4 = rotations
        self.mask = _MASK64 if bits == 64 else _MASK32
        self.init = [r_ulonglong(x) for x in init]

    def _freeze_(self):
        return True


BLAKE2B = Variant('blake2b', 64, 12, (32, 24, 16, 63), INIT_512)
BLAKE2S = Variant('blake2s', 32, 10, (16, 12, 8, 7), INIT_256)


def new_blake2(variant, digest_size, key, salt, person, fanout, depth,
               leaf_size, node_offset, node_depth, inner_size, last_node):
    """A BLAKE2 state for these parameters (already checked by the
    caller), with the key hashed in."""
    params = _parameter_block(variant, digest_size, len(key), salt, person,
                              fanout, depth, leaf_size, node_offset,
                              node_depth, inner_size)
    h = [variant.init[i] ^ _load_word(variant, params, i * variant.wordsize)
         for i in range(8)]
    state = Blake2(variant, digest_size, last_node, h)
    if key:
        state.update(key + '\x00' * (variant.block_size - len(key)))
    return state


class Blake2(BlockHash):
    keep_last_block = True

    def __init__(self, variant, digest_size, last_node, h):
        BlockHash.__init__(self, variant.name, digest_size,
                           variant.block_size)
        self.variant = variant
        self.last_node = last_node
        self.h = h
        self.t = r_ulonglong(0)      # bytes compressed (low word)
        self.t_high = r_ulonglong(0)
        self.v = [r_ulonglong(0)] * 16
        self.m = [r_ulonglong(0)] * 16

    def blank(self):
        return Blake2(self.variant, self.digest_size, self.last_node, [])

    def copy_state_to(self, other):
        assert isinstance(other, Blake2)
        other.h = self.h[:]
        other.t = self.t
        other.t_high = self.t_high

    def compress(self, data, pos):
        self._count(self.block_size)
        self._compress(data, pos, False)

    def _count(self, nbytes):
        mask = self.variant.mask
        t = (self.t + r_ulonglong(nbytes)) & mask
        if t < self.t:
            self.t_high = (self.t_high + 1) & mask
        self.t = t

    def _compress(self, data, pos, final):
        variant = self.variant
        mask = variant.mask
        bits = variant.bits
        r1 = variant.r1
        r2 = variant.r2
        r3 = variant.r3
        r4 = variant.r4
        m = self.m
        for i in range(16):
            m[i] = _load_word(variant, data, pos + i * variant.wordsize)
        v = self.v
        h = self.h
        for i in range(8):
            v[i] = h[i]
            v[i + 8] = variant.init[i]
        v[12] ^= self.t
        v[13] ^= self.t_high
        if final:
            v[14] ^= mask
            if self.last_node:
                v[15] ^= mask
        for rnd in range(variant.rounds):
            s = rnd * 16
            _g(v, 0, 4, 8, 12, m[_SCHEDULE[s]], m[_SCHEDULE[s + 1]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 1, 5, 9, 13, m[_SCHEDULE[s + 2]], m[_SCHEDULE[s + 3]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 2, 6, 10, 14, m[_SCHEDULE[s + 4]], m[_SCHEDULE[s + 5]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 3, 7, 11, 15, m[_SCHEDULE[s + 6]], m[_SCHEDULE[s + 7]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 0, 5, 10, 15, m[_SCHEDULE[s + 8]], m[_SCHEDULE[s + 9]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 1, 6, 11, 12, m[_SCHEDULE[s + 10]], m[_SCHEDULE[s + 11]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 2, 7, 8, 13, m[_SCHEDULE[s + 12]], m[_SCHEDULE[s + 13]],
               mask, bits, r1, r2, r3, r4)
            _g(v, 3, 4, 9, 14, m[_SCHEDULE[s + 14]], m[_SCHEDULE[s + 15]],
               mask, bits, r1, r2, r3, r4)
        for i in range(8):
            h[i] ^= v[i] ^ v[i + 8]

    def finish(self):
        n = len(self.pending)
        self._count(n)
        block = self.pending + '\x00' * (self.block_size - n)
        self._compress(block, 0, True)
        out = StringBuilder(64)
        for word in self.h:
            if self.variant.bits == 64:
                store64_le(out, word)
            else:
                store32_le(out, word)
        size = self.digest_size
        assert size >= 0
        return out.build()[:size]


def _rotr(x, n, bits, mask):
    return ((x >> n) | (x << (bits - n))) & mask


def _g(v, a, b, c, d, x, y, mask, bits, r1, r2, r3, r4):
    """The mixing function G of RFC 7693, section 3.1."""
    v[a] = (v[a] + v[b] + x) & mask
    v[d] = _rotr(v[d] ^ v[a], r1, bits, mask)
    v[c] = (v[c] + v[d]) & mask
    v[b] = _rotr(v[b] ^ v[c], r2, bits, mask)
    v[a] = (v[a] + v[b] + y) & mask
    v[d] = _rotr(v[d] ^ v[a], r3, bits, mask)
    v[c] = (v[c] + v[d]) & mask
    v[b] = _rotr(v[b] ^ v[c], r4, bits, mask)


def _load_word(variant, data, pos):
    if variant.bits == 64:
        return load64_le(data, pos)
    return r_ulonglong(load32_le(data, pos))


def _parameter_block(variant, digest_size, key_size, salt, person, fanout,
                     depth, leaf_size, node_offset, node_depth, inner_size):
    """The parameter block (RFC 7693, section 2.5; BLAKE2 paper 2.8):
    32 bytes for BLAKE2s, 64 for BLAKE2b, little-endian fields."""
    out = StringBuilder(64)
    out.append(chr(digest_size))
    out.append(chr(key_size))
    out.append(chr(fanout))
    out.append(chr(depth))
    store32_le(out, r_ulonglong(leaf_size))
    if variant.bits == 64:
        store64_le(out, node_offset)
    else:
        # 48 bits of node offset in BLAKE2s
        node = StringBuilder(8)
        store64_le(node, node_offset)
        out.append(node.build()[:6])
    out.append(chr(node_depth))
    out.append(chr(inner_size))
    if variant.bits == 64:
        out.append_multiple_char('\x00', 14)
    out.append(salt + '\x00' * (variant.salt_size - len(salt)))
    out.append(person + '\x00' * (variant.person_size - len(person)))
    return out.build()
