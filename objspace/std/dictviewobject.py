"""The views of a dict (`dict_keys`, `dict_values`, `dict_items`) and the
iterators over a dict and its views.

A view holds only its dict, so it follows every later change.  An
iterator takes a snapshot of the (key, value) pairs when it is made and
raises CPython's RuntimeError when the dict's size differs at a later
step.  Keys and items views are set-like: their operators accept any
iterable and return sets (objspace/std/setobject.py)."""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef

KIND_KEYS, KIND_VALUES, KIND_ITEMS = range(3)


class W_DictIterObject(W_Root):
    """Iterates the keys, values or items of a dict, forwards or in
    reverse."""

    def __init__(self, w_dict, kind, reverse):
        self.w_dict = w_dict
        self.kind = kind
        self.pairs = w_dict.items_pairs()
        if reverse:
            self.pairs.reverse()
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_dict = self.w_dict
        if w_dict is None:
            raise OperationError(space.w_StopIteration, None)
        if w_dict.length() != len(self.pairs):
            self.w_dict = None
            raise oefmt(space.w_RuntimeError,
                        "dictionary changed size during iteration")
        index = self.index
        if index >= len(self.pairs):
            self.w_dict = None
            raise OperationError(space.w_StopIteration, None)
        self.index = index + 1
        w_key, w_value = self.pairs[index]
        if self.kind == KIND_KEYS:
            return w_key
        if self.kind == KIND_VALUES:
            return w_value
        return space.newtuple([w_key, w_value])

    def descr_length_hint(self, space):
        if self.w_dict is None:
            return space.newint(0)
        return space.newint(len(self.pairs) - self.index)


