"""Known answers from the specifications of the hash modules: RFC 1321
(MD5), FIPS 180-4 examples (SHA-1, SHA-2), FIPS 202 examples (SHA-3,
SHAKE) and RFC 7693 (BLAKE2)."""

import _md5
import _sha1
import _sha256
import _sha512
import _sha3
import _blake2

ABC = b"abc"
TWO_BLOCKS = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"


def test_md5_rfc1321_suite():
    suite = [
        (b"", "d41d8cd98f00b204e9800998ecf8427e"),
        (b"a", "0cc175b9c0f1b6a831c399e269772661"),
        (b"abc", "900150983cd24fb0d6963f7d28e17f72"),
        (b"message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        (b"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        (b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
         "d174ab98d277d9f5a5611c2c9f419d9f"),
        (b"1234567890" * 8, "57edf4a22be3c955ac49da2e2107b67a"),
    ]
    for data, expected in suite:
        assert _md5.md5(data).hexdigest() == expected


def test_sha1():
    assert (_sha1.sha1(ABC).hexdigest() ==
            "a9993e364706816aba3e25717850c26c9cd0d89d")
    assert (_sha1.sha1(TWO_BLOCKS).hexdigest() ==
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1")


def test_sha224_sha256():
    assert (_sha256.sha224(ABC).hexdigest() ==
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")
    assert (_sha256.sha256(ABC).hexdigest() ==
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    assert (_sha256.sha256(TWO_BLOCKS).hexdigest() ==
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")


def test_sha384_sha512():
    assert (_sha512.sha384(ABC).hexdigest() ==
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163"
            "1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
    assert (_sha512.sha512(ABC).hexdigest() ==
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")


def test_sha3():
    assert (_sha3.sha3_224(ABC).hexdigest() ==
            "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf")
    assert (_sha3.sha3_256(ABC).hexdigest() ==
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")
    assert (_sha3.sha3_384(ABC).hexdigest() ==
            "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c25"
            "96da7cf0e49be4b298d88cea927ac7f539f1edf228376d25")
    assert (_sha3.sha3_512(ABC).hexdigest() ==
            "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e"
            "10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0")


def test_shake():
    assert (_sha3.shake_128(b"").hexdigest(32) ==
            "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26")
    assert (_sha3.shake_256(b"").hexdigest(64) ==
            "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f"
            "d75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be")
    # a shorter output is a prefix of a longer one
    long = _sha3.shake_128(ABC).digest(500)
    assert _sha3.shake_128(ABC).digest(17) == long[:17]
    assert _sha3.shake_128(ABC).digest(0) == b""


def test_blake2_rfc7693_appendix():
    assert (_blake2.blake2b(ABC).hexdigest() ==
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
            "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
    assert (_blake2.blake2s(ABC).hexdigest() ==
            "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")


def test_blake2_keyed_reference_vectors():
    # the first and the last keyed vectors of the BLAKE2 reference
    # package (key 00 01 .. 3f; input 00 01 .. of length 0 and 255)
    key = bytes(range(64))
    data = bytes(range(255))
    assert (_blake2.blake2b(b"", key=key).hexdigest() ==
            "10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786"
            "b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568")
    assert (_blake2.blake2s(b"", key=key[:32]).hexdigest() ==
            "48a8997da407876b3d79c0d92325ad3b89cbb754d86ab71aee047ad345fd2c49")
    assert (_blake2.blake2s(data, key=key[:32]).hexdigest() ==
            "3fb735061abc519dfe979e54c1ee5bfad0a9d858b3315bad34bde999efd724dd")
