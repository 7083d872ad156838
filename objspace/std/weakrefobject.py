"""Weak references: `weakref.ReferenceType` (W_Weakref), and the proxies
`weakref.ProxyType` (W_Proxy) and `weakref.CallableProxyType`
(W_CallableProxy).

A weak reference holds an interp-level weakref (rweakref) to its
referent, so it answers None as soon as the GC has freed the referent.

The weak references to one object are listed in the object's *lifeline*
(W_WeakrefLifeline), made the first time the object is weakly referenced,
and found

  - for an instance of a user class: as one extra item after the values
    of its `__slots__` (instanceobject.py, `user_getlifeline`), so that an
    instance never weakly referenced carries nothing more;
  - for the other weakly referenceable objects (types, functions, sets,
    modules, code objects, generators): in a weak-key side table.

The lifeline lists the weak references weakly too (a weakref may die
before its referent), and nothing but the referent keeps the lifeline
alive.  Once a weakref with a callback is added, the lifeline is
registered with a finalizer queue: when the GC finds it dead, the queue
fires an action (interpreter/actions.py) and the callbacks run at the next
safe point, the most recent first, each called with its dead weakref.
An entry of the side table whose key died lets its lifeline go only when
the table is swept (when it grows, or at `gc.collect()`).
"""

from __future__ import absolute_import
import weakref

from rpython.rlib import rgc
from rpython.rlib.rweakref import RWeakKeyDictionary
from rpython.tool.sourcetools import func_with_new_name

from interpreter.actions import fire, register_action, report_unraisable
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_WeakrefLifeline(W_Root):
    """The weak references to one object, oldest first (not app-level
    visible)."""

    def __init__(self):
        self.refs = []                # interp-level weakrefs to them
        self.registered = False       # with the callback queue

    def live_refs(self):
        result = []
        for wref in self.refs:
            w_ref = wref()
            if w_ref is not None:
                result.append(w_ref)
        return result

    def add(self, w_ref):
        assert isinstance(w_ref, W_WeakrefBase)
        self.refs = [wref for wref in self.refs if wref() is not None]
        self.refs.append(weakref.ref(w_ref))

    def find_reusable(self, space, w_type):
        """The weak reference of exactly this type and without callback,
        which ref(obj) and proxy(obj) return again instead of a new one."""
        for w_ref in self.live_refs():
            if w_ref.w_callback is None and space.type(w_ref) is w_type:
                return w_ref
        return None


class _CallbackQueue(rgc.FinalizerQueue):
    """The lifelines whose object died while one of its weak references
    had a callback."""
    Class = W_WeakrefLifeline

    def finalizer_trigger(self):
        fire()


_callback_queue = _CallbackQueue()


class _SideTable(object):
    """The lifelines of the objects that are not user instances."""

    def __init__(self):
        self.lifelines = RWeakKeyDictionary(W_Root, W_WeakrefLifeline)


_side = _SideTable()


def run_weakref_callbacks(space):
    """Call the callbacks of the weak references whose object died."""
    while True:
        lifeline = _callback_queue.next_dead()
        if lifeline is None:
            break
        refs_w = lifeline.live_refs()
        for i in range(len(refs_w) - 1, -1, -1):
            w_ref = refs_w[i]
            w_callback = w_ref.w_callback
            if w_callback is None:
                continue
            w_ref.w_callback = None
            try:
                space.call_function(w_callback, w_ref)
            except OperationError as e:
                report_unraisable(space, e, w_callback)


register_action(run_weakref_callbacks)


def sweep_side_table():
    """Drop the side-table entries whose object died, so that their
    lifelines can die too (gc.collect() then collects again)."""
    _side.lifelines.length()


# The builtin types whose instances may be weakly referenced (instances
# of user classes may be, unless their __slots__ leave out __weakref__).
_WEAKREFABLE = ['set', 'frozenset', 'function', 'builtin_function_or_method',
                'method', 'type', 'module', 'code', 'generator']


def _weakrefable(space, w_obj):
    from objspace.std.typeobject import W_TypeObject
    if isinstance(w_obj, W_TypeObject):
        return True
    w_type = space.type(w_obj)
    if w_type.is_heaptype:
        if w_type.lookup('__weakref__') is not None:
            return True
        w_type = w_type.first_builtin_base()
    return w_type.name in _WEAKREFABLE


def _is_user_instance(space, w_obj):
    w_type = space.type(w_obj)
    return w_type.is_heaptype and w_type.uses_mapdict


