"""The builtin functions over iterables and numbers: sorted, min, max, sum,
all, any, round, bin, oct, hex and iter (with its two-argument form).

The iterator *types* (enumerate, zip, map, filter, reversed) live in
objspace/std/functionalobject.py.  Every function here walks its argument
with space.iter/space.next or space.listview, never by reading another
object's storage, so subclasses and proxies behave."""


from __future__ import absolute_import
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rfloat import round_double, isinf, isnan
from rpython.rlib.rbigint import rbigint

from interpreter.error import OperationError, oefmt


def _next_or_none(space, w_iter):
    """space.next, or None when the iterator is exhausted."""
    try:
        return space.next(w_iter)
    except OperationError as e:
        if not e.match(space, space.w_StopIteration):
            raise
        return None


# --- iter ------------------------------------------------------------

def iter_(space, w_obj, w_sentinel=None):
    """iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the
sentinel."""
    if w_sentinel is None:
        return space.iter(w_obj)
    from objspace.std.functionalobject import W_CallableIterator
    if space.lookup(w_obj, '__call__') is None:
        raise oefmt(space.w_TypeError, "iter(v, w): v must be callable")
    return W_CallableIterator(w_obj, w_sentinel)


# --- sorted, min, max ------------------------------------------------

def sorted_(space, __args__):
    """Return a new list containing all items from the iterable in
ascending order.

A custom key function can be supplied to customize the sort order, and
the reverse flag can be set to request the result in descending order."""
    from objspace.std.listobject import W_ListObject
    from interpreter.argument import Arguments
    args_w = __args__.arguments_w
    if len(args_w) != 1:
        raise oefmt(space.w_TypeError, "sorted expected 1 argument, got %d",
                    len(args_w))
    w_list = W_ListObject(space.listview(args_w[0]))
    # list.sort checks the keyword arguments, with its own messages
    space.call_args(space.getattr(w_list, space.newtext('sort')),
                    Arguments(space, [], __args__.keywords,
                              __args__.keywords_w))
    return w_list


def _min_max(space, __args__, is_min):
    name = 'min' if is_min else 'max'
    args_w = __args__.arguments_w
    w_key = None
    w_default = None
    for i in range(len(__args__.keywords)):
        kw = __args__.keywords[i]
        if kw == 'key':
            w_key = __args__.keywords_w[i]
        elif kw == 'default':
            w_default = __args__.keywords_w[i]
        else:
            raise oefmt(space.w_TypeError,
                        "'%s' is an invalid keyword argument for %s()",
                        kw, name)
    if w_key is not None and space.is_w(w_key, space.w_None):
        w_key = None
    if not args_w:
        raise oefmt(space.w_TypeError,
                    "%s expected at least 1 argument, got 0", name)
    if len(args_w) > 1:
        if w_default is not None:
            raise oefmt(space.w_TypeError,
                        "Cannot specify a default for %s() with multiple "
                        "positional arguments", name)
        w_iter = space.iter(space.newtuple(args_w))
    else:
        w_iter = space.iter(args_w[0])
    w_best = None
    w_best_key = None
    while True:
        w_item = _next_or_none(space, w_iter)
        if w_item is None:
            break
        if w_key is None:
            w_item_key = w_item
        else:
            w_item_key = space.call_function(w_key, w_item)
        if w_best is None:
            w_best = w_item
            w_best_key = w_item_key
            continue
        # the first of equal items wins: replace only on strict order
        if is_min:
            better = space.is_true(space.lt(w_item_key, w_best_key))
        else:
            better = space.is_true(space.gt(w_item_key, w_best_key))
        if better:
            w_best = w_item
            w_best_key = w_item_key
    if w_best is None:
        if w_default is not None:
            return w_default
        raise oefmt(space.w_ValueError, "%s() arg is an empty sequence",
                    name)
    return w_best


def min_(space, __args__):
    """min(iterable, *[, default=obj, key=func]) -> value
min(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its smallest item.  The default
keyword-only argument specifies an object to return if the provided
iterable is empty.  With two or more arguments, return the smallest
argument."""
    return _min_max(space, __args__, True)


