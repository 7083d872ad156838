# Text statistics with sets, sorting by keys and tuples
poem = """Tyger Tyger, burning bright,
In the forests of the night;
What immortal hand or eye,
Could frame thy fearful symmetry?"""
lines = poem.split("\n")
print(len(lines), [len(line) for line in lines])
words = []
for line in lines:
    for w in line.split():
        words.append(w.strip(",;?").lower())
print(len(words), len(set(words)))
longest = sorted(words, key=len, reverse=True)[:3]
print(longest)
letters = {}
for ch in poem.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
vowels = set("aeiou")
print(sorted(vowels & set(poem.lower())), min(words), max(words))
print([w for w in words if w.startswith("t")])
