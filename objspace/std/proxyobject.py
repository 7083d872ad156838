"""Transparent proxies: objects that claim an app-level type T while every
operation on them is handed to an app-level controller.

A proxy is a `W_Transparent` instance holding `w_type` (what `getclass()`
answers, so `type(p) is T`) and `w_controller`.  It has no storage of its
own; the two routes by which operations reach the controller are:

- special methods: `space.lookup(p, name)` (objspace/descroperation.py)
  asks `proxy_lookup` below, which answers, for every special method that
  T has, a *forwarder*: a method descriptor whose code calls
  `controller(name, *args, **kwargs)`.  So `p[k]` calls
  `controller('__getitem__', k)` and `p.x` calls
  `controller('__getattribute__', 'x')`, and the space checks the results
  as it checks any special method's (`__len__` returning a str raises
  CPython's TypeError);
- builtin methods called with the proxy as `self` (`list.append(p, 3)`):
  the gateway finds that `self` is not of the method's interp-level class
  and calls `descr_call_mismatch`, which calls `controller('append', 3)`.

One class per *kind* of proxied object, made from PROXY_KINDS: a generic
one for most builtin and user types, and one per internal type
(function, frame, traceback, ...) so that interp-level code can tell a
proxied traceback from a proxied list by its class.  None of this is
reachable (nor compiled in) unless the build has `objspace.withtproxy`:
only `__pypy__.tproxy` makes proxies.
"""


from __future__ import absolute_import

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import BuiltinCode
from interpreter.argument import Signature
from rpython.rlib.objectmodel import specialize
from rpython.rlib.unroll import unrolling_iterable


class W_Transparent(W_Root):
    """A proxy: type(self) is w_type, every operation goes to
    w_controller."""
    _immutable_fields_ = ['w_type', 'w_controller']
    _tproxy_ = True

    def __init__(self, space, w_type, w_controller):
        from objspace.std.typeobject import W_TypeObject
        assert isinstance(w_type, W_TypeObject)
        self.w_type = w_type
        self.w_controller = w_controller

    def getclass(self, space):
        return self.w_type

    def call_controller(self, space, opname, args):
        """controller(opname, *args, **kwargs) for an Arguments `args`."""
        return space.call_args(self.w_controller,
                               args.prepend(space.newtext(opname)))

    def descr_call_mismatch(self, space, opname, required_name, args):
        # a builtin method of the proxied type called with the proxy as
        # self: the controller decides (a method of another type, e.g.
        # int.__add__(p_list, 1), still raises the usual TypeError)
        from objspace.std.typeobject import W_TypeObject
        for w_base in self.w_type.mro_w:
            assert isinstance(w_base, W_TypeObject)
            typedef = w_base.builtin_typedef
            if typedef is not None and typedef.name == required_name:
                return self.call_controller(space, opname, args)
        return W_Root.descr_call_mismatch(self, space, opname,
                                          required_name, args)


# The kinds of proxies: (class name suffix, name of the builtin type whose
# instances and subclasses' instances the class stands for).
PROXY_KINDS = [
    ('Function', 'function'),
    ('BuiltinFunction', 'builtin_function_or_method'),
    ('Method', 'method'),
    ('Code', 'code'),
    ('Frame', 'frame'),
    ('Traceback', 'traceback'),
    ('Generator', 'generator'),
    ('Cell', 'cell'),
    ('Type', 'type'),
    ('BaseException', 'BaseException'),
    ('Module', 'module'),
]


def _make_kind_classes():
    classes = {}
    for suffix, typename in PROXY_KINDS:
        cls = type('W_Transparent' + suffix, (W_Transparent,),
                   {'__doc__': 'A proxy of a %s.' % typename})
        classes[typename] = cls
    return classes


KIND_CLASSES = _make_kind_classes()
_KIND_CLASSES_UNROLLED = unrolling_iterable(
    [(typename, KIND_CLASSES[typename]) for _, typename in PROXY_KINDS])
W_TransparentTraceback = KIND_CLASSES['traceback']


def new_proxy(space, w_type, w_controller):
    """A proxy of the type w_type (a W_TypeObject) run by w_controller,
    of the class of w_type's kind."""
    from objspace.std.typeobject import W_TypeObject
    for w_base in w_type.mro_w:
        assert isinstance(w_base, W_TypeObject)
        typedef = w_base.builtin_typedef
        if typedef is None:
            continue
        for typename, cls in _KIND_CLASSES_UNROLLED:
            if typedef.name == typename:
                return cls(space, w_type, w_controller)
    return W_Transparent(space, w_type, w_controller)


# --- forwarders: what space.lookup answers for a proxy -----------------

