# operators, precedence and associativity
x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
y = 2 ** 3 ** 4
z = -2 ** -3
w = ~a + +b - -c
a | b ^ c & d << 1 >> 2
a << b + c
(a + b) * c
a - b - c - d
not a and b or c and not d
a or b or c
a and b and c or d
not not a
a < b < c
a == b != c <= d >= e > f
a in b not in c is d is not e
x if y else z if w else v
(lambda: 1)()
f()
f(a)
f(a, b)
f(a, b=1)
f(*args)
f(**kwargs)
f(a, *b, c, d=1, *e, **f)
f(a)(b)(c)
a.b.c.d
a[1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1, 2]
a[1:2, 3]
a[1:2, ::3, ...]
a[b][c]
a.b[c].d(e)
[]
[1]
[1, 2, 3]
[1, 2, 3,]
()
(1,)
(1, 2)
(1, 2,)
{}
{1: 2}
{1: 2, 3: 4,}
{1}
{1, 2, 3}
1, 2
x = 1,
...
None
True
False
0
123
1_000_000
0x1F
0XfF
0o17
0b1010
0b_1
0_0
00
1.5
1.
.5
1e10
1E-5
1.5e+3
1_0.0_1
1j
1.5j
1e3J
0j
10000000000000000000000000000000000000000
1e400
0.1
3.14159
x = (a)
x = ((a))
x = (a, b)
a if b else c
f(x)[y].z
-x
+x
~x
-1
x = yield_ = 3
