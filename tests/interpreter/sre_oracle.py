"""Runs on CPython 3.11 (python3) for tests/interpreter/test_sre_engine.py:
reads a JSON list of cases [pattern, flags, subjects] (a pattern or subject
that is bytes is given as ["b", list of ints]), compiles each pattern with
CPython's re, and prints, as JSON, the compile arguments for _sre.compile
and the results expected of our engine (null for a pattern that CPython
refuses) (`results`, computed by the same
function that the test runs on our interpreter)."""

import json
import re
import sys
from re import _compiler, _parser


def decode(x):
    if isinstance(x, list):
        return bytes(x[1])
    return x


def encode(x):
    if isinstance(x, bytes):
        return ["b", list(x)]
    if isinstance(x, (list, tuple)):
        return [encode(y) for y in x]
    if isinstance(x, dict):
        return {k: encode(v) for k, v in x.items()}
    return x


def results(p, subjects):
    out = []
    for s in subjects:
        row = []
        for m in (p.match(s), p.search(s), p.fullmatch(s), p.search(s, 1),
                  p.match(s, 1, len(s) - 1)):
            if m is None:
                row.append(None)
            else:
                row.append([m.span(), m.groups(), m.lastindex,
                            m.lastgroup, m.groupdict(),
                            [m.span(i) for i in range(p.groups + 1)]])
        row.append(p.findall(s))
        row.append([m.span() for m in p.finditer(s)])
        row.append(p.split(s))
        row.append(p.split(s, 1))
        empty = s[:0]
        row.append(p.subn(empty + (b'<>' if isinstance(s, bytes)
                                   else '<>'), s))
        row.append(p.sub(lambda m: m.group(0)[::-1], s))
        out.append(row)
    return out


def main():
    cases = json.load(sys.stdin)
    out = []
    for pattern, flags, subjects in cases:
        pattern = decode(pattern)
        subjects = [decode(s) for s in subjects]
        try:
            p = _parser.parse(pattern, flags)
        except re.error:
            out.append(None)        # the fuzzer made an invalid pattern
            continue
        code = _compiler._code(p, flags)
        compiled = re.compile(pattern, flags)
        indexgroup = [None] * p.state.groups
        for k, i in p.state.groupdict.items():
            indexgroup[i] = k
        out.append(encode([pattern, compiled.flags, [int(c) for c in code],
                           p.state.groups - 1, p.state.groupdict,
                           indexgroup, repr(compiled),
                           results(compiled, subjects)]))
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
