"""List, set and dict comprehensions, generator expressions, lambda."""


def test_list_comprehension():
    assert [x * 2 for x in [1, 2, 3]] == [2, 4, 6]
    assert [x for x in [1, 2, 3, 4] if x % 2 if x > 1] == [3]
    assert [(x, y) for x in 'ab' for y in [1, 2]] == [
        ('a', 1), ('a', 2), ('b', 1), ('b', 2)]
    assert [[y for y in [x, x]] for x in [1, 2]] == [[1, 1], [2, 2]]


def test_dict_comprehension():
    assert {k: v for k, v in [('a', 1), ('b', 2)]} == {'a': 1, 'b': 2}
    assert {x: x * x for x in [1, 2, 3] if x != 2} == {1: 1, 3: 9}


def test_first_iterable_evaluated_outside():
    log = []
    def it(name, values):
        log.append(name)
        return values
    g = (x for x in it('outer', [1, 2]) for y in it('inner', [0]))
    assert log == ['outer']
    assert list(g) == [1, 2]
    assert log == ['outer', 'inner', 'inner']


def test_generator_expression():
    g = (x * x for x in [1, 2, 3])
    assert next(g) == 1
    assert list(g) == [4, 9]
    assert list(x for x in [1, 2, 3] if x > 1) == [2, 3]
    assert type(g).__name__ == 'generator'
    assert g.__name__ == '<genexpr>'


def test_comprehension_in_class_body_skips_class_scope():
    # class-level names are not visible inside the comprehension
    ns = {}
    exec("""
y = 'global'
def build():
    class_ns = {}
    exec('''
y = "class"
r = [y for _ in [1]]
''', None, class_ns)
    return class_ns['r']
""", ns)
    assert ns['build']() == ['global']


def test_lambda():
    f = lambda x, y=10, *a, k=1, **kw: (x, y, a, k, kw)
    assert f(1) == (1, 10, (), 1, {})
    assert f(1, 2, 3, k=4, z=5) == (1, 2, (3,), 4, {'z': 5})
    assert f.__name__ == '<lambda>'
    assert (lambda: (yield 1))().__next__() == 1


def test_lambda_closure():
    def f(n):
        return lambda x: x + n
    assert f(5)(1) == 6


def test_comprehension_closure():
    def f():
        n = 3
        return [lambda: i * n for i in [1, 2]]
    assert [g() for g in f()] == [6, 6]
