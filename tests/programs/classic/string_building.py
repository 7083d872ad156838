# Building strings: join, formatting, f-strings, a text table
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
header = "name".ljust(8) + "qty".rjust(5) + "price".rjust(8)
lines = [header, "-" * len(header)]
for name, qty, price in rows:
    lines.append(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
print("\n".join(lines))
total = sum(q * p for _, q, p in rows)
print(f"total: {total:.2f} for {len(rows)} items")
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words))
print("-".join(reversed(words)))
acronym = "".join(w[0].upper() for w in words)
print(acronym, len(acronym))
s = ""
for i in range(5):
    s += str(i) * i
print(repr(s))
print("%s has %d letters, %r" % ("word", 4, "quoted"))
print("a,b,,c".split(","), "  padded  ".strip(), "x".center(5, "*"))
print(str(3.5) + "/" + repr("it's") + "/" + str([1, "two"]))
