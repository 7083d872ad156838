"""The interp-level state of a hash algorithm, independent of the object
space, and what the algorithms share.

`BlockHash` is the base of every algorithm: it keeps the input that does
not fill a block yet (`pending`) and hands whole blocks to the subclass's
`compress(data, pos)`, which reads the 64 or 128 bytes at `data[pos:]`
straight from the caller's string, so long inputs are never sliced.
Subclasses give `finish()` (destructive: pad, compress the tail, return
the digest) and `blank()` (a fresh state of the same kind, for `copy`).

Words are machine words: `r_uint` masked to 32 bits for the 32-bit
algorithms, `r_ulonglong` (wrapping modulo 2**64) for the 64-bit ones.
The round constants are derived here from the primes, as FIPS 180-4
defines them, instead of being typed in as tables.
"""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_uint, r_ulonglong, intmask
from rpython.rlib.rstring import StringBuilder

MASK32 = r_uint(0xFFFFFFFF)


class BlockHash(object):
    """The buffering of the input into blocks of block_size bytes."""
    # BLAKE2 compresses its last block differently: it keeps a full
    # block pending until more input shows it was not the last
    keep_last_block = False

    def __init__(self, name, digest_size, block_size):
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        self.pending = ''    # input not compressed yet
        self.count = 0       # bytes of input so far

    def compress(self, data, pos):
        raise NotImplementedError

    def finish(self):
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def copy_state_to(self, other):
        """Copy the algorithm's words into other, a blank() of self."""
        raise NotImplementedError

    def update(self, data):
        n = len(data)
        self.count += n
        bs = self.block_size
        keep = self.keep_last_block
        pos = 0
        if self.pending:
            need = bs - len(self.pending)
            assert need >= 0
            if n < need or (n == need and keep):
                self.pending += data
                return
            self.compress(self.pending + data[:need], 0)
            pos = need
        while n - pos > bs or (n - pos == bs and not keep):
            self.compress(data, pos)
            pos += bs
        assert pos >= 0
        self.pending = data[pos:]

    def copy(self):
        other = self.blank()
        self.copy_state_to(other)
        other.pending = self.pending
        other.count = self.count
        return other

    def digest(self):
        """The digest of the input so far (the state is left as it is)."""
        return self.copy().finish()

    def finish_md(self, length_size, big_endian):
        """The Merkle-Damgard padding (MD5, SHA-1, SHA-2): 0x80, zeros,
        and the length in bits in the last length_size bytes."""
        bs = self.block_size
        tail = StringBuilder(2 * bs)
        tail.append(self.pending)
        tail.append('\x80')
        free = bs - len(self.pending) - 1
        zeros = free - length_size
        if zeros < 0:
            zeros += bs
        tail.append_multiple_char('\x00', zeros + length_size - 8)
        bits = r_ulonglong(self.count) << 3
        if big_endian:
            store64_be(tail, bits)
        else:
            store64_le(tail, bits)
        block = tail.build()
        pos = 0
        while pos < len(block):
            self.compress(block, pos)
            pos += bs


def load32_le(s, i):
    return (r_uint(ord(s[i])) | (r_uint(ord(s[i + 1])) << 8) |
            (r_uint(ord(s[i + 2])) << 16) | (r_uint(ord(s[i + 3])) << 24))


def load32_be(s, i):
    return ((r_uint(ord(s[i])) << 24) | (r_uint(ord(s[i + 1])) << 16) |
            (r_uint(ord(s[i + 2])) << 8) | r_uint(ord(s[i + 3])))


def load64_le(s, i):
    x = r_ulonglong(0)
    for k in range(7, -1, -1):
        x = (x << 8) | r_ulonglong(ord(s[i + k]))
    return x


def load64_be(s, i):
    x = r_ulonglong(0)
    for k in range(8):
        x = (x << 8) | r_ulonglong(ord(s[i + k]))
    return x


def store32_le(builder, x):
    for k in range(4):
        builder.append(chr(intmask8(x >> (8 * k))))


def store32_be(builder, x):
    for k in range(3, -1, -1):
        builder.append(chr(intmask8(x >> (8 * k))))


def store64_le(builder, x):
    for k in range(8):
        builder.append(chr(intmask8(x >> (8 * k))))


def store64_be(builder, x):
    for k in range(7, -1, -1):
        builder.append(chr(intmask8(x >> (8 * k))))


def intmask8(x):
    """The low byte of an unsigned word, as an int."""
    return intmask(x & 0xFF)


def rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & MASK32


def rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & MASK32


def rotr64(x, n):
    return (x >> n) | (x << (64 - n))


# --- constants from the primes (FIPS 180-4, section 4.2 and 5.3) -------
# (computed with the host's long integers when the module is imported)

def _iroot(n, k):
    """floor(n ** (1/k)) of a non-negative long."""
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found):
            found.append(n)
        n += 1
    return found


def fractional_root_bits(k, bits, first, count):
    """The first `bits` bits of the fractional parts of the k-th roots
    of primes number first+1 .. first+count, as longs."""
    mask = (1 << bits) - 1
    return [_iroot(p << (k * bits), k) & mask
            for p in _primes(first + count)[first:]]
