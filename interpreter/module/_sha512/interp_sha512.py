"""The app-level `_sha512.sha384` and `_sha512.sha512` types and
constructors."""

from __future__ import absolute_import

from interpreter.module._hashbase.interp_hash import (
    W_Hash, hash_type, hash_function, type_getter)
from interpreter.module._sha512.sha512 import SHA384, SHA512

W_SHA384 = hash_type(W_Hash, '_sha512', 'sha384')
W_SHA512 = hash_type(W_Hash, '_sha512', 'sha512')
sha384 = hash_function(W_SHA384, 'sha384', SHA384, "Return a new SHA-384 "
                       "hash object; optionally initialized with a string.")
sha512 = hash_function(W_SHA512, 'sha512', SHA512, "Return a new SHA-512 "
                       "hash object; optionally initialized with a string.")
# CPython 3.11 exports the sha512 type under this name (and no other)
SHA384Type = type_getter(W_SHA512)
