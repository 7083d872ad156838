# async functions, await, async for/with, async comprehensions
async def f(a, *, b=1) -> int:
    await a
    x = await a.b(c) ** 2
    async for i, j in aiter():
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    return [x async for x in y if await x]

@deco
async def g():
    yield 1
    r = {k: v async for k, v in items}
    s = (await x for x in y)
    await (yield)

class C:
    async def m(self):
        return await super().m()

try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    pass
else:
    pass
finally:
    pass

# match statements: every kind of pattern
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_, last]:
        pass
    case _:
        pass

match x:
    case 1 | -2 | 3.5 | 1 + 2j | -1 - 2j | "s" "t" | b"b":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case (1, 2) | (3,) | () | [] | (1, *_) | (*_,):
        pass
    case {"x": 1, 2: y, a.b: _, **rest}:
        pass
    case {}:
        pass
    case {**kw}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3) | mod.Point():
        pass
    case P(a as b, c=(d as e)):
        pass
    case (1 | 2) as c if c > 0:
        pass
    case [a, b,] if a:
        pass
    case 1, 2:
        pass
    case *a, b:
        pass

match a, *b:
    case x:
        pass

match (x):
    case y if (z := y):
        pass

# soft keywords as names
match = 1
case = 2
_ = 3
match.foo = match(case)
match[1]
print(match, case, _)
def match(case): return case

match ...:
    case _:
        pass

match -x, ~y, +z:
    case [a, b, c]:
        pass
