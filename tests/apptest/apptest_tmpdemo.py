"""demo"""

def helper(x):
    return 10 // x

def test_pass():
    x = 1 + 1

def test_fail():
    y = 0
    helper(y)

def test_assert():
    a = [1, 2]
    len(a) / 0
