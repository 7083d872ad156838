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
    assert lines == set([1, 3, 4])


def test_stack_depth_of_nested_expressions(space):
    code = compile(space, "x = [1, [2, [3, [4]]]]")
    assert code.co_stacksize == 4


def test_constants_are_shared_but_typed(space):
    code = compile(space, "a = 1\nb = 1\nc = 1.0\nd = True")
    reprs = [space.text_w(space.repr(w)) for w in code.co_consts_w]
    assert reprs.count('1') == 1
    assert '1.0' in reprs and 'True' in reprs


@pytest.mark.parametrize('source, message', [
    ("class A: pass", "'class' statements are not supported yet"),
    ("def f():\n    x = 1\n    def g():\n        return x\n",
     "closures"),
    ("lambda: 0", "lambda is not supported yet"),
    ("[x for x in y]", "list comprehensions are not supported yet"),
    ("return 1", "'return' outside function"),
    ("break", "'break' outside loop"),
])
def test_compile_errors(space, source, message):
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
