# add_note: notes are printed after the exception line
def step(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        e.add_note("while running step %d" % n)
        e.add_note("the divisor came from the input")
        raise


print(step(5))
step(0)
