def f():
    pass
def f(a):
    return
def f(a, b):
    return a
def f(a, b=1):
    return a, b
def f(*args):
    pass
def f(**kwargs):
    pass
def f(a, b=1, *args, c, d=2, **kwargs):
    pass
def f(a, /, b, *, c):
    pass
def f(a, b=1, /, c=2):
    pass
def f(*, a, b=2):
    pass
def f(a: int, b: str = "x", *c: list, d: dict, **e: set) -> None:
    pass
def f(a,):
    pass
def f(a, b,):
    pass
def f(*a, b,): pass
@dec
def f():
    pass
@dec1
@dec2(x)
@a.b.c
def f():
    pass
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
class A:
    pass
class A():
    pass
class A(B):
    x = 1
    def m(self):
        return self.x
class A(B, C, metaclass=M, **kw):
    pass
@dec
class A:
    "doc"
def f():
    """docstring"""
    return 1
class A(*bases): pass
def f(): return 1
lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *a, **k: 0
lambda x, /, y, *, z: 0
lambda *, a: a
f = lambda: (yield)
def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield y
    yield from z
    await_ = 1
