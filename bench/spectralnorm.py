"""Spectral norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1),
by the power method on A^T A.  Float division and nested loops over
lists.  Argument: the size of the truncated matrix."""

import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out.append(s)
    return out


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atv(mul_av(u, n), n)
        u = mul_atv(mul_av(v, n), n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("spectralnorm %.9f" % ((vbv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 320)
