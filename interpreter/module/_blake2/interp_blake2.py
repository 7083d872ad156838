"""The app-level `_blake2.blake2b` and `_blake2.blake2s` types, whose
constructors take BLAKE2's parameters (key, salt, personalization, tree
hashing) and check them with CPython's messages."""

from __future__ import absolute_import

from rpython.rlib.rarithmetic import intmask, r_ulonglong

from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.module._hashbase.interp_hash import (
    W_Hash, hash_type, data_w, parse_args, c_int_w, unsigned_w, type_getter)
from interpreter.module._blake2.blake2 import BLAKE2B, BLAKE2S, new_blake2
from objspace.std.intobject import W_IntObject
from objspace.std.memoryviewobject import buffer_bytes_w

_NAMES = ['data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth',
          'leaf_size', 'node_offset', 'node_depth', 'inner_size',
          'last_node', 'usedforsecurity']
_MAX_NODE_OFFSET_S = r_ulonglong((1 << 48) - 1)


def _bytes_param(space, w_value):
    if w_value is None:
        return ''
    data = buffer_bytes_w(space, w_value)
    if data is None:
        raise oefmt(space.w_TypeError,
                    "a bytes-like object is required, not '%T'", w_value)
    return data


def _int_param(space, w_value, default):
    if w_value is None:
        return default
    return c_int_w(space, w_value)


def _new_blake2(space, variant, args_w):
    """The state for the arguments of blake2b() or blake2s() (args_w:
    one per name of _NAMES, None when absent)."""
    digest_size = _int_param(space, args_w[1], variant.max_digest_size)
    key = _bytes_param(space, args_w[2])
    salt = _bytes_param(space, args_w[3])
    person = _bytes_param(space, args_w[4])
    fanout = _int_param(space, args_w[5], 1)
    depth = _int_param(space, args_w[6], 1)
    leaf_size = r_ulonglong(0)
    if args_w[7] is not None:
        leaf_size = unsigned_w(space, args_w[7], "Python int too large "
                               "to convert to C unsigned long")
    node_offset = r_ulonglong(0)
    if args_w[8] is not None:
        node_offset = unsigned_w(space, args_w[8], "int too big to convert")
    node_depth = _int_param(space, args_w[9], 0)
    inner_size = _int_param(space, args_w[10], 0)
    last_node = args_w[11] is not None and space.is_true(args_w[11])
    if args_w[12] is not None:
        space.is_true(args_w[12])      # usedforsecurity: checked, unused

    if digest_size <= 0 or digest_size > variant.max_digest_size:
        raise oefmt(space.w_ValueError,
                    "digest_size must be between 1 and %d bytes",
                    variant.max_digest_size)
    if len(salt) > variant.salt_size:
        raise oefmt(space.w_ValueError, "maximum salt length is %d bytes",
                    variant.salt_size)
    if len(person) > variant.person_size:
        raise oefmt(space.w_ValueError,
                    "maximum person length is %d bytes", variant.person_size)
    if fanout < 0 or fanout > 255:
        raise oefmt(space.w_ValueError, "fanout must be between 0 and 255")
    if depth <= 0 or depth > 255:
        raise oefmt(space.w_ValueError, "depth must be between 1 and 255")
    if leaf_size > r_ulonglong(0xFFFFFFFF):
        raise oefmt(space.w_OverflowError, "leaf_size is too large")
    if variant.bits == 32 and node_offset > _MAX_NODE_OFFSET_S:
        raise oefmt(space.w_OverflowError, "node_offset is too large")
    if node_depth < 0 or node_depth > 255:
        raise oefmt(space.w_ValueError,
                    "node_depth must be between 0 and 255")
    if inner_size < 0 or inner_size > variant.max_digest_size:
        # (CPython's wording)
        raise oefmt(space.w_ValueError,
                    "inner_size must be between 0 and is %d",
                    variant.max_digest_size)
    if len(key) > variant.max_key_size:
        raise oefmt(space.w_ValueError, "maximum key length is %d bytes",
                    variant.max_key_size)
    state = new_blake2(variant, digest_size, key, salt, person, fanout,
                       depth, intmask(leaf_size), node_offset, node_depth,
                       inner_size, last_node)
    if args_w[0] is not None:
        state.update(data_w(space, args_w[0]))
    return state


def _blake2_type(variant, doc):
    name = variant.name

    def descr_new(space, w_type, __args__):
        args_w = parse_args(space, __args__, name, _NAMES, 1, 1)
        return cls(_new_blake2(space, variant, args_w))
    descr_new.__name__ = 'descr_new_%s' % name

    def extra(cls):
        return dict(
            __new__=interp2app(descr_new, app_name='__new__'),
            MAX_DIGEST_SIZE=W_IntObject(variant.max_digest_size),
            MAX_KEY_SIZE=W_IntObject(variant.max_key_size),
            PERSON_SIZE=W_IntObject(variant.person_size),
            SALT_SIZE=W_IntObject(variant.salt_size),
        )
    cls = hash_type(W_Hash, '_blake2', name, doc, extra)
    return cls


blake2b = type_getter(_blake2_type(BLAKE2B, "Return a new BLAKE2b hash "
                                   "object."))
blake2s = type_getter(_blake2_type(BLAKE2S, "Return a new BLAKE2s hash "
                                   "object."))

BLAKE2B_MAX_DIGEST_SIZE = W_IntObject(BLAKE2B.max_digest_size)
BLAKE2B_MAX_KEY_SIZE = W_IntObject(BLAKE2B.max_key_size)
BLAKE2B_PERSON_SIZE = W_IntObject(BLAKE2B.person_size)
BLAKE2B_SALT_SIZE = W_IntObject(BLAKE2B.salt_size)
BLAKE2S_MAX_DIGEST_SIZE = W_IntObject(BLAKE2S.max_digest_size)
BLAKE2S_MAX_KEY_SIZE = W_IntObject(BLAKE2S.max_key_size)
BLAKE2S_PERSON_SIZE = W_IntObject(BLAKE2S.person_size)
BLAKE2S_SALT_SIZE = W_IntObject(BLAKE2S.salt_size)
