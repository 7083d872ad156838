"""f-strings: building JoinedStr nodes from STRING tokens with an f prefix."""


from __future__ import absolute_import
from interpreter.astcompiler import ast


def build_joined_str(parser, toks, kind):
    parser.not_supported(toks[0], "f-strings")
    return None
