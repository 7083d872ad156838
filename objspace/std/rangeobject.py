"""`range`: W_RangeObject, an immutable arithmetic progression.

start, stop, step and the length are kept as rbigints, so a range may have
bounds of any size; when the start, the step, the length and the last
item all fit in a machine word the range also records them as ints
(`small`), and indexing, `in` and iteration then never touch rbigint.
Iterators: W_RangeIterObject (machine words) and W_LongRangeIterObject
(rbigint), chosen when the iterator is made."""


from __future__ import absolute_import
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rarithmetic import ovfcheck

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty

_ZERO = rbigint.fromint(0)
_ONE = rbigint.fromint(1)


def _range_length(start, stop, step):
    """The number of items of range(start, stop, step), as an rbigint."""
    if step.sign > 0:
        if start.lt(stop):
            return stop.sub(start).sub(_ONE).floordiv(step).add(_ONE)
        return _ZERO
    if start.gt(stop):
        return start.sub(stop).sub(_ONE).floordiv(step.neg()).add(_ONE)
    return _ZERO


class W_RangeObject(W_Root):
    _immutable_fields_ = ['start', 'stop', 'step', 'length', 'small',
                          'istart', 'istep', 'ilength']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        self.length = _range_length(start, stop, step)
        # the machine-word copies, valid when `small`
        self.small = False
        self.istart = 0
        self.istep = 1
        self.ilength = 0
        try:
            istart = start.toint()
            istep = step.toint()
            ilength = self.length.toint()
            # the last item must fit too, so that iteration cannot overflow
            if ilength > 0:
                ovfcheck(istart + ovfcheck((ilength - 1) * istep))
                ovfcheck(istart + ovfcheck(ilength * istep))
        except OverflowError:
            return
        self.small = True
        self.istart = istart
        self.istep = istep
        self.ilength = ilength

    def __repr__(self):
        return 'W_RangeObject(%s, %s, %s)' % (self.start.str(),
                                              self.stop.str(),
                                              self.step.str())

    def item_big(self, i):
        """The i-th item (0 <= i < length), as an rbigint."""
        return self.start.add(i.mul(self.step))

    def descr_repr(self, space):
        if self.step.eq(_ONE):
            return space.newtext('range(%s, %s)' % (self.start.str(),
                                                    self.stop.str()))
        return space.newtext('range(%s, %s, %s)' % (
            self.start.str(), self.stop.str(), self.step.str()))

    def descr_len(self, space):
        if self.small:
            return space.newint(self.ilength)
        try:
            return space.newint(self.length.toint())
        except OverflowError:
            raise oefmt(space.w_OverflowError,
                        "Python int too large to convert to C ssize_t")

    def descr_bool(self, space):
        return space.newbool(self.length.sign != 0)

    def descr_get_start(self, space):
        return space.newbigint(self.start)

    def descr_get_stop(self, space):
        return space.newbigint(self.stop)

    def descr_get_step(self, space):
        return space.newbigint(self.step)

    def descr_getitem(self, space, w_index):
        from objspace.std.intobject import W_IntObject
        from objspace.std.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return self.getslice(space, w_index)
        if not space.isinstance_w(w_index, space.w_int) and \
                space.lookup(w_index, '__index__') is None:
            raise oefmt(space.w_TypeError,
                        "range indices must be integers or slices, not %T",
                        w_index)
        w_index = space.index(w_index)
        if self.small and isinstance(w_index, W_IntObject):
            i = w_index.intval
            if i < 0:
                i += self.ilength
            if i < 0 or i >= self.ilength:
                raise oefmt(space.w_IndexError,
                            "range object index out of range")
            return space.newint(self.istart + i * self.istep)
        i = space.bigint_w(w_index)
        if i.sign < 0:
            i = i.add(self.length)
        if i.sign < 0 or i.ge(self.length):
            raise oefmt(space.w_IndexError, "range object index out of range")
        return space.newbigint(self.item_big(i))

    def getslice(self, space, w_slice):
        start, stop, step = _slice_indices_big(space, w_slice, self.length)
        new_step = self.step.mul(step)
        new_start = self.start.add(start.mul(self.step))
        new_stop = self.start.add(stop.mul(self.step))
        return W_RangeObject(new_start, new_stop, new_step)

    def int_position(self, space, w_item):
        """The position of the int w_item in the range, -1 if absent, or
        -2 when the machine-word path cannot decide (then use
        big_position)."""
        from objspace.std.intobject import W_IntObject
        if self.small and isinstance(w_item, W_IntObject):
            # the difference may overflow only if the item is far out of
            # the range anyway
            try:
                diff = ovfcheck(w_item.intval - self.istart)
            except OverflowError:
                return -1
            if diff % self.istep != 0:
                return -1
            pos = diff // self.istep
            if pos < 0 or pos >= self.ilength:
                return -1
            return pos
        return -2     # not decided here: use big_position

    def big_position(self, space, w_item):
        """The position of the int w_item in the range, or None."""
        diff = space.bigint_w(w_item).sub(self.start)
        pos, rem = diff.divmod(self.step)
        if rem.sign != 0 or pos.sign < 0 or pos.ge(self.length):
            return None
        return pos

    def _is_exact_int(self, space, w_item):
        # ints and bools answer `in` arithmetically; an int subclass may
        # redefine __eq__, so it is compared item by item as CPython does
        w_type = space.type(w_item)
        return w_type is space.w_int or w_type is space.w_bool

    def contains_int(self, space, w_item):
        pos = self.int_position(space, w_item)
        if pos != -2:
            return pos >= 0
        return self.big_position(space, w_item) is not None

    def descr_contains(self, space, w_item):
        if self._is_exact_int(space, w_item):
            return space.newbool(self.contains_int(space, w_item))
        return space.newbool(self._count_generic(space, w_item) > 0)

    def _count_generic(self, space, w_item):
        count = 0
        w_iter = self.descr_iter(space)
        while True:
            try:
                w_x = space.next(w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                return count
            if space.eq_w(w_x, w_item):
                count += 1

    def descr_count(self, space, w_item):
        """rangeobject.count(value) -> integer -- return number of
        occurrences of value"""
        if self._is_exact_int(space, w_item):
            return space.newint(int(self.contains_int(space, w_item)))
        return space.newint(self._count_generic(space, w_item))

    def descr_index(self, space, w_item):
        """rangeobject.index(value) -> integer -- return index of value.
        Raise ValueError if the value is not present."""
        if self._is_exact_int(space, w_item):
            pos = self.int_position(space, w_item)
            if pos >= 0:
                return space.newint(pos)
            if pos == -2:
                bigpos = self.big_position(space, w_item)
                if bigpos is not None:
                    return space.newbigint(bigpos)
        else:
            index = 0
            w_iter = self.descr_iter(space)
            while True:
                try:
                    w_x = space.next(w_iter)
                except OperationError as e:
                    if not e.match(space, space.w_StopIteration):
                        raise
                    break
                if space.eq_w(w_x, w_item):
                    return space.newint(index)
                index += 1
        raise oefmt(space.w_ValueError, "%R is not in range", w_item)

    def descr_iter(self, space):
        if self.small:
            return W_RangeIterObject(self.istart, self.istep, self.ilength)
        return W_LongRangeIterObject(self.start, self.step, self.length)

    def descr_reversed(self, space):
        if self.length.sign == 0:
            return W_RangeIterObject(0, 1, 0)
        last = self.item_big(self.length.sub(_ONE))
        rev = W_RangeObject(last, last.sub(self.length.mul(self.step)),
                            self.step.neg())
        return rev.descr_iter(space)

    def same_sequence(self, w_other):
        if not self.length.eq(w_other.length):
            return False
        if self.length.sign == 0:
            return True
        if not self.start.eq(w_other.start):
            return False
        return self.length.eq(_ONE) or self.step.eq(w_other.step)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_RangeObject):
            return space.w_NotImplemented
        return space.newbool(self.same_sequence(w_other))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_RangeObject):
            return space.w_NotImplemented
        return space.newbool(not self.same_sequence(w_other))

    def descr_hash(self, space):
        # equal ranges (same items) hash alike: hash (len, start, step)
        # with the parts that do not matter replaced by None
        w_len = space.newbigint(self.length)
        w_start = space.w_None
        w_step = space.w_None
        if self.length.sign != 0:
            w_start = space.newbigint(self.start)
            if not self.length.eq(_ONE):
                w_step = space.newbigint(self.step)
        return space.hash(space.newtuple([w_len, w_start, w_step]))