def max_(space, __args__):
    """max(iterable, *[, default=obj, key=func]) -> value
max(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its biggest item.  The default
keyword-only argument specifies an object to return if the provided
iterable is empty.  With two or more arguments, return the largest
argument."""
    return _min_max(space, __args__, False)


# --- sum, all, any ---------------------------------------------------

def sum_(space, __args__):
    """Return the sum of a 'start' value (default: 0) plus an iterable of
numbers

When the iterable is empty, return the start value.
This function is intended specifically for use with numeric values and
may reject non-numeric types."""
    from objspace.std.intobject import W_IntObject
    from objspace.std.floatobject import W_FloatObject
    args_w = __args__.arguments_w
    w_start = None
    for i in range(len(__args__.keywords)):
        if __args__.keywords[i] != 'start':
            raise oefmt(space.w_TypeError,
                        "sum() got an unexpected keyword argument '%s'",
                        __args__.keywords[i])
        if len(args_w) > 1:
            raise oefmt(space.w_TypeError,
                        "argument for sum() given by name ('start') and "
                        "position (2)")
        w_start = __args__.keywords_w[i]
    if not args_w:
        raise oefmt(space.w_TypeError,
                    "sum() takes at least 1 positional argument (0 given)")
    if len(args_w) > 2:
        raise oefmt(space.w_TypeError,
                    "sum() takes at most 2 arguments (%d given)",
                    len(args_w))
    if len(args_w) == 2:
        w_start = args_w[1]
    if w_start is None:
        w_start = space.newint(0)
    if space.isinstance_w(w_start, space.w_str):
        raise oefmt(space.w_TypeError,
                    "sum() can't sum strings [use ''.join(seq) instead]")
    if space.isinstance_w(w_start, space.w_bytes):
        raise oefmt(space.w_TypeError,
                    "sum() can't sum bytes [use b''.join(seq) instead]")
    w_iter = space.iter(args_w[0])
    w_total = w_start
    while True:
        # fast paths: a run of machine ints (or of floats) is added
        # without a wrapped intermediate result per item
        if space.type(w_total) is space.w_int and \
                isinstance(w_total, W_IntObject):
            total = w_total.intval
            w_item = None
            while True:
                w_item = _next_or_none(space, w_iter)
                if w_item is None:
                    return space.newint(total)
                if not (isinstance(w_item, W_IntObject) and
                        (space.type(w_item) is space.w_int or
                         space.type(w_item) is space.w_bool)):
                    break
                try:
                    total = ovfcheck(total + w_item.intval)
                except OverflowError:
                    break
            w_total = space.add(space.newint(total), w_item)
            continue
        if space.type(w_total) is space.w_float and \
                isinstance(w_total, W_FloatObject):
            ftotal = w_total.floatval
            w_item = None
            while True:
                w_item = _next_or_none(space, w_iter)
                if w_item is None:
                    return space.newfloat(ftotal)
                if not (isinstance(w_item, W_FloatObject) and
                        space.type(w_item) is space.w_float):
                    break
                ftotal += w_item.floatval
            w_total = space.add(space.newfloat(ftotal), w_item)
            continue
        w_item = _next_or_none(space, w_iter)
        if w_item is None:
            return w_total
        w_total = space.add(w_total, w_item)


def all_(space, w_iterable):
    """Return True if bool(x) is True for all values x in the iterable.

If the iterable is empty, return True."""
    w_iter = space.iter(w_iterable)
    while True:
        w_item = _next_or_none(space, w_iter)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


def any_(space, w_iterable):
    """Return True if bool(x) is True for any x in the iterable.

If the iterable is empty, return False."""
    w_iter = space.iter(w_iterable)
    while True:
        w_item = _next_or_none(space, w_iter)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


# --- round -----------------------------------------------------------

