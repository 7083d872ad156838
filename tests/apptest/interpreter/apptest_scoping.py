"""Scoping rules: local, global (explicit and implicit), class scopes
that do not enclose methods, qualified names."""

counter = 0
shadowed = 'global'


def test_explicit_global():
    global counter
    counter = 5
    assert counter == 5
    def g():
        return counter
    assert g() == 5


def test_implicit_global_through_inner_function():
    def f():
        def g():
            return shadowed
        return g()
    assert f() == 'global'


def test_global_in_enclosing_function_is_global_in_inner():
    def f():
        global shadowed2
        shadowed2 = 'x'
        def g():
            return shadowed2
        return g()
    assert f() == 'x'
    assert shadowed2 == 'x'


def test_unbound_local():
    def f():
        try:
            print(shadowed)
        except UnboundLocalError as e:
            return str(e)
        shadowed = 1
    assert f() == ("cannot access local variable 'shadowed' where it is "
                   "not associated with a value")


def test_comprehension_does_not_leak():
    x = 'outer'
    r = [x for x in 'ab']
    assert x == 'outer'
    assert r == ['a', 'b']


def test_comprehension_sees_enclosing_locals():
    k = 10
    assert [i + k for i in [1, 2]] == [11, 12]


def test_qualnames():
    def f():
        def g():
            pass
        return g
    assert f.__qualname__ == 'test_qualnames.<locals>.f'
    assert f().__qualname__ == 'test_qualnames.<locals>.f.<locals>.g'
    assert (lambda: 0).__qualname__ == 'test_qualnames.<locals>.<lambda>'


def test_global_function_qualname():
    def f():
        global gfunc
        def gfunc():
            pass
    f()
    assert gfunc.__qualname__ == 'gfunc'


def test_syntax_errors():
    cases = [
        ("def f(x):\n    global x\n", "name 'x' is parameter and global"),
        ("def f():\n    x = 1\n    global x\n",
         "name 'x' is assigned to before global declaration"),
        ("def f():\n    print(x)\n    global x\n",
         "name 'x' is used prior to global declaration"),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"),
        ("def f():\n    global x\n    nonlocal x\n",
         "name 'x' is nonlocal and global"),
        ("def f():\n    from os import *\n",
         "import * only allowed at module level"),
    ]
    for source, message in cases:
        try:
            compile(source, '<s>', 'exec')
        except SyntaxError as e:
            assert e.msg == message, (source, e.msg)
        else:
            assert False, source


def test_walrus_binds_in_function():
    def f():
        [y := v for v in [1, 2, 3]]
        return y
    assert f() == 3
    if (n := 4) > 3:
        assert n == 4


def test_walrus_in_nested_comprehension():
    def f():
        r = [[(last := a * b) for a in [1, 2]] for b in [3, 4]]
        return r, last
    assert f() == ([[3, 6], [4, 8]], 8)


def test_function_annotations_not_evaluated_locally():
    def f():
        x: undefined_name_never_evaluated
        y: int = 3
        return y
    assert f() == 3

    def g(a: int, *b: str, c: 'c' = 1, **d: float) -> list:
        pass
    assert g.__annotations__ == {'a': int, 'b': str, 'c': 'c', 'd': float,
                                 'return': list}


def test_module_annotations():
    ns = {}
    exec("x: int = 1\ny: str\n(z): float = 2\n", ns)
    assert ns['__annotations__'] == {'x': int, 'y': str}
    assert ns['x'] == 1 and ns['z'] == 2
    assert 'y' not in ns


def test_import_star():
    ns = {}
    exec("from sys import *", ns)
    assert 'path' in ns
    for name in ns:
        assert name == '__builtins__' or not name.startswith('_')


def test_docstrings():
    def f():
        "the doc"
        return 1
    assert f.__doc__ == 'the doc'
    def g():
        return 1
    assert g.__doc__ is None
    ns = {}
    exec('"module doc"\nx = 1\n', ns)
    assert ns['__doc__'] == 'module doc'