class W_DictViewObject(W_Root):
    kind = -1

    def __init__(self, w_dict):
        self.w_dict = w_dict

    def descr_len(self, space):
        return space.newint(self.w_dict.length())

    def descr_iter(self, space):
        return make_dict_iter(self.w_dict, self.kind, False)

    def descr_reversed(self, space):
        return make_dict_iter(self.w_dict, self.kind, True)

    def descr_repr(self, space):
        from objspace.std.sequtil import sequence_repr
        name = space.type(self).name
        items_w = space.listview(self)
        return space.newtext(sequence_repr(space, self, items_w,
                                           name + '([', '])'))

    def descr_contains(self, space, w_item):
        raise NotImplementedError

    def as_set(self, space):
        from objspace.std.setobject import W_SetObject
        w_set = W_SetObject(space)
        w_set.update_from(space, self)
        return w_set

    # --- set-like operations (keys and items views) -------------------

    def descr_and(self, space, w_other):
        return self.as_set(space).intersection(space, [w_other])

    def descr_or(self, space, w_other):
        return self.as_set(space).union(space, [w_other])

    def descr_sub(self, space, w_other):
        return self.as_set(space).difference(space, [w_other])

    def descr_xor(self, space, w_other):
        return self.as_set(space).symmetric_difference(space, w_other)

    def descr_rand(self, space, w_other):
        from objspace.std.setobject import as_set
        return as_set(space, w_other).intersection(space, [self])

    def descr_ror(self, space, w_other):
        from objspace.std.setobject import as_set
        return as_set(space, w_other).union(space, [self])

    def descr_rsub(self, space, w_other):
        from objspace.std.setobject import as_set
        return as_set(space, w_other).difference(space, [self])

    def descr_rxor(self, space, w_other):
        from objspace.std.setobject import as_set
        return as_set(space, w_other).symmetric_difference(space, self)

    def descr_isdisjoint(self, space, w_other):
        """Return True if the view and the given iterable have a null
intersection."""
        w_iter = space.iter(w_other)
        while True:
            try:
                w_item = space.next(w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                return space.w_True
            if space.is_true(self.descr_contains(space, w_item)):
                return space.w_False

    def compare(self, space, w_other, op):
        """Comparisons as subset tests, against sets and set-like views
        only."""
        from objspace.std.setobject import W_BaseSetObject
        if not isinstance(w_other, W_BaseSetObject) and not (
                isinstance(w_other, W_DictViewObject) and
                w_other.kind != KIND_VALUES):
            return space.w_NotImplemented
        len_self = self.w_dict.length()
        len_other = space.len_w(w_other)
        if op == 'eq' or op == 'ne':
            result = len_self == len_other and self.all_in(space, w_other)
            return space.newbool(result == (op == 'eq'))
        if op == 'le' or op == 'lt':
            if len_self > len_other or (op == 'lt' and
                                        len_self == len_other):
                return space.w_False
            return space.newbool(self.all_in(space, w_other))
        if len_self < len_other or (op == 'gt' and len_self == len_other):
            return space.w_False
        w_iter = space.iter(w_other)
        while True:
            try:
                w_item = space.next(w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                return space.w_True
            if not space.is_true(self.descr_contains(space, w_item)):
                return space.w_False

    def all_in(self, space, w_container):
        for w_item in space.listview(self):
            if not space.is_true(space.contains(w_container, w_item)):
                return False
        return True

    def descr_eq(self, space, w_other):
        return self.compare(space, w_other, 'eq')

    def descr_ne(self, space, w_other):
        return self.compare(space, w_other, 'ne')

    def descr_lt(self, space, w_other):
        return self.compare(space, w_other, 'lt')

    def descr_le(self, space, w_other):
        return self.compare(space, w_other, 'le')

    def descr_gt(self, space, w_other):
        return self.compare(space, w_other, 'gt')

    def descr_ge(self, space, w_other):
        return self.compare(space, w_other, 'ge')


class W_DictKeysView(W_DictViewObject):
    kind = KIND_KEYS

    def descr_contains(self, space, w_item):
        return space.newbool(self.w_dict.getitem(w_item) is not None)


class W_DictValuesView(W_DictViewObject):
    kind = KIND_VALUES

    def descr_contains(self, space, w_item):
        for w_value in self.w_dict.values_w():
            if space.eq_w(w_value, w_item):
                return space.w_True
        return space.w_False


class W_DictItemsView(W_DictViewObject):
    kind = KIND_ITEMS

    def descr_contains(self, space, w_item):
        if not space.isinstance_w(w_item, space.w_tuple) or \
                space.len_w(w_item) != 2:
            return space.w_False
        pair_w = space.fixedview(w_item)
        w_value = self.w_dict.getitem(pair_w[0])
        if w_value is None:
            return space.w_False
        return space.newbool(space.eq_w(w_value, pair_w[1]))


def _view_typedef(name, cls, setlike):
    methods = {}
    for app_name in ['__len__', '__iter__', '__reversed__', '__repr__',
                     '__contains__']:
        methods[app_name] = interp2app(
            getattr(cls, 'descr_' + app_name.strip('_')), app_name=app_name)
    if setlike:
        for op in ['and', 'or', 'sub', 'xor', 'rand', 'ror', 'rsub', 'rxor',
                   'eq', 'ne', 'lt', 'le', 'gt', 'ge']:
            app_name = '__%s__' % op
            methods[app_name] = interp2app(getattr(cls, 'descr_' + op),
                                           app_name=app_name)
        methods['isdisjoint'] = interp2app(cls.descr_isdisjoint)
        methods['__hash__'] = None
    return TypeDef(name, acceptable_as_base=False, **methods)


W_DictKeysView.typedef = _view_typedef('dict_keys', W_DictKeysView, True)
W_DictValuesView.typedef = _view_typedef('dict_values', W_DictValuesView,
                                         False)
W_DictItemsView.typedef = _view_typedef('dict_items', W_DictItemsView, True)


def _iter_typedef(name):
    return TypeDef(
        name,
        __iter__=interp2app(W_DictIterObject.descr_iter),
        __next__=interp2app(W_DictIterObject.descr_next),
        __length_hint__=interp2app(W_DictIterObject.descr_length_hint),
        acceptable_as_base=False)


# one class per app-level iterator type name, as in CPython
class W_DictKeyIterObject(W_DictIterObject):
    pass


class W_DictValueIterObject(W_DictIterObject):
    pass


class W_DictItemIterObject(W_DictIterObject):
    pass


class W_DictReverseKeyIterObject(W_DictIterObject):
    pass


class W_DictReverseValueIterObject(W_DictIterObject):
    pass


class W_DictReverseItemIterObject(W_DictIterObject):
    pass


W_DictIterObject.typedef = _iter_typedef('dict_iterator')
W_DictKeyIterObject.typedef = _iter_typedef('dict_keyiterator')
W_DictValueIterObject.typedef = _iter_typedef('dict_valueiterator')
W_DictItemIterObject.typedef = _iter_typedef('dict_itemiterator')
W_DictReverseKeyIterObject.typedef = _iter_typedef('dict_reversekeyiterator')
W_DictReverseValueIterObject.typedef = _iter_typedef(
    'dict_reversevalueiterator')
W_DictReverseItemIterObject.typedef = _iter_typedef(
    'dict_reverseitemiterator')

def make_dict_iter(w_dict, kind, reverse):
    """The iterator of the right app-level type."""
    if kind == KIND_KEYS:
        if reverse:
            return W_DictReverseKeyIterObject(w_dict, kind, True)
        return W_DictKeyIterObject(w_dict, kind, False)
    if kind == KIND_VALUES:
        if reverse:
            return W_DictReverseValueIterObject(w_dict, kind, True)
        return W_DictValueIterObject(w_dict, kind, False)
    if reverse:
        return W_DictReverseItemIterObject(w_dict, kind, True)
    return W_DictItemIterObject(w_dict, kind, False)
