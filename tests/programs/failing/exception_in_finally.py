# An exception raised in a finally block while another propagates
def work():
    try:
        raise ValueError("primary")
    finally:
        print("cleanup")
        {}["missing"]


work()
