# exactly 4 identical entries (one repeat), then 3 (none), then an
# entry that differs only by line
def a(n):
    if n == 0:
        return b(3)
    return a(n - 1)


def b(n):
    if n == 0:
        raise KeyError('end')
    if n == 1:
        return b(n - 1)
    return b(n - 1)


a(4)
