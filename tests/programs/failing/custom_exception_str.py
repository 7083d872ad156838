# A custom exception with its own __str__ and no arguments
class Oops(Exception):
    def __str__(self):
        return "oops happened"


class Empty(Exception):
    pass


try:
    raise Empty()
except Empty as e:
    print(repr(e), repr(str(e)))
raise Oops
