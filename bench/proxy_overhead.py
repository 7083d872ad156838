"""Proxy overhead: the same operations on a plain list and dict and on
transparent proxies of them whose controller forwards each operation
(objspace.withtproxy, docs/transparent-proxies.rst).  Argument: the
number of rounds.  Checksum: the sum of the results, which must be the
same either way.  The cost of going through a trivial controller, as a
ratio to the plain operations, goes to stderr.

Without __pypy__.tproxy (CPython, or a pypy-c built with
--no-withtproxy) a Python class with the same special methods stands in
for the proxy, so the checksum can be compared across interpreters.  The
other half of the question -- whether a build with proxies is slower on
programs that use none -- is answered by running the whole of bench/ with
bench/run.py against a pypy-c and a pypy-c-notproxy.
"""

import sys

try:
    from __pypy__ import tproxy
except (ImportError, AttributeError):
    tproxy = None

try:
    from time import perf_counter
except ImportError:         # no time module yet: the checksum only
    def perf_counter():
        return 0.0


class StandIn:
    """What tproxy(type(obj), controller) does, written in Python."""

    def __init__(self, controller):
        self.controller = controller

    def __getitem__(self, key):
        return self.controller('__getitem__', key)

    def __setitem__(self, key, value):
        return self.controller('__setitem__', key, value)

    def __len__(self):
        return self.controller('__len__')

    def __contains__(self, key):
        return self.controller('__contains__', key)

    def __iter__(self):
        return self.controller('__iter__')


def forwarding_proxy(obj):
    def controller(opname, *args):
        return getattr(type(obj), opname)(obj, *args)
    if tproxy is not None:
        return tproxy(type(obj), controller)
    return StandIn(controller)


def work(seq, table, n):
    total = 0
    for i in range(n):
        total += seq[i % 64]
        seq[i % 64] = i & 255
        if (i & 31) in table:
            total += table[i & 31]
        total += len(seq)
    for x in seq:
        total += x
    return total


def timed(seq, table, n):
    start = perf_counter()
    result = work(seq, table, n)
    return result, perf_counter() - start


def main(rounds, only=None):
    """only='plain' or 'proxy' runs one half (for counting instructions
    of each with valgrind: see docs/transparent-proxies.rst)."""
    checksum = 0
    plain_time = proxy_time = 0.0
    for r in range(rounds):
        result = proxied = None
        if only != 'proxy':
            seq = list(range(64))
            table = {k: k * 3 for k in range(0, 32, 2)}
            result, elapsed = timed(seq, table, 2000)
            plain_time += elapsed
        if only != 'plain':
            seq2 = list(range(64))
            table2 = {k: k * 3 for k in range(0, 32, 2)}
            proxied, elapsed = timed(forwarding_proxy(seq2),
                                     forwarding_proxy(table2), 2000)
            proxy_time += elapsed
        if result is None:
            result = proxied
        assert proxied is None or proxied == result
        checksum = (checksum * 31 + result) % 1000000007
    print("proxy_overhead %d" % checksum)
    if plain_time > 0 and proxy_time > 0:
        kind = 'tproxy' if tproxy is not None else 'Python stand-in'
        sys.stderr.write("proxy_overhead: %s %.1fx the plain operations\n"
                         % (kind, proxy_time / plain_time))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20,
     sys.argv[2] if len(sys.argv) > 2 else None)
