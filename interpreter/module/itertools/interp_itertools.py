"""The iterator types of `itertools`.

Each type holds the iterators it draws from (made with space.iter, so any
iterable works) and computes one item per __next__; an exhausted
iterator drops its sources (sets them to None) so that it stays
exhausted.  The combinatoric ones (product, permutations, combinations...)
keep a pool of items and a list of machine-int indices, advanced as
CPython advances them, so the order of the results is CPython's.
"""

from __future__ import absolute_import

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.typeobject import interp_classmethod


def _stop(space):
    return OperationError(space.w_StopIteration, None)


def _no_keywords(space, __args__, name):
    if __args__.keywords:
        raise oefmt(space.w_TypeError, "%s() takes no keyword arguments",
                    name)


def _kwonly(space, __args__, fnname, allowed):
    """The values of the keyword arguments of a function that takes only
    the keywords `allowed` (a list): a list of w_ values or None."""
    result_w = [None] * len(allowed)
    if __args__.keywords:
        for i in range(len(__args__.keywords)):
            key = __args__.keywords[i]
            found = False
            for j in range(len(allowed)):
                if allowed[j] == key:
                    result_w[j] = __args__.keywords_w[i]
                    found = True
            if not found:
                if fnname == 'zip_longest':
                    raise oefmt(space.w_TypeError,
                                "zip_longest() got an unexpected keyword "
                                "argument")
                raise oefmt(space.w_TypeError,
                            "'%s' is an invalid keyword argument for %s()",
                            key, fnname)
    return result_w


class W_ItertoolsIter(W_Root):
    """The base of every iterator here."""

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        raise NotImplementedError


# --- infinite iterators ---------------------------------------------------

class W_Count(W_ItertoolsIter):
    def __init__(self, w_c, w_step):
        self.w_c = w_c
        self.w_step = w_step

    def descr_next(self, space):
        w_c = self.w_c
        self.w_c = space.add(w_c, self.w_step)
        return w_c

    def descr_repr(self, space):
        r = space.text_w(space.repr(self.w_c))
        if (space.isinstance_w(self.w_step, space.w_int) and
                space.eq_w(self.w_step, space.newint(1))):
            return space.newtext("count(%s)" % r)
        s = space.text_w(space.repr(self.w_step))
        return space.newtext("count(%s, %s)" % (r, s))


def _is_number(space, w_x):
    return (space.lookup(w_x, '__add__') is not None and
            (space.lookup(w_x, '__int__') is not None or
             space.lookup(w_x, '__float__') is not None or
             space.lookup(w_x, '__index__') is not None or
             space.lookup(w_x, '__complex__') is not None))


def descr_new_count(space, w_type, w_start=None, w_step=None):
    if w_start is None:
        w_start = space.newint(0)
    if w_step is None:
        w_step = space.newint(1)
    if not _is_number(space, w_start) or not _is_number(space, w_step):
        raise oefmt(space.w_TypeError, "a number is required")
    return W_Count(w_start, w_step)


