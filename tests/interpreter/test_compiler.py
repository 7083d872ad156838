"""The compiler: code object attributes, stack depth, line numbers,
scopes, and constructs reported as not supported yet."""

from __future__ import absolute_import

import pytest

from interpreter.astcompiler.compiler import compile_source
from interpreter.error import OperationError
from interpreter import opcodes
from tests.support import run_app, raises_app, unwrap


def app(space, source, name=None):
    return unwrap(space, run_app(space, source, name))


def compile(space, source, mode='exec'):
    return compile_source(space, source, '<test>', mode)


def instructions(code):
    result = []
    for i in range(0, len(code.co_code), opcodes.INSTR_SIZE):
        result.append(opcodes.opname[ord(code.co_code[i])])
    return result


def test_module_code(space):
    code = compile(space, "x = 1\ny = x + 2\n")
    assert code.co_name == '<module>'
    assert code.co_names == ['x', 'y']
    assert 'STORE_NAME' in instructions(code)
    assert instructions(code)[-1] == 'RETURN_VALUE'
    assert code.co_stacksize == 2


def test_function_locals_are_fast(space):
    code = compile(space, "def f(a, b=1, *c, d, **e):\n"
                          "    g = a\n    return g\n")
    w_fcode = [w for w in code.co_consts_w
               if w.__class__.__name__ == 'PyCode'][0]
    assert w_fcode.co_varnames == ['a', 'b', 'd', 'c', 'e', 'g']
    assert w_fcode.co_argcount == 2
    assert w_fcode.co_kwonlyargcount == 1
    assert 'LOAD_FAST' in instructions(w_fcode)
    assert 'LOAD_NAME' not in instructions(w_fcode)


def test_globals_in_functions(space):
    assert app(space, "x = 1\ndef f():\n    global x\n    x = 5\n"
                          "f()\nx") == 5
    assert app(space, "x = 1\ndef f():\n    return x + 1\nf()") == 2


def test_line_numbers(space):
    code = compile(space, "a = 1\n\nb = 2\nc = (3 +\n     4)\n")
    assert code.lineno_at(0) == 1
    lines = set(code.lineno_at(i) for i in range(0, len(code.co_code), 4))
    # as CPython 3.11's co_lines(): the line of each part of an expression
    assert lines == set([1, 3, 4, 5])


def test_stack_depth_of_nested_expressions(space):
    code = compile(space, "x = [1, [2, [3, [4]]]]")
    assert code.co_stacksize == 4


def test_constants_are_shared_but_typed(space):
    code = compile(space, "a = 1\nb = 1\nc = 1.0\nd = True")
    reprs = [space.text_w(space.repr(w)) for w in code.co_consts_w]
    assert reprs.count('1') == 1
    assert '1.0' in reprs and 'True' in reprs


@pytest.mark.parametrize('source, message', [
    ("return 1", "'return' outside function"),
    ("break", "'break' outside loop"),
    ("def f(x):\n    global x\n", "name 'x' is parameter and global"),
    ("def f():\n    print(x)\n    global x\n",
     "name 'x' is used prior to global declaration"),
    ("def f():\n    x = 1\n    global x\n",
     "name 'x' is assigned to before global declaration"),
    ("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal"),
    ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
    ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"),
    ("def f():\n    x = 1\n    class A:\n        def g(self):\n"
     "            nonlocal x\n            x = 2\n", None),
    ("class A:\n    x = 1\n    def g(self):\n        nonlocal x\n",
     "no binding for nonlocal 'x' found"),
    ("def f():\n    from os import *\n",
     "import * only allowed at module level"),
    ("yield 1", "'yield' outside function"),
    ("def f():\n    [(yield x) for x in y]\n",
     "'yield' inside list comprehension"),
    ("def f():\n    return ((yield x) for x in y)\n",
     "'yield' inside generator expression"),
    ("[(x := 1) for x in y]", "assignment expression cannot rebind "
     "comprehension iteration variable 'x'"),
    ("class A:\n    [(z := 1) for x in y]\n",
     "assignment expression within a comprehension cannot be used in a "
     "class body"),
    ("[x for x in (y := [1])]", "assignment expression cannot be used in "
     "a comprehension iterable expression"),
    ("a, *b, *c = d", "multiple starred expressions in assignment"),
    ("*a = b", "starred assignment target must be in a list or tuple"),
    ("print(*a if b else c)", None),
    ("x = *a", "can't use starred expression here"),
    ("def f(a, a): pass", "duplicate argument 'a' in function definition"),
])
def test_compile_errors(space, source, message):
    if message is None:
        compile(space, source)      # compiles fine
        return
    with pytest.raises(OperationError) as excinfo:
        compile(space, source)
    operr = excinfo.value
    assert operr.match(space, space.w_SyntaxError)
    assert message in operr.errorstr(space)


