"""What `ast` makes work: ast.literal_eval, ast.unparse, dataclasses and
inspect.signature (both import ast)."""

import ast
import dataclasses
import inspect


def test_literal_eval():
    assert ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': b'x'}") \
        == {'a': [1, 2.5, -3j, (True, None)], 'b': b'x'}
    assert ast.literal_eval('1 + 2j') == 1 + 2j
    assert ast.literal_eval('set()') == set()
    assert ast.literal_eval(' {1, 2}') == {1, 2}
    for bad in ['x', 'f()', '1 + x', '[1, 2][0]']:
        try:
            ast.literal_eval(bad)
        except ValueError as e:
            assert str(e).startswith('malformed node or string')
        else:
            assert False, bad


def test_unparse():
    src = ('async def f(a, /, b: int = 1, *c, d, **e) -> str:\n'
           '    return [x async for x in a if x] or {**e, 1: b}\n')
    assert ast.unparse(ast.parse(src)) == \
        src.rstrip('\n').replace('int = 1', 'int=1')
    assert ast.unparse(ast.parse("f'{x!r:>{w}}'")) == "f'{x!r:>{w}}'"
    assert ast.unparse(ast.parse('(a := 1) + -b ** 2')) == \
        '(a := 1) + -b ** 2'


def test_dataclass_defaults_field_frozen_order():
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 0
        tags: list = dataclasses.field(default_factory=list, compare=False)

    p = Point(1, 2)
    assert repr(p).endswith('<locals>.Point(x=1, y=2, tags=[])')
    assert p < Point(2) and Point(1) < p
    assert p == Point(1, 2, ['other'])
    assert hash(p) == hash(Point(1, 2))
    assert dataclasses.asdict(p) == {'x': 1, 'y': 2, 'tags': []}
    assert dataclasses.replace(p, y=5) == Point(1, 5)
    try:
        p.x = 3
    except dataclasses.FrozenInstanceError as e:
        assert str(e) == "cannot assign to field 'x'"
    else:
        assert False
    assert [f.name for f in dataclasses.fields(Point)] == ['x', 'y', 'tags']


def test_dataclass_post_init_and_inheritance():
    @dataclasses.dataclass
    class Base:
        a: int
        b: str = 'b'

        def __post_init__(self):
            self.c = self.a * 2

    @dataclasses.dataclass
    class Derived(Base):
        d: float = 1.5

    obj = Derived(3)
    assert (obj.a, obj.b, obj.c, obj.d) == (3, 'b', 6, 1.5)
    assert repr(obj).endswith(".Derived(a=3, b='b', d=1.5)")
    try:
        @dataclasses.dataclass
        class Bad:
            a: int = 1
            b: int
    except TypeError as e:
        assert str(e) == "non-default argument 'b' follows default argument"
    else:
        assert False


def test_inspect_signature():
    def f(a, b: int = 2, /, *args, c, d='x', **kw) -> str:
        pass
    sig = inspect.signature(f)
    assert str(sig) == "(a, b: int = 2, /, *args, c, d='x', **kw) -> str"
    assert list(sig.parameters) == ['a', 'b', 'args', 'c', 'd', 'kw']
    assert sig.parameters['c'].kind is inspect.Parameter.KEYWORD_ONLY
    bound = sig.bind(1, c=3)
    bound.apply_defaults()
    assert bound.arguments == {'a': 1, 'b': 2, 'args': (), 'c': 3,
                               'd': 'x', 'kw': {}}

    class K:
        def __init__(self, z, *, w=None):
            pass

        def m(self, x, y=1):
            pass
    assert str(inspect.signature(K(1).m)) == '(x, y=1)'
    assert str(inspect.signature(K)) == '(z, *, w=None)'
