# SyntaxError: an invalid assignment target
x = 1
x + 1 = 2
