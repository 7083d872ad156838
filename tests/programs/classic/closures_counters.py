# Closures: counters, accumulators and late binding
def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_accumulators():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    def reset():
        total.clear()
    return add, reset


c1 = make_counter()
c2 = make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)])
add, reset = make_accumulators()
print(add(1), add(2), add(3))
reset()
print(add(10))
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
