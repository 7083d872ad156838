# Unbounded recursion is caught as RecursionError and reported
def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RecursionError as e:
    print("caught:", type(e).__name__)
raise RecursionError("maximum recursion depth exceeded (simulated)")
