"""Interp-level checks of the session 4 call, frame and generator fast
paths (interpreter/pyframe.py, function.py, generator.py): what they
must not allocate or keep, which app-level tests cannot see."""

from __future__ import absolute_import

from interpreter.argument import Arguments
from interpreter.function import W_Function
from interpreter.generator import W_Generator, StopIterationWith
from interpreter.pyframe import PyFrame
from interpreter.error import OperationError
from tests.support import run_app, unwrap


def _function(space, source, name):
    w_func = run_app(space, source, name)
    assert isinstance(w_func, W_Function)
    return w_func


def test_locals_and_stack_share_one_list(space):
    w_f = _function(space, "def f(a, b):\n    c = [a, b, (a, b, a)]\n",
                    'f')
    code = w_f.code
    assert code.co_stacksize >= 3
    frame = space.createframe(code, w_f.w_globals, None)
    assert len(frame.locals_w) == code.co_nlocals + code.co_stacksize
    assert frame.valuestackdepth == code.co_nlocals == frame.stack_base()
    frame.pushvalue(space.newint(1))
    frame.pushvalue(space.newint(2))
    frame.pushvalue(space.newint(3))
    assert frame.locals_w[code.co_nlocals] is not None
    values_w = frame.popvalues(2)
    assert [space.int_w(w) for w in values_w] == [2, 3]
    # popped slots are cleared: the frame keeps nothing alive
    assert frame.locals_w[code.co_nlocals + 1] is None
    frame.dropvalues(1)
    assert frame.valuestackdepth == code.co_nlocals
    assert frame.locals_w[code.co_nlocals] is None


def test_call_obj_args_binds_self_and_defaults(space):
    w_f = _function(space, "def f(s, x, y=5):\n    return (s, x, y)\n", 'f')
    w_res = w_f.call_obj_args(space, space.newint(1),
                              Arguments(space, [space.newint(2)]))
    assert unwrap(space, w_res) == (1, 2, 5)
    # keywords, or a count that does not bind in order, go the general
    # way, with its errors
    w_res = w_f.call_obj_args(space, space.newint(1),
                              Arguments(space, [], ['x'], [space.newint(3)]))
    assert unwrap(space, w_res) == (1, 3, 5)
    try:
        w_f.call_obj_args(space, space.newint(1), Arguments(space, []))
    except OperationError as e:
        assert 'missing 1 required positional argument' in \
            e.errorstr(space)
    else:
        assert False


def test_generator_return_makes_no_exception_instance(space):
    w_gen = run_app(space, "def g():\n    yield 1\n    return 7\ng()")
    assert isinstance(w_gen, W_Generator)
    space.next(w_gen)
    try:
        space.next(w_gen)
    except OperationError as e:
        assert isinstance(e, StopIterationWith)
        # nobody looked at it yet: no StopIteration instance exists
        assert e.value_if_not_made() is not None
        assert space.int_w(e.value_if_not_made()) == 7
        w_exc = e.get_w_value(space)
        assert space.int_w(space.getattr(w_exc, space.newtext('value'))) == 7
        assert e.value_if_not_made() is None
    else:
        assert False


def test_send_or_none_leaves_no_return_value(space):
    w_gen = run_app(space, "def g():\n    yield 1\n    return 7\ng()")
    assert space.int_w(w_gen.send_or_none(space.w_None)) == 1
    assert w_gen.send_or_none(space.w_None) is None
    assert space.int_w(w_gen.take_returned()) == 7
    assert w_gen.w_returned is None
    # FOR_ITER's next_or_none does not keep it either
    w_gen = run_app(space, "def g():\n    yield 1\n    return 7\ng()")
    w_gen.next_or_none()
    assert w_gen.next_or_none() is None
    assert w_gen.w_returned is None


def test_stack_checked_once_per_frame_run():
    # the translator puts its C stack check where a function says so,
    # instead of in the opcodes on the way to the next frame
    assert PyFrame.run.im_func.insert_stack_check_here
    assert PyFrame.resume.im_func.insert_stack_check_here
    assert PyFrame.resume_without_value.im_func.insert_stack_check_here


def test_prepend_then_without_first_gives_the_original(space):
    args = Arguments(space, [space.newint(1), space.newint(2)])
    longer = args.prepend(space.newint(0))
    assert [space.int_w(w) for w in longer.arguments_w] == [0, 1, 2]
    assert longer.without_first() is args
    # without_prefix of other counts still slices
    assert [space.int_w(w) for w in longer.without_prefix(2).arguments_w] \
        == [2]
    assert args.without_first().unprepended is None


def test_no_keywords_lists_are_shared_and_stay_empty(space):
    a = Arguments(space, [])
    b = Arguments(space, [space.newint(1)])
    assert a.keywords is b.keywords and a.keywords_w is b.keywords_w
    run_app(space, "def f(a, *, k=1, **kw):\n    return kw\n"
                   "f(1, k=2, z=3)\nsorted([2, 1], **{})\ndict(**{'x': 1})\n")
    assert Arguments(space, []).keywords == []
    assert Arguments(space, []).keywords_w == []
