# Recursion: factorial, Hanoi, permutations, flatten, Ackermann
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(factorial(20), factorial(30))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:3])
print(permutations([1, 2, 3]))
print(flatten([1, [2, [3, [4, 5]], 6], [[7]]]))
print(ackermann(2, 3))
