"""sys.get_int_max_str_digits() and sys.set_int_max_str_digits(): the
limit of Python 3.11 on the number of decimal digits that int() parses
and str() produces (space.int_max_str_digits, 0 meaning no limit)."""

from __future__ import absolute_import
from interpreter.error import oefmt
from interpreter.gateway import unwrap_spec

# the smallest limit CPython accepts (sys.int_info.str_digits_check_threshold)
CHECK_THRESHOLD = 640


def get_int_max_str_digits(space):
    """Return the maximum string digits limit for non-binary int<->str
    conversions."""
    return space.newint(space.int_max_str_digits)


@unwrap_spec(maxdigits=int)
def set_int_max_str_digits(space, maxdigits):
    """Set the maximum string digits limit for non-binary int<->str
    conversions."""
    if maxdigits != 0 and maxdigits < CHECK_THRESHOLD:
        raise oefmt(space.w_ValueError,
                    "maxdigits must be 0 or larger than %d", CHECK_THRESHOLD)
    space.int_max_str_digits = maxdigits