class W_Cycle(W_ItertoolsIter):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.saved_w = []
        self.index = 0

    def descr_next(self, space):
        if self.w_iter is not None:
            try:
                w_item = space.next(self.w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                self.w_iter = None
            else:
                self.saved_w.append(w_item)
                return w_item
        if not self.saved_w:
            raise _stop(space)
        w_item = self.saved_w[self.index]
        self.index = (self.index + 1) % len(self.saved_w)
        return w_item


def descr_new_cycle(space, w_type, __args__):
    _no_keywords(space, __args__, 'cycle')
    args_w = __args__.arguments_w
    if len(args_w) != 1:
        raise oefmt(space.w_TypeError,
                    "cycle expected 1 argument, got %d", len(args_w))
    return W_Cycle(space.iter(args_w[0]))


class W_Repeat(W_ItertoolsIter):
    def __init__(self, w_obj, count):
        self.w_obj = w_obj
        self.count = count      # -1: forever

    def descr_next(self, space):
        if self.count == 0:
            raise _stop(space)
        if self.count > 0:
            self.count -= 1
        return self.w_obj

    def descr_length_hint(self, space):
        if self.count < 0:
            raise oefmt(space.w_TypeError, "len() of unsized object")
        return space.newint(self.count)

    def descr_repr(self, space):
        r = space.text_w(space.repr(self.w_obj))
        if self.count < 0:
            return space.newtext("repeat(%s)" % r)
        return space.newtext("repeat(%s, %d)" % (r, self.count))


def descr_new_repeat(space, w_type, w_object, w_times=None):
    if w_times is None:
        return W_Repeat(w_object, -1)
    count = space.int_w(w_times)
    if count < 0:
        count = 0
    return W_Repeat(w_object, count)


# --- iterators that end on the shortest input ----------------------------

class W_Accumulate(W_ItertoolsIter):
    def __init__(self, w_iter, w_func, w_initial):
        self.w_iter = w_iter
        self.w_func = w_func
        self.w_total = None
        self.w_initial = w_initial

    def descr_next(self, space):
        if self.w_initial is not None:
            self.w_total = self.w_initial
            self.w_initial = None
            return self.w_total
        w_item = space.next(self.w_iter)
        if self.w_total is None:
            self.w_total = w_item
        elif self.w_func is None:
            self.w_total = space.add(self.w_total, w_item)
        else:
            self.w_total = space.call_function(self.w_func, self.w_total,
                                               w_item)
        return self.w_total


def descr_new_accumulate(space, w_type, w_iterable, w_func=None,
                         w_initial=None):
    if w_func is not None and space.is_w(w_func, space.w_None):
        w_func = None
    if w_initial is not None and space.is_w(w_initial, space.w_None):
        w_initial = None
    return W_Accumulate(space.iter(w_iterable), w_func, w_initial)


class W_Chain(W_ItertoolsIter):
    """w_sources: an iterator over the iterables; w_active: the iterator
    of the current one."""

    def __init__(self, w_sources):
        self.w_sources = w_sources
        self.w_active = None

    def descr_next(self, space):
        while self.w_sources is not None:
            if self.w_active is None:
                try:
                    w_iterable = space.next(self.w_sources)
                except OperationError as e:
                    if e.match(space, space.w_StopIteration):
                        self.w_sources = None
                    raise
                self.w_active = space.iter(w_iterable)
            try:
                return space.next(self.w_active)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                self.w_active = None
        raise _stop(space)


def descr_new_chain(space, w_type, __args__):
    _no_keywords(space, __args__, 'chain')
    return W_Chain(space.iter(space.newtuple(__args__.arguments_w[:])))


def descr_chain_from_iterable(space, w_cls, w_iterable):
    """Alternative chain() constructor taking a single iterable argument
that evaluates lazily."""
    return W_Chain(space.iter(w_iterable))


class W_Compress(W_ItertoolsIter):
    def __init__(self, w_data, w_selectors):
        self.w_data = w_data
        self.w_selectors = w_selectors

    def descr_next(self, space):
        while True:
            w_item = space.next(self.w_data)
            if space.is_true(space.next(self.w_selectors)):
                return w_item


def descr_new_compress(space, w_type, w_data, w_selectors):
    return W_Compress(space.iter(w_data), space.iter(w_selectors))


class W_DropWhile(W_ItertoolsIter):
    def __init__(self, w_pred, w_iter):
        self.w_pred = w_pred
        self.w_iter = w_iter
        self.dropping = True

    def descr_next(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if not self.dropping:
                return w_item
            if not space.is_true(space.call_function(self.w_pred, w_item)):
                self.dropping = False
                return w_item


class W_TakeWhile(W_ItertoolsIter):
    def __init__(self, w_pred, w_iter):
        self.w_pred = w_pred
        self.w_iter = w_iter

    def descr_next(self, space):
        if self.w_iter is None:
            raise _stop(space)
        w_item = space.next(self.w_iter)
        if space.is_true(space.call_function(self.w_pred, w_item)):
            return w_item
        self.w_iter = None
        raise _stop(space)


class W_FilterFalse(W_ItertoolsIter):
    def __init__(self, w_pred, w_iter):
        self.w_pred = w_pred
        self.w_iter = w_iter

    def descr_next(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if space.is_w(self.w_pred, space.w_None):
                w_test = w_item
            else:
                w_test = space.call_function(self.w_pred, w_item)
            if not space.is_true(w_test):
                return w_item


def descr_new_dropwhile(space, w_type, w_predicate, w_iterable):
    return W_DropWhile(w_predicate, space.iter(w_iterable))


def descr_new_takewhile(space, w_type, w_predicate, w_iterable):
    return W_TakeWhile(w_predicate, space.iter(w_iterable))


def descr_new_filterfalse(space, w_type, w_function, w_iterable):
    return W_FilterFalse(w_function, space.iter(w_iterable))


class W_StarMap(W_ItertoolsIter):
    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def descr_next(self, space):
        w_args = space.next(self.w_iter)
        return space.call_args(self.w_func, _arguments(
            space, space.fixedview(w_args)[:]))


def _arguments(space, args_w):
    from interpreter.argument import Arguments
    return Arguments(space, args_w)


def descr_new_starmap(space, w_type, w_function, w_iterable):
    return W_StarMap(w_function, space.iter(w_iterable))


class W_Pairwise(W_ItertoolsIter):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.w_old = None

    def descr_next(self, space):
        if self.w_iter is None:
            raise _stop(space)
        try:
            if self.w_old is None:
                self.w_old = space.next(self.w_iter)
            w_new = space.next(self.w_iter)
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                self.w_iter = None
                self.w_old = None
            raise
        w_result = space.newtuple([self.w_old, w_new])
        self.w_old = w_new
        return w_result


def descr_new_pairwise(space, w_type, w_iterable):
    return W_Pairwise(space.iter(w_iterable))


class W_ISlice(W_ItertoolsIter):
    """next: the index of the next item to return; stop: -1 for none."""

    def __init__(self, w_iter, start, stop, step):
        self.w_iter = w_iter
        self.next = start
        self.stop = stop
        self.step = step
        self.count = 0      # items consumed from w_iter

    def descr_next(self, space):
        if self.w_iter is None:
            raise _stop(space)
        while self.count < self.next:
            if self.stop >= 0 and self.count >= self.stop:
                break
            self._consume(space)
        if self.stop >= 0 and self.next >= self.stop:
            # consume up to stop as CPython does, then end
            while self.count < self.stop:
                self._consume(space)
            self.w_iter = None
            raise _stop(space)
        w_item = self._consume(space)
        self.next += self.step
        if self.stop >= 0 and self.next > self.stop:
            self.next = self.stop
        return w_item

    def _consume(self, space):
        try:
            w_item = space.next(self.w_iter)
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                self.w_iter = None
            raise
        self.count += 1
        return w_item


def _islice_index(space, w_x, message):
    if space.is_w(w_x, space.w_None):
        return -1
    try:
        value = space.int_w(w_x)
    except OperationError as e:
        if not (e.match(space, space.w_TypeError) or
                e.match(space, space.w_OverflowError)):
            raise
        raise oefmt(space.w_ValueError, "%s", message)
    if value < 0:
        raise oefmt(space.w_ValueError, "%s", message)
    return value


def descr_new_islice(space, w_type, __args__):
    _no_keywords(space, __args__, 'islice')
    args_w = __args__.arguments_w
    n = len(args_w)
    if n < 2:
        raise oefmt(space.w_TypeError,
                    "islice expected at least 2 arguments, got %d", n)
    if n > 4:
        raise oefmt(space.w_TypeError,
                    "islice expected at most 4 arguments, got %d", n)
    start = 0
    step = 1
    if n == 2:
        stop = _islice_index(space, args_w[1],
            "Stop argument for islice() must be None or an integer: "
            "0 <= x <= sys.maxsize.")
    else:
        message = ("Indices for islice() must be None or an integer: "
                   "0 <= x <= sys.maxsize.")
        start = _islice_index(space, args_w[1], message)
        if start < 0:
            start = 0
        stop = _islice_index(space, args_w[2], message)
        if n == 4 and not space.is_w(args_w[3], space.w_None):
            try:
                step = space.int_w(args_w[3])
            except OperationError as e:
                if not (e.match(space, space.w_TypeError) or
                        e.match(space, space.w_OverflowError)):
                    raise
                step = 0
            if step < 1:
                raise oefmt(space.w_ValueError,
                            "Step for islice() must be a positive integer "
                            "or None.")
    w_iter = space.iter(args_w[0])
    return W_ISlice(w_iter, start, stop, step)


class W_ZipLongest(W_ItertoolsIter):
    def __init__(self, iters_w, w_fill):
        self.iters_w = iters_w
        self.w_fill = w_fill
        self.active = len(iters_w)

    def descr_next(self, space):
        if self.active == 0:
            raise _stop(space)
        items_w = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_iter = self.iters_w[i]
            if w_iter is None:
                items_w[i] = self.w_fill
                continue
            try:
                items_w[i] = space.next(w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                self.iters_w[i] = None
                self.active -= 1
                if self.active == 0:
                    raise
                items_w[i] = self.w_fill
        return space.newtuple(items_w)


def descr_new_zip_longest(space, w_type, __args__):
    w_fill = _kwonly(space, __args__, 'zip_longest', ['fillvalue'])[0]
    if w_fill is None:
        w_fill = space.w_None
    iters_w = [space.iter(w_x) for w_x in __args__.arguments_w]
    return W_ZipLongest(iters_w, w_fill)


# --- groupby --------------------------------------------------------------

class W_GroupBy(W_ItertoolsIter):
    """The current item and its key; w_grouper: the group that may still
    read from here (an older group is over)."""

    def __init__(self, w_iter, w_keyfunc):
        self.w_iter = w_iter
        self.w_keyfunc = w_keyfunc
        self.w_tgtkey = None
        self.w_currkey = None
        self.w_currvalue = None
        self.w_grouper = None

    def step(self, space):
        w_value = space.next(self.w_iter)
        if self.w_keyfunc is None:
            w_key = w_value
        else:
            w_key = space.call_function(self.w_keyfunc, w_value)
        self.w_currvalue = w_value
        self.w_currkey = w_key

    def descr_next(self, space):
        self.w_grouper = None
        # skip to the next key
        while True:
            if self.w_currkey is None:
                self.step(space)
            elif self.w_tgtkey is None:
                break
            elif not space.eq_w(self.w_tgtkey, self.w_currkey):
                break
            else:
                self.step(space)
        self.w_tgtkey = self.w_currkey
        grouper = W_Grouper(self, self.w_tgtkey)
        self.w_grouper = grouper
        return space.newtuple([self.w_currkey, grouper])


class W_Grouper(W_ItertoolsIter):
    def __init__(self, parent, w_tgtkey):
        self.parent = parent
        self.w_tgtkey = w_tgtkey

    def descr_next(self, space):
        parent = self.parent
        if parent.w_grouper is not self:
            raise _stop(space)
        if parent.w_currvalue is None:
            parent.step(space)
        if not space.eq_w(self.w_tgtkey, parent.w_currkey):
            raise _stop(space)
        w_value = parent.w_currvalue
        parent.w_currvalue = None
        parent.w_currkey = None
        return w_value


def descr_new_groupby(space, w_type, w_iterable, w_key=None):
    if w_key is not None and space.is_w(w_key, space.w_None):
        w_key = None
    return W_GroupBy(space.iter(w_iterable), w_key)


# --- tee ------------------------------------------------------------------

class TeeData(object):
    """The items read so far from the shared iterator, for the tee
    objects that have not seen them yet.  (Items are kept until the
    shared data goes away: simple, and enough for the common uses.)"""

    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.items_w = []


class W_Tee(W_ItertoolsIter):
    def __init__(self, data, index):
        self.data = data
        self.index = index

    def descr_next(self, space):
        data = self.data
        if self.index < len(data.items_w):
            w_item = data.items_w[self.index]
        else:
            if data.w_iter is None:
                raise _stop(space)
            try:
                w_item = space.next(data.w_iter)
            except OperationError as e:
                if e.match(space, space.w_StopIteration):
                    data.w_iter = None
                raise
            data.items_w.append(w_item)
        self.index += 1
        return w_item

    def descr_copy(self, space):
        """Returns an independent iterator."""
        return W_Tee(self.data, self.index)


def descr_new_tee_object(space, w_type, w_iterable):
    w_iter = space.iter(w_iterable)
    if isinstance(w_iter, W_Tee):
        return w_iter.descr_copy(space)
    return W_Tee(TeeData(w_iter), 0)


def tee(space, w_iterable, w_n=None):
    """Returns a tuple of n independent iterators."""
    n = 2 if w_n is None else space.int_w(w_n)
    if n < 0:
        raise oefmt(space.w_ValueError, "n must be >= 0")
    if n == 0:
        return space.newtuple([])
    w_iter = space.iter(w_iterable)
    if isinstance(w_iter, W_Tee):
        first = w_iter.descr_copy(space)
    else:
        if space.lookup(w_iter, '__copy__') is not None:
            # a copyable iterator: its own copies
            items_w = [None] * n
            items_w[0] = w_iter
            for i in range(1, n):
                items_w[i] = space.call_method(items_w[i - 1], '__copy__')
            return space.newtuple(items_w)
        first = W_Tee(TeeData(w_iter), 0)
    result_w = [None] * n
    result_w[0] = first
    for i in range(1, n):
        result_w[i] = first.descr_copy(space)
    return space.newtuple(result_w)


# --- combinatorics --------------------------------------------------------

class W_Combinatoric(W_ItertoolsIter):
    """pool_w: the items; indices: the current choice; first: nothing
    returned yet; done: exhausted."""

    def __init__(self, pool_w, indices, done):
        self.pool_w = pool_w
        self.indices = indices
        self.first = True
        self.done = done

    def descr_next(self, space):
        if self.done:
            raise _stop(space)
        if self.first:
            self.first = False
        elif not self.advance():
            self.done = True
            raise _stop(space)
        return space.newtuple(self.current())

    def advance(self):
        raise NotImplementedError

    def current(self):
        return [self.pool_w[i] for i in self.indices]


class W_Product(W_Combinatoric):
    """pools_w: one list of items per position."""

    def __init__(self, pools_w):
        done = False
        for pool in pools_w:
            if not pool:
                done = True
        W_Combinatoric.__init__(self, [], [0] * len(pools_w), done)
        self.pools_w = pools_w

    def advance(self):
        i = len(self.indices) - 1
        while i >= 0:
            self.indices[i] += 1
            if self.indices[i] < len(self.pools_w[i]):
                return True
            self.indices[i] = 0
            i -= 1
        return False

    def current(self):
        return [self.pools_w[i][self.indices[i]]
                for i in range(len(self.indices))]


def descr_new_product(space, w_type, __args__):
    w_repeat = _kwonly(space, __args__, 'product', ['repeat'])[0]
    repeat = 1 if w_repeat is None else space.int_w(w_repeat)
    if repeat < 0:
        raise oefmt(space.w_ValueError,
                    "repeat argument cannot be negative")
    pools = [space.listview(w_x) for w_x in __args__.arguments_w]
    pools_w = []
    for i in range(repeat):
        for pool in pools:
            pools_w.append(pool)
    return W_Product(pools_w)


class W_Combinations(W_Combinatoric):
    def advance(self):
        n = len(self.pool_w)
        r = len(self.indices)
        i = r - 1
        while i >= 0 and self.indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return False
        self.indices[i] += 1
        for j in range(i + 1, r):
            self.indices[j] = self.indices[j - 1] + 1
        return True


class W_CombinationsWithReplacement(W_Combinatoric):
    def advance(self):
        n = len(self.pool_w)
        r = len(self.indices)
        i = r - 1
        while i >= 0 and self.indices[i] == n - 1:
            i -= 1
        if i < 0:
            return False
        value = self.indices[i] + 1
        for j in range(i, r):
            self.indices[j] = value
        return True


class W_Permutations(W_Combinatoric):
    """CPython's algorithm: `perm` is a permutation of range(n), `cycles`
    counts down; the result is the first r items of perm."""

    def __init__(self, pool_w, r, done):
        n = len(pool_w)
        W_Combinatoric.__init__(self, pool_w, range(n), done)
        self.r = r
        self.cycles = [n - i for i in range(r)]

    def current(self):
        return [self.pool_w[self.indices[i]] for i in range(self.r)]

    def advance(self):
        n = len(self.pool_w)
        indices = self.indices
        i = self.r - 1
        while i >= 0:
            self.cycles[i] -= 1
            if self.cycles[i] == 0:
                # rotate indices[i:] left by one
                first = indices[i]
                for j in range(i, n - 1):
                    indices[j] = indices[j + 1]
                indices[n - 1] = first
                self.cycles[i] = n - i
            else:
                j = n - self.cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return True
            i -= 1
        return False


def _r_arg(space, w_r):
    r = space.int_w(w_r)
    if r < 0:
        raise oefmt(space.w_ValueError, "r must be non-negative")
    return r


def descr_new_combinations(space, w_type, w_iterable, w_r):
    pool_w = space.listview(w_iterable)
    r = _r_arg(space, w_r)
    return W_Combinations(pool_w, range(r), r > len(pool_w))


def descr_new_combinations_with_replacement(space, w_type, w_iterable, w_r):
    pool_w = space.listview(w_iterable)
    r = _r_arg(space, w_r)
    return W_CombinationsWithReplacement(pool_w, [0] * r,
                                         r > 0 and not pool_w)


def descr_new_permutations(space, w_type, w_iterable, w_r=None):
    pool_w = space.listview(w_iterable)
    if w_r is None or space.is_w(w_r, space.w_None):
        r = len(pool_w)
    else:
        r = _r_arg(space, w_r)
    return W_Permutations(pool_w, r, r > len(pool_w))


# --- type objects ---------------------------------------------------------

def _typedef(name, cls, new, doc, **extra):
    return TypeDef(
        name,
        doc=doc,
        module='itertools',
        __new__=interp2app(new, app_name='__new__'),
        __iter__=interp2app(cls.descr_iter),
        __next__=interp2app(cls.descr_next),
        acceptable_as_base=False,
        **extra)


W_Count.typedef = _typedef(
    'count', W_Count, descr_new_count,
    "Return a count object whose .__next__() method returns consecutive "
    "values.",
    __repr__=interp2app(W_Count.descr_repr))
W_Cycle.typedef = _typedef(
    'cycle', W_Cycle, descr_new_cycle,
    "Return elements from the iterable until it is exhausted. Then repeat "
    "the sequence indefinitely.")
W_Repeat.typedef = _typedef(
    'repeat', W_Repeat, descr_new_repeat,
    "repeat(object [,times]) -> create an iterator which returns the "
    "object\nfor the specified number of times.  If not specified, "
    "returns the object\nendlessly.",
    __repr__=interp2app(W_Repeat.descr_repr),
    __length_hint__=interp2app(W_Repeat.descr_length_hint))
W_Accumulate.typedef = _typedef(
    'accumulate', W_Accumulate, descr_new_accumulate,
    "Return series of accumulated sums (or other binary function "
    "results).")
W_Chain.typedef = _typedef(
    'chain', W_Chain, descr_new_chain,
    "Return a chain object whose .__next__() method returns elements from "
    "the\nfirst iterable until it is exhausted, then elements from the "
    "next\niterable, until all of the iterables are exhausted.",
    from_iterable=interp_classmethod(interp2app(
        descr_chain_from_iterable, app_name='from_iterable')))
W_Compress.typedef = _typedef(
    'compress', W_Compress, descr_new_compress,
    "Return data elements corresponding to true selector elements.")
W_DropWhile.typedef = _typedef(
    'dropwhile', W_DropWhile, descr_new_dropwhile,
    "Drop items from the iterable while predicate(item) is true.")
W_TakeWhile.typedef = _typedef(
    'takewhile', W_TakeWhile, descr_new_takewhile,
    "Return successive entries from an iterable as long as the predicate "
    "evaluates to true for each entry.")
W_FilterFalse.typedef = _typedef(
    'filterfalse', W_FilterFalse, descr_new_filterfalse,
    "Return those items of iterable for which function(item) is false.")
W_StarMap.typedef = _typedef(
    'starmap', W_StarMap, descr_new_starmap,
    "Return an iterator whose values are returned from the function "
    "evaluated with an argument tuple taken from the given sequence.")
W_Pairwise.typedef = _typedef(
    'pairwise', W_Pairwise, descr_new_pairwise,
    "Return an iterator of overlapping pairs taken from the input "
    "iterator.")
W_ISlice.typedef = _typedef(
    'islice', W_ISlice, descr_new_islice,
    "islice(iterable, stop) --> islice object\nislice(iterable, start, "
    "stop[, step]) --> islice object")
W_ZipLongest.typedef = _typedef(
    'zip_longest', W_ZipLongest, descr_new_zip_longest,
    "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> "
    "zip_longest object")
W_GroupBy.typedef = _typedef(
    'groupby', W_GroupBy, descr_new_groupby,
    "make an iterator that returns consecutive keys and groups from the "
    "iterable")
W_Grouper.typedef = TypeDef(
    '_grouper',
    module='itertools',
    __iter__=interp2app(W_Grouper.descr_iter),
    __next__=interp2app(W_Grouper.descr_next),
    acceptable_as_base=False)
W_Tee.typedef = _typedef(
    '_tee', W_Tee, descr_new_tee_object,
    "Iterator wrapped to make it copyable.",
    __copy__=interp2app(W_Tee.descr_copy))
W_Product.typedef = _typedef(
    'product', W_Product, descr_new_product,
    "Cartesian product of input iterables.  Equivalent to nested "
    "for-loops.")
W_Combinations.typedef = _typedef(
    'combinations', W_Combinations, descr_new_combinations,
    "Return successive r-length combinations of elements in the "
    "iterable.")
W_CombinationsWithReplacement.typedef = _typedef(
    'combinations_with_replacement', W_CombinationsWithReplacement,
    descr_new_combinations_with_replacement,
    "Return successive r-length combinations of elements in the iterable "
    "allowing individual elements to have successive repeats.")
W_Permutations.typedef = _typedef(
    'permutations', W_Permutations, descr_new_permutations,
    "Return successive r-length permutations of elements in the "
    "iterable.")

ALL_TYPES = {
    'count': W_Count, 'cycle': W_Cycle, 'repeat': W_Repeat,
    'accumulate': W_Accumulate, 'chain': W_Chain, 'compress': W_Compress,
    'dropwhile': W_DropWhile, 'takewhile': W_TakeWhile,
    'filterfalse': W_FilterFalse, 'starmap': W_StarMap,
    'pairwise': W_Pairwise, 'islice': W_ISlice,
    'zip_longest': W_ZipLongest, 'groupby': W_GroupBy,
    '_grouper': W_Grouper, '_tee': W_Tee, 'product': W_Product,
    'combinations': W_Combinations,
    'combinations_with_replacement': W_CombinationsWithReplacement,
    'permutations': W_Permutations,
}


def make_type_getter(name):
    cls = ALL_TYPES[name]

    def get_type(space):
        return space.gettypeobject(cls.typedef)
    get_type.__name__ = 'type_' + name
    return get_type


for _name in ALL_TYPES:
    globals()['type_' + _name] = make_type_getter(_name)
del _name
