"""The iterator types of `builtins`: enumerate, zip, map, filter, reversed
and the callable iterator of iter(callable, sentinel).

Each holds the iterators it draws from (made with space.iter, so any
iterable works, proxies included) and computes one item per __next__.
They are types, as in CPython, so that isinstance(x, map) works.  (They are
not yet acceptable as base classes: a user subclass needs its W_ class in
USER_SUBCLASSED, objspace/std/instanceobject.py.)"""


from __future__ import absolute_import
from rpython.rlib.rarithmetic import ovfcheck

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.genericalias import class_getitem_entry


def _stop(space):
    return OperationError(space.w_StopIteration, None)


def _no_keywords(space, __args__, name):
    if __args__.keywords:
        raise oefmt(space.w_TypeError, "%s() takes no keyword arguments",
                    name)


class W_Enumerate(W_Root):
    """The count is a machine int until it overflows, then a wrapped
    int (w_count is None while the machine int is in use)."""

    def __init__(self, w_iter, count, w_count):
        self.w_iter = w_iter
        self.count = count
        self.w_count = w_count

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_item = space.next(self.w_iter)
        if self.w_count is None:
            w_index = space.newint(self.count)
            try:
                self.count = ovfcheck(self.count + 1)
            except OverflowError:
                self.w_count = space.add(w_index, space.newint(1))
        else:
            w_index = self.w_count
            self.w_count = space.add(w_index, space.newint(1))
        return space.newtuple([w_index, w_item])


def descr_new_enumerate(space, w_type, w_iterable, w_start=None):
    from objspace.std.intobject import W_IntObject
    w_iter = space.iter(w_iterable)
    if w_start is None:
        return W_Enumerate(w_iter, 0, None)
    w_start = space.index(w_start)
    if isinstance(w_start, W_IntObject):
        return W_Enumerate(w_iter, w_start.intval, None)
    return W_Enumerate(w_iter, 0, w_start)


class W_Zip(W_Root):
    def __init__(self, iterators_w, strict):
        self.iterators_w = iterators_w
        self.strict = strict

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if not self.iterators_w:
            raise _stop(space)
        items_w = [None] * len(self.iterators_w)
        for i in range(len(self.iterators_w)):
            try:
                items_w[i] = space.next(self.iterators_w[i])
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                if self.strict:
                    self._check_strict(space, i)
                self.iterators_w = []
                raise
        return space.newtuple(items_w)

    def _check_strict(self, space, i):
        """Iterator number i is exhausted: with strict=True every other
        one must be exhausted too (CPython's messages, 1-based)."""
        self.strict = False
        if i > 0:
            raise oefmt(space.w_ValueError,
                        "zip() argument %d is shorter than argument%s%d",
                        i + 1, ' ' if i == 1 else 's 1-', i)
        for j in range(1, len(self.iterators_w)):
            try:
                space.next(self.iterators_w[j])
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                continue
            raise oefmt(space.w_ValueError,
                        "zip() argument %d is longer than argument%s%d",
                        j + 1, ' ' if j == 1 else 's 1-', j)


def descr_new_zip(space, w_type, __args__):
    strict = False
    for i in range(len(__args__.keywords)):
        if __args__.keywords[i] != 'strict':
            raise oefmt(space.w_TypeError,
                        "'%s' is an invalid keyword argument for zip()",
                        __args__.keywords[i])
        strict = space.is_true(__args__.keywords_w[i])
    iterators_w = [space.iter(w_arg) for w_arg in __args__.arguments_w]
    return W_Zip(iterators_w, strict)


class W_Map(W_Root):
    def __init__(self, w_func, iterators_w):
        self.w_func = w_func
        self.iterators_w = iterators_w

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        args_w = [space.next(w_iter) for w_iter in self.iterators_w]
        if len(args_w) == 1:
            return space.call_function(self.w_func, args_w[0])
        from interpreter.argument import Arguments
        return space.call_args(self.w_func, Arguments(space, args_w))


def descr_new_map(space, w_type, __args__):
    _no_keywords(space, __args__, 'map')
    args_w = __args__.arguments_w
    if len(args_w) < 2:
        raise oefmt(space.w_TypeError,
                    "map() must have at least two arguments.")
    iterators_w = [space.iter(w_arg) for w_arg in args_w[1:]]
    return W_Map(args_w[0], iterators_w)


