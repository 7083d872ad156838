# raise SystemExit from a nested function, status 42
def leave():
    raise SystemExit(42)


try:
    leave()
finally:
    print("finally runs")
