"""The `_sha512` module: SHA-384 and SHA-512, which hashlib uses when
there is no OpenSSL (and random.py for seeding from a str)."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """SHA-384 and SHA-512 hash algorithms (FIPS 180-4)."""
    applevel_name = '_sha512'

    interpleveldefs = {
        'sha384': 'interp_sha512.sha384',
        'sha512': 'interp_sha512.sha512',
        'SHA384Type': 'interp_sha512.SHA384Type()',
    }
