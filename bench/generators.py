"""Generators: pipelines of generator functions and generator
expressions (filtering, mapping, windows, a recursive tree walk, yield
from).  Argument: the number of rounds.  Checksum: the sums."""

import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def tree(depth):
    if depth == 0:
        return None
    return (tree(depth - 1), depth, tree(depth - 1))


def walk(node):
    if node is not None:
        left, value, right = node
        yield from walk(left)
        yield value
        yield from walk(right)


def one_round(r):
    total = sum(squares(evens(numbers(3000 + r))))
    total += sum(a * b - c for a, b, c in windows(numbers(2000), 3))
    total += sum(x for x in walk(tree(10)) if x > 1)
    total += len([y for y in (x * 3 for x in range(2000)) if y % 5 == 1])
    return total


def main(rounds):
    total = 0
    for r in range(rounds):
        total = (total + one_round(r)) % 1000000007
    print("generators %d" % total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 450)
