"""The `_sha256` module: SHA-224 and SHA-256, which hashlib uses when
there is no OpenSSL."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """SHA-224 and SHA-256 hash algorithms (FIPS 180-4)."""
    applevel_name = '_sha256'

    interpleveldefs = {
        'sha224': 'interp_sha256.sha224',
        'sha256': 'interp_sha256.sha256',
        'SHA224Type': 'interp_sha256.SHA224Type()',
        'SHA256Type': 'interp_sha256.SHA256Type()',
    }
