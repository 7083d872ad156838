"""`dict`: W_DictObject, an insertion-ordered hash table of wrapped keys.

The storage is an RPython `r_dict` whose hash and equality call the
space (`space.hash_w`, `space.eq_w`), so any hashable app-level object can
be a key; RPython dicts keep insertion order, as Python's do.  (Storage
strategies specialised for str or int keys come later in
dictstrategy.py.)

Every write goes through four methods, `setitem`, `popvalue`,
`popitem_pair` and `clear` (the storage is `_storage`, read-only outside
them; no other file touches it, tests/interpreter/test_globalcache.py
checks), and each bumps `version` after it changes the storage.  So while
`version` stays the same, a lookup answers the same.  `only_str_keys`
says that every key ever stored since the last clear() is an exact str:
then looking up a str runs no app-level `__eq__`/`__hash__`, so its answer
depends on the storage alone.  Both serve the LOAD_GLOBAL cache
(interpreter/globalcache.py)."""


from __future__ import absolute_import
from rpython.rlib.objectmodel import r_dict

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef
from objspace.std.genericalias import class_getitem_entry
from objspace.std.typeobject import interp_classmethod
from objspace.std.unicodeobject import W_UnicodeObject


class W_DictObject(W_Root):
    def __init__(self, space):
        self._storage = r_dict(space.eq_w, space.hash_w,
                               force_non_null=True)
        self.version = 0
        self.only_str_keys = True

    def getitem(self, w_key):
        """The value for w_key, or None."""
        return self._storage.get(w_key, None)

    # --- the only writers (see the module docstring) -------------------

    def setitem(self, w_key, w_value):
        if self.only_str_keys and type(w_key) is not W_UnicodeObject:
            self.only_str_keys = False
        self._storage[w_key] = w_value
        # after the write: a lookup made by app-level code that the
        # write runs (a key's __eq__) must not look current
        self.version += 1

    def popvalue(self, w_key):
        """Remove w_key and return its value, or None if absent."""
        w_value = self._storage.pop(w_key, None)
        if w_value is not None:
            self.version += 1
        return w_value

    def popitem_pair(self):
        """Remove and return the last (key, value) pair; the dict must
        not be empty."""
        pair = self._storage.popitem()
        self.version += 1
        return pair

    def clear(self):
        self._storage.clear()
        self.only_str_keys = True
        self.version += 1

    # --- readers ---------------------------------------------------------

    def length(self):
        return len(self._storage)

    def keys_w(self):
        return self._storage.keys()

    def values_w(self):
        return self._storage.values()

    def items_pairs(self):
        """A new list of the (key, value) pairs, in order."""
        return self._storage.items()

    def descr_init(self, space, __args__):
        self.update_args(space, __args__, 'dict expected')

    def update_args(self, space, __args__, what):
        args_w = __args__.arguments_w
        if len(args_w) > 1:
            raise oefmt(space.w_TypeError,
                        "%s at most 1 argument, got %d", what, len(args_w))
        if args_w:
            self.update_from(space, args_w[0])
        for i in range(len(__args__.keywords)):
            self.setitem(space.newtext(__args__.keywords[i]),
                         __args__.keywords_w[i])

    def descr_update(self, space, __args__):
        """D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.
If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]
If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v
In either case, this is followed by: for k in F:  D[k] = F[k]"""
        self.update_args(space, __args__, 'update expected')

    def update_from(self, space, w_other):
        """dict.update(w_other) for a mapping (anything with keys()) or
        an iterable of pairs, through the generic protocols."""
        if isinstance(w_other, W_DictObject) and \
                space.type(w_other) is space.w_dict:
            for w_key, w_value in w_other.items_pairs():
                self.setitem(w_key, w_value)
        elif space.findattr(w_other, space.newtext('keys')) is not None:
            for w_key in space.listview(space.call_method(w_other, 'keys')):
                self.setitem(w_key, space.getitem(w_other, w_key))
        else:
            index = 0
            for w_pair in space.listview(w_other):
                try:
                    items_w = space.listview(w_pair)
                except OperationError as e:
                    if not e.match(space, space.w_TypeError):
                        raise
                    raise oefmt(space.w_TypeError,
                                "cannot convert dictionary update sequence "
                                "element #%d to a sequence", index)
                if len(items_w) != 2:
                    raise oefmt(space.w_ValueError,
                                "dictionary update sequence element #%d has "
                                "length %d; 2 is required", index,
                                len(items_w))
                self.setitem(items_w[0], items_w[1])
                index += 1

    def descr_repr(self, space):
        if not self._storage:
            return space.newtext('{}')
        if space.repr_enter(self):
            return space.newtext('{...}')
        try:
            parts = []
            for w_key, w_value in self.items_pairs():
                parts.append('%s: %s' % (space.text_w(space.repr(w_key)),
                                         space.text_w(space.repr(w_value))))
        finally:
            space.repr_leave(self)
        return space.newtext('{' + ', '.join(parts) + '}')

    def descr_len(self, space):
        return space.newint(len(self._storage))

    def descr_getitem(self, space, w_key):
        w_value = self.getitem(w_key)
        if w_value is None:
            w_missing = space.lookup(self, '__missing__')
            if w_missing is not None:
                return space.get_and_call_function(w_missing, self, w_key)
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, w_key))
        return w_value

    def descr_setitem(self, space, w_key, w_value):
        self.setitem(w_key, w_value)

    def descr_delitem(self, space, w_key):
        if self.popvalue(w_key) is None:
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, w_key))

    def descr_contains(self, space, w_key):
        return space.newbool(w_key in self._storage)

    def descr_iter(self, space):
        from objspace.std.dictviewobject import make_dict_iter, KIND_KEYS
        return make_dict_iter(self, KIND_KEYS, False)

    def descr_reversed(self, space):
        """Return a reverse iterator over the dict keys."""
        from objspace.std.dictviewobject import make_dict_iter, KIND_KEYS
        return make_dict_iter(self, KIND_KEYS, True)

    def descr_get(self, space, w_key, w_default=None):
        w_value = self.getitem(w_key)
        if w_value is None:
            return w_default if w_default is not None else space.w_None
        return w_value

    def descr_keys(self, space):
        """D.keys() -> a set-like object providing a view on D's keys"""
        from objspace.std.dictviewobject import W_DictKeysView
        return W_DictKeysView(self)

    def descr_values(self, space):
        """D.values() -> an object providing a view on D's values"""
        from objspace.std.dictviewobject import W_DictValuesView
        return W_DictValuesView(self)

    def descr_items(self, space):
        """D.items() -> a set-like object providing a view on D's items"""
        from objspace.std.dictviewobject import W_DictItemsView
        return W_DictItemsView(self)

    def descr_setdefault(self, space, w_key, w_default=None):
        """Insert key with a value of default if key is not in the
dictionary.

Return the value for key if key is in the dictionary, else default."""
        w_value = self.getitem(w_key)
        if w_value is not None:
            return w_value
        if w_default is None:
            w_default = space.w_None
        self.setitem(w_key, w_default)
        return w_default

    def descr_popitem(self, space):
        """Remove and return a (key, value) pair as a 2-tuple.

Pairs are returned in LIFO (last-in, first-out) order.
Raises KeyError if the dict is empty."""
        if not self._storage:
            raise oefmt(space.w_KeyError, "popitem(): dictionary is empty")
        # RPython's ordered dicts pop their last entry
        w_key, w_value = self.popitem_pair()
        return space.newtuple([w_key, w_value])

    def descr_clear(self, space):
        """D.clear() -> None.  Remove all items from D."""
        self.clear()

    def descr_copy(self, space):
        """D.copy() -> a shallow copy of D"""
        w_copy = W_DictObject(space)
        for w_key, w_value in self.items_pairs():
            w_copy.setitem(w_key, w_value)
        return w_copy

    def descr_or(self, space, w_other):
        if not space.isinstance_w(w_other, space.w_dict):
            return space.w_NotImplemented
        w_copy = self.descr_copy(space)
        w_copy.update_from(space, w_other)
        return w_copy

    def descr_ror(self, space, w_other):
        if not space.isinstance_w(w_other, space.w_dict):
            return space.w_NotImplemented
        w_result = W_DictObject(space)
        w_result.update_from(space, w_other)
        for w_key, w_value in self.items_pairs():
            w_result.setitem(w_key, w_value)
        return w_result

    def descr_ior(self, space, w_other):
        # any mapping or iterable of pairs, as dict.update takes
        self.update_from(space, w_other)
        return self

    def descr_pop(self, space, w_key, w_default=None):
        w_value = self.popvalue(w_key)
        if w_value is None:
            if w_default is not None:
                return w_default
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, w_key))
        return w_value

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return space.w_NotImplemented
        return space.newbool(self.equal(space, w_other))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return space.w_NotImplemented
        return space.newbool(not self.equal(space, w_other))

    def equal(self, space, w_other):
        if self.length() != w_other.length():
            return False
        for w_key, w_value in self.items_pairs():
            w_other_value = w_other.getitem(w_key)
            if w_other_value is None or not space.eq_w(w_value,
                                                       w_other_value):
                return False
        return True


