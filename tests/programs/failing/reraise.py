# A bare raise re-raises the exception being handled, with its traceback
def risky(n):
    if n > 2:
        raise RuntimeError("n too big: %d" % n)
    return n


def run():
    for n in range(5):
        try:
            print(risky(n))
        except RuntimeError:
            print("cleaning up")
            raise


run()
