# raise ... from None hides the context
def convert(x):
    try:
        return int(x)
    except ValueError:
        raise TypeError("not a number: %r" % (x,)) from None


print(convert("5"))
convert("five")
