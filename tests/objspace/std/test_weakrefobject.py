"""Interp-level checks of weak references and codecs: where a lifeline is
kept, that instances carry nothing extra until weakly referenced, the
callback queue, codec name normalisation."""

from __future__ import absolute_import

from interpreter.actions import run_pending_actions
from objspace.std import textcodecs
from objspace.std.weakrefobject import get_lifeline, W_WeakrefLifeline
from tests.support import run_app, unwrap


def test_instances_carry_nothing_until_weakly_referenced(space):
    w_obj = run_app(space, """
        class A:
            __slots__ = ('x', '__weakref__')
        A()
    """)
    assert len(w_obj.slots_w) == 1
    assert get_lifeline(space, w_obj) is None
    w_ref = space.call_function(
        space.getattr(space.builtin_modules['_weakref'],
                      space.newtext('ref')), w_obj)
    lifeline = get_lifeline(space, w_obj)
    assert isinstance(lifeline, W_WeakrefLifeline)
    assert len(w_obj.slots_w) == 2          # the lifeline after the slot
    assert lifeline.live_refs() == [w_ref]


def test_side_table_for_builtin_objects(space):
    w_func = run_app(space, "def f(): pass\nf")
    assert get_lifeline(space, w_func) is None
    space.call_function(space.getattr(space.builtin_modules['_weakref'],
                                      space.newtext('ref')), w_func)
    assert isinstance(get_lifeline(space, w_func), W_WeakrefLifeline)


def test_callbacks_run_at_the_safe_point(space):
    w_result = run_app(space, """
        import _weakref
        class C:
            pass
        log = []
        def make():
            c = C()
            return _weakref.ref(c, lambda w: log.append('called'))
        (make(), log)
    """)
    # the weakref stays alive (a dead weakref's callback is not called)
    w_ref, w_log = space.fixedview(w_result)
    import gc
    gc.collect()
    gc.collect()
    # nothing ran inside the GC ...
    assert unwrap(space, w_log) == []
    run_pending_actions(space)
    assert unwrap(space, w_log) == [u'called']
    assert w_ref.dereference() is None


def test_normalize_encoding():
    assert textcodecs.normalize_encoding('UTF-8') == 'utf_8'
    assert textcodecs.normalize_encoding(' Latin 1 ') == 'latin_1'
    assert textcodecs.normalize_encoding('a--b..c') == 'a_b..c'
    assert textcodecs.builtin_codec('UTF_16-LE') == textcodecs.UTF16LE
    assert textcodecs.builtin_codec('cp1252') == -1
