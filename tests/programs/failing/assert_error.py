# AssertionError with and without a message
def check(n):
    assert n >= 0, "negative: %d" % n
    return n


print(check(1))
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e))
check(-5)
