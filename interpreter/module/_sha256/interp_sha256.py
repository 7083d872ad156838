"""The app-level `_sha256.sha224` and `_sha256.sha256` types and
constructors."""

from __future__ import absolute_import

from interpreter.module._hashbase.interp_hash import (
    W_Hash, hash_type, hash_function, type_getter)
from interpreter.module._sha256.sha256 import SHA224, SHA256

W_SHA224 = hash_type(W_Hash, '_sha256', 'sha224')
W_SHA256 = hash_type(W_Hash, '_sha256', 'sha256')
sha224 = hash_function(W_SHA224, 'sha224', SHA224, "Return a new SHA-224 "
                       "hash object; optionally initialized with a string.")
sha256 = hash_function(W_SHA256, 'sha256', SHA256, "Return a new SHA-256 "
                       "hash object; optionally initialized with a string.")
SHA224Type = type_getter(W_SHA224)
SHA256Type = type_getter(W_SHA256)
