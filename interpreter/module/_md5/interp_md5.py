"""The app-level `_md5.md5` type and constructor."""

from __future__ import absolute_import

from interpreter.module._hashbase.interp_hash import (
    W_Hash, hash_type, hash_function, type_getter)
from interpreter.module._md5.md5 import MD5

W_MD5 = hash_type(W_Hash, '_md5', 'md5')
md5 = hash_function(W_MD5, 'md5', MD5, "Return a new MD5 hash object; "
                    "optionally initialized with a string.")
MD5Type = type_getter(W_MD5)
