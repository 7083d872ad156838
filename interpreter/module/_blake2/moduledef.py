"""The `_blake2` module: BLAKE2b and BLAKE2s, which hashlib uses when
there is no OpenSSL."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """BLAKE2b and BLAKE2s hash algorithms (RFC 7693)."""
    applevel_name = '_blake2'

    interpleveldefs = {
        'blake2b': 'interp_blake2.blake2b()',
        'blake2s': 'interp_blake2.blake2s()',
        'BLAKE2B_MAX_DIGEST_SIZE': 'interp_blake2.BLAKE2B_MAX_DIGEST_SIZE',
        'BLAKE2B_MAX_KEY_SIZE': 'interp_blake2.BLAKE2B_MAX_KEY_SIZE',
        'BLAKE2B_PERSON_SIZE': 'interp_blake2.BLAKE2B_PERSON_SIZE',
        'BLAKE2B_SALT_SIZE': 'interp_blake2.BLAKE2B_SALT_SIZE',
        'BLAKE2S_MAX_DIGEST_SIZE': 'interp_blake2.BLAKE2S_MAX_DIGEST_SIZE',
        'BLAKE2S_MAX_KEY_SIZE': 'interp_blake2.BLAKE2S_MAX_KEY_SIZE',
        'BLAKE2S_PERSON_SIZE': 'interp_blake2.BLAKE2S_PERSON_SIZE',
        'BLAKE2S_SALT_SIZE': 'interp_blake2.BLAKE2S_SALT_SIZE',
    }
