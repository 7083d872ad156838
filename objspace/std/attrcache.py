"""Inline caches of the attribute opcodes: LOAD_ATTR, STORE_ATTR and
LOAD_METHOD remember, per code object and name, what the last lookup
found, keyed by what decided it.

What `obj.name` means for an instance of a user class depends on two
things only: the instance's map (objspace/std/mapdict.py: which
attributes it has and where they are stored) and its type's version tag
(objspace/std/typeobject.py: replaced whenever the type or a base
changes, which covers `__getattribute__`/`__setattr__` overrides and
descriptors on the type).  Maps belong to one type (each type has its
own terminator), so a map identifies the type as well.  An entry records
(map, version tag) and the answer: an index into the instance's storage,
or a value found on the type.  A hit costs two identity checks; any
other object, and the first sight of a new layout, go through the
general shortcuts of callmethod.py, whose answer refills the entry when
it is one of the cacheable kinds below.

Builtin objects (a list's `append`, a str's `join`) are cached for
LOAD_METHOD by version tag alone: a builtin type's instances have no
`__dict__` and the type never changes.  A module's attribute (`math.sqrt`)
is cached with the module's dict and that dict's `version`, which every
write to the dict bumps (objspace/std/dictobject.py): the same rule as the
LOAD_GLOBAL cache of interpreter/globalcache.py.  Transparent proxies are never
served from a cache: they claim a type without being its instances.
"""

from __future__ import absolute_import

from interpreter.function import W_Function, W_Method
from interpreter.globalcache import is_plain_dict
from interpreter.moduleobject import W_Module
from objspace.std import callmethod
from objspace.std.dictobject import W_DictObject

# what an entry's answer is
INSTANCE_ATTR = 0   # storage_w[index] of the instance
BOUND_METHOD = 1    # LOAD_ATTR: w_value (a function) bound to the instance
TYPE_VALUE = 2      # w_value itself: a class attribute that is no
                    # descriptor (LOAD_ATTR), or a method to be called with
                    # the instance as self (LOAD_METHOD)
NEW_ATTR = 3        # STORE_ATTR: the instance gets `new_map`, the value
                    # is appended to its storage
MODULE_VALUE = 4    # w_value, found in the module dict `w_dict` while it
                    # had version `dict_version`


class AttrCacheEntry(object):
    """One cached answer: valid for an instance whose map is `map` (None
    for a builtin object) and whose type has version tag `version_tag`;
    for a module, while its dict is `w_dict` at version `dict_version`."""

    def __init__(self):
        self.map = None
        self.version_tag = None
        self.kind = INSTANCE_ATTR
        self.index = -1
        self.w_value = None
        self.new_map = None
        self.w_dict = None
        self.dict_version = 0

    def fill(self, amap, version_tag, kind, index, w_value, new_map):
        self.map = amap
        self.version_tag = version_tag
        self.kind = kind
        self.index = index
        self.w_value = w_value
        self.new_map = new_map
        self.w_dict = None

    def fill_module(self, version_tag, w_dict, w_value):
        self.fill(None, version_tag, MODULE_VALUE, -1, w_value, None)
        self.w_dict = w_dict
        self.dict_version = w_dict.version

    def module_hit(self, space, w_obj):
        w_dict = self.w_dict
        return (w_dict is not None and isinstance(w_obj, W_Module) and
                w_obj.w_dict is w_dict and
                w_dict.version == self.dict_version and
                w_obj.getclass(space).version_tag is self.version_tag)


def _entry(cache, index):
    entry = cache[index]
    if entry is None:
        entry = AttrCacheEntry()
        cache[index] = entry
    return entry


def _no_get(space, w_value):
    """Whether reading w_value from a class gives w_value itself (no
    `__get__`), for good: its type is builtin, so it never gains one."""
    w_vtype = space.type(w_value)
    return (not w_vtype.is_heaptype and not w_value._tproxy_ and
            w_vtype.lookup('__get__') is None)


# ------------------------------------------------------------ LOAD_ATTR

def load_attr(space, pycode, index, w_obj):
    """w_obj.<pycode.co_names[index]>"""
    entry = pycode.attr_load_cache[index]
    if entry is not None:
        amap = w_obj.attr_map()
        if amap is not None and amap is entry.map and \
                w_obj.getclass(space).version_tag is entry.version_tag:
            kind = entry.kind
            if kind == INSTANCE_ATTR:
                return w_obj.attr_storage()[entry.index]
            if kind == BOUND_METHOD:
                return W_Method(space, entry.w_value, w_obj)
            return entry.w_value
        if entry.module_hit(space, w_obj):
            return entry.w_value
    return _load_attr_miss(space, pycode, index, w_obj)


def _fill_module(space, pycode, cache, index, w_obj, w_result):
    """After module.name gave w_result: remember it if it came straight
    from the module's dict."""
    assert isinstance(w_obj, W_Module)
    w_type = w_obj.getclass(space)
    w_dict = w_obj.w_dict
    if (w_type is space.gettypeobject(W_Module.typedef) and
            is_plain_dict(space, w_dict) and
            w_type.lookup(pycode.co_names[index]) is None):
        assert isinstance(w_dict, W_DictObject)
        if w_dict.getitem(pycode.co_names_w[index]) is w_result:
            _entry(cache, index).fill_module(w_type.version_tag, w_dict,
                                             w_result)


