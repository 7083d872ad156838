"""Transparent proxies at interp level (objspace/std/proxyobject.py)."""

from __future__ import absolute_import

from objspace.std import proxyobject
from objspace.std.proxyobject import (W_Transparent, KIND_CLASSES,
                                      new_proxy, proxy_lookup,
                                      proxy_forwarder, get_controller,
                                      real_instance)
from objspace.std.unicodeobject import W_UnicodeObject
from objspace.std.listobject import W_ListObject
from tests.support import run_app, raises_app, unwrap

FORWARD = '''
def forward_to(obj):
    def controller(opname, *args, **kwargs):
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return controller
'''


def make_proxy(space, w_type, source):
    w_controller = run_app(space, FORWARD + "forward_to(%s)" % source)
    return new_proxy(space, w_type, w_controller), w_controller


def test_proxy_claims_its_type(space):
    w_p, w_controller = make_proxy(space, space.w_list, "[1, 2]")
    assert isinstance(w_p, W_Transparent)
    assert space.type(w_p) is space.w_list
    assert space.isinstance_w(w_p, space.w_object)
    assert get_controller(w_p) is w_controller
    assert get_controller(space.w_None) is None
    assert space.len_w(w_p) == 2


def test_kind_classes(space):
    for typename in ['traceback', 'function', 'frame', 'code']:
        cls = KIND_CLASSES[typename]
        assert issubclass(cls, W_Transparent)
        assert cls.__name__.startswith('W_Transparent')
    w_exc_type = space.w_KeyError
    w_p, _ = make_proxy(space, w_exc_type, "KeyError('k')")
    assert isinstance(w_p, KIND_CLASSES['BaseException'])
    w_p, _ = make_proxy(space, space.w_type, "int")
    assert isinstance(w_p, KIND_CLASSES['type'])
    w_p, _ = make_proxy(space, space.w_dict, "{}")
    assert type(w_p) is W_Transparent


def test_lookup_answers_forwarders_for_the_types_methods(space):
    w_p, _ = make_proxy(space, space.w_int, "5")
    w_add = proxy_lookup(space, w_p, '__add__')
    assert w_add is proxy_forwarder(space, '__add__')     # one per name
    assert space.lookup(w_p, '__add__') is w_add
    assert proxy_lookup(space, w_p, '__len__') is None    # int has none
    assert proxy_lookup(space, w_p, '__getattr__') is None
    assert space.int_w(space.add(w_p, space.newint(1))) == 6


def test_forwarder_refuses_other_objects(space):
    from interpreter.error import OperationError
    w_forwarder = proxy_forwarder(space, '__len__')
    try:
        space.call_function(w_forwarder, space.newlist([]))
    except OperationError as e:
        assert e.match(space, space.w_TypeError)
    else:
        assert False, "no TypeError"


def test_real_instance(space):
    w_s = space.newtext('abc')
    assert real_instance(space, w_s, W_UnicodeObject) is w_s
    assert real_instance(space, space.newint(1), W_UnicodeObject) is None
    w_p, _ = make_proxy(space, space.w_str, "'xyz'")
    w_real = real_instance(space, w_p, W_UnicodeObject)
    assert isinstance(w_real, W_UnicodeObject)
    assert space.text_w(w_real) == 'xyz'
    assert space.text_w(w_p) == 'xyz'
    w_p, _ = make_proxy(space, space.w_list, "[1, 2]")
    assert unwrap(space, real_instance(space, w_p, W_ListObject)) == [1, 2]
    assert real_instance(space, w_p, W_UnicodeObject) is None
    w_p, _ = make_proxy(space, space.w_bytes, "b'ab'")
    assert space.bytes_w(w_p) == 'ab'


def test_tproxy_is_flagged_only_on_proxies(space):
    w_p, _ = make_proxy(space, space.w_list, "[]")
    assert w_p._tproxy_
    assert not space.newlist([])._tproxy_
    assert not space.w_None._tproxy_
    assert proxyobject.W_Transparent._tproxy_


def test_descriptor_of_the_type_renamed(space):
    # list.__getitem__ is descr_getitem: its descriptor answers the name
    # it has in the type (the name a proxy's controller receives)
    assert unwrap(space, run_app(space, "list.__getitem__.__name__")) == \
        u'__getitem__'
    raises_app(space, 'TypeError', "list.__len__(5)",
               match="descriptor '__len__' requires a 'list' object")
