"""The app-level `_sha3` types: sha3_224 ... sha3_512 and shake_128,
shake_256, each its own constructor (CPython's are types, not
functions).  SHAKE's digest() and hexdigest() take the output length."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import intmask

from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import GetSetProperty
from interpreter.module._hashbase.interp_hash import (
    W_Hash, hash_type, hexlify, data_w, parse_args, unsigned_w, type_getter)
from interpreter.module._sha3.keccak import Keccak

_SHA3_SUFFIX = 0x06
_SHAKE_SUFFIX = 0x1f


class W_KeccakHash(W_Hash):
    """A SHA-3 or SHAKE hash object."""

    def keccak(self):
        state = self.state
        assert isinstance(state, Keccak)
        return state

    def descr_get_capacity_bits(self, space):
        return space.newint(self.keccak().capacity_bits)

    def descr_get_rate_bits(self, space):
        return space.newint(self.keccak().block_size * 8)

    def descr_get_suffix(self, space):
        return space.newbytes(chr(self.keccak().suffix))

    def _squeeze(self, space, w_length):
        length = unsigned_w(space, w_length, "Python int too large to "
                            "convert to C unsigned long")
        if length >= (1 << 29):
            raise oefmt(space.w_ValueError, "length is too large")
        state = self.keccak().copy()
        assert isinstance(state, Keccak)
        return state.squeeze(intmask(length))

    def descr_shake_digest(self, space, w_length):
        """Return the digest value as a bytes object."""
        return space.newbytes(self._squeeze(space, w_length))

    def descr_shake_hexdigest(self, space, w_length):
        """Return the digest value as a string of hexadecimal digits."""
        return space.newtext(hexlify(self._squeeze(space, w_length)))


def _keccak_type(name, digest_size, capacity_bits, suffix, doc):
    def descr_new(space, w_type, __args__):
        # (CPython 3.11's six types share one argument parser, which
        # calls itself sha3_224 in its messages)
        w_data = parse_args(space, __args__, 'sha3_224',
                            ['data', 'usedforsecurity'], 1, 1)[0]
        state = Keccak(name, digest_size, capacity_bits, suffix)
        if w_data is not None:
            state.update(data_w(space, w_data))
        return cls(state)
    descr_new.__name__ = 'descr_new_%s' % name

    def extra(cls):
        attrs = dict(
            __new__=interp2app(descr_new, app_name='__new__'),
            _capacity_bits=GetSetProperty(cls.descr_get_capacity_bits),
            _rate_bits=GetSetProperty(cls.descr_get_rate_bits),
            _suffix=GetSetProperty(cls.descr_get_suffix),
        )
        if suffix == _SHAKE_SUFFIX:
            attrs['digest'] = interp2app(cls.descr_shake_digest,
                                         app_name='digest')
            attrs['hexdigest'] = interp2app(cls.descr_shake_hexdigest,
                                            app_name='hexdigest')
        return attrs
    cls = hash_type(W_KeccakHash, '_sha3', name, doc, extra)
    return cls


def _sha3_type(bits):
    name = 'sha3_%d' % bits
    doc = ("%s([data], *, usedforsecurity=True) -> SHA3 object\n\n"
           "Return a new SHA3 hash object with a hashbit length of %d "
           "bytes." % (name, bits // 8))
    return _keccak_type(name, bits // 8, 2 * bits, _SHA3_SUFFIX, doc)


def _shake_type(bits):
    name = 'shake_%d' % bits
    doc = ("%s([data], *, usedforsecurity=True) -> SHAKE object\n\n"
           "Return a new SHAKE hash object." % name)
    return _keccak_type(name, 0, 2 * bits, _SHAKE_SUFFIX, doc)


sha3_224 = type_getter(_sha3_type(224))
sha3_256 = type_getter(_sha3_type(256))
sha3_384 = type_getter(_sha3_type(384))
sha3_512 = type_getter(_sha3_type(512))
shake_128 = type_getter(_shake_type(128))
shake_256 = type_getter(_shake_type(256))