def _load_attr_miss(space, pycode, index, w_obj):
    name = pycode.co_names[index]
    w_result = callmethod.load_attr(space, w_obj, name,
                                    pycode.co_names_w[index])
    amap = w_obj.attr_map()
    if amap is None:
        if isinstance(w_obj, W_Module):
            _fill_module(space, pycode, pycode.attr_load_cache, index, w_obj,
                         w_result)
        return w_result
    w_type = w_obj.getclass(space)
    if not callmethod._default_getattribute(space, w_obj, w_type):
        return w_result
    w_descr = w_type.lookup(name)
    if w_descr is not None and not isinstance(w_descr, W_Function) and \
            not _no_get(space, w_descr):
        return w_result       # a data descriptor, a property...
    slot = amap.find_index(name)
    entry = _entry(pycode.attr_load_cache, index)
    if slot >= 0:
        entry.fill(amap, w_type.version_tag, INSTANCE_ATTR, slot, None, None)
    elif isinstance(w_descr, W_Function):
        entry.fill(amap, w_type.version_tag, BOUND_METHOD, -1, w_descr,
                   None)
    elif w_descr is not None:
        entry.fill(amap, w_type.version_tag, TYPE_VALUE, -1, w_descr, None)
    return w_result


# ----------------------------------------------------------- STORE_ATTR

def store_attr(space, pycode, index, w_obj, w_value):
    """w_obj.<pycode.co_names[index]> = w_value"""
    entry = pycode.attr_store_cache[index]
    if entry is not None:
        amap = w_obj.attr_map()
        if amap is not None and amap is entry.map and \
                w_obj.getclass(space).version_tag is entry.version_tag:
            if entry.kind == INSTANCE_ATTR:
                w_obj.attr_storage()[entry.index] = w_value
            else:
                w_obj.attr_append(entry.new_map, w_value)
            return
    _store_attr_miss(space, pycode, index, w_obj, w_value)


def _store_attr_miss(space, pycode, index, w_obj, w_value):
    name = pycode.co_names[index]
    amap = w_obj.attr_map()
    cacheable = False
    w_type = None
    if amap is not None:
        w_type = w_obj.getclass(space)
        cacheable = (w_type.hasdict and
                     w_type.lookup('__setattr__') is space.w_object_setattr
                     and w_type.lookup(name) is None)
    callmethod.store_attr(space, w_obj, name, pycode.co_names_w[index],
                          w_value)
    if not cacheable:
        return
    assert w_type is not None
    entry = _entry(pycode.attr_store_cache, index)
    slot = amap.find_index(name)
    if slot >= 0:
        entry.fill(amap, w_type.version_tag, INSTANCE_ATTR, slot, None, None)
    else:
        entry.fill(amap, w_type.version_tag, NEW_ATTR, -1, None,
                   amap.add_attribute(name))


# ---------------------------------------------------------- LOAD_METHOD

def load_method(space, pycode, index, w_obj):
    """For obj.name(...): (the callable, w_obj or None), as
    callmethod.load_method answers."""
    entry = pycode.attr_method_cache[index]
    if entry is not None:
        if entry.w_dict is not None:
            if entry.module_hit(space, w_obj):
                return entry.w_value, None
        elif (w_obj.attr_map() is entry.map and not w_obj._tproxy_ and
              w_obj.getclass(space).version_tag is entry.version_tag):
            if entry.kind == INSTANCE_ATTR:
                return w_obj.attr_storage()[entry.index], None
            return entry.w_value, w_obj
    return _load_method_miss(space, pycode, index, w_obj)


def _load_method_miss(space, pycode, index, w_obj):
    name = pycode.co_names[index]
    w_callable, w_self = callmethod.load_method(space, w_obj, name,
                                                pycode.co_names_w[index])
    if w_obj._tproxy_:
        return w_callable, w_self
    if isinstance(w_obj, W_Module):
        if w_self is None:
            _fill_module(space, pycode, pycode.attr_method_cache, index,
                         w_obj, w_callable)
        return w_callable, w_self
    w_type = w_obj.getclass(space)
    if not callmethod._default_getattribute(space, w_obj, w_type):
        return w_callable, w_self
    w_descr = w_type.lookup(name)
    amap = w_obj.attr_map()
    if amap is not None:
        if w_descr is not None and not callmethod._is_plain_method(w_descr):
            return w_callable, w_self
        slot = amap.find_index(name)
        entry = _entry(pycode.attr_method_cache, index)
        if slot >= 0:
            entry.fill(amap, w_type.version_tag, INSTANCE_ATTR, slot, None,
                       None)
        elif w_descr is not None:
            entry.fill(amap, w_type.version_tag, TYPE_VALUE, -1, w_descr,
                       None)
    elif (not w_type.is_heaptype and not w_type.hasdict and
          w_descr is not None and callmethod._is_plain_method(w_descr) and
          w_obj.getdict(space) is None):
        # a builtin object without a __dict__: nothing shadows the method
        _entry(pycode.attr_method_cache, index).fill(
            None, w_type.version_tag, TYPE_VALUE, -1, w_descr, None)
    return w_callable, w_self
