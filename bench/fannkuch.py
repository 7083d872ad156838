"""Fannkuch-redux: every permutation of 1..n (in the order of a
counting scheme), the number of prefix reversals ("pancake flips") until
1 comes first.  List slicing and small-int arithmetic.  Argument: n.
Checksum: the alternating checksum and the maximum number of flips."""

import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            k = first
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        # the next permutation: rotate prefixes until a counter is left
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    checksum, flips = fannkuch(n)
    print("fannkuch %d %d" % (checksum, flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
