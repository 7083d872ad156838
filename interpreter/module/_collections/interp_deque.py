"""`collections.deque`: a double-ended queue stored as a ring buffer.

`items_w` is a list whose length is the capacity (a power of two, at
least 8); the `length` items start at index `head` and wrap around.
Appends and pops at either end are O(1) (the buffer doubles when full,
halves when mostly empty), indexing is O(1).  `state` counts the
mutations that move items, so that an iterator notices a deque that
changed under it ("deque mutated during iteration").
"""

from __future__ import absolute_import

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.instanceobject import register_user_subclassable

_MIN_CAPACITY = 8


class W_Deque(W_Root):
    def __init__(self, space):
        self.items_w = [None] * _MIN_CAPACITY
        self.head = 0
        self.length = 0
        self.maxlen = -1        # -1: unbounded
        self.state = 0

    # --- storage -----------------------------------------------------

    def _pos(self, index):
        """The buffer position of the item at `index` (0 <= index)."""
        return (self.head + index) & (len(self.items_w) - 1)

    def get(self, index):
        return self.items_w[self._pos(index)]

    def set(self, index, w_item):
        self.items_w[self._pos(index)] = w_item

    def _resize(self, capacity):
        new_w = [None] * capacity
        for i in range(self.length):
            new_w[i] = self.get(i)
        self.items_w = new_w
        self.head = 0

    def _grow_if_full(self):
        if self.length == len(self.items_w):
            self._resize(2 * len(self.items_w))

    def _shrink_if_sparse(self):
        capacity = len(self.items_w)
        if capacity > _MIN_CAPACITY and self.length * 4 < capacity:
            self._resize(capacity // 2)

    def append(self, w_item):
        self.state += 1
        if self.maxlen == 0:
            return
        if self.length == self.maxlen:
            self.popleft()
        self._grow_if_full()
        self.items_w[self._pos(self.length)] = w_item
        self.length += 1

    def appendleft(self, w_item):
        self.state += 1
        if self.maxlen == 0:
            return
        if self.length == self.maxlen:
            self.pop()
        self._grow_if_full()
        self.head = (self.head - 1) & (len(self.items_w) - 1)
        self.items_w[self.head] = w_item
        self.length += 1

    def pop(self):
        """The last item, removed (the deque must not be empty)."""
        self.state += 1
        self.length -= 1
        pos = self._pos(self.length)
        w_item = self.items_w[pos]
        self.items_w[pos] = None
        self._shrink_if_sparse()
        return w_item

    def popleft(self):
        self.state += 1
        w_item = self.items_w[self.head]
        self.items_w[self.head] = None
        self.head = (self.head + 1) & (len(self.items_w) - 1)
        self.length -= 1
        self._shrink_if_sparse()
        return w_item

    def clear(self):
        self.state += 1
        self.items_w = [None] * _MIN_CAPACITY
        self.head = 0
        self.length = 0

    def rotate(self, n):
        length = self.length
        if length <= 1:
            return
        n = n % length
        if n == 0:
            return
        self.state += 1
        # rotating right by n moves the last n items to the front
        if n <= length // 2:
            for i in range(n):
                self.appendleft_raw(self.pop_raw())
        else:
            for i in range(length - n):
                self.append_raw(self.popleft_raw())

    def pop_raw(self):
        self.length -= 1
        pos = self._pos(self.length)
        w_item = self.items_w[pos]
        self.items_w[pos] = None
        return w_item

    def popleft_raw(self):
        w_item = self.items_w[self.head]
        self.items_w[self.head] = None
        self.head = (self.head + 1) & (len(self.items_w) - 1)
        self.length -= 1
        return w_item

    def append_raw(self, w_item):
        self.items_w[self._pos(self.length)] = w_item
        self.length += 1

    def appendleft_raw(self, w_item):
        self.head = (self.head - 1) & (len(self.items_w) - 1)
        self.items_w[self.head] = w_item
        self.length += 1

    def items(self):
        return [self.get(i) for i in range(self.length)]

    def _delete_at(self, index):
        self.rotate(-index)
        self.popleft()
        self.rotate(index)

    def extend_from(self, space, w_iterable):
        if w_iterable is self:
            items_w = self.items()
        else:
            items_w = space.listview(w_iterable)
        for w_item in items_w:
            self.append(w_item)

    # --- app-level methods -------------------------------------------

    def descr_init(self, space, w_iterable=None, w_maxlen=None):
        if w_maxlen is not None and not space.is_w(w_maxlen, space.w_None):
            maxlen = space.int_w(w_maxlen)
            if maxlen < 0:
                raise oefmt(space.w_ValueError,
                            "maxlen must be non-negative")
        else:
            maxlen = -1
        self.maxlen = maxlen
        if self.length:
            self.clear()
        if w_iterable is not None:
            self.extend_from(space, w_iterable)

    def descr_append(self, space, w_x):
        """Add an element to the right side of the deque."""
        self.append(w_x)

    def descr_appendleft(self, space, w_x):
        """Add an element to the left side of the deque."""
        self.appendleft(w_x)

    def descr_pop(self, space):
        """Remove and return the rightmost element."""
        if self.length == 0:
            raise oefmt(space.w_IndexError, "pop from an empty deque")
        return self.pop()

    def descr_popleft(self, space):
        """Remove and return the leftmost element."""
        if self.length == 0:
            raise oefmt(space.w_IndexError, "pop from an empty deque")
        return self.popleft()

    def descr_extend(self, space, w_iterable):
        """Extend the right side of the deque with elements from the
iterable"""
        self.extend_from(space, w_iterable)

    def descr_extendleft(self, space, w_iterable):
        """Extend the left side of the deque with elements from the
iterable"""
        if w_iterable is self:
            items_w = self.items()
        else:
            items_w = space.listview(w_iterable)
        for w_item in items_w:
            self.appendleft(w_item)

    def descr_clear(self, space):
        """Remove all elements from the deque."""
        self.clear()

    def descr_copy(self, space):
        """Return a shallow copy of a deque."""
        w_type = space.type(self)
        if space.is_w(w_type, space.gettypeobject(W_Deque.typedef)):
            w_copy = W_Deque(space)
            w_copy.maxlen = self.maxlen
            for w_item in self.items():
                w_copy.append(w_item)
            return w_copy
        w_maxlen = space.w_None if self.maxlen < 0 else \
            space.newint(self.maxlen)
        return space.call_function(w_type, space.newlist(self.items()),
                                   w_maxlen)

    def descr_count(self, space, w_x):
        """Return number of occurrences of value."""
        state = self.state
        count = 0
        for i in range(self.length):
            if space.eq_w(self.get(i), w_x):
                count += 1
            self._check_unchanged(space, state)
        return space.newint(count)

    def _check_unchanged(self, space, state):
        if self.state != state:
            raise oefmt(space.w_RuntimeError,
                        "deque mutated during iteration")

    def descr_index(self, space, w_x, w_start=None, w_stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        start = 0
        stop = self.length
        if w_start is not None:
            start = space.getindex_w(w_start, None)
            if start < 0:
                start = max(0, start + self.length)
        if w_stop is not None:
            stop = space.getindex_w(w_stop, None)
            if stop < 0:
                stop = max(0, stop + self.length)
        stop = min(stop, self.length)
        state = self.state
        i = start
        while i < stop:
            if space.eq_w(self.get(i), w_x):
                return space.newint(i)
            self._check_unchanged(space, state)
            i += 1
        raise oefmt(space.w_ValueError, "%R is not in deque", w_x)

    def descr_insert(self, space, w_index, w_x):
        """Insert value before index."""
        if self.length == self.maxlen:
            raise oefmt(space.w_IndexError,
                        "deque already at its maximum size")
        index = space.getindex_w(w_index, None)
        if index < 0:
            index = max(0, index + self.length)
        index = min(index, self.length)
        self.rotate(-index)
        self.appendleft(w_x)
        self.rotate(index)

    def descr_remove(self, space, w_x):
        """Remove first occurrence of value."""
        state = self.state
        for i in range(self.length):
            found = space.eq_w(self.get(i), w_x)
            if self.state != state:
                raise oefmt(space.w_IndexError,
                            "deque mutated during iteration")
            if found:
                self._delete_at(i)
                return
        raise oefmt(space.w_ValueError, "%R is not in deque", w_x)

    def descr_reverse(self, space):
        """Reverse *IN PLACE*"""
        self.state += 1
        i = 0
        j = self.length - 1
        while i < j:
            w_a = self.get(i)
            self.set(i, self.get(j))
            self.set(j, w_a)
            i += 1
            j -= 1

    def descr_rotate(self, space, w_n=None):
        """Rotate the deque n steps to the right (default n=1).  If n is
negative, rotates left."""
        n = 1 if w_n is None else space.int_w(w_n)
        self.rotate(n)

    def descr_get_maxlen(self, space):
        if self.maxlen < 0:
            return space.w_None
        return space.newint(self.maxlen)

    def descr_len(self, space):
        return space.newint(self.length)

    def descr_bool(self, space):
        return space.newbool(self.length != 0)

    def _index(self, space, w_index):
        if not space.lookup(w_index, '__index__'):
            raise oefmt(space.w_TypeError,
                        "sequence index must be integer, not '%T'", w_index)
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += self.length
        if index < 0 or index >= self.length:
            raise oefmt(space.w_IndexError, "deque index out of range")
        return index

    def descr_getitem(self, space, w_index):
        return self.get(self._index(space, w_index))

    def descr_setitem(self, space, w_index, w_value):
        self.set(self._index(space, w_index), w_value)

    def descr_delitem(self, space, w_index):
        self._delete_at(self._index(space, w_index))

    def descr_contains(self, space, w_x):
        state = self.state
        for i in range(self.length):
            if space.eq_w(self.get(i), w_x):
                return space.w_True
            self._check_unchanged(space, state)
        return space.w_False

    def descr_iter(self, space):
        return W_DequeIter(self, False)

    def descr_reversed(self, space):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return W_DequeIter(self, True)

    def descr_repr(self, space):
        name = space.text_w(space.getattr(space.type(self),
                                          space.newtext('__name__')))
        if space.repr_enter(self):
            return space.newtext('[...]')
        try:
            parts = [space.text_w(space.repr(w_item))
                     for w_item in self.items()]
        finally:
            space.repr_leave(self)
        inner = '[' + ', '.join(parts) + ']'
        if self.maxlen >= 0:
            return space.newtext('%s(%s, maxlen=%d)' % (name, inner,
                                                        self.maxlen))
        return space.newtext('%s(%s)' % (name, inner))

    def _compare(self, space, w_other, op):
        if not isinstance(w_other, W_Deque):
            return space.w_NotImplemented
        a_w = self.items()
        b_w = w_other.items()
        n = min(len(a_w), len(b_w))
        for i in range(n):
            if not space.eq_w(a_w[i], b_w[i]):
                if op == 'eq':
                    return space.w_False
                if op == 'ne':
                    return space.w_True
                return _rich(space, a_w[i], b_w[i], op)
        la = len(a_w)
        lb = len(b_w)
        if op == 'eq':
            return space.newbool(la == lb)
        if op == 'ne':
            return space.newbool(la != lb)
        if op == 'lt':
            return space.newbool(la < lb)
        if op == 'le':
            return space.newbool(la <= lb)
        if op == 'gt':
            return space.newbool(la > lb)
        return space.newbool(la >= lb)

    def descr_eq(self, space, w_other):
        return self._compare(space, w_other, 'eq')

    def descr_ne(self, space, w_other):
        return self._compare(space, w_other, 'ne')

    def descr_lt(self, space, w_other):
        return self._compare(space, w_other, 'lt')

    def descr_le(self, space, w_other):
        return self._compare(space, w_other, 'le')

    def descr_gt(self, space, w_other):
        return self._compare(space, w_other, 'gt')

    def descr_ge(self, space, w_other):
        return self._compare(space, w_other, 'ge')

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_Deque):
            raise oefmt(space.w_TypeError,
                        'can only concatenate deque (not "%T") to deque',
                        w_other)
        w_copy = self.descr_copy(space)
        space.call_method(w_copy, 'extend', w_other)
        return w_copy

    def descr_iadd(self, space, w_other):
        self.extend_from(space, w_other)
        return self

    def _repeat(self, times):
        items_w = self.items()
        if times <= 0:
            self.clear()
            return
        for i in range(times - 1):
            for w_item in items_w:
                self.append(w_item)

    def descr_mul(self, space, w_times):
        if not space.lookup(w_times, '__index__'):
            return space.w_NotImplemented
        w_copy = self.descr_copy(space)
        if not isinstance(w_copy, W_Deque):
            raise oefmt(space.w_TypeError, "copy() did not return a deque")
        w_copy._repeat(space.getindex_w(w_times, space.w_OverflowError))
        return w_copy

    def descr_imul(self, space, w_times):
        if not space.lookup(w_times, '__index__'):
            return space.w_NotImplemented
        self._repeat(space.getindex_w(w_times, space.w_OverflowError))
        return self


def _rich(space, w_a, w_b, op):
    if op == 'lt':
        return space.lt(w_a, w_b)
    if op == 'le':
        return space.le(w_a, w_b)
    if op == 'gt':
        return space.gt(w_a, w_b)
    return space.ge(w_a, w_b)


def descr_new_deque(space, w_type, __args__):
    w_obj = space.allocate_instance(W_Deque, w_type)
    W_Deque.__init__(w_obj, space)
    return w_obj


class W_DequeIter(W_Root):
    def __init__(self, deque, reverse):
        self.deque = deque
        self.reverse = reverse
        self.index = 0
        self.state = deque.state

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        deque = self.deque
        if deque is None:
            raise OperationError(space.w_StopIteration, None)
        if deque.state != self.state:
            self.deque = None
            raise oefmt(space.w_RuntimeError,
                        "deque mutated during iteration")
        if self.index >= deque.length:
            self.deque = None
            raise OperationError(space.w_StopIteration, None)
        if self.reverse:
            w_item = deque.get(deque.length - 1 - self.index)
        else:
            w_item = deque.get(self.index)
        self.index += 1
        return w_item

    def descr_length_hint(self, space):
        if self.deque is None:
            return space.newint(0)
        return space.newint(self.deque.length - self.index)


W_Deque.typedef = TypeDef(
    'deque',
    doc="A list-like sequence optimized for data accesses near its "
        "endpoints.",
    module='collections',
    __new__=interp2app(descr_new_deque, app_name='__new__'),
    __init__=interp2app(W_Deque.descr_init),
    append=interp2app(W_Deque.descr_append),
    appendleft=interp2app(W_Deque.descr_appendleft),
    pop=interp2app(W_Deque.descr_pop),
    popleft=interp2app(W_Deque.descr_popleft),
    extend=interp2app(W_Deque.descr_extend),
    extendleft=interp2app(W_Deque.descr_extendleft),
    clear=interp2app(W_Deque.descr_clear),
    copy=interp2app(W_Deque.descr_copy),
    __copy__=interp2app(W_Deque.descr_copy),
    count=interp2app(W_Deque.descr_count),
    index=interp2app(W_Deque.descr_index),
    insert=interp2app(W_Deque.descr_insert),
    remove=interp2app(W_Deque.descr_remove),
    reverse=interp2app(W_Deque.descr_reverse),
    rotate=interp2app(W_Deque.descr_rotate),
    maxlen=GetSetProperty(W_Deque.descr_get_maxlen),
    __len__=interp2app(W_Deque.descr_len),
    __bool__=interp2app(W_Deque.descr_bool),
    __getitem__=interp2app(W_Deque.descr_getitem),
    __setitem__=interp2app(W_Deque.descr_setitem),
    __delitem__=interp2app(W_Deque.descr_delitem),
    __contains__=interp2app(W_Deque.descr_contains),
    __iter__=interp2app(W_Deque.descr_iter),
    __reversed__=interp2app(W_Deque.descr_reversed),
    __repr__=interp2app(W_Deque.descr_repr),
    __eq__=interp2app(W_Deque.descr_eq),
    __ne__=interp2app(W_Deque.descr_ne),
    __lt__=interp2app(W_Deque.descr_lt),
    __le__=interp2app(W_Deque.descr_le),
    __gt__=interp2app(W_Deque.descr_gt),
    __ge__=interp2app(W_Deque.descr_ge),
    __add__=interp2app(W_Deque.descr_add),
    __iadd__=interp2app(W_Deque.descr_iadd),
    __mul__=interp2app(W_Deque.descr_mul),
    __rmul__=interp2app(W_Deque.descr_mul),
    __imul__=interp2app(W_Deque.descr_imul),
    __hash__=None,
)
register_user_subclassable(W_Deque)

W_DequeIter.typedef = TypeDef(
    '_deque_iterator',
    module='_collections',
    __iter__=interp2app(W_DequeIter.descr_iter),
    __next__=interp2app(W_DequeIter.descr_next),
    __length_hint__=interp2app(W_DequeIter.descr_length_hint),
    acceptable_as_base=False,
)


def deque_type(space):
    return space.gettypeobject(W_Deque.typedef)


def deque_iterator_type(space):
    return space.gettypeobject(W_DequeIter.typedef)