def get_lifeline(space, w_obj):
    """The lifeline of w_obj, or None if it was never weakly
    referenced."""
    if _is_user_instance(space, w_obj):
        w_lifeline = w_obj.user_getlifeline()
        if w_lifeline is None:
            return None
        assert isinstance(w_lifeline, W_WeakrefLifeline)
        return w_lifeline
    return _side.lifelines.get(w_obj)


def _make_lifeline(space, w_obj):
    lifeline = get_lifeline(space, w_obj)
    if lifeline is not None:
        return lifeline
    if not _weakrefable(space, w_obj):
        raise oefmt(space.w_TypeError,
                    "cannot create weak reference to '%T' object", w_obj)
    lifeline = W_WeakrefLifeline()
    if _is_user_instance(space, w_obj):
        w_obj.user_setlifeline(lifeline)
    else:
        _side.lifelines.set(w_obj, lifeline)
    return lifeline


def _attach(lifeline, w_ref):
    assert isinstance(w_ref, W_WeakrefBase)
    lifeline.add(w_ref)
    if w_ref.w_callback is not None and not lifeline.registered:
        lifeline.registered = True
        _callback_queue.register_finalizer(lifeline)


# --- weakref.ReferenceType ----------------------------------------------

class W_WeakrefBase(W_Root):
    """What references and proxies share: the referent, the callback."""

    def __init__(self, w_obj, w_callback):
        assert w_obj is not None
        self.w_obj_weak = weakref.ref(w_obj)
        self.w_callback = w_callback

    def dereference(self):
        """The referent, or None once it died."""
        return self.w_obj_weak()

    def descr_get_callback(self, space):
        if self.w_callback is None or self.dereference() is None:
            return space.w_None
        return self.w_callback


def _ref_args(space, __args__, name):
    if __args__.keywords:
        raise oefmt(space.w_TypeError, "%s() takes no keyword arguments",
                    name)
    args_w = __args__.arguments_w
    if len(args_w) < 1:
        raise oefmt(space.w_TypeError,
                    "__new__ expected at least 1 argument, got %d",
                    len(args_w))
    if len(args_w) > 2:
        raise oefmt(space.w_TypeError,
                    "__new__ expected at most 2 arguments, got %d",
                    len(args_w))
    w_callback = None
    if len(args_w) == 2 and not space.is_none(args_w[1]):
        w_callback = args_w[1]
    return args_w[0], w_callback


def _address(space, w_obj):
    return '0x%x' % space.id_int(w_obj)


class W_Weakref(W_WeakrefBase):

    def __init__(self, w_obj, w_callback):
        W_WeakrefBase.__init__(self, w_obj, w_callback)
        self.hash_known = False
        self.hash_value = 0

    def descr_init(self, space, __args__):
        _ref_args(space, __args__, '__init__')

    def descr_call(self, space):
        w_obj = self.dereference()
        if w_obj is None:
            return space.w_None
        return w_obj

    def descr_hash(self, space):
        if not self.hash_known:
            w_obj = self.dereference()
            if w_obj is None:
                raise oefmt(space.w_TypeError, "weak object has gone away")
            self.hash_value = space.hash_w(w_obj)
            self.hash_known = True
        return space.newint(self.hash_value)

    def _compare(self, space, w_other, equal):
        if not isinstance(w_other, W_Weakref):
            return space.w_NotImplemented
        w_obj = self.dereference()
        w_other_obj = w_other.dereference()
        if w_obj is None or w_other_obj is None:
            same = self is w_other
            return space.newbool(same == equal)
        if equal:
            return space.eq(w_obj, w_other_obj)
        return space.ne(w_obj, w_other_obj)

    def descr_eq(self, space, w_other):
        return self._compare(space, w_other, True)

    def descr_ne(self, space, w_other):
        return self._compare(space, w_other, False)

    def descr_repr(self, space):
        w_obj = self.dereference()
        if w_obj is None:
            return space.newtext('<weakref at %s; dead>' %
                                 _address(space, self))
        text = "<weakref at %s; to '%s' at %s" % (
            _address(space, self), space.type(w_obj).name,
            _address(space, w_obj))
        w_name = _lookup_name(space, w_obj)
        if w_name is not None:
            text += ' (%s)' % space.text_w(w_name)
        return space.newtext(text + '>')


def _lookup_name(space, w_obj):
    """w_obj.__name__ when it is a str, else None."""
    try:
        w_name = space.getattr(w_obj, space.newtext('__name__'))
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return None
    if not space.isinstance_w(w_name, space.w_str):
        return None
    return w_name