class W_Filter(W_Root):
    def __init__(self, w_func, w_iter):
        self.w_func = w_func       # None for filter(None, ...)
        self.w_iter = w_iter

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if self.w_func is None:
                w_keep = w_item
            else:
                w_keep = space.call_function(self.w_func, w_item)
            if space.is_true(w_keep):
                return w_item


def descr_new_filter(space, w_type, __args__):
    _no_keywords(space, __args__, 'filter')
    args_w = __args__.arguments_w
    if len(args_w) != 2:
        raise oefmt(space.w_TypeError, "filter expected 2 arguments, got %d",
                    len(args_w))
    w_func = args_w[0]
    if space.is_w(w_func, space.w_None) or \
            space.is_w(w_func, space.w_bool):
        w_func = None
    return W_Filter(w_func, space.iter(args_w[1]))


class W_Reversed(W_Root):
    """reversed() over the sequence protocol: __len__ and __getitem__."""

    def __init__(self, w_seq, index):
        self.w_seq = w_seq
        self.index = index

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.index < 0 or self.w_seq is None:
            self.w_seq = None
            raise _stop(space)
        try:
            w_item = space.getitem(self.w_seq, space.newint(self.index))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or \
                    e.match(space, space.w_StopIteration):
                self.w_seq = None
                raise _stop(space)
            raise
        self.index -= 1
        return w_item

    def descr_length_hint(self, space):
        if self.w_seq is None:
            return space.newint(0)
        return space.newint(self.index + 1)


def descr_new_reversed(space, w_type, __args__):
    _no_keywords(space, __args__, 'reversed')
    args_w = __args__.arguments_w
    if len(args_w) != 1:
        raise oefmt(space.w_TypeError,
                    "reversed expected 1 argument, got %d", len(args_w))
    w_seq = args_w[0]
    w_descr = space.lookup(w_seq, '__reversed__')
    if w_descr is not None:
        if space.is_w(w_descr, space.w_None):
            raise oefmt(space.w_TypeError, "'%T' object is not reversible",
                        w_seq)
        return space.get_and_call_function(w_descr, w_seq)
    if space.lookup(w_seq, '__getitem__') is None or \
            space.lookup(w_seq, '__len__') is None or \
            space.isinstance_w(w_seq, space.w_dict):
        raise oefmt(space.w_TypeError, "'%T' object is not reversible",
                    w_seq)
    return W_Reversed(w_seq, space.len_w(w_seq) - 1)


class W_CallableIterator(W_Root):
    """iter(callable, sentinel): calls until the result equals the
    sentinel."""

    def __init__(self, w_callable, w_sentinel):
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.w_callable is None:
            raise _stop(space)
        w_result = space.call_function(self.w_callable)
        if space.eq_w(w_result, self.w_sentinel):
            self.w_callable = None
            raise _stop(space)
        return w_result


def _iter_typedef(name, cls, new=None, **extra):
    if new is not None:
        extra['__new__'] = interp2app(new, app_name='__new__')
    return TypeDef(
        name,
        __iter__=interp2app(cls.descr_iter),
        __next__=interp2app(cls.descr_next),
        acceptable_as_base=False,
        **extra)


W_Enumerate.typedef = _iter_typedef(
    'enumerate', W_Enumerate, descr_new_enumerate,
    __class_getitem__=class_getitem_entry(),
    doc="Return an enumerate object.")
W_Zip.typedef = _iter_typedef(
    'zip', W_Zip, descr_new_zip,
    doc="zip(*iterables, strict=False) --> Yield tuples until an input is "
        "exhausted.")
W_Map.typedef = _iter_typedef(
    'map', W_Map, descr_new_map,
    doc="map(func, *iterables) --> map object")
W_Filter.typedef = _iter_typedef(
    'filter', W_Filter, descr_new_filter,
    doc="filter(function or None, iterable) --> filter object")
W_Reversed.typedef = _iter_typedef(
    'reversed', W_Reversed, descr_new_reversed,
    __length_hint__=interp2app(W_Reversed.descr_length_hint),
    doc="Return a reverse iterator over the values of the given sequence.")
W_CallableIterator.typedef = _iter_typedef('callable_iterator',
                                           W_CallableIterator)
