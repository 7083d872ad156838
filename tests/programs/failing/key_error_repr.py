# KeyError shows the repr of the key; the subscript gets ~ and ^ carets
table = {"one": 1, "two": 2}
print(table["one"])
key = "thr" + "ee"
print(table[key])
