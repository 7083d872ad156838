"""`set` and `frozenset`: W_SetObject and W_FrozensetObject, both kept in
an RPython `r_dict` whose keys are the items (hashed and compared through
the space, like dict keys) and whose values are unused.

The two types share W_BaseSetObject's methods; an operation returns the
type of its left operand (set | frozenset is a set).  Arguments that are
not sets are read with the iteration protocol."""


from __future__ import absolute_import
from rpython.rlib.objectmodel import r_dict
from rpython.rlib.rarithmetic import r_uint, intmask

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.genericalias import class_getitem_entry


def _new_storage(space):
    return r_dict(space.eq_w, space.hash_w, force_non_null=True)


class W_BaseSetObject(W_Root):
    def __init__(self, space):
        self.storage = _new_storage(space)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self.storage.keys())

    def new_empty(self, space):
        """An empty set of this object's builtin type."""
        raise NotImplementedError

    def add(self, w_item):
        self.storage[w_item] = True

    def contains(self, space, w_item):
        try:
            return w_item in self.storage
        except OperationError as e:
            # a set is unhashable, yet `set in setofsets` asks whether
            # the equal frozenset is there, as CPython does
            if not isinstance(w_item, W_SetObject) or \
                    not e.match(space, space.w_TypeError):
                raise
            return frozen_copy(space, w_item) in self.storage

    def items(self):
        return self.storage.keys()

    def update_from(self, space, w_iterable):
        if isinstance(w_iterable, W_BaseSetObject):
            for w_item in w_iterable.storage.keys():
                self.add(w_item)
            return
        for w_item in space.listview(w_iterable):
            self.add(w_item)

    def copy_of_type(self, space, result):
        for w_item in self.storage.keys():
            result.add(w_item)
        return result

    # --- algebra (results are new objects of self's type) -------------

    def union(self, space, others_w):
        result = self.copy_of_type(space, self.new_empty(space))
        for w_other in others_w:
            result.update_from(space, w_other)
        return result

    def intersection(self, space, others_w):
        current = self
        result = self.copy_of_type(space, self.new_empty(space))
        for w_other in others_w:
            other = as_set(space, w_other)
            result = self.new_empty(space)
            for w_item in current.storage.keys():
                if other.contains(space, w_item):
                    result.add(w_item)
            current = result
        return result

    def difference(self, space, others_w):
        result = self.copy_of_type(space, self.new_empty(space))
        for w_other in others_w:
            other = as_set(space, w_other)
            kept = self.new_empty(space)
            for w_item in result.storage.keys():
                if not other.contains(space, w_item):
                    kept.add(w_item)
            result = kept
        return result

    def symmetric_difference(self, space, w_other):
        other = as_set(space, w_other)
        result = self.new_empty(space)
        for w_item in self.storage.keys():
            if not other.contains(space, w_item):
                result.add(w_item)
        for w_item in other.storage.keys():
            if not self.contains(space, w_item):
                result.add(w_item)
        return result

    def issubset(self, space, other):
        if len(self.storage) > len(other.storage):
            return False
        for w_item in self.storage.keys():
            if not other.contains(space, w_item):
                return False
        return True

    # --- app-level methods shared by set and frozenset ----------------

    def descr_len(self, space):
        return space.newint(len(self.storage))

    def descr_contains(self, space, w_item):
        return space.newbool(self.contains(space, w_item))

    def descr_iter(self, space):
        return W_SetIterObject(self)

    def descr_repr(self, space):
        typename = space.type(self).name
        if not self.storage:
            return space.newtext('%s()' % typename)
        if space.repr_enter(self):
            return space.newtext('%s(...)' % typename)
        try:
            parts = [space.text_w(space.repr(w_item))
                     for w_item in self.storage.keys()]
        finally:
            space.repr_leave(self)
        text = '{' + ', '.join(parts) + '}'
        if space.type(self) is space.w_set:
            return space.newtext(text)
        return space.newtext('%s(%s)' % (typename, text))

    def descr_copy(self, space):
        """Return a shallow copy of a set."""
        return self.copy_of_type(space, self.new_empty(space))

    def descr_union(self, space, args_w):
        """Return the union of sets as a new set.

(i.e. all elements that are in either set.)"""
        return self.union(space, args_w)

    def descr_intersection(self, space, args_w):
        """Return the intersection of two sets as a new set.

(i.e. all elements that are in both sets.)"""
        return self.intersection(space, args_w)

    def descr_difference(self, space, args_w):
        """Return the difference of two or more sets as a new set.

(i.e. all elements that are in this set but not the others.)"""
        return self.difference(space, args_w)

    def descr_symmetric_difference(self, space, w_other):
        """Return the symmetric difference of two sets as a new set.

(i.e. all elements that are in exactly one of the sets.)"""
        return self.symmetric_difference(space, w_other)

    def descr_isdisjoint(self, space, w_other):
        """Return True if two sets have a null intersection."""
        other = as_set(space, w_other)
        for w_item in self.storage.keys():
            if other.contains(space, w_item):
                return space.w_False
        return space.w_True

    def descr_issubset(self, space, w_other):
        """Report whether another set contains this set."""
        return space.newbool(self.issubset(space, as_set(space, w_other)))

    def descr_issuperset(self, space, w_other):
        """Report whether this set contains another set."""
        return space.newbool(as_set(space, w_other).issubset(space, self))

    # --- operators: only between sets ---------------------------------

    def descr_or(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return self.union(space, [w_other])

    def descr_and(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return self.intersection(space, [w_other])

    def descr_sub(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return self.difference(space, [w_other])

    def descr_xor(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return self.symmetric_difference(space, w_other)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return space.newbool(len(self.storage) == len(w_other.storage) and
                             self.issubset(space, w_other))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return space.newbool(not (len(self.storage) == len(w_other.storage)
                                  and self.issubset(space, w_other)))

    def descr_le(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return space.newbool(self.issubset(space, w_other))

    def descr_lt(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return space.newbool(len(self.storage) < len(w_other.storage) and
                             self.issubset(space, w_other))

    def descr_ge(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return space.newbool(w_other.issubset(space, self))

    def descr_gt(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        return space.newbool(len(w_other.storage) < len(self.storage) and
                             w_other.issubset(space, self))


class W_SetObject(W_BaseSetObject):
    def new_empty(self, space):
        return W_SetObject(space)

    def descr_init(self, space, __args__):
        if __args__.keywords:
            raise oefmt(space.w_TypeError, "set() takes no keyword arguments")
        args_w = __args__.arguments_w
        if len(args_w) > 1:
            raise oefmt(space.w_TypeError,
                        "set expected at most 1 argument, got %d",
                        len(args_w))
        self.storage.clear()
        if args_w:
            self.update_from(space, args_w[0])

    def descr_add(self, space, w_item):
        """Add an element to a set.

This has no effect if the element is already present."""
        self.add(w_item)

    def descr_clear(self, space):
        """Remove all elements from this set."""
        self.storage.clear()

    def descr_discard(self, space, w_item):
        """Remove an element from a set if it is a member.

Unlike set.remove(), the discard() method does not raise an exception
when an element is missing from the set."""
        self.discard(space, w_item)

    def discard(self, space, w_item):
        """Remove w_item if present; whether it was."""
        if not self.contains(space, w_item):
            return False
        if isinstance(w_item, W_SetObject):
            w_item = frozen_copy(space, w_item)
        del self.storage[w_item]
        return True

    def descr_remove(self, space, w_item):
        """Remove an element from a set; it must be a member.

If the element is not a member, raise a KeyError."""
        if not self.discard(space, w_item):
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError,
                                                     w_item))

    def descr_pop(self, space):
        """Remove and return an arbitrary set element.
Raises KeyError if the set is empty."""
        if not self.storage:
            raise oefmt(space.w_KeyError, "pop from an empty set")
        w_key, _ = self.storage.popitem()
        return w_key

    def descr_update(self, space, args_w):
        """Update the set, adding elements from all others."""
        for w_other in args_w:
            self.update_from(space, w_other)

    def replace_with(self, other):
        self.storage = other.storage

    def descr_intersection_update(self, space, args_w):
        """Update the set, keeping only elements found in it and all
others."""
        self.replace_with(self.intersection(space, args_w))

    def descr_difference_update(self, space, args_w):
        """Update the set, removing elements found in others."""
        self.replace_with(self.difference(space, args_w))

    def descr_symmetric_difference_update(self, space, w_other):
        """Update the set, keeping only elements found in either set, but
not in both."""
        self.replace_with(self.symmetric_difference(space, w_other))

    def descr_ior(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        self.update_from(space, w_other)
        return self

    def descr_iand(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        self.replace_with(self.intersection(space, [w_other]))
        return self

    def descr_isub(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        self.replace_with(self.difference(space, [w_other]))
        return self

    def descr_ixor(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return space.w_NotImplemented
        self.replace_with(self.symmetric_difference(space, w_other))
        return self


class W_FrozensetObject(W_BaseSetObject):
    def new_empty(self, space):
        return W_FrozensetObject(space)

    def descr_copy(self, space):
        """Return a shallow copy of a set."""
        if space.type(self) is space.w_frozenset:
            return self    # immutable: the copy is the same object
        return self.copy_of_type(space, W_FrozensetObject(space))

    def descr_hash(self, space):
        # order-independent: combine the items' scrambled hashes with xor
        acc = r_uint(0)
        for w_item in self.storage.keys():
            h = r_uint(space.hash_w(w_item))
            acc ^= ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)
        acc ^= (r_uint(len(self.storage)) + 1) * r_uint(1927868237)
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = acc * r_uint(69069) + r_uint(907133923)
        result = intmask(acc)
        if result == -1:
            result = 590923713
        return space.newint(result)


def frozen_copy(space, w_set):
    """A frozenset of the items of w_set."""
    return w_set.copy_of_type(space, W_FrozensetObject(space))


def as_set(space, w_obj):
    """w_obj if it is a set or frozenset, else a new set of its items."""
    if isinstance(w_obj, W_BaseSetObject):
        return w_obj
    result = W_SetObject(space)
    result.update_from(space, w_obj)
    return result


def descr_new_set(space, w_type, __args__):
    # set.__init__ fills it
    if w_type is space.w_set:
        return W_SetObject(space)
    w_obj = space.allocate_instance(W_SetObject, w_type)
    W_SetObject.__init__(w_obj, space)
    return w_obj


def descr_new_frozenset(space, w_type, __args__):
    if __args__.keywords:
        raise oefmt(space.w_TypeError,
                    "frozenset() takes no keyword arguments")
    args_w = __args__.arguments_w
    if len(args_w) > 1:
        raise oefmt(space.w_TypeError,
                    "frozenset expected at most 1 argument, got %d",
                    len(args_w))
    if args_w:
        w_iterable = args_w[0]
        if isinstance(w_iterable, W_FrozensetObject) and \
                space.type(w_iterable) is space.w_frozenset and \
                w_type is space.w_frozenset:
            return w_iterable
    if w_type is space.w_frozenset:
        w_result = W_FrozensetObject(space)
    else:
        w_result = space.allocate_instance(W_FrozensetObject, w_type)
        W_FrozensetObject.__init__(w_result, space)
    if args_w:
        w_result.update_from(space, args_w[0])
    return w_result


class W_SetIterObject(W_Root):
    """Iterates a snapshot of the items; a change of the set's size in
    the meantime is an error, as in CPython."""

    def __init__(self, w_set):
        self.w_set = w_set
        self.items_w = w_set.storage.keys()
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_set = self.w_set
        if w_set is None:
            raise OperationError(space.w_StopIteration, None)
        if len(w_set.storage) != len(self.items_w):
            self.w_set = None
            raise oefmt(space.w_RuntimeError,
                        "Set changed size during iteration")
        index = self.index
        if index >= len(self.items_w):
            self.w_set = None
            raise OperationError(space.w_StopIteration, None)
        self.index = index + 1
        return self.items_w[index]

    def descr_length_hint(self, space):
        if self.w_set is None:
            return space.newint(0)
        return space.newint(len(self.items_w) - self.index)


def _shared_methods(cls):
    names = ['len', 'contains', 'iter', 'repr', 'copy', 'union',
             'intersection', 'difference', 'symmetric_difference',
             'isdisjoint', 'issubset', 'issuperset']
    special = ['len', 'contains', 'iter', 'repr', 'or', 'and', 'sub', 'xor',
               'eq', 'ne', 'lt', 'le', 'gt', 'ge']
    result = {}
    for name in names + special:
        app_name = '__%s__' % name if name in special else name
        result[app_name] = interp2app(getattr(cls, 'descr_' + name),
                                      app_name=app_name)
    return result


_set_methods = _shared_methods(W_SetObject)
for _name in ['add', 'clear', 'discard', 'remove', 'pop', 'update',
              'intersection_update', 'difference_update',
              'symmetric_difference_update']:
    _set_methods[_name] = interp2app(getattr(W_SetObject, 'descr_' + _name))
for _name in ['ior', 'iand', 'isub', 'ixor']:
    _set_methods['__%s__' % _name] = interp2app(
        getattr(W_SetObject, 'descr_' + _name), app_name='__%s__' % _name)

W_SetObject.typedef = TypeDef(
    'set',
    __new__=interp2app(descr_new_set, app_name='__new__'),
    __class_getitem__=class_getitem_entry(),
    __init__=interp2app(W_SetObject.descr_init),
    __hash__=None,
    doc="set() -> new empty set object\n"
        "set(iterable) -> new set object\n\n"
        "Build an unordered collection of unique elements.",
    **_set_methods)

W_FrozensetObject.typedef = TypeDef(
    'frozenset',
    __new__=interp2app(descr_new_frozenset, app_name='__new__'),
    __class_getitem__=class_getitem_entry(),
    __hash__=interp2app(W_FrozensetObject.descr_hash),
    doc="frozenset() -> empty frozenset object\n"
        "frozenset(iterable) -> frozenset object\n\n"
        "Build an immutable unordered collection of unique elements.",
    **_shared_methods(W_FrozensetObject))

W_SetIterObject.typedef = TypeDef(
    'set_iterator',
    __iter__=interp2app(W_SetIterObject.descr_iter),
    __next__=interp2app(W_SetIterObject.descr_next),
    __length_hint__=interp2app(W_SetIterObject.descr_length_hint),
    acceptable_as_base=False,
)
