# An exception in __init__ while instantiating, through a property
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
        self.check()

    @property
    def kelvin(self):
        return self.celsius + 273.15

    def check(self):
        if self.kelvin < 0:
            raise ValueError("below absolute zero: %r" % (self.celsius,))


print(Temperature(20).kelvin)
t = Temperature(-300)
