# KeyError with a tuple key and an empty-string key
d = {(1, 2): "x"}
print(d[1, 2])
try:
    d[""]
except KeyError as e:
    print(repr(e), str(e))
d[(3, 4)]
