x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = 1, 2
[x, y] = [1, 2]
x, = y
a, *b = c
*a, b = c
a, (b, *c), [d] = e
a.b = 1
a[b] = 1
a.b.c[d].e = 1
a[1:2] = x
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
a.b += 1
a[1] += 1
pass
x; y; z
x;
del x
del x, y
del a.b, a[1], (c, d), [e]
del (x)
assert x
assert x, "msg"
import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ... import z
from .... import w
from .a import b
from ..a.b import (c, d as e,)
from a import *
def g():
    global a
    global a, b
raise
raise X
raise X from Y
if x:
    pass
if x:
    pass
else:
    pass
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
if x: pass
while x:
    break
while x:
    continue
else:
    pass
for x in y:
    pass
for x, y in z:
    pass
else:
    pass
for (x, y) in z: pass
for x in 1, 2, 3: pass
for x[0] in y: pass
for x.a, *b in c: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with a as (b, c):
    pass
with a as b.c, d as e[0]: pass
with (a, b): pass
with (a): pass
if x:
    if y:
        pass
    else:
        pass
# trailing comment
