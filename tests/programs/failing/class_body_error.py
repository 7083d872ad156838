# An exception raised while a class body runs
print("start")


class Broken:
    x = 1
    y = x + "one"


print("never")
