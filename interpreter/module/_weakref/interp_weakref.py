"""The interp-level part of `_weakref`: the types and functions of
objspace/std/weakrefobject.py, as the module's table names them."""

from __future__ import absolute_import
from interpreter.gateway import interp2app
from objspace.std import weakrefobject
from objspace.std.weakrefobject import W_Weakref, W_Proxy, W_CallableProxy


def reference_type(space):
    return space.gettypeobject(W_Weakref.typedef)


def proxy_type(space):
    return space.gettypeobject(W_Proxy.typedef)


def callable_proxy_type(space):
    return space.gettypeobject(W_CallableProxy.typedef)


proxy = interp2app(weakrefobject.proxy)
getweakrefcount = interp2app(weakrefobject.getweakrefcount)
getweakrefs = interp2app(weakrefobject.getweakrefs)
remove_dead_weakref = interp2app(weakrefobject.remove_dead_weakref,
                                 app_name='_remove_dead_weakref')
