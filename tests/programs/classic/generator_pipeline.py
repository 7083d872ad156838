# Generator pipelines: read, filter, transform, batch
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def batches(source, size):
    batch = []
    for x in source:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def chain(*sources):
    for s in sources:
        yield from s


for b in batches(squares(evens(numbers(20))), 3):
    print(b)
print(list(chain(range(3), "ab", [None])))
g = (x * 3 for x in range(5))
print(next(g), next(g), list(g))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for i, f in enumerate(fib()):
    if i >= 15:
        break
    out.append(f)
print(out)