def descr_new_weakref(space, w_subtype, __args__):
    w_obj, w_callback = _ref_args(space, __args__, 'ref')
    lifeline = _make_lifeline(space, w_obj)
    w_reftype = space.gettypeobject(W_Weakref.typedef)
    if w_callback is None and w_subtype is w_reftype:
        w_ref = lifeline.find_reusable(space, w_reftype)
        if w_ref is not None:
            return w_ref
    if w_subtype is w_reftype:
        w_ref = W_Weakref(w_obj, w_callback)
    else:
        w_ref = space.allocate_instance(W_Weakref, w_subtype)
        W_Weakref.__init__(w_ref, w_obj, w_callback)
    _attach(lifeline, w_ref)
    return w_ref


W_Weakref.typedef = TypeDef(
    'ReferenceType',
    module='weakref',
    __new__=interp2app(descr_new_weakref, app_name='__new__'),
    __init__=interp2app(W_Weakref.descr_init),
    __call__=interp2app(W_Weakref.descr_call),
    __hash__=interp2app(W_Weakref.descr_hash),
    __eq__=interp2app(W_Weakref.descr_eq),
    __ne__=interp2app(W_Weakref.descr_ne),
    __repr__=interp2app(W_Weakref.descr_repr),
    __callback__=GetSetProperty(W_WeakrefBase.descr_get_callback,
                                name='__callback__'),
)


# --- weakref.ProxyType, weakref.CallableProxyType -------------------------

class W_Proxy(W_WeakrefBase):
    """Every operation on the proxy is the operation on its referent."""

    def force(self, space):
        w_obj = self.dereference()
        if w_obj is None:
            raise oefmt(space.w_ReferenceError,
                        "weakly-referenced object no longer exists")
        return w_obj

    def descr_repr(self, space):
        w_obj = self.dereference()
        if w_obj is None:
            w_obj = space.w_None
        return space.newtext('<weakproxy at %s to %s at %s>' % (
            _address(space, self), space.type(w_obj).name,
            _address(space, w_obj)))

    def descr_hash(self, space):
        raise oefmt(space.w_TypeError, "unhashable type: '%s'",
                    _proxy_type_name(space, self))

    def descr_getattribute(self, space, w_name):
        return space.getattr(self.force(space), w_name)

    def descr_setattr(self, space, w_name, w_value):
        space.setattr(self.force(space), w_name, w_value)

    def descr_delattr(self, space, w_name):
        space.delattr(self.force(space), w_name)

    def descr_bytes(self, space):
        return space.call_function(space.w_bytes, self.force(space))

    def descr_reversed(self, space):
        return space.call_method(self.force(space), '__reversed__')

    def descr_setitem(self, space, w_key, w_value):
        space.setitem(self.force(space), w_key, w_value)

    def descr_delitem(self, space, w_key):
        space.delitem(self.force(space), w_key)

    def descr_contains(self, space, w_item):
        return space.contains(self.force(space), w_item)

    def descr_bool(self, space):
        return space.newbool(space.is_true(self.force(space)))


class W_CallableProxy(W_Proxy):

    def descr_call(self, space, __args__):
        return space.call_args(self.force(space), __args__)


def _proxy_type_name(space, w_proxy):
    if isinstance(w_proxy, W_CallableProxy):
        return 'weakref.CallableProxyType'
    return 'weakref.ProxyType'


def _unwrap_proxy(space, w_obj):
    if isinstance(w_obj, W_Proxy):
        return w_obj.force(space)
    return w_obj


# operations whose result is the operation on the referent(s), as
# (special method, space operation, kind)
_FORWARDED = [
    ('__str__', 'str', 'unary'), ('__len__', 'len', 'unary'),
    ('__iter__', 'iter', 'unary'), ('__next__', 'next', 'unary'),
    ('__neg__', 'neg', 'unary'), ('__pos__', 'pos', 'unary'),
    ('__abs__', 'abs', 'unary'), ('__invert__', 'invert', 'unary'),
    ('__int__', 'int', 'unary'), ('__float__', 'float', 'unary'),
    ('__index__', 'index', 'unary'),
    ('__getitem__', 'getitem', 'binary'),
    ('__eq__', 'eq', 'binary'), ('__ne__', 'ne', 'binary'),
    ('__lt__', 'lt', 'binary'), ('__le__', 'le', 'binary'),
    ('__gt__', 'gt', 'binary'), ('__ge__', 'ge', 'binary'),
]
for _op in ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod',
            'divmod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']:
    _special = _op.rstrip('_')
    _FORWARDED.append(('__%s__' % _special, _op, 'binary'))
    _FORWARDED.append(('__r%s__' % _special, _op, 'reflected'))
    if _op != 'divmod':
        _FORWARDED.append(('__i%s__' % _special, 'inplace_' + _special,
                           'binary'))
