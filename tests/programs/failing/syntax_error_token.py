# SyntaxError: a stray token in the middle of a statement
print("a" "b")
total = 1 2
