# Exceptions whose contexts form a cycle are printed once each
a = ValueError("first")
b = TypeError("second")
a.__context__ = b
try:
    raise a
except ValueError:
    try:
        raise b
    except TypeError as e:
        e.__context__ = a
        raise
