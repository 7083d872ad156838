# A bit of every Python 3.11 construct the front end supports.
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ...pkg.mod import (a, b as c,
                        d,)
from mod import *
global_var: int
global_var = 1
annotated: "list[int]" = []
(paren): int = 1
obj.attr: int = 2
obj[0]: int = 3
x = y = z = 0
a, b = b, a
[a, b] = c
(a, *rest) = seq
*init, last = seq
a, (b, c) = d
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
obj.attr += 1
obj[i] -= 1
del x, obj.attr, obj[0], (a, b), [c]
assert x, "message"
assert x
pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while True:
    break
else:
    pass
for i in range(10):
    continue
else:
    pass
for k, v in items: pass
for (a, b), *c in things: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise RuntimeError("x") from e
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with open(f) as fh, lock:
    pass
with (open(f) as fh,
      open(g) as gh,):
    pass
with (a, b):
    pass
with a as (b, c):
    pass
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """docstring"""
    global G
    nonlocal_target = 1
    def inner():
        nonlocal nonlocal_target
        nonlocal_target = 2
    yield
    yield 1
    yield 1, 2
    x = yield from g()
    return
def posonly(a, /): pass
def kwonly(*, a, b=2): pass
def annotated(a: int, *args: str, b: "x" = 1, **kw: float) -> None: pass
def star_annotation(*args: *Ts): pass
@decorator
@decorator.attr(arg)
@(lambda f: f)
@x[0] if y else z
class K(Base, metaclass=Meta, **kw):
    x = 1
    def method(self): return self.x
class Empty: pass
class WithArgs(*bases): ...
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda a, /, b: a
x = lambda *, a: a
x = a if b else c
x = a or b and not c
x = a < b <= c == d != e > f >= g is h is not i in j not in k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n
x = ~a + (+b) - (-c)
x = a ** b ** c
x = -a ** b
x = await_ = 1
def gen():
    x = (yield)
x = [1, 2, *a, 3]
x = (1,)
x = ()
x = {1, 2, *a}
x = {1: 2, **d, 3: 4}
x = {}
x = a[1:2, ::3, ...]
x = a[b:c:d]
x = a[:]
x = a[*b]
x = a[1, *b]
x = f(a, *b, c=d, **e)
x = f(a for a in b)
x = f(*a, *b, **c, **d)
x = f(a)(b)[c].d
x = 1_000_000 + 0x_FF + 0o17 + 0b1010 + 1.5e-3 + 1J + .5 + 5. + 1e10
x = True, False, None, ...
x = 'str' 'more' if 0 else b'bytes' b'more'
if (n := len(a)) > 10: pass
while chunk := read(): pass
[y := f(x), y ** 2]
print(x, end='')
match = 1
case = 2
_ = 3
type = 4
match(x)