del _op, _special


def _forwarder(special, opname, kind):
    if kind == 'unary':
        def descr(self, space):
            return getattr(space, opname)(self.force(space))
    elif kind == 'binary':
        def descr(self, space, w_other):
            return getattr(space, opname)(self.force(space),
                                          _unwrap_proxy(space, w_other))
    else:
        def descr(self, space, w_other):
            return getattr(space, opname)(_unwrap_proxy(space, w_other),
                                          self.force(space))
    return func_with_new_name(descr, 'descr_' + special.strip('_'))


for _special, _opname, _kind in _FORWARDED:
    _f = _forwarder(_special, _opname, _kind)
    setattr(W_Proxy, _f.__name__, _f)
del _special, _opname, _kind, _f


def _proxy_methods():
    methods = {}
    for special, _, _ in _FORWARDED:
        methods[special] = interp2app(
            getattr(W_Proxy, 'descr_' + special.strip('_')),
            app_name=special)
    for name in ['repr', 'hash', 'getattribute', 'setattr', 'delattr',
                 'bytes', 'reversed', 'setitem', 'delitem', 'contains',
                 'bool']:
        special = '__%s__' % name
        methods[special] = interp2app(getattr(W_Proxy, 'descr_' + name),
                                      app_name=special)
    return methods


def _no_new(typename):
    def descr_new(space, w_subtype, __args__):
        raise oefmt(space.w_TypeError, "cannot create '%s' instances",
                    typename)
    return interp2app(descr_new, app_name='__new__')


W_Proxy.typedef = TypeDef(
    'ProxyType',
    module='weakref',
    __new__=_no_new('weakref.ProxyType'),
    acceptable_as_base=False,
    **_proxy_methods())

W_CallableProxy.typedef = TypeDef(
    'CallableProxyType',
    module='weakref',
    __new__=_no_new('weakref.CallableProxyType'),
    __call__=interp2app(W_CallableProxy.descr_call),
    acceptable_as_base=False,
    **_proxy_methods())


# --- the functions of _weakref ------------------------------------------

def proxy(space, w_obj, w_callback=None):
    """Create a proxy object that weakly references 'object'.

'callback', if given, is called with a reference to the
proxy when 'object' is about to be finalized."""
    if w_callback is not None and space.is_none(w_callback):
        w_callback = None
    lifeline = _make_lifeline(space, w_obj)
    is_callable = space.lookup(w_obj, '__call__') is not None
    if is_callable:
        w_type = space.gettypeobject(W_CallableProxy.typedef)
    else:
        w_type = space.gettypeobject(W_Proxy.typedef)
    if w_callback is None:
        w_ref = lifeline.find_reusable(space, w_type)
        if w_ref is not None:
            return w_ref
    if is_callable:
        w_proxy = W_CallableProxy(w_obj, w_callback)
    else:
        w_proxy = W_Proxy(w_obj, w_callback)
    _attach(lifeline, w_proxy)
    return w_proxy


def getweakrefcount(space, w_obj):
    """Return the number of weak references to 'object'."""
    lifeline = get_lifeline(space, w_obj)
    if lifeline is None:
        return space.newint(0)
    return space.newint(len(lifeline.live_refs()))


def getweakrefs(space, w_obj):
    """Return a list of all weak reference objects pointing to 'object'."""
    lifeline = get_lifeline(space, w_obj)
    if lifeline is None:
        return space.newlist([])
    # a list of its own: the lists given to newlist hold any W_Root
    refs_w = []
    for w_ref in lifeline.live_refs():
        refs_w.append(w_ref)
    return space.newlist(refs_w)


def first_weakref(space, w_obj):
    """What `obj.__weakref__` answers: the oldest live weak reference to
    it, or None."""
    lifeline = get_lifeline(space, w_obj)
    if lifeline is not None:
        refs_w = lifeline.live_refs()
        if refs_w:
            return refs_w[0]
    return space.w_None


def remove_dead_weakref(space, w_dict, w_key):
    """Atomically remove key from dict if it points to a dead weakref."""
    if not space.isinstance_w(w_dict, space.w_dict):
        raise oefmt(space.w_TypeError,
                    "_remove_dead_weakref() argument 1 must be dict, not %T",
                    w_dict)
    w_value = space.finditem(w_dict, w_key)
    if w_value is None:
        return
    if not isinstance(w_value, W_WeakrefBase):
        raise oefmt(space.w_TypeError, "not a weakref")
    if w_value.dereference() is None:
        space.delitem(w_dict, w_key)
