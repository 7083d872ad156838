# Dict and list algorithms: word counts, grouping, inversion, memo
text = """one fish two fish red fish blue fish
black fish blue fish old fish new fish"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
by_count = {}
for word, n in counts.items():
    by_count.setdefault(n, []).append(word)
for n in sorted(by_count):
    print(n, sorted(by_count[n]))
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverse)
memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


print(fib(80), len(memo))
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
pairs = list(zip("abc", range(3)))
print(pairs, dict(pairs))
d = {"x": 1}
d.update(y=2)
del d["x"]
print(d, "x" in d, list(d.keys()), list(d.values()))
