[x for x in y]
[x for x in y if x]
[x for x in y if x if z]
[x for x in y for z in x]
[(x, y) for x, y in z]
[x for x, in y]
{x for x in y}
{x: y for x, y in z}
{x: y for x in z if x for y in x}
(x for x in y)
f(x for x in y)
f((x for x in y), 1)
sum(x * 2 for x in range(10) if x % 2)
[x for x in (y for y in z)]
[[y for y in x] for x in z]
[*a, *b]
(*a, b)
{*a, *b}
{**a, 'b': 1, **c}
f(*a, *b, **c, **d)
print(*a, sep='')
(x := 1)
if (n := len(a)) > 10: pass
while (line := f()): pass
[y := f(x), y**2]
f(x := 1)
a[x := 1]
[x for x in y if (z := x)]
x: int
x: int = 1
a.b: int
a[0]: int = 2
(x): int = 3
x: list[int] = []
