"""`dict`: W_DictObject, an insertion-ordered hash table of wrapped keys.

The storage is an RPython `r_dict` whose hash and equality call the
space (`space.hash_w`, `space.eq_w`), so any hashable app-level object can
be a key; RPython dicts keep insertion order, as Python's do.  (Storage
strategies specialised for str or int keys come later in
dictstrategy.py.)"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import r_dict

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef


class W_DictObject(W_Root):
    def __init__(self, space):
        self.storage = r_dict(space.eq_w, space.hash_w, force_non_null=True)

    def getitem(self, w_key):
        """The value for w_key, or None."""
        return self.storage.get(w_key, None)

    def setitem(self, w_key, w_value):
        self.storage[w_key] = w_value

    def length(self):
        return len(self.storage)

    def keys_w(self):
        return self.storage.keys()

    def values_w(self):
        return self.storage.values()

    def descr_init(self, space, __args__):
        args_w = __args__.arguments_w
        if len(args_w) > 1:
            raise oefmt(space.w_TypeError,
                        "dict expected at most 1 argument, got %d",
                        len(args_w))
        if args_w:
            self.update_from(space, args_w[0])
        for i in range(len(__args__.keywords)):
            self.setitem(space.newtext(__args__.keywords[i]),
                         __args__.keywords_w[i])

    def update_from(self, space, w_other):
        """dict.update(w_other) for a mapping (anything with keys()) or
        an iterable of pairs, through the generic protocols."""
        if isinstance(w_other, W_DictObject):
            for w_key, w_value in w_other.storage.items():
                self.setitem(w_key, w_value)
        elif space.findattr(w_other, space.newtext('keys')) is not None:
            for w_key in space.listview(space.call_method(w_other, 'keys')):
                self.setitem(w_key, space.getitem(w_other, w_key))
        else:
            for w_pair in space.listview(w_other):
                items_w = space.unpackiterable(w_pair, 2)
                self.setitem(items_w[0], items_w[1])

    def descr_repr(self, space):
        if not self.storage:
            return space.newtext('{}')
        if space.repr_enter(self):
            return space.newtext('{...}')
        try:
            parts = []
            for w_key, w_value in self.storage.items():
                parts.append('%s: %s' % (space.text_w(space.repr(w_key)),
                                         space.text_w(space.repr(w_value))))
        finally:
            space.repr_leave(self)
        return space.newtext('{' + ', '.join(parts) + '}')

    def descr_len(self, space):
        return space.newint(len(self.storage))

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
        try:
            del self.storage[w_key]
        except KeyError:
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, w_key))

    def descr_contains(self, space, w_key):
        return space.newbool(w_key in self.storage)

    def descr_iter(self, space):
        return space.iter(space.newlist(self.storage.keys()))

    def descr_get(self, space, w_key, w_default=None):
        w_value = self.getitem(w_key)
        if w_value is None:
            return w_default if w_default is not None else space.w_None
        return w_value

    def descr_keys(self, space):
        return space.newlist(self.storage.keys())

    def descr_values(self, space):
        return space.newlist(self.storage.values())

    def descr_items(self, space):
        return space.newlist([space.newtuple([w_k, w_v]) for w_k, w_v in
                              self.storage.items()])

    def descr_pop(self, space, w_key, w_default=None):
        w_value = self.getitem(w_key)
        if w_value is None:
            if w_default is not None:
                return w_default
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, w_key))
        del self.storage[w_key]
        return w_value

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return space.w_NotImplemented
        if len(self.storage) != len(w_other.storage):
            return space.w_False
        for w_key, w_value in self.storage.items():
            w_other_value = w_other.getitem(w_key)
            if w_other_value is None or not space.eq_w(w_value,
                                                       w_other_value):
                return space.w_False
        return space.w_True


def descr_new_dict(space, w_type, __args__):
    if w_type is space.w_dict:
        return W_DictObject(space)
    w_obj = space.allocate_instance(W_DictObject, w_type)
    W_DictObject.__init__(w_obj, space)
    return w_obj


W_DictObject.typedef = TypeDef(
    'dict',
    __new__=interp2app(descr_new_dict, app_name='__new__'),
    __init__=interp2app(W_DictObject.descr_init),
    __repr__=interp2app(W_DictObject.descr_repr),
    __len__=interp2app(W_DictObject.descr_len),
    __getitem__=interp2app(W_DictObject.descr_getitem),
    __setitem__=interp2app(W_DictObject.descr_setitem),
    __delitem__=interp2app(W_DictObject.descr_delitem),
    __contains__=interp2app(W_DictObject.descr_contains),
    __iter__=interp2app(W_DictObject.descr_iter),
    __eq__=interp2app(W_DictObject.descr_eq),
    __hash__=None,
    get=interp2app(W_DictObject.descr_get),
    keys=interp2app(W_DictObject.descr_keys),
    values=interp2app(W_DictObject.descr_values),
    items=interp2app(W_DictObject.descr_items),
    pop=interp2app(W_DictObject.descr_pop),
)
