# apptest: pypy-only
"""lib_pypy/dis.py and opcode.py describe our bytecode (not CPython's)."""

import dis
import opcode


class Output:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def sample(a, b=1):
    if a:
        return a + b
    return [x for x in b]


def test_opcode_tables():
    assert opcode.opname[opcode.opmap['LOAD_FAST']] == 'LOAD_FAST'
    assert opcode.opmap['POP_JUMP_IF_FALSE'] in opcode.hasjabs
    assert opcode.opmap['LOAD_CONST'] in opcode.hasconst
    assert opcode.opmap['RETURN_VALUE'] not in opcode.hasarg
    assert opcode.stack_effect(opcode.opmap['BUILD_TUPLE'], 3) == -2
    assert opcode.stack_effect(opcode.opmap['FOR_ITER'], 0, jump=True) == -1


def test_get_instructions():
    instrs = list(dis.get_instructions(sample))
    names = [i.opname for i in instrs]
    assert names[:5] == ['LOAD_FAST', 'POP_JUMP_IF_FALSE', 'LOAD_FAST',
                         'LOAD_FAST', 'BINARY_ADD']
    assert instrs[0].argval == 'a'
    assert instrs[0].starts_line == sample.__code__.co_firstlineno + 1
    jump = instrs[1]
    target = [i for i in instrs if i.offset == jump.argval][0]
    assert target.is_jump_target
    assert [i.offset for i in instrs] == list(range(0, 4 * len(instrs), 4))


def test_dis_output():
    out = Output()
    dis.dis(sample, file=out)
    text = ''.join(out.parts)
    assert 'LOAD_FAST' in text and '(a)' in text
    assert 'Disassembly of <code object <listcomp>' in text
    assert 'BINARY_ADD' in text


def test_code_info_flags():
    async def co():
        pass
    assert 'COROUTINE' in dis.code_info(co)
    assert dis.pretty_flags(0x23) == 'OPTIMIZED, NEWLOCALS, GENERATOR'
    assert dis.COMPILER_FLAG_NAMES[512] == 'ASYNC_GENERATOR'


def test_findlinestarts():
    starts = list(dis.findlinestarts(sample.__code__))
    first = sample.__code__.co_firstlineno
    assert starts[0] == (0, first + 1)
    assert [line for _, line in starts] == [first + 1, first + 2, first + 3]


def test_find_imports():
    code = compile('import os\nfrom a.b import c as d\n', '<s>', 'exec')
    assert list(dis._find_imports(code)) == [('os', 0, None),
                                             ('a.b', 0, ('c',))]
    assert list(dis._find_store_names(code)) == ['os', 'd']


def _method_call(obj):
    return obj.meth(1, 2)


def test_method_calls_compile_to_load_method():
    names = [i.opname for i in dis.get_instructions(_method_call)]
    assert names[:6] == ['LOAD_FAST', 'LOAD_METHOD', 'LOAD_CONST',
                         'LOAD_CONST', 'CALL_METHOD', 'RETURN_VALUE']
    load = list(dis.get_instructions(_method_call))[1]
    assert load.argval == 'meth'
    assert opcode.stack_effect(opcode.opmap['LOAD_METHOD'], 0) == 1
    assert opcode.stack_effect(opcode.opmap['CALL_METHOD'], 2) == -3


def _keyword_call(obj):
    return obj.meth(1, key=2)


def test_calls_with_keywords_keep_load_attr():
    names = [i.opname for i in dis.get_instructions(_keyword_call)]
    assert 'LOAD_ATTR' in names and 'LOAD_METHOD' not in names
