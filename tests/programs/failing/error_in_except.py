# An exception raised while handling another: both are printed
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


print(parse("12"))
fallback = {}
print(parse("twelve"))
