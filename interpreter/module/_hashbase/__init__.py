"""What the hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2)
share: the interface of an algorithm's state with its input buffering
(hashstate.py) and the app-level hash object generated for each
algorithm from one description (interp_hash.py).  Not a module itself:
it has no moduledef.py."""
