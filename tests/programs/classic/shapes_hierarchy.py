# A class hierarchy with super(), properties, class attributes and repr
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self._width = width
        self.height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._width = value

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def describe(self):
        return "square! " + super().describe()


class Circle(Shape):
    PI = 3.14159

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2


shapes = [Rectangle(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(repr(s), s.describe())
r = shapes[0]
r.width = 10
print(r.area(), Shape.count)
try:
    r.width = -1
except ValueError as e:
    print("error:", e)
print(isinstance(shapes[1], Rectangle), issubclass(Square, Shape))
print(sorted(s.area() for s in shapes))
