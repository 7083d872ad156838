"""compile(..., optimize=N): what -O (1) and -OO (2) compile away."""

SOURCE = '''
"""module doc"""
def f():
    "fdoc"
    assert False, 'boom'
    if __debug__:
        return 'debug'
    else:
        return 'nodebug'
class C:
    "cdoc"
flag = __debug__
'''


def run(optimize):
    namespace = {}
    exec(compile(SOURCE, '<opt>', 'exec', optimize=optimize), namespace)
    try:
        result = namespace['f']()
    except AssertionError as e:
        result = 'assert ' + str(e)
    return (result, namespace['flag'], namespace.get('__doc__'),
            namespace['f'].__doc__, namespace['C'].__doc__)


def test_levels():
    assert run(0) == ('assert boom', True, 'module doc', 'fdoc', 'cdoc')
    assert run(1) == ('nodebug', False, 'module doc', 'fdoc', 'cdoc')
    assert run(2) == ('nodebug', False, None, None, None)


def test_default_is_the_interpreters_level():
    import sys
    expected = run(sys.flags.optimize)
    namespace = {}
    exec(compile(SOURCE, '<opt>', 'exec'), namespace)
    assert namespace['flag'] == expected[1] == __debug__


def test_invalid_levels():
    for level in (-2, 3):
        try:
            compile('1', '<opt>', 'eval', optimize=level)
        except ValueError as e:
            assert str(e) == 'compile(): invalid optimize value'
        else:
            assert False


def test_debug_is_a_constant():
    code = compile('__debug__', '<opt>', 'eval', optimize=1)
    assert eval(code, {'__debug__': True}) is False
    assert eval(compile('__debug__', '<opt>', 'eval', optimize=0)) is True
