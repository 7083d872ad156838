# SyntaxError: a parenthesis that is never closed
print("never runs")
values = [1, 2,
          3
total = sum(values)
