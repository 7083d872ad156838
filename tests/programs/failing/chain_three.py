# Three exceptions chained by context and cause
def a():
    return 1 // 0


def b():
    try:
        a()
    except ZeroDivisionError:
        [][1]


def c():
    try:
        b()
    except IndexError as e:
        raise LookupError("from c") from e


try:
    c()
except LookupError:
    raise ValueError("last")
