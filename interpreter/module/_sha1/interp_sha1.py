"""The app-level `_sha1.sha1` type and constructor."""

from __future__ import absolute_import

from interpreter.module._hashbase.interp_hash import (
    W_Hash, hash_type, hash_function, type_getter)
from interpreter.module._sha1.sha1 import SHA1

W_SHA1 = hash_type(W_Hash, '_sha1', 'sha1')
sha1 = hash_function(W_SHA1, 'sha1', SHA1, "Return a new SHA1 hash object; "
                     "optionally initialized with a string.")
SHA1Type = type_getter(W_SHA1)
