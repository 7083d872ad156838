def f(n):
    if n == 0:
        raise ValueError('deep')
    return f(n - 1)
def g():
    return f(10)
g()
