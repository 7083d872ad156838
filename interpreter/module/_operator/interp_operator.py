"""`_operator._compare_digest`: the comparison of secrets that hmac and
secrets use.  (The rest of operator comes from CPython's operator.py.)"""

from __future__ import absolute_import

from interpreter.error import oefmt
from objspace.std.memoryviewobject import buffer_bytes_w

# CPython's, which operator.py takes as its own
_DOC = """Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""


def module_doc(space):
    return space.newtext(_DOC)


def _equal_in_constant_time(a, b):
    """Whether a == b, in a time that depends only on len(b): every
    byte is looked at, whatever the first difference."""
    result = len(a) ^ len(b)
    if len(a) != len(b):
        a = b
    for i in range(len(b)):
        result |= ord(a[i]) ^ ord(b[i])
    return result == 0


def _ascii_bytes(space, w_str):
    text = space.text_w(w_str)
    for c in text:
        if ord(c) >= 0x80:
            raise oefmt(space.w_TypeError, "comparing strings with "
                        "non-ASCII characters is not supported")
    return text


def compare_digest(space, w_a, w_b):
    """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""
    if (space.isinstance_w(w_a, space.w_str) and
            space.isinstance_w(w_b, space.w_str)):
        a = _ascii_bytes(space, w_a)
        b = _ascii_bytes(space, w_b)
    else:
        a = buffer_bytes_w(space, w_a)
        b = buffer_bytes_w(space, w_b)
        for w_x, x in [(w_a, a), (w_b, b)]:
            if x is None and space.isinstance_w(w_x, space.w_str):
                raise oefmt(space.w_TypeError,
                            "a bytes-like object is required, not '%T'", w_x)
        if a is None or b is None:
            raise oefmt(space.w_TypeError, "unsupported operand types(s) or "
                        "combination of types: '%T' and '%T'", w_a, w_b)
    return space.newbool(_equal_in_constant_time(a, b))
