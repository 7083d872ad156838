# AttributeError on a method call of None, inside a function
def shout(text):
    return text.upper() + "!"


print(shout("hi"))
print(shout(None))
