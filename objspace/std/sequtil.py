"""Helpers shared by the sequence types (list, tuple): repr with
recursion guard, indexing and slicing, containment, lexicographic
comparison."""


from __future__ import absolute_import
from interpreter.error import oefmt
from objspace.std.intobject import W_IntObject


def sequence_repr(space, w_seq, items_w, opening, closing):
    if space.repr_enter(w_seq):
        return opening + '...' + closing
    try:
        parts = [space.text_w(space.repr(w_item)) for w_item in items_w]
    finally:
        space.repr_leave(w_seq)
    return opening + ', '.join(parts) + closing


def sequence_slice(space, items_w, w_slice):
    """The items selected by the slice object w_slice, as a new list (the
    caller wraps it in its own type)."""
    start, stop, step, length = w_slice.indices4(space, len(items_w))
    result = [None] * length
    index = start
    for i in range(length):
        result[i] = items_w[index]
        index += step
    return result


def normalize_index(space, items_w, w_index, typename, message=None):
    """The position for items_w[w_index]; IndexError with `message`
    (default: "<typename> index out of range") outside the sequence."""
    if type(w_index) is W_IntObject:
        # the common case: an exact machine int is its own index
        index = w_index.intval
    else:
        index = _index_of(space, w_index, typename)
    if index < 0:
        index += len(items_w)
    if index < 0 or index >= len(items_w):
        if message is not None:
            raise oefmt(space.w_IndexError, "%s", message)
        raise oefmt(space.w_IndexError, "%s index out of range", typename)
    return index


def _index_of(space, w_index, typename):
    """A sequence index from a big int, an int subclass or an object
    with __index__ (TypeError for anything else)."""
    if not space.isinstance_w(w_index, space.w_int) and \
            space.lookup(w_index, '__index__') is None:
        raise oefmt(space.w_TypeError,
                    "%s indices must be integers or slices, not %T",
                    typename, w_index)
    return space.getindex_w(w_index, space.w_IndexError)


def sequence_contains(space, items_w, w_item):
    for w_x in items_w:
        if space.eq_w(w_x, w_item):
            return True
    return False


def sequence_compare(space, items1_w, items2_w, op):
    """Lexicographic comparison: the first unequal pair decides."""
    n1 = len(items1_w)
    n2 = len(items2_w)
    if op == 'eq' or op == 'ne':
        if n1 != n2:
            return space.newbool(op == 'ne')
    i = 0
    while i < n1 and i < n2:
        if not space.eq_w(items1_w[i], items2_w[i]):
            break
        i += 1
    if i >= n1 or i >= n2:
        if op == 'lt':
            return space.newbool(n1 < n2)
        if op == 'le':
            return space.newbool(n1 <= n2)
        if op == 'eq':
            return space.newbool(n1 == n2)
        if op == 'ne':
            return space.newbool(n1 != n2)
        if op == 'gt':
            return space.newbool(n1 > n2)
        return space.newbool(n1 >= n2)
    if op == 'eq':
        return space.w_False
    if op == 'ne':
        return space.w_True
    w_1 = items1_w[i]
    w_2 = items2_w[i]
    if op == 'lt':
        return space.lt(w_1, w_2)
    if op == 'le':
        return space.le(w_1, w_2)
    if op == 'gt':
        return space.gt(w_1, w_2)
    return space.ge(w_1, w_2)


def repeat_count(space, w_times):
    """The count of `seq * w_times`, or -1 when w_times is not an integer
    (the operation then returns NotImplemented)."""
    if not space.isinstance_w(w_times, space.w_int) and \
            space.lookup(w_times, '__index__') is None:
        return -1
    times = space.getindex_w(w_times, space.w_OverflowError)
    if times < 0:
        times = 0
    return times


def sequence_repeat(space, items_w, times):
    if times and len(items_w) > (1 << 40) // times:
        raise oefmt(space.w_MemoryError, "repeated sequence is too long")
    return items_w * times
