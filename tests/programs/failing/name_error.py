# NameError at module level after some output
print("before")
total = 0
for i in range(3):
    total += i
print(total)
print(undefined_name + 1)
