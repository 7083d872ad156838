"""The `_sha1` module: SHA-1, which hashlib uses when there is no
OpenSSL."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """SHA-1 hash algorithm (FIPS 180-4)."""
    applevel_name = '_sha1'

    interpleveldefs = {
        'sha1': 'interp_sha1.sha1',
        'SHA1Type': 'interp_sha1.SHA1Type()',
    }
