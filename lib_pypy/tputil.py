"""tputil: writing controllers of transparent proxies made easy.

    from tputil import make_proxy

    def controller(operation):
        print(operation)                 # <ProxyOperation list.append(3)>
        return operation.delegate()      # do it on the real object

    p = make_proxy(controller, obj=[])
    p.append(3)

A controller made by make_proxy() receives one ProxyOperation per
operation instead of (opname, *args, **kwargs).  make_revocable() makes a
proxy that can be switched off, as JavaScript's Proxy.revocable().  Only
the public hook of __pypy__, tproxy(), is used.
"""

from __pypy__ import tproxy

__all__ = ['make_proxy', 'make_revocable', 'ProxyOperation']

_MISSING = object()
_builtin_type = type      # make_proxy's parameter `type` hides it


class ProxyOperation:
    """One operation on a proxy: opname, args, kwargs, the proxy
    (proxyobj) and the object it stands for (obj, or None)."""

    def __init__(self, proxyobj, obj, opname, args, kwargs):
        self.proxyobj = proxyobj
        self.obj = obj
        self.opname = opname
        self.args = args
        self.kwargs = kwargs

    def delegate(self):
        """Perform the operation on obj and answer its result, with the
        proxy in place of obj where the result is obj itself or a method
        bound to obj (so that p.append(3) is seen as 'append')."""
        obj = self.obj
        # looked up on the type, as the interpreter looks up operations
        # (so that a proxied class gets type.__getattribute__, not its
        # instances' method)
        method = getattr(_builtin_type(obj), self.opname)
        result = method(obj, *self.args, **self.kwargs)
        if result is obj:
            return self.proxyobj
        if getattr(result, '__self__', None) is obj and callable(result):
            return self._rebind(result)
        return result

    def _rebind(self, method):
        func = getattr(method, '__func__', None)
        if func is not None:
            # a method of a Python class: the same function, bound to
            # the proxy
            return func.__get__(self.proxyobj, type(self.proxyobj))
        # a builtin method: the type's method descriptor, bound to the
        # proxy (calling it reaches the controller under its own name)
        descriptor = getattr(type(self.proxyobj), method.__name__, None)
        if descriptor is None:
            return method
        return descriptor.__get__(self.proxyobj, type(self.proxyobj))

    def __repr__(self):
        args = [repr(arg) for arg in self.args]
        args += ['%s=%r' % item for item in self.kwargs.items()]
        return '<ProxyOperation %s.%s(%s)>' % (
            type(self.proxyobj).__name__, self.opname, ', '.join(args))


def _proxy_type(type, obj):
    if type is not _MISSING:
        return type
    if obj is not _MISSING:
        return _builtin_type(obj)
    raise TypeError("make_proxy() needs a type or an object to proxy")


def make_proxy(controller, type=_MISSING, obj=_MISSING):
    """A proxy of `type` (default: type(obj)) whose operations are
    handed to controller(ProxyOperation) one by one; delegate() performs
    them on `obj`."""
    proxy_type = _proxy_type(type, obj)
    target = None if obj is _MISSING else obj

    def operation_controller(opname, *args, **kwargs):
        operation = ProxyOperation(proxy, target, opname, args, kwargs)
        return controller(operation)
    proxy = tproxy(proxy_type, operation_controller)
    return proxy


def make_revocable(controller, type=_MISSING, obj=_MISSING):
    """(proxy, revoke): make_proxy(controller, type, obj), and a function
    that switches it off for good: afterwards every operation on the
    proxy raises TypeError, and neither controller nor obj is kept
    alive by the proxy."""
    proxy_type = _proxy_type(type, obj)
    state = [controller, None if obj is _MISSING else obj]

    def operation_controller(opname, *args, **kwargs):
        if state[0] is None:
            raise TypeError("cannot perform '%s' on a proxy that has been "
                            "revoked" % (opname,))
        operation = ProxyOperation(proxy, state[1], opname, args, kwargs)
        return state[0](operation)

    def revoke():
        state[0] = None
        state[1] = None
    proxy = tproxy(proxy_type, operation_controller)
    return proxy, revoke

