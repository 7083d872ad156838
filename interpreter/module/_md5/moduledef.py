"""The `_md5` module: MD5, which hashlib uses when there is no OpenSSL."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """MD5 hash algorithm (RFC 1321)."""
    applevel_name = '_md5'

    interpleveldefs = {
        'md5': 'interp_md5.md5',
        'MD5Type': 'interp_md5.MD5Type()',
    }
