# Exceptions inside a lambda called from a comprehension
double = lambda v: v * 2 - None
print([i * i for i in range(4)])
print([double(i) for i in range(3)])
