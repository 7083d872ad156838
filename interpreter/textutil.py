"""Small RPython helpers on interp-level byte strings."""

from __future__ import absolute_import

WHITESPACE = ' \t\n\r\x0b\x0c'


def strip_whitespace(s):
    """s without leading and trailing ASCII white space."""
    start = 0
    end = len(s)
    while start < end and s[start] in WHITESPACE:
        start += 1
    while end > start and s[end - 1] in WHITESPACE:
        end -= 1
    assert end >= 0
    return s[start:end]
