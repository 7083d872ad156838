"""Closures: cells shared between a function and the functions nested in
it, nonlocal, __closure__, co_freevars/co_cellvars, unbound cells."""


def test_simple_closure():
    def make_adder(n):
        def add(x):
            return x + n
        return add
    assert make_adder(3)(4) == 7
    assert make_adder(10)(1) == 11


def test_cell_is_shared_and_late_bound():
    def outer():
        fs = []
        for i in [1, 2, 3]:
            fs.append(lambda: i)
        return fs
    assert [f() for f in outer()] == [3, 3, 3]


def test_nonlocal_counter():
    def counter():
        count = 0
        def inc(step=1):
            nonlocal count
            count += step
            return count
        return inc
    c = counter()
    c()
    c()
    assert c(10) == 12
    assert counter()() == 1


def test_three_levels():
    def a():
        x = 'a'
        def b():
            def c():
                return x
            return c
        return b()()
    assert a() == 'a'


def test_parameter_in_cell():
    def f(a, b=2, *args, c, **kw):
        def g():
            return (a, b, args, c, kw)
        a = a + 1
        return g()
    assert f(1, c=3, d=4) == (2, 2, (), 3, {'d': 4})


def test_closure_attributes():
    def f():
        y = 5
        z = 6
        def g():
            return y + z
        return g
    g = f()
    assert len(g.__closure__) == 2
    assert g.__closure__[0].cell_contents == 5
    assert g.__code__.co_freevars == ('y', 'z')
    assert f.__code__.co_cellvars == ('y', 'z')
    assert f.__closure__ is None


def test_unbound_free_variable():
    def f():
        def g():
            return x
        try:
            g()
        except NameError as e:
            msg = str(e)
        x = 1
        return msg
    assert f() == ("cannot access free variable 'x' where it is not "
                   "associated with a value in enclosing scope")


def test_unbound_cell_variable():
    def f():
        def g():
            return x
        try:
            print(x)
        except UnboundLocalError as e:
            return str(e)
        x = 1
    assert f() == ("cannot access local variable 'x' where it is not "
                   "associated with a value")


def test_del_of_cell_and_free():
    def f():
        x = 1
        def g():
            nonlocal x
            del x
        g()
        try:
            return x
        except NameError as e:
            return type(e).__name__
    assert f() == 'UnboundLocalError'


def test_nonlocal_in_nested_def_sees_rebinding():
    def f():
        v = 1
        def set_v(n):
            nonlocal v
            v = n
        set_v(7)
        return v
    assert f() == 7


def test_locals_include_free_variables():
    def f():
        a = 1
        def g():
            return locals()
        return g
    assert f()() == {}

    def h():
        a = 1
        def g():
            a
            return locals()
        return g
    assert h()() == {'a': 1}


def test_recursive_inner_function():
    def f(n):
        def fact(k):
            if k <= 1:
                return 1
            return k * fact(k - 1)
        return fact(n)
    assert f(5) == 120
