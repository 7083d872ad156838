"""`_random.Random`: CPython's Mersenne Twister (rpython.rlib.rrandom),
seeded as CPython seeds it, so that the same seed gives the same
sequence.  random.py subclasses it and adds everything else."""

from __future__ import absolute_import
import os
import time

from rpython.rlib import rrandom
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef
from objspace.std.instanceobject import register_user_subclassable
from objspace.std.intobject import W_AbstractIntObject

_MASK32 = rbigint.fromint(0xffffffff)


class W_Random(W_Root):
    def __init__(self):
        self.rnd = rrandom.Random()

    def _seed_key(self, space, w_n):
        """The key that init_by_array takes for the seed w_n."""
        if w_n is None or space.is_w(w_n, space.w_None):
            # no seed: the time and the process id
            now = time.time()
            return [r_uint(int(now)),
                    r_uint(int((now - int(now)) * 1000000.0)),
                    r_uint(os.getpid())]
        if isinstance(w_n, W_AbstractIntObject):
            num = w_n.as_bigint().abs()
        else:
            num = rbigint.fromint(space.hash_w(w_n)).abs()
        # the 32-bit words of abs(n), least significant first
        key = []
        while num.sign != 0:
            key.append(r_uint(num.and_(_MASK32).toint()))
            num = num.rshift(32)
        if not key:
            key.append(r_uint(0))
        return key

    def descr_seed(self, space, args_w):
        """seed([n]) -> None.

Defaults to use urandom and falls back to a combination
of the current time and the process identifier."""
        if len(args_w) > 1:
            raise oefmt(space.w_TypeError,
                        "seed expected at most 1 argument, got %d",
                        len(args_w))
        w_n = args_w[0] if args_w else None
        self.rnd.init_by_array(self._seed_key(space, w_n))

    def descr_random(self, space):
        """random() -> x in the interval [0, 1)."""
        return space.newfloat(self.rnd.random())

    @unwrap_spec(k=int)
    def descr_getrandbits(self, space, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise oefmt(space.w_ValueError,
                        "number of bits must be non-negative")
        if k == 0:
            return space.newint(0)
        if k <= 32:
            return space.newint(intmask(self.rnd.genrand32() >> (32 - k)))
        # 32-bit words, least significant first; the last one is cut
        result = rbigint.fromint(0)
        shift = 0
        while k > 0:
            word = self.rnd.genrand32()
            if k < 32:
                word >>= (32 - k)
            result = result.or_(
                rbigint.fromrarith_int(word).lshift(shift))
            shift += 32
            k -= 32
        return space.newbigint(result)

    def descr_getstate(self, space):
        """getstate() -> tuple containing the current state."""
        items_w = [None] * (rrandom.N + 1)
        for i in range(rrandom.N):
            items_w[i] = space.newint(intmask(self.rnd.state[i]))
        items_w[rrandom.N] = space.newint(self.rnd.index)
        return space.newtuple(items_w)

    def descr_setstate(self, space, w_state):
        """setstate(state) -> None.  Restores generator state."""
        if not space.isinstance_w(w_state, space.w_tuple):
            raise oefmt(space.w_TypeError, "state vector must be a tuple")
        items_w = space.fixedview(w_state)
        if len(items_w) != rrandom.N + 1:
            raise oefmt(space.w_ValueError, "state vector is the wrong size")
        state = [r_uint(0)] * rrandom.N
        for i in range(rrandom.N):
            state[i] = _word(space, items_w[i])
        index = space.int_w(items_w[rrandom.N])
        if index < 0 or index > rrandom.N:
            raise oefmt(space.w_ValueError, "invalid state")
        for i in range(rrandom.N):
            self.rnd.state[i] = state[i]
        self.rnd.index = index


def _word(space, w_x):
    if not isinstance(w_x, W_AbstractIntObject):
        raise oefmt(space.w_TypeError, "an integer is required")
    num = w_x.as_bigint()
    if num.sign < 0 or num.bit_length() > 64:
        raise oefmt(space.w_OverflowError,
                    "Python int too large to convert to C unsigned long")
    return r_uint(num.and_(_MASK32).toint())


def descr_new_random(space, w_type, __args__):
    args_w = __args__.arguments_w
    w_random = space.gettypeobject(W_Random.typedef)
    if space.is_w(w_type, w_random):
        if __args__.keywords:
            raise oefmt(space.w_TypeError,
                        "Random() takes no keyword arguments")
        if len(args_w) > 1:
            raise oefmt(space.w_TypeError,
                        "Random() requires 0 or 1 argument")
    w_obj = space.allocate_instance(W_Random, w_type)
    W_Random.__init__(w_obj)
    w_seed = args_w[0] if len(args_w) == 1 else None
    w_obj.rnd.init_by_array(w_obj._seed_key(space, w_seed))
    return w_obj


W_Random.typedef = TypeDef(
    'Random',
    doc="Random() -> create a random number generator with its own "
        "internal state.",
    module='_random',
    __new__=interp2app(descr_new_random, app_name='__new__'),
    seed=interp2app(W_Random.descr_seed),
    random=interp2app(W_Random.descr_random),
    getrandbits=interp2app(W_Random.descr_getrandbits),
    getstate=interp2app(W_Random.descr_getstate),
    setstate=interp2app(W_Random.descr_setstate),
)
register_user_subclassable(W_Random)


def random_type(space):
    return space.gettypeobject(W_Random.typedef)