def _slice_indices_big(space, w_slice, length):
    """slice.indices(length) on rbigints: (start, stop, step)."""
    if space.is_none(w_slice.w_step):
        step = _ONE
    else:
        step = _slice_index(space, w_slice.w_step)
        if step.sign == 0:
            raise oefmt(space.w_ValueError, "slice step cannot be zero")
    if step.sign < 0:
        lower = rbigint.fromint(-1)
        upper = length.sub(_ONE)
    else:
        lower = _ZERO
        upper = length
    if space.is_none(w_slice.w_start):
        start = upper if step.sign < 0 else lower
    else:
        start = _clip(_slice_index(space, w_slice.w_start), length,
                      lower, upper)
    if space.is_none(w_slice.w_stop):
        stop = lower if step.sign < 0 else upper
    else:
        stop = _clip(_slice_index(space, w_slice.w_stop), length,
                     lower, upper)
    return start, stop, step


def _clip(value, length, lower, upper):
    if value.sign < 0:
        value = value.add(length)
        if value.lt(lower):
            return lower
        return value
    if value.gt(upper):
        return upper
    return value


def _slice_index(space, w_value):
    if not space.isinstance_w(w_value, space.w_int) and \
            space.lookup(w_value, '__index__') is None:
        raise oefmt(space.w_TypeError,
                    "slice indices must be integers or None or have an "
                    "__index__ method")
    return space.bigint_w(w_value)


