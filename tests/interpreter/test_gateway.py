"""interp2app: unwrapping by parameter name, defaults, typed self and the
mismatch hook that transparent proxies will use."""

from __future__ import absolute_import

import pytest

from interpreter.argument import Arguments
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef
from tests.support import run_app, unwrap, raises_app


def app(space, source, name=None):
    return unwrap(space, run_app(space, source, name))


@unwrap_spec(n=int, text='text')
def repeat(space, text, n=2):
    return space.newtext(text * n)


def test_unwrap_spec_and_defaults(space):
    w_f = interp2app(repeat).get_function(space)
    w_res = space.call_function(w_f, space.newtext('ab'))
    assert space.text_w(w_res) == 'abab'
    w_res = space.call_function(w_f, space.newtext('ab'), space.newint(3))
    assert space.text_w(w_res) == 'ababab'
    args = Arguments(space, [space.newtext('x')], ['n'], [space.newint(4)])
    assert space.text_w(space.call_args(w_f, args)) == 'xxxx'


def test_unwrap_errors_are_app_level(space):
    w_f = interp2app(repeat).get_function(space)
    with pytest.raises(OperationError) as excinfo:
        space.call_function(w_f, space.newint(1))
    assert excinfo.value.match(space, space.w_TypeError)
    with pytest.raises(OperationError) as excinfo:
        space.call_function(w_f)
    assert 'missing 1 required positional argument' in \
        excinfo.value.errorstr(space)


def test_args_w_and_arguments(space):
    def collect(space, args_w, __args__):
        return space.newtuple([space.newint(len(args_w)),
                               space.newint(len(__args__.keywords))])
    w_f = interp2app(collect).get_function(space)
    args = Arguments(space, [space.w_None] * 3, ['a'], [space.w_None])
    assert unwrap(space, space.call_args(w_f, args)) == (3, 1)


class W_Thing(W_Root):
    def descr_name(self, space):
        return space.newtext('thing')


W_Thing.typedef = TypeDef('thing_for_test',
                          name=interp2app(W_Thing.descr_name))


class W_Impostor(W_Root):
    """Not a W_Thing: calling thing.name with it goes to the hook."""
    typedef = W_Thing.typedef

    def descr_call_mismatch(self, space, opname, required_name, args):
        return space.newtext('hooked %s with %d args' % (
            opname, len(args.arguments_w)))


def test_typed_self_mismatch_calls_the_hook(space):
    code = interp2app(W_Thing.descr_name).code
    w_res = code.funcrun(space, Arguments(space, [W_Thing()]))
    assert space.text_w(w_res) == 'thing'
    w_res = code.funcrun(space, Arguments(space, [W_Impostor(),
                                                  space.w_None]))
    assert space.text_w(w_res) == 'hooked name with 1 args'


def test_typed_self_mismatch_default_error(space):
    raises_app(space, 'TypeError', "int.__add__('a', 1)",
               match="descriptor '__add__' requires a 'int' object")


def test_builtin_method_binding(space):
    assert app(space, "x = []\nx.append(3)\nx") == [3]
    assert app(space, "f = [].append\ntype(f).__name__") == \
        'builtin_function_or_method'
    assert app(space, "type(list.append).__name__") == \
        'method_descriptor'
