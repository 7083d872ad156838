"""The `_sha3` module: SHA-3 and SHAKE, which hashlib uses when there is
no OpenSSL."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """SHA-3 and SHAKE hash algorithms (FIPS 202)."""
    applevel_name = '_sha3'

    interpleveldefs = {
        'sha3_224': 'interp_sha3.sha3_224()',
        'sha3_256': 'interp_sha3.sha3_256()',
        'sha3_384': 'interp_sha3.sha3_384()',
        'sha3_512': 'interp_sha3.sha3_512()',
        'shake_128': 'interp_sha3.shake_128()',
        'shake_256': 'interp_sha3.shake_256()',
    }
