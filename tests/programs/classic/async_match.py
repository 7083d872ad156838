# coroutines driven by hand, and a match over their results
class Tick:
    def __await__(self):
        return (yield 'tick')


async def countdown(n):
    while n:
        await Tick()
        yield n
        n -= 1


async def main():
    out = []
    async for i in countdown(3):
        match i:
            case 3:
                out.append('three')
            case 1 | 2 as small:
                out.append(small)
    return out


coro = main()
ticks = 0
while True:
    try:
        assert coro.send(None) == 'tick'
        ticks += 1
    except StopIteration as e:
        print(e.value, ticks)
        break
