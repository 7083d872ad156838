"""SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] permutation on 25
64-bit lanes, used as a sponge.  The input is absorbed `rate` bytes at a
time (the block size, 200 bytes minus twice the security level), then
padded with the domain suffix (0x06 for SHA-3, 0x1f for SHAKE) and a
final 0x80; the output is squeezed out `rate` bytes at a time."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rstring import StringBuilder

from interpreter.module._hashbase.hashstate import (
    BlockHash, load64_le, store64_le)


def _round_constants():
    """The iota constants of the 24 rounds (FIPS 202, 3.2.5), from the
    rc(t) linear feedback shift register."""
    state = 1
    bits = []
    for t in range(7 * 24):
        bits.append(state & 1)
        state <<= 1
        if state & 0x100:
            state ^= 0x171
    result = []
    for round in range(24):
        rc = 0
        for j in range(7):
            if bits[7 * round + j]:
                rc |= 1 << ((1 << j) - 1)
        result.append(r_ulonglong(rc))
    return result


def _rho_pi_steps():
    """The rho rotations along the pi walk (FIPS 202, 3.2.2 and 3.2.3):
    (source lane, rotation) for the 24 lanes reached from lane (1, 0)."""
    steps = []
    x, y = 1, 0
    for t in range(24):
        steps.append((x + 5 * y, ((t + 1) * (t + 2) // 2) % 64))
        x, y = y, (2 * x + 3 * y) % 5
    return steps


_RC = _round_constants()
_STEPS = _rho_pi_steps()
# the lane at (x, y) moves to (y, 2x + 3y)
_DEST = [src // 5 + 5 * ((2 * (src % 5) + 3 * (src // 5)) % 5)
         for src, _ in _STEPS]
_ROT = [rot for _, rot in _STEPS]
_NEXT = [(x + 1) % 5 for x in range(5)]
_PREV = [(x + 4) % 5 for x in range(5)]
_NEXT2 = [(x + 2) % 5 for x in range(5)]


def _rotl64(x, n):
    if n == 0:
        return x
    return (x << n) | (x >> (64 - n))


def keccak_f(a, c):
    """Permute the 25 lanes of a in place (c: a scratch list of 5)."""
    for rnd in range(24):
        # theta
        for x in range(5):
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]
        for x in range(5):
            d = c[_PREV[x]] ^ _rotl64(c[_NEXT[x]], 1)
            for y in range(0, 25, 5):
                a[y + x] ^= d
        # rho and pi, walking the lanes from (1, 0)
        current = a[1]
        for t in range(24):
            dest = _DEST[t]
            moved = a[dest]
            a[dest] = _rotl64(current, _ROT[t])
            current = moved
        # chi
        for y in range(0, 25, 5):
            for x in range(5):
                c[x] = a[y + x]
            for x in range(5):
                a[y + x] = c[x] ^ (~c[_NEXT[x]] & c[_NEXT2[x]])
        # iota
        a[0] ^= _RC[rnd]


class Keccak(BlockHash):
    """A SHA-3 (digest_size > 0) or SHAKE (digest_size == 0) state."""

    def __init__(self, name, digest_size, capacity_bits, suffix):
        BlockHash.__init__(self, name, digest_size,
                           200 - capacity_bits // 8)
        self.capacity_bits = capacity_bits
        self.suffix = suffix
        self.lanes = [r_ulonglong(0)] * 25
        self.scratch = [r_ulonglong(0)] * 5

    def blank(self):
        return Keccak(self.name, self.digest_size, self.capacity_bits,
                      self.suffix)

    def copy_state_to(self, other):
        assert isinstance(other, Keccak)
        other.lanes = self.lanes[:]

    def compress(self, data, pos):
        lanes = self.lanes
        for i in range(self.block_size // 8):
            lanes[i] ^= load64_le(data, pos + 8 * i)
        keccak_f(lanes, self.scratch)

    def squeeze(self, length):
        """Pad, then the first `length` bytes of the output
        (destructive)."""
        rate = self.block_size
        block = StringBuilder(rate)
        block.append(self.pending)
        block.append(chr(self.suffix))
        block.append_multiple_char('\x00', rate - len(self.pending) - 1)
        padded = block.build()
        # the final bit of the padding, in the block's last byte
        end = rate - 1
        assert end >= 0
        last = chr(ord(padded[end]) | 0x80)
        self.compress(padded[:end] + last, 0)
        assert length >= 0
        out = StringBuilder(length)
        while True:
            for i in range(rate // 8):
                if out.getlength() >= length:
                    return out.build()[:length]
                store64_le(out, self.lanes[i])
            keccak_f(self.lanes, self.scratch)

    def finish(self):
        return self.squeeze(self.digest_size)
