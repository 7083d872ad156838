# Memory: a million instances of a class with three attributes, all
# alive at once (see docs/performance.rst).  A while loop rather than
# range(), so that it runs on early binaries too.
class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


points = []
i = 0
while i < 1000000:
    points.append(Point(i, i + 1, i + 2))
    i += 1
last = points[-1]
print(len(points), last.x + last.y + last.z)
