"""What the `match` statement's instructions ask of objects (PEP 634):
is it a sequence or a mapping, look up several keys, match a class
pattern.  Used by the MATCH_* opcodes (pyopcode.py); the code they run
in is described in astcompiler/patterns.py.

"Sequence" and "mapping" are CPython's type flags: list, tuple, range
(and their subclasses) are sequences, dict is a mapping; str, bytes and
bytearray never are; other classes are when they are registered with
(or inherit from) collections.abc.Sequence / Mapping, which we ask
`_collections_abc` about, if it has been imported (a class can only be
registered once it is).
"""

from __future__ import absolute_import

from interpreter.error import OperationError, oefmt


def _abc_isinstance(space, w_obj, abc_name):
    w_module = space.finditem_str(space.w_modules, '_collections_abc')
    if w_module is None:
        return False
    w_abc = space.findattr(w_module, space.newtext(abc_name))
    if w_abc is None:
        return False
    # the app-level isinstance(): ABCMeta.__instancecheck__ decides
    w_isinstance = space.builtin.get('isinstance')
    return space.is_true(space.call_function(w_isinstance, w_obj, w_abc))


def is_sequence(space, w_obj):
    for w_type in [space.w_list, space.w_tuple, space.w_range]:
        if space.isinstance_w(w_obj, w_type):
            return True
    for w_type in [space.w_str, space.w_bytes, space.w_bytearray,
                   space.w_dict]:
        if space.isinstance_w(w_obj, w_type):
            return False
    return _abc_isinstance(space, w_obj, 'Sequence')


def is_mapping(space, w_obj):
    if space.isinstance_w(w_obj, space.w_dict):
        return True
    for w_type in [space.w_list, space.w_tuple, space.w_range, space.w_str,
                   space.w_bytes, space.w_bytearray]:
        if space.isinstance_w(w_obj, w_type):
            return False
    return _abc_isinstance(space, w_obj, 'Mapping')


def match_keys(space, w_mapping, w_keys):
    """The tuple of the values of the keys (`mapping.get(key)`), or None
    if one is missing."""
    keys_w = space.fixedview(w_keys)
    w_seen = space.newset([])
    w_get = space.getattr(w_mapping, space.newtext('get'))
    # a private default: no mapping can hold it
    w_missing = space.call_function(space.w_object)
    values_w = []
    for w_key in keys_w:
        if space.is_true(space.contains(w_seen, w_key)):
            raise oefmt(space.w_ValueError,
                        "mapping pattern checks duplicate key (%R)", w_key)
        space.call_method(w_seen, 'add', w_key)
        w_value = space.call_function(w_get, w_key, w_missing)
        if w_value is w_missing:
            return space.w_None
        values_w.append(w_value)
    return space.newtuple(values_w)


def copy_dict_without_keys(space, w_mapping, w_keys):
    """`**rest`: a new dict of the mapping's other items."""
    w_rest = space.newdict()
    space.call_method(w_rest, 'update', w_mapping)
    for w_key in space.fixedview(w_keys):
        space.delitem(w_rest, w_key)
    return w_rest


def _matches_itself(space, w_type):
    """The builtin types whose single positional sub-pattern matches the
    subject itself (`int(0)`)."""
    for w_builtin in [space.w_bool, space.w_bytearray, space.w_bytes,
                      space.w_dict, space.w_float, space.w_frozenset,
                      space.w_int, space.w_list, space.w_set, space.w_str,
                      space.w_tuple]:
        if space.issubtype_w(w_type, w_builtin):
            return True
    return False


def match_class(space, w_subject, w_cls, npos, w_kwnames):
    """The tuple of the attributes a class pattern matches (positional
    ones then keywords), or None if the subject does not match."""
    from objspace.std.typeobject import W_TypeObject
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(space.w_TypeError, "called match pattern must be a type")
    if not space.isinstance_w(w_subject, w_cls):
        return space.w_None
    kwnames_w = space.fixedview(w_kwnames)
    names_w = []
    attrs_w = []
    if npos > 0:
        w_match_args = space.findattr(w_cls, space.newtext('__match_args__'))
        if w_match_args is None:
            if npos == 1 and _matches_itself(space, w_cls):
                attrs_w.append(w_subject)
            else:
                raise oefmt(space.w_TypeError,
                            "%s() accepts 0 positional sub-patterns (%d "
                            "given)", w_cls.getname(space), npos)
        else:
            if not space.isinstance_w(w_match_args, space.w_tuple):
                raise oefmt(space.w_TypeError,
                            "%s.__match_args__ must be a tuple (got %T)",
                            w_cls.getname(space), w_match_args)
            match_args_w = space.fixedview(w_match_args)
            if npos > len(match_args_w):
                plural = '' if len(match_args_w) == 1 else 's'
                raise oefmt(space.w_TypeError,
                            "%s() accepts %d positional sub-pattern%s (%d "
                            "given)", w_cls.getname(space),
                            len(match_args_w), plural, npos)
            for i in range(npos):
                w_name = match_args_w[i]
                if not space.isinstance_w(w_name, space.w_str):
                    raise oefmt(space.w_TypeError,
                                "__match_args__ elements must be strings "
                                "(got %T)", w_name)
                _check_repeated(space, names_w, w_name, w_cls)
                names_w.append(w_name)
                w_attr = space.findattr(w_subject, w_name)
                if w_attr is None:
                    return space.w_None
                attrs_w.append(w_attr)
    for w_name in kwnames_w:
        _check_repeated(space, names_w, w_name, w_cls)
        names_w.append(w_name)
        w_attr = space.findattr(w_subject, w_name)
        if w_attr is None:
            return space.w_None
        attrs_w.append(w_attr)
    return space.newtuple(attrs_w)


def _check_repeated(space, names_w, w_name, w_cls):
    for w_seen in names_w:
        if space.eq_w(w_seen, w_name):
            raise oefmt(space.w_TypeError,
                        "%s() got multiple sub-patterns for attribute %R",
                        w_cls.getname(space), w_name)