def descr_fromkeys(space, w_type, w_iterable, w_value=None):
    """Create a new dictionary with keys from iterable and values set to
value."""
    if w_value is None:
        w_value = space.w_None
    if space.is_w(w_type, space.w_dict):
        w_dict = W_DictObject(space)
        for w_key in space.listview(w_iterable):
            w_dict.setitem(w_key, w_value)
        return w_dict
    w_dict = space.call_function(w_type)
    for w_key in space.listview(w_iterable):
        space.setitem(w_dict, w_key, w_value)
    return w_dict


def descr_new_dict(space, w_type, __args__):
    if w_type is space.w_dict:
        return W_DictObject(space)
    w_obj = space.allocate_instance(W_DictObject, w_type)
    W_DictObject.__init__(w_obj, space)
    return w_obj


W_DictObject.typedef = TypeDef(
    'dict',
    __new__=interp2app(descr_new_dict, app_name='__new__'),
    __class_getitem__=class_getitem_entry(),
    __init__=interp2app(W_DictObject.descr_init),
    __repr__=interp2app(W_DictObject.descr_repr),
    __len__=interp2app(W_DictObject.descr_len),
    __getitem__=interp2app(W_DictObject.descr_getitem),
    __setitem__=interp2app(W_DictObject.descr_setitem),
    __delitem__=interp2app(W_DictObject.descr_delitem),
    __contains__=interp2app(W_DictObject.descr_contains),
    __iter__=interp2app(W_DictObject.descr_iter),
    __eq__=interp2app(W_DictObject.descr_eq),
    __ne__=interp2app(W_DictObject.descr_ne),
    __reversed__=interp2app(W_DictObject.descr_reversed),
    __or__=interp2app(W_DictObject.descr_or),
    __ror__=interp2app(W_DictObject.descr_ror),
    __ior__=interp2app(W_DictObject.descr_ior),
    __hash__=None,
    get=interp2app(W_DictObject.descr_get),
    keys=interp2app(W_DictObject.descr_keys),
    values=interp2app(W_DictObject.descr_values),
    items=interp2app(W_DictObject.descr_items),
    pop=interp2app(W_DictObject.descr_pop),
    setdefault=interp2app(W_DictObject.descr_setdefault),
    update=interp2app(W_DictObject.descr_update),
    popitem=interp2app(W_DictObject.descr_popitem),
    clear=interp2app(W_DictObject.descr_clear),
    copy=interp2app(W_DictObject.descr_copy),
    fromkeys=interp_classmethod(interp2app(descr_fromkeys)),
)
