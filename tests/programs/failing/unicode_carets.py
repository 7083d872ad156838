# Carets count characters, not bytes, on a line with non-ASCII text
def greet(names):
    return "héllo " + names["ünïcode"] + "!"


print(greet({"ünïcode": "wörld"}))
print(greet({}))
