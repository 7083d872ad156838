"""The interface of the hash modules as CPython 3.11's: the types and
their names, the constructors' arguments and error messages, SHAKE's
output length, BLAKE2's parameters; and what uses them: hashlib's
fallback constructors, random's seeding from a str, hmac and
pbkdf2_hmac."""

import _md5
import _sha1
import _sha256
import _sha512
import _sha3
import _blake2


def raises(exc, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except exc as e:
        return str(e)
    raise AssertionError("%s not raised" % exc.__name__)


FUNCTIONS = [(_md5.md5, 'md5', 16, 64), (_sha1.sha1, 'sha1', 20, 64),
             (_sha256.sha224, 'sha224', 28, 64),
             (_sha256.sha256, 'sha256', 32, 64),
             (_sha512.sha384, 'sha384', 48, 128),
             (_sha512.sha512, 'sha512', 64, 128)]
TYPES = [(_sha3.sha3_224, 'sha3_224', 28, 144),
         (_sha3.sha3_256, 'sha3_256', 32, 136),
         (_sha3.sha3_384, 'sha3_384', 48, 104),
         (_sha3.sha3_512, 'sha3_512', 64, 72),
         (_sha3.shake_128, 'shake_128', 0, 168),
         (_sha3.shake_256, 'shake_256', 0, 136),
         (_blake2.blake2b, 'blake2b', 64, 128),
         (_blake2.blake2s, 'blake2s', 32, 64)]


def test_attributes_and_types():
    for new, name, digest_size, block_size in FUNCTIONS + TYPES:
        h = new()
        assert h.name == name
        assert h.digest_size == digest_size
        assert h.block_size == block_size
        module = type(h).__module__
        assert type(h).__name__ == name
        assert repr(h).startswith('<%s.%s object at ' % (module, name))
    assert type(_md5.md5()).__module__ == '_md5'
    assert type(_sha256.sha224()).__module__ == '_sha256'
    assert type(_sha3.shake_256()).__module__ == '_sha3'
    assert _md5.MD5Type is type(_md5.md5())
    assert _sha1.SHA1Type is type(_sha1.sha1())
    assert _sha256.SHA224Type is type(_sha256.sha224())
    assert _sha256.SHA256Type is type(_sha256.sha256())
    # (CPython 3.11 names the sha512 type so, and has no SHA512Type)
    assert _sha512.SHA384Type is type(_sha512.sha512())
    assert type(_sha3.sha3_256()) is _sha3.sha3_256
    assert type(_blake2.blake2s()) is _blake2.blake2s


def test_types_of_functions_cannot_be_called():
    assert (raises(TypeError, _md5.MD5Type) ==
            "cannot create '_md5.md5' instances")
    assert (raises(TypeError, _sha256.SHA256Type) ==
            "cannot create '_sha256.sha256' instances")


def test_not_subclassable():
    for cls in [_md5.MD5Type, _sha3.sha3_224, _blake2.blake2b]:
        msg = raises(TypeError, type, 'X', (cls,), {})
        assert msg == "type '%s.%s' is not an acceptable base type" % (
            cls.__module__, cls.__name__)


def test_initial_data_and_keywords():
    expected = _md5.md5(b'abc').hexdigest()
    assert _md5.md5(string=b'abc').hexdigest() == expected
    assert _md5.md5(b'abc', usedforsecurity=False).hexdigest() == expected
    assert _md5.md5(bytearray(b'abc')).hexdigest() == expected
    assert _md5.md5(memoryview(b'abc')).hexdigest() == expected
    assert (_sha3.sha3_256(b'abc', usedforsecurity=False).hexdigest() ==
            _sha3.sha3_256(b'abc').hexdigest())
    assert (_blake2.blake2b(b'abc', usedforsecurity=False).digest() ==
            _blake2.blake2b(b'abc').digest())


def test_bad_data():
    for new in [_md5.md5, _sha512.sha384, _sha3.sha3_224, _sha3.shake_128,
                _blake2.blake2s]:
        assert (raises(TypeError, new, 'abc') ==
                "Strings must be encoded before hashing")
        assert (raises(TypeError, new().update, 'abc') ==
                "Strings must be encoded before hashing")
        assert (raises(TypeError, new, 12) ==
                "object supporting the buffer API required")
        assert (raises(TypeError, new, None) ==
                "object supporting the buffer API required")
        assert (raises(TypeError, new().update, [1]) ==
                "object supporting the buffer API required")


def test_argument_errors():
    assert (raises(TypeError, _md5.md5, b'a', b'b') ==
            "md5() takes at most 1 positional argument (2 given)")
    assert (raises(TypeError, _md5.md5, data=b'x') ==
            "'data' is an invalid keyword argument for md5()")
    assert (raises(TypeError, _md5.md5, b'', string=b'') ==
            "argument for md5() given by name ('string') and position (1)")
    assert (raises(TypeError, _sha1.sha1, string=b'', usedforsecurity=1,
                   x=1) ==
            "sha1() takes at most 2 keyword arguments (3 given)")
    assert (raises(TypeError, _sha256.sha256, b'', usedforsecurity=1,
                   x=1) ==
            "sha256() takes at most 2 arguments (3 given)")
    assert (raises(TypeError, _sha3.sha3_224, string=b'x') ==
            "'string' is an invalid keyword argument for sha3_224()")
    assert (raises(TypeError, _sha3.sha3_224, data=b'x') ==
            "'data' is an invalid keyword argument for sha3_224()")
    # (one argument parser for the six types, named so)
    assert (raises(TypeError, _sha3.shake_256, b'', b'') ==
            "sha3_224() takes at most 1 positional argument (2 given)")
    assert (raises(TypeError, _sha3.sha3_512, x=1) ==
            "'x' is an invalid keyword argument for sha3_224()")
    assert (raises(TypeError, _blake2.blake2b, data=b'x') ==
            "'data' is an invalid keyword argument for blake2b()")
    assert (raises(TypeError, _blake2.blake2s, b'', b'') ==
            "blake2s() takes at most 1 positional argument (2 given)")


def test_update_digest_copy():
    for new, name, _, _ in FUNCTIONS + TYPES:
        h = new(b'ab')
        shake = name.startswith('shake')
        c = h.copy()
        assert type(c) is type(h)
        h.update(b'c')
        if shake:
            assert h.digest(20) == new(b'abc').digest(20)
            assert c.hexdigest(20) == new(b'ab').hexdigest(20)
            assert h.hexdigest(20) == h.digest(20).hex()
        else:
            assert h.digest() == new(b'abc').digest()
            assert c.digest() == new(b'ab').digest()
            assert h.hexdigest() == h.digest().hex()
            assert len(h.digest()) == h.digest_size
        # digest() does not end the hashing
        h.update(b'd')
        c.update(b'cd')
        if shake:
            assert h.digest(7) == c.digest(7) == new(b'abcd').digest(7)
        else:
            assert h.digest() == c.digest() == new(b'abcd').digest()


def test_sha3_internals():
    assert _sha3.sha3_224()._capacity_bits == 448
    assert _sha3.sha3_224()._rate_bits == 1152
    assert _sha3.sha3_512()._rate_bits == 576
    assert _sha3.sha3_224()._suffix == b'\x06'
    assert _sha3.shake_128()._suffix == b'\x1f'
    assert _sha3.shake_256()._capacity_bits == 512


def test_shake_length():
    h = _sha3.shake_128(b'')
    assert h.digest(0) == b''
    assert h.hexdigest(True) == '7f'
    assert raises(ValueError, h.digest, -1) == "value must be positive"
    assert raises(ValueError, h.hexdigest, 2 ** 29) == "length is too large"
    assert (raises(OverflowError, h.digest, 2 ** 64) ==
            "Python int too large to convert to C unsigned long")
    assert raises(TypeError, h.digest, 'x') == "an integer is required"
    assert raises(TypeError, h.digest, 1.0) == "an integer is required"
    raises(TypeError, h.digest)


def test_blake2_constants():
    assert _blake2.BLAKE2B_MAX_DIGEST_SIZE == 64
    assert _blake2.BLAKE2B_MAX_KEY_SIZE == 64
    assert _blake2.BLAKE2B_SALT_SIZE == 16
    assert _blake2.BLAKE2B_PERSON_SIZE == 16
    assert _blake2.BLAKE2S_MAX_DIGEST_SIZE == 32
    assert _blake2.BLAKE2S_MAX_KEY_SIZE == 32
    assert _blake2.BLAKE2S_SALT_SIZE == 8
    assert _blake2.BLAKE2S_PERSON_SIZE == 8
    assert _blake2.blake2b.MAX_DIGEST_SIZE == 64
    assert _blake2.blake2b.SALT_SIZE == 16
    assert _blake2.blake2s.MAX_KEY_SIZE == 32
    assert _blake2.blake2s.PERSON_SIZE == 8


def test_blake2_parameters_change_the_digest():
    b = _blake2.blake2b
    base = b(b'x').digest()
    seen = {base}
    for kwargs in [dict(digest_size=32), dict(key=b'k'), dict(salt=b's'),
                   dict(person=b'p'), dict(fanout=2), dict(depth=2),
                   dict(leaf_size=5), dict(node_offset=5),
                   dict(node_depth=1), dict(inner_size=1),
                   dict(last_node=True)]:
        digest = b(b'x', **kwargs).digest()
        assert digest not in seen, kwargs
        seen.add(digest)
    assert len(b(digest_size=20).digest()) == 20
    assert b(digest_size=20).digest_size == 20
    assert b(digest_size=20).name == 'blake2b'
    # shorter salt and person are padded with zeros
    assert b(salt=b's').digest() == b(salt=b's\x00').digest()
    assert (b(key=memoryview(b'key')).digest() ==
            b(key=bytearray(b'key')).digest())
    # the largest values
    _blake2.blake2s(leaf_size=2 ** 32 - 1, node_offset=2 ** 48 - 1,
                    fanout=255, depth=255, node_depth=255, inner_size=32,
                    key=b'k' * 32, salt=b's' * 8, person=b'p' * 8)
    b(node_offset=2 ** 64 - 1, inner_size=64, key=b'k' * 64)


def test_blake2_parameter_errors():
    b = _blake2.blake2b
    s = _blake2.blake2s
    for func, kwargs, exc, msg in [
            (b, dict(digest_size=0), ValueError,
             "digest_size must be between 1 and 64 bytes"),
            (s, dict(digest_size=33), ValueError,
             "digest_size must be between 1 and 32 bytes"),
            (b, dict(key=b'x' * 65), ValueError,
             "maximum key length is 64 bytes"),
            (s, dict(key=b'x' * 33), ValueError,
             "maximum key length is 32 bytes"),
            (b, dict(salt=b'x' * 17), ValueError,
             "maximum salt length is 16 bytes"),
            (s, dict(person=b'x' * 9), ValueError,
             "maximum person length is 8 bytes"),
            (b, dict(fanout=256), ValueError,
             "fanout must be between 0 and 255"),
            (b, dict(depth=0), ValueError,
             "depth must be between 1 and 255"),
            (b, dict(leaf_size=-1), ValueError, "value must be positive"),
            (b, dict(leaf_size=2 ** 32), OverflowError,
             "leaf_size is too large"),
            (b, dict(leaf_size=2 ** 70), OverflowError,
             "Python int too large to convert to C unsigned long"),
            (b, dict(leaf_size=1.0), TypeError, "an integer is required"),
            (b, dict(node_offset=-1), ValueError, "value must be positive"),
            (b, dict(node_offset=2 ** 64), OverflowError,
             "int too big to convert"),
            (s, dict(node_offset=2 ** 48), OverflowError,
             "node_offset is too large"),
            (b, dict(node_offset='x'), TypeError, "an integer is required"),
            (b, dict(node_depth=256), ValueError,
             "node_depth must be between 0 and 255"),
            (s, dict(inner_size=33), ValueError,
             "inner_size must be between 0 and is 32"),
            (b, dict(fanout=2 ** 70), OverflowError,
             "Python int too large to convert to C int"),
            (b, dict(digest_size='x'), TypeError,
             "'str' object cannot be interpreted as an integer"),
            (b, dict(key='x'), TypeError,
             "a bytes-like object is required, not 'str'"),
            (b, dict(salt=1), TypeError,
             "a bytes-like object is required, not 'int'"),
            ]:
        assert raises(exc, func, **kwargs) == msg, kwargs
    # the parameters are checked before the data
    assert (raises(ValueError, b, 'text', digest_size=0) ==
            "digest_size must be between 1 and 64 bytes")


def test_hashlib_new_every_guaranteed_name():
    import hashlib
    assert hashlib.algorithms_guaranteed == {
        'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
        'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
        'blake2b', 'blake2s'}
    for name in hashlib.algorithms_guaranteed:
        h = hashlib.new(name, b'hello')
        assert h.name == name
        assert getattr(hashlib, name)(b'hello').digest_size == h.digest_size
    assert (hashlib.new('sha256', b'hello').hexdigest() ==
            '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824')
    assert (hashlib.new('shake_256', b'hello').hexdigest(8) ==
            '1234075ae4a1e773')
    assert (hashlib.blake2s(b'hello', digest_size=8).hexdigest() ==
            '5193815f19644c56')


def test_random_seeded_with_a_str():
    import random
    random.seed('x')
    assert random.random() == 0.6307877176639078
    r = random.Random(b'xyz')
    assert r.random() == 0.9371584003394712


def test_hmac():
    import hmac
    assert (hmac.new(b'key', b'msg', 'sha256').hexdigest() ==
            '2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628')
    assert hmac.digest(b'key', b'msg', 'md5').hex() == (
        '18e3548c59ad40dd03907b7aeee71d67')
    assert hmac.compare_digest(b'abc', b'abc')
    assert not hmac.compare_digest('abc', 'abd')


def test_pbkdf2_hmac():
    import hashlib
    import warnings
    with warnings.catch_warnings():
        # (our pbkdf2_hmac is hashlib's pure-Python one, deprecated)
        warnings.simplefilter('ignore', DeprecationWarning)
        assert hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex() == (
            '2abfac6a729e5abcc10c42850d51f912edf82c8cfb33d09a7e983c271d54d993')
        assert hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2,
                                   20).hex() == (
            'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957')


def test_compare_digest():
    from _operator import _compare_digest
    assert _compare_digest('abc', 'abc')
    assert not _compare_digest('abc', 'abd')
    assert not _compare_digest(b'abc', b'ab')
    assert _compare_digest(bytearray(b'ab'), memoryview(b'ab'))
    assert (raises(TypeError, _compare_digest, 'a', b'a') ==
            "a bytes-like object is required, not 'str'")
    assert (raises(TypeError, _compare_digest, b'a', 'a') ==
            "a bytes-like object is required, not 'str'")
    assert (raises(TypeError, _compare_digest, 1, 1) ==
            "unsupported operand types(s) or combination of types: "
            "'int' and 'int'")
    assert (raises(TypeError, _compare_digest, 'a', '\xe9') ==
            "comparing strings with non-ASCII characters is not supported")
    import operator
    assert operator.__doc__.startswith('Operator interface.')
    assert operator.add(2, 3) == 5
