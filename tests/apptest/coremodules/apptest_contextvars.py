"""_contextvars: variables, tokens, contexts."""

import _contextvars


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return e
    raise AssertionError(exc.__name__ + ' not raised')


def test_get_set_reset():
    v = _contextvars.ContextVar('v', default=1)
    assert v.name == 'v'
    assert v.get() == 1
    assert v.get(5) == 5
    t = v.set(2)
    assert v.get() == 2
    assert t.var is v and t.old_value is _contextvars.Token.MISSING
    assert repr(_contextvars.Token.MISSING) == '<Token.MISSING>'
    t2 = v.set(3)
    assert t2.old_value == 2
    v.reset(t2)
    assert v.get() == 2
    v.reset(t)
    assert v.get() == 1
    e = raises(RuntimeError, v.reset, t)
    assert 'has already been used once' in str(e)
    w = _contextvars.ContextVar('w')
    e = raises(LookupError, w.get)
    assert e.args[0] is w
    assert w.get('dflt') == 'dflt'
    assert repr(w).startswith("<ContextVar name='w' at 0x")


def test_contexts():
    v = _contextvars.ContextVar('cv')
    ctx = _contextvars.copy_context()
    assert v not in ctx

    def inside(value):
        v.set(value)
        return v.get()
    assert ctx.run(inside, 42) == 42
    assert ctx[v] == 42
    assert ctx.get(v) == 42 and len(ctx) >= 1 and v in list(ctx)
    assert raises(LookupError, v.get)     # the outer context is unchanged
    copy = ctx.copy()
    ctx.run(inside, 7)
    assert copy[v] == 42 and ctx[v] == 7
    e = raises(TypeError, ctx.__getitem__, 1)
    assert str(e) == 'a ContextVar key was expected, got 1'

    def reenter():
        ctx.run(lambda: None)
    e = raises(RuntimeError, ctx.run, reenter)
    assert str(e).startswith('cannot enter context: ')


def test_reset_checks():
    v = _contextvars.ContextVar('v')
    other = _contextvars.ContextVar('other')
    t = v.set(1)
    e = raises(ValueError, other.reset, t)
    assert 'was created by a different ContextVar' in str(e)
    e = raises(ValueError, _contextvars.Context().run, v.reset, t)
    assert 'was created in a different Context' in str(e)
    v.reset(t)
    e = raises(RuntimeError, _contextvars.Token)
    assert str(e) == 'Tokens can only be created by ContextVars'
    e = raises(TypeError, _contextvars.ContextVar, 1)
    assert str(e) == 'context variable name must be a str'
