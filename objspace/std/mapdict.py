"""Maps: the attribute layouts ("hidden classes") of user instances.

An instance of a user class does not carry a dict of its own: it carries
a *map*, which says at which index of the instance's `storage_w` list each
attribute lives, and the list.  Maps are shared: every instance that got
the attributes `x` then `y` has the same map, made once by following the
transitions `terminator -> +x -> +y`.  Reading an attribute is then a walk
of the (short, immutable) map chain, which the JIT constant-folds once the
map is promoted, plus a list read.

Each W_TypeObject owns the terminator (the empty map) of its instances.
Deleting an attribute rebuilds the instance's map from the terminator
without that attribute.  Reading the instance's `__dict__` turns the
storage into a real dict for good (`devolve`, in instanceobject.py):
after that, attributes live in the dict and the map is no longer used.
"""

from __future__ import absolute_import
from rpython.rlib import jit


class AbstractMap(object):
    """A map: `length` attributes, the last one described by this map."""
    _immutable_fields_ = ['length', 'terminator']

    def __init__(self, length, terminator):
        self.length = length
        self.terminator = terminator
        # name -> the map with that attribute added after ours; written
        # only when a new layout is first seen
        self.transitions = {}

    @jit.elidable
    def find_index(self, name):
        """The storage index of attribute `name`, or -1."""
        return -1

    @jit.elidable
    def add_attribute(self, name):
        """The map of an instance that has our attributes and then
        `name` (which must not be one of them)."""
        try:
            return self.transitions[name]
        except KeyError:
            new_map = Attribute(name, self)
            self.transitions[name] = new_map
            return new_map

    def names(self):
        """The attribute names in storage order."""
        result = [''] * self.length
        amap = self
        while isinstance(amap, Attribute):
            result[amap.length - 1] = amap.name
            amap = amap.back
        return result


class Terminator(AbstractMap):
    """The empty map of the instances of one type."""

    def __init__(self):
        AbstractMap.__init__(self, 0, None)
        self.terminator = self


class Attribute(AbstractMap):
    """One more attribute, stored at index `length - 1`."""
    _immutable_fields_ = ['name', 'back']

    def __init__(self, name, back):
        AbstractMap.__init__(self, back.length + 1, back.terminator)
        self.name = name
        self.back = back

    @jit.elidable
    def find_index(self, name):
        amap = self
        while isinstance(amap, Attribute):
            if amap.name == name:
                return amap.length - 1
            amap = amap.back
        return -1


def map_read(amap, storage_w, name):
    """The value of attribute `name` in an instance with this map and
    storage, or None."""
    index = jit.promote(amap).find_index(name)
    if index < 0:
        return None
    return storage_w[index]


def map_write(amap, storage_w, name, w_value):
    """Store the attribute; return the (possibly new) map.  storage_w is
    extended in place when the attribute is new."""
    amap = jit.promote(amap)
    index = amap.find_index(name)
    if index >= 0:
        storage_w[index] = w_value
        return amap
    new_map = amap.add_attribute(name)
    storage_w.append(w_value)
    assert len(storage_w) == new_map.length
    return new_map


def map_delete(amap, storage_w, name):
    """Remove the attribute `name`: (the new map, the new storage), or
    (None, None) if there is no such attribute."""
    if amap.find_index(name) < 0:
        return None, None
    names = amap.names()
    new_map = amap.terminator
    new_storage_w = []
    for i in range(len(names)):
        if names[i] != name:
            new_map = new_map.add_attribute(names[i])
            new_storage_w.append(storage_w[i])
    return new_map, new_storage_w