class ProxyForwardCode(BuiltinCode):
    """The code of a forwarder: called with the proxy first, it calls
    the proxy's controller with `name` and the other arguments."""
    _immutable_ = True

    def funcrun(self, space, args):
        if not args.arguments_w:
            raise oefmt(space.w_TypeError,
                        "descriptor '%s' needs an argument", self.name)
        w_self = args.arguments_w[0]
        if not isinstance(w_self, W_Transparent):
            raise oefmt(space.w_TypeError,
                        "descriptor '%s' requires a transparent proxy but "
                        "received a '%T'", self.name, w_self)
        args = args.without_first()
        if self.name in ('__getattribute__', '__setattr__') and \
                len(args.arguments_w) >= 1 and \
                space.eq_w(args.arguments_w[0], space.newtext('__class__')):
            # the proxy's type is not the controller's to change
            if self.name == '__getattribute__':
                return w_self.w_type
            raise oefmt(space.w_TypeError,
                        "__class__ assignment: a transparent proxy keeps "
                        "its type")
        return w_self.call_controller(space, self.name, args)


def proxy_forwarder(space, name):
    """The forwarder of the special method `name` (one per name and
    space, made on first use)."""
    from interpreter.function import W_MethodDescr
    try:
        return space.proxy_forwarders_w[name]
    except KeyError:
        pass
    code = ProxyForwardCode(name, Signature(['self'], 'args', 'kwargs'),
                            W_Transparent)
    w_forwarder = W_MethodDescr(space, code, None, space.w_object)
    space.proxy_forwarders_w[name] = w_forwarder
    return w_forwarder


def proxy_lookup(space, w_proxy, name):
    """space.lookup() for a proxy: a forwarder of `name` when the proxied
    type has that special method (so the operations that the type does
    not support fail as they fail on a real instance), else None.
    `__getattr__` is never forwarded: `__getattribute__` already hands
    the whole attribute read to the controller."""
    assert isinstance(w_proxy, W_Transparent)
    if name == '__getattr__':
        return None
    if w_proxy.w_type.lookup(name) is None:
        return None
    return proxy_forwarder(space, name)


def get_controller(w_obj):
    """The controller of a proxy, or None."""
    if isinstance(w_obj, W_Transparent):
        return w_obj.w_controller
    return None


# --- proxied exceptions ---------------------------------------------------

def raise_proxied_exception(space, w_type, w_value, w_cause):
    """`raise p` (or `raise p from w_cause`) for a proxy of an exception:
    its chaining attributes and its traceback are read and written
    through the controller, as any attribute of a proxy."""
    from interpreter.error import OperationError
    if w_cause is not None:
        space.setattr(w_value, space.newtext('__cause__'), w_cause)
        space.setattr(w_value, space.newtext('__suppress_context__'),
                      space.w_True)
    w_tb = space.getattr(w_value, space.newtext('__traceback__'))
    tb = None
    if not space.is_none(w_tb):
        tb = w_tb
    raise OperationError(w_type, w_value, tb)


# --- type equivalence: builtins reading a proxy's value ---------------

def proxied_bytes(space, w_obj):
    """The bytes of a proxy of bytes or bytearray, read by iterating it
    (calling bytes() on it would come back here)."""
    chars = []
    for w_item in space.listview(w_obj):
        code = space.int_w(w_item)
        if not 0 <= code < 256:
            raise oefmt(space.w_ValueError, "bytes must be in range(0, 256)")
        chars.append(chr(code))
    return ''.join(chars)


@specialize.arg(2)
def real_instance(space, w_obj, cls):
    """w_obj itself when it is an instance of the interp-level class cls
    (W_UnicodeObject, W_BytesObject, W_ListObject, W_TupleObject); for a
    proxy of cls's app-level type, a real instance with the same value,
    read through the generic protocol (str(), bytes(), iteration); else
    None.  For the builtins that read the storage of their arguments."""
    if isinstance(w_obj, cls):
        return w_obj
    if not w_obj._tproxy_:
        return None
    w_type = space.gettypeobject(cls.typedef)
    if not space.isinstance_w(w_obj, w_type):
        return None
    if space.is_w(w_type, space.w_str):
        w_value = space.str(w_obj)
    elif space.is_w(w_type, space.w_bytes):
        w_value = space.newbytes(proxied_bytes(space, w_obj))
    elif space.is_w(w_type, space.w_tuple):
        w_value = space.newtuple(space.listview(w_obj))
    else:
        w_value = space.newlist(space.listview(w_obj))
    if isinstance(w_value, cls):
        return w_value
    # a controller answering a proxy again: refused, not looped on
    raise oefmt(space.w_TypeError,
                "the controller of a proxied '%T' gave no real value",
                w_obj)
