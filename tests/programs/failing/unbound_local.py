# UnboundLocalError: a local read before assignment
counter = 0


def bump():
    counter += 1
    return counter


bump()
