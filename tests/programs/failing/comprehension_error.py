# An exception inside a dict comprehension and a generator expression
words = ["apple", "kiwi", "fig"]
print({w: len(w) for w in words})
print(sum(len(w) for w in words))
print({w: 10 // (len(w) - 3) for w in words})
