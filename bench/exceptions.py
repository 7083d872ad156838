"""Exceptions: raising and catching at several depths, user exception
classes with attributes, try/finally, exception chaining, else clauses
and re-raising.  Argument: the number of rounds.  Checksum: counts."""

import sys


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(table, key, depth):
    if depth > 0:
        return lookup(table, key, depth - 1)
    try:
        return table[key]
    except KeyError:
        raise NotFound(len(key))


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        raise AppError(a) from e
    finally:
        pass


def one_round(r):
    table = {'k%d' % i: i for i in range(50)}
    found = missing = chained = other = 0
    for i in range(400):
        key = 'k%d' % ((i * 7 + r) % 80)
        try:
            found += lookup(table, key, i % 4)
        except NotFound as e:
            missing += e.code
        else:
            found += 1
        try:
            checked_div(i, i % 5)
        except AppError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                chained += e.code
        try:
            try:
                int('x%d' % i)
            except ValueError:
                raise
        except (TypeError, ValueError):
            other += 1
    return found + missing * 3 + chained * 5 + other * 7


def main(rounds):
    total = 0
    for r in range(rounds):
        total = (total * 31 + one_round(r)) % 1000000007
    print("exceptions %d" % total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