def _range_arg(space, w_arg):
    if not space.isinstance_w(w_arg, space.w_int) and \
            space.lookup(w_arg, '__index__') is None:
        raise oefmt(space.w_TypeError,
                    "'%T' object cannot be interpreted as an integer", w_arg)
    return space.bigint_w(w_arg)


def descr_new_range(space, w_type, __args__):
    if __args__.keywords:
        raise oefmt(space.w_TypeError, "range() takes no keyword arguments")
    args_w = __args__.arguments_w
    n = len(args_w)
    if n == 0:
        raise oefmt(space.w_TypeError,
                    "range expected at least 1 argument, got 0")
    if n > 3:
        raise oefmt(space.w_TypeError,
                    "range expected at most 3 arguments, got %d", n)
    if n == 1:
        start = _ZERO
        stop = _range_arg(space, args_w[0])
        step = _ONE
    else:
        start = _range_arg(space, args_w[0])
        stop = _range_arg(space, args_w[1])
        step = _ONE
        if n == 3:
            step = _range_arg(space, args_w[2])
            if step.sign == 0:
                raise oefmt(space.w_ValueError,
                            "range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


class W_RangeIterObject(W_Root):
    """Iterates a range whose items all fit in machine words."""

    def __init__(self, current, step, remaining):
        self.current = current
        self.step = step
        self.remaining = remaining

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.remaining <= 0:
            raise OperationError(space.w_StopIteration, None)
        item = self.current
        self.remaining -= 1
        if self.remaining > 0:
            # guarded: the next item exists, so it fits (W_RangeObject
            # checked the last item)
            self.current = item + self.step
        return space.newint(item)

    def descr_length_hint(self, space):
        return space.newint(max(self.remaining, 0))


class W_LongRangeIterObject(W_Root):
    """Iterates a range with big bounds, on rbigints."""

    def __init__(self, current, step, remaining):
        self.current = current
        self.step = step
        self.remaining = remaining

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.remaining.sign <= 0:
            raise OperationError(space.w_StopIteration, None)
        item = self.current
        self.current = item.add(self.step)
        self.remaining = self.remaining.sub(_ONE)
        return space.newbigint(item)

    def descr_length_hint(self, space):
        return space.newbigint(self.remaining)


W_RangeObject.typedef = TypeDef(
    'range',
    __new__=interp2app(descr_new_range, app_name='__new__'),
    __repr__=interp2app(W_RangeObject.descr_repr),
    __len__=interp2app(W_RangeObject.descr_len),
    __bool__=interp2app(W_RangeObject.descr_bool),
    __getitem__=interp2app(W_RangeObject.descr_getitem),
    __contains__=interp2app(W_RangeObject.descr_contains),
    __iter__=interp2app(W_RangeObject.descr_iter),
    __reversed__=interp2app(W_RangeObject.descr_reversed),
    __eq__=interp2app(W_RangeObject.descr_eq),
    __ne__=interp2app(W_RangeObject.descr_ne),
    __hash__=interp2app(W_RangeObject.descr_hash),
    count=interp2app(W_RangeObject.descr_count),
    index=interp2app(W_RangeObject.descr_index),
    start=GetSetProperty(W_RangeObject.descr_get_start),
    stop=GetSetProperty(W_RangeObject.descr_get_stop),
    step=GetSetProperty(W_RangeObject.descr_get_step),
    acceptable_as_base=False,
)
W_RangeIterObject.typedef = TypeDef(
    'range_iterator',
    __iter__=interp2app(W_RangeIterObject.descr_iter),
    __next__=interp2app(W_RangeIterObject.descr_next),
    __length_hint__=interp2app(W_RangeIterObject.descr_length_hint),
    acceptable_as_base=False,
)
W_LongRangeIterObject.typedef = TypeDef(
    'longrange_iterator',
    __iter__=interp2app(W_LongRangeIterObject.descr_iter),
    __next__=interp2app(W_LongRangeIterObject.descr_next),
    __length_hint__=interp2app(W_LongRangeIterObject.descr_length_hint),
    acceptable_as_base=False,
)
