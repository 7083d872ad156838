"""tproxy() and get_tproxy_controller(): the public hooks of transparent
proxies (objspace/std/proxyobject.py), in `__pypy__` and `pypymagic`.
Listed only by a build with `objspace.withtproxy`."""


from __future__ import absolute_import
from interpreter.error import oefmt
from interpreter.gateway import interp2app


def tproxy(space, w_type, w_controller):
    """tproxy(typ, controller) -> a transparent proxy of type typ

Every operation on the proxy calls controller(opname, *args, **kwargs)
and answers its result."""
    from objspace.std.typeobject import W_TypeObject
    from objspace.std.proxyobject import new_proxy
    if not isinstance(w_type, W_TypeObject):
        raise oefmt(space.w_TypeError,
                    "tproxy() argument 1 must be a type, not %T", w_type)
    if space.lookup(w_controller, '__call__') is None:
        raise oefmt(space.w_TypeError,
                    "tproxy() argument 2 must be callable, not %T",
                    w_controller)
    return new_proxy(space, w_type, w_controller)


def get_tproxy_controller(space, w_obj):
    """get_tproxy_controller(obj) -> the controller of a transparent proxy,
or None for any other object"""
    from objspace.std.proxyobject import get_controller
    w_controller = get_controller(w_obj)
    if w_controller is None:
        return space.w_None
    return w_controller


# The public names, under the names of the interface and of the papers
# that first described it (transparent_proxy, get_transparent_controller).
TPROXY_DEFS = {
    'tproxy': 'interp_tproxy.tproxy',
    'get_tproxy_controller': 'interp_tproxy.get_tproxy_controller',
    'transparent_proxy': 'interp_tproxy.tproxy',
    'get_transparent_controller': 'interp_tproxy.get_tproxy_controller',
}