def test_syntax_error_attributes(space):
    with pytest.raises(OperationError) as excinfo:
        compile(space, "x = (\n")
    w_value = excinfo.value.get_w_value(space)
    get = lambda name: space.getattr(w_value, space.newtext(name))
    assert space.text_w(get('msg')) == "'(' was never closed"
    assert space.int_w(get('lineno')) == 1
    assert space.int_w(get('offset')) == 5
    assert space.text_w(get('filename')) == '<test>'


def test_try_finally_paths(space):
    source = """
log = []
def f(n):
    for i in [1, 2, 3]:
        try:
            if i == n:
                return i
            if i == 2:
                continue
        finally:
            log.append(i)
    return 0
r = (f(1), f(5), log)
"""
    assert app(space, source, 'r') == (1, 0, [1, 1, 2, 3])


def _code_const(code, name):
    for w in code.co_consts_w:
        if w.__class__.__name__ == 'PyCode' and w.co_name == name:
            return w
    raise KeyError(name)


def test_closure_code_attributes(space):
    code = compile(space, "def f(b, a):\n    c = 1\n"
                          "    def g():\n        return a + b + c\n"
                          "    return g\n")
    f = _code_const(code, 'f')
    g = _code_const(f, 'g')
    assert f.co_cellvars == ['a', 'b', 'c']
    assert f.co_freevars == []
    assert f.co_cell2arg == [1, 0, -1]
    assert g.co_freevars == ['a', 'b', 'c']
    assert 'LOAD_DEREF' in instructions(g)
    assert 'STORE_DEREF' in instructions(f)
    assert 'LOAD_CLOSURE' in instructions(f)


def test_class_body_code(space):
    code = compile(space, "def f():\n    y = 1\n    class A:\n"
                          "        x = y\n        def m(self):\n"
                          "            return super()\n")
    body = _code_const(_code_const(code, 'f'), 'A')
    ops = instructions(body)
    assert body.co_cellvars == ['__class__']
    assert body.co_freevars == ['y']
    assert 'LOAD_CLASSDEREF' in ops
    assert body.co_names[:4] == ['__name__', '__module__', '__qualname__',
                                 'x']
    assert '__classcell__' in body.co_names
    m = _code_const(body, 'm')
    assert m.co_freevars == ['__class__']
    assert m.co_qualname == 'f.<locals>.A.m'


def test_generator_flag_and_stack_depth(space):
    from interpreter.pycode import CO_GENERATOR
    code = compile(space, "def f():\n    x = yield 1\n"
                          "    yield from x\n")
    f = _code_const(code, 'f')
    assert f.co_flags & CO_GENERATOR
    assert 'YIELD_VALUE' in instructions(f)
    assert 'YIELD_FROM' in instructions(f)
    g = _code_const(compile(space, "def g():\n    return 1\n"), 'g')
    assert not g.co_flags & CO_GENERATOR


def test_comprehension_is_a_function(space):
    code = compile(space, "r = [x * y for x in a for y in b if x]")
    comp = _code_const(code, '<listcomp>')
    assert comp.co_varnames[0] == '.0'
    assert comp.co_argcount == 1
    assert 'LIST_APPEND' in instructions(comp)
    assert instructions(code).count('GET_ITER') == 1


def test_run_class_body(space):
    """Class statements with a stand-in for builtins.__build_class__
    (the real one belongs to the class runtime): it runs the body with
    run_class_body and returns (name, bases, namespace)."""
    from interpreter.function import run_class_body
    from interpreter.gateway import interp2app
    from interpreter.nestedscope import W_Cell

    def build_class(space, w_func, w_name, __args__):
        w_ns = space.newdict()
        w_cell = run_class_body(space, w_func, w_ns)
        if isinstance(w_cell, W_Cell):
            w_cell.w_value = w_name
        w_bases = space.newtuple(__args__.arguments_w)
        return space.newtuple([w_name, w_bases, w_ns])

    w_fn = interp2app(build_class, app_name='__build_class__'
                      ).get_function(space)
    w_key = space.newtext('__build_class__')
    w_real = space.finditem(space.w_builtins_dict, w_key)
    space.setitem(space.w_builtins_dict, w_key, w_fn)
    try:
        source = """
def deco(c):
    return c + ('decorated',)
def f(y):
    @deco
    class A(1, *[2, 3]):
        'doc'
        x = y
        z: int = 5
        def m(self):
            return __class__
        def n(self):
            return x
    return A
name, bases, ns, _ = f(42)
r = (name, bases, ns['x'], ns['__qualname__'], ns['__module__'],
     ns['__doc__'], ns['__annotations__'] == {'z': int}, ns['m'](None),
     ns['__classcell__'].cell_contents, ns['n'].__qualname__)
"""
        assert app(space, source, 'r') == (
            u'A', (1, 2, 3), 42, u'f.<locals>.A', u'__main__', u'doc',
            True, u'A', u'A', u'f.<locals>.A.n')
        raises_app(space, 'NameError', """
class B:
    x = 1
    def n(self):
        return x
B[2]['n'](None)
""", match="name 'x' is not defined")
    finally:
        if w_real is None:
            space.delitem(space.w_builtins_dict, w_key)
        else:
            space.setitem(space.w_builtins_dict, w_key, w_real)
