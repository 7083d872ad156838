# TypeErrors of operators, with the carets under the operator
def combine(a, b):
    label = "total: "
    return label + a * b + 1


print(combine("x", 3))
print(combine(2, 3))