def round_(space, w_number, w_ndigits=None):
    """Round a number to a given precision in decimal digits.

The return value is an integer if ndigits is omitted or None.  Otherwise
the return value has the same type as the number.  ndigits may be
negative."""
    from objspace.std.intobject import W_AbstractIntObject
    from objspace.std.floatobject import W_FloatObject
    if w_ndigits is not None and space.is_w(w_ndigits, space.w_None):
        w_ndigits = None
    w_descr = space.lookup(w_number, '__round__')
    if w_descr is not None:
        if w_ndigits is None:
            return space.get_and_call_function(w_descr, w_number)
        return space.get_and_call_function(w_descr, w_number, w_ndigits)
    # int and float do not define __round__ yet (intobject.py and
    # floatobject.py belong to the numbers work): round them here
    if w_number._tproxy_:
        # a proxied int or float: rounded by its value, read through
        # the controller
        if space.isinstance_w(w_number, space.w_int):
            w_number = space.index(w_number)
        elif space.isinstance_w(w_number, space.w_float):
            w_number = space.float(w_number)
    if isinstance(w_number, W_AbstractIntObject):
        return _round_int(space, w_number, w_ndigits)
    if isinstance(w_number, W_FloatObject):
        return _round_float(space, w_number.floatval, w_ndigits)
    raise oefmt(space.w_TypeError, "type %T doesn't define __round__ method",
                w_number)


def _round_int(space, w_number, w_ndigits):
    from objspace.std.intobject import W_AbstractIntObject
    assert isinstance(w_number, W_AbstractIntObject)
    num = w_number.as_bigint()
    if w_ndigits is None:
        return space.newbigint(num)
    ndigits = space.bigint_w(w_ndigits)
    if ndigits.sign >= 0:
        return space.newbigint(num)
    # round half to even to a multiple of 10 ** -ndigits
    try:
        exponent = ndigits.neg().toint()
    except OverflowError:
        return space.newint(0)
    if exponent > 4 * num.numdigits() * 10 + 20:
        return space.newint(0)     # the power exceeds the number itself
    power = rbigint.fromint(10).pow(rbigint.fromint(exponent))
    quotient, rem = num.divmod(power)    # floor division
    twice = rem.lshift(1)
    if twice.gt(power) or (twice.eq(power) and
                           quotient.int_and_(1).tobool()):
        quotient = quotient.add(rbigint.fromint(1))
    return space.newbigint(quotient.mul(power))


def _round_float(space, value, w_ndigits):
    from objspace.std.intobject import W_IntObject
    if w_ndigits is None:
        if isnan(value):
            raise oefmt(space.w_ValueError,
                        "cannot convert float NaN to integer")
        if isinf(value):
            raise oefmt(space.w_OverflowError,
                        "cannot convert float infinity to integer")
        rounded = round_double(value, 0, half_even=True)
        return space.newbigint(rbigint.fromfloat(rounded))
    w_ndigits = space.index(w_ndigits)
    if isinstance(w_ndigits, W_IntObject):
        ndigits = w_ndigits.intval
    elif space.bigint_w(w_ndigits).sign > 0:
        ndigits = 400
    else:
        ndigits = -400
    if isnan(value) or isinf(value) or value == 0.0:
        return space.newfloat(value)
    # beyond these bounds every double is unchanged, or rounds to zero
    if ndigits > 323:
        return space.newfloat(value)
    if ndigits < -308:
        return space.newfloat(0.0 * value)
    rounded = round_double(value, ndigits, half_even=True)
    if isinf(rounded):
        raise oefmt(space.w_OverflowError,
                    "rounded value too large to represent")
    return space.newfloat(rounded)


# --- bin, oct, hex ---------------------------------------------------

def _format_int(space, w_number, digits, prefix):
    num = space.bigint_w(w_number)
    text = num.abs().format(digits)
    if num.sign < 0:
        return space.newtext('-' + prefix + text)
    return space.newtext(prefix + text)


def bin_(space, w_number):
    """Return the binary representation of an integer.

   >>> bin(2796202)
   '0b1010101010101010101010'"""
    return _format_int(space, space.index(w_number), '01', '0b')


def oct_(space, w_number):
    """Return the octal representation of an integer.

   >>> oct(342391)
   '0o1234567'"""
    return _format_int(space, space.index(w_number), '01234567', '0o')


def hex_(space, w_number):
    """Return the hexadecimal representation of an integer.

   >>> hex(12648430)
   '0xc0ffee'"""
    return _format_int(space, space.index(w_number), '0123456789abcdef',
                       '0x')
