"""The operations of the object space, as the language defines them.

Every operation looks its special method up on the *type* of the
operand (never on the instance), calls it through the descriptor
protocol, and checks the result.  The arithmetic, in-place, unary and
comparison operations are generated from ObjSpace.MethodTable by the
`_make_*` functions at the bottom; the others have rules of their own and
are written out.
"""


from __future__ import absolute_import

from rpython.rlib.objectmodel import always_inline, specialize
from rpython.rlib.rarithmetic import ovfcheck

from interpreter.argument import Arguments
from interpreter.baseobjspace import ObjSpace
from interpreter.error import OperationError, oefmt
from interpreter.function import W_Function, W_BuiltinFunction, W_Method
from objspace.std.floatobject import W_FloatObject, FLOAT_BINOPS
from objspace.std.intobject import W_IntObject, int_truediv
from objspace.std.unicodeobject import W_UnicodeObject
from objspace.std.listobject import W_ListObject
from objspace.std.tupleobject import W_TupleObject
from objspace.std.dictobject import W_DictObject
from objspace.std.setobject import W_SetObject, W_FrozensetObject
from objspace.std.rangeobject import W_RangeObject, W_RangeIterObject
from objspace.std.iterobject import (W_FastListIterObject,
                                     W_FastTupleIterObject)


def object_getattribute(space, w_obj, w_name):
    """object.__getattribute__: data descriptor on the type, then the
    instance dict, then a non-data descriptor or class attribute."""
    if w_obj._tproxy_:
        # object.__getattribute__(p, name) called explicitly
        return space.call_function(space.lookup(w_obj, '__getattribute__'),
                                   w_obj, w_name)
    name = space.text_w(w_name)
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    w_get = None
    if w_descr is not None:
        w_get = space.lookup(w_descr, '__get__')
        if w_get is not None and (
                space.lookup(w_descr, '__set__') is not None or
                space.lookup(w_descr, '__delete__') is not None):
            return space.get_and_call_function(w_get, w_descr, w_obj, w_type)
    if w_type.uses_mapdict:
        # an instance of a user class: its attributes are in a map
        # (objspace/std/instanceobject.py)
        w_value = w_obj.mapdict_read(space, name)
        if w_value is not None:
            return w_value
    else:
        w_dict = w_obj.getdict(space)
        if w_dict is not None:
            w_value = space.finditem(w_dict, w_name)
            if w_value is not None:
                return w_value
    if w_descr is not None:
        if w_get is not None:
            return space.get_and_call_function(w_get, w_descr, w_obj, w_type)
        return w_descr
    from interpreter.moduleobject import W_Module
    if isinstance(w_obj, W_Module):
        # a module's own `__getattr__` (PEP 562) and message
        return w_obj.missing_attribute(space, w_name)
    raise oefmt(space.w_AttributeError,
                "'%T' object has no attribute '%s'", w_obj, name)


def object_setattr(space, w_obj, w_name, w_value):
    """object.__setattr__: a data descriptor on the type, else the
    instance dict."""
    if w_obj._tproxy_:
        space.call_function(space.lookup(w_obj, '__setattr__'),
                            w_obj, w_name, w_value)
        return
    name = space.text_w(w_name)
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        w_set = space.lookup(w_descr, '__set__')
        if w_set is not None:
            space.get_and_call_function(w_set, w_descr, w_obj, w_value)
            return
    if w_type.uses_mapdict and w_type.hasdict:
        w_obj.mapdict_write(space, name, w_value)
        return
    w_dict = w_obj.getdict(space)
    if w_dict is not None:
        space.setitem(w_dict, w_name, w_value)
        return
    _raise_no_attribute_to_set(space, w_obj, name, w_descr)


def object_delattr(space, w_obj, w_name):
    if w_obj._tproxy_:
        space.call_function(space.lookup(w_obj, '__delattr__'),
                            w_obj, w_name)
        return
    name = space.text_w(w_name)
    w_type = space.type(w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        w_delete = space.lookup(w_descr, '__delete__')
        if w_delete is not None:
            space.get_and_call_function(w_delete, w_descr, w_obj)
            return
    if w_type.uses_mapdict:
        if w_type.hasdict and w_obj.mapdict_delete(space, name):
            return
        raise oefmt(space.w_AttributeError,
                    "'%T' object has no attribute '%s'", w_obj, name)
    w_dict = w_obj.getdict(space)
    if w_dict is not None:
        try:
            space.delitem(w_dict, w_name)
            return
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
    raise oefmt(space.w_AttributeError,
                "'%T' object has no attribute '%s'", w_obj, name)


def _raise_no_attribute_to_set(space, w_obj, name, w_descr):
    if w_descr is None:
        raise oefmt(space.w_AttributeError,
                    "'%T' object has no attribute '%s'", w_obj, name)
    raise oefmt(space.w_AttributeError,
                "'%T' object attribute '%s' is read-only", w_obj, name)


class DescrOperation(object):
    """The operations of ObjSpace.MethodTable, mixed into a space."""
    _mixin_ = True

    # --- types and lookup ---------------------------------------------

    def type(space, w_obj):
        return w_obj.getclass(space)

    def lookup(space, w_obj, name):
        """The attribute `name` of the type of w_obj, or None (for a
        transparent proxy: a forwarder to its controller)."""
        if w_obj._tproxy_:
            from objspace.std.proxyobject import proxy_lookup
            return proxy_lookup(space, w_obj, name)
        return space.type(w_obj).lookup(name)

    def issubtype(space, w_sub, w_type):
        return space.newbool(space.issubtype_w(w_sub, w_type))

    def isinstance(space, w_obj, w_type):
        return space.newbool(space.isinstance_w(w_obj, w_type))

    def issubtype_w(space, w_sub, w_type):
        from objspace.std.typeobject import W_TypeObject
        if isinstance(w_sub, W_TypeObject) and isinstance(w_type,
                                                          W_TypeObject):
            return w_sub.issubtype(w_type)
        raise oefmt(space.w_TypeError,
                    "issubclass() arg 1 must be a class")

    def isinstance_w(space, w_obj, w_type):
        return space.type(w_obj).issubtype(w_type)

    def id(space, w_obj):
        return space.newint(space.id_int(w_obj))

    # --- calls --------------------------------------------------------

    def call_args(space, w_obj, args):
        if isinstance(w_obj, W_Function):
            return w_obj.call_args(space, args)
        if isinstance(w_obj, W_BuiltinFunction):
            return w_obj.call_args(space, args)
        if isinstance(w_obj, W_Method):
            return w_obj.call_args(space, args)
        w_descr = space.lookup(w_obj, '__call__')
        if w_descr is None:
            raise oefmt(space.w_TypeError, "'%T' object is not callable",
                        w_obj)
        return space.get_and_call_args(w_descr, w_obj, args)

    def get_and_call_args(space, w_descr, w_obj, args):
        """Call the special method w_descr (found on the type of w_obj)
        with w_obj as self."""
        from interpreter.function import W_MethodDescr
        if isinstance(w_descr, W_Function):
            return w_descr.call_obj_args(space, w_obj, args)
        if isinstance(w_descr, W_MethodDescr):
            return w_descr.code.funcrun(space, args.prepend(w_obj))
        w_impl = space.get(w_descr, w_obj)
        return space.call_args(w_impl, args)

    def get_and_call_function(space, w_descr, w_obj, *args_w):
        from interpreter.function import W_MethodDescr
        # a Python function or a builtin method (the usual special
        # methods): one argument list with the receiver in front, rather
        # than a list that get_and_call_args would then prepend to
        if isinstance(w_descr, W_Function):
            return w_descr.call_args(
                space, Arguments(space, list((w_obj,) + args_w)))
        if isinstance(w_descr, W_MethodDescr):
            return w_descr.code.funcrun(
                space, Arguments(space, list((w_obj,) + args_w)))
        return space.get_and_call_args(w_descr, w_obj,
                                       Arguments(space, list(args_w)))

    def call_special(space, w_obj, name, *args_w):
        """Call the special method `name` of w_obj's type, or return None
        if the type has none."""
        w_descr = space.lookup(w_obj, name)
        if w_descr is None:
            return None
        return space.get_and_call_args(w_descr, w_obj,
                                       Arguments(space, list(args_w)))

    # --- attributes ---------------------------------------------------

    def getattr(space, w_obj, w_name):
        w_descr = space.lookup(w_obj, '__getattribute__')
        try:
            if w_descr is space.w_object_getattribute:
                return object_getattribute(space, w_obj, w_name)
            return space.get_and_call_function(w_descr, w_obj, w_name)
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
            w_getattr = space.lookup(w_obj, '__getattr__')
            if w_getattr is None:
                raise
        return space.get_and_call_function(w_getattr, w_obj, w_name)

    def findattr(space, w_obj, w_name):
        """getattr, or None where it raises AttributeError."""
        try:
            return space.getattr(w_obj, w_name)
        except OperationError as e:
            if not e.match(space, space.w_AttributeError):
                raise
            return None

    def setattr(space, w_obj, w_name, w_value):
        w_descr = space.lookup(w_obj, '__setattr__')
        if w_descr is space.w_object_setattr:
            object_setattr(space, w_obj, w_name, w_value)
            return
        space.get_and_call_function(w_descr, w_obj, w_name, w_value)

    def delattr(space, w_obj, w_name):
        w_descr = space.lookup(w_obj, '__delattr__')
        if w_descr is space.w_object_delattr:
            object_delattr(space, w_obj, w_name)
            return
        space.get_and_call_function(w_descr, w_obj, w_name)

    # --- descriptors --------------------------------------------------

    def get(space, w_descr, w_obj, w_type=None):
        w_get = space.lookup(w_descr, '__get__')
        if w_get is None:
            return w_descr
        if w_type is None:
            w_type = space.type(w_obj)
        return space.get_and_call_function(w_get, w_descr, w_obj, w_type)

    def set(space, w_descr, w_obj, w_value):
        w_set = space.lookup(w_descr, '__set__')
        if w_set is None:
            raise oefmt(space.w_AttributeError,
                        "'%T' object is not a descriptor with set", w_descr)
        space.get_and_call_function(w_set, w_descr, w_obj, w_value)

    def delete(space, w_descr, w_obj):
        w_delete = space.lookup(w_descr, '__delete__')
        if w_delete is None:
            raise oefmt(space.w_AttributeError,
                        "'%T' object is not a descriptor with delete",
                        w_descr)
        space.get_and_call_function(w_delete, w_descr, w_obj)

    # --- items --------------------------------------------------------

    def getitem(space, w_obj, w_key):
        # exact lists, tuples, dicts and strs: their own __getitem__,
        # without building arguments (the builtin types cannot be
        # changed; subclasses and proxies have other interp-level
        # classes and take the protocol)
        if type(w_obj) is W_ListObject:
            return w_obj.descr_getitem(space, w_key)
        if type(w_obj) is W_TupleObject:
            return w_obj.descr_getitem(space, w_key)
        if type(w_obj) is W_DictObject:
            return w_obj.descr_getitem(space, w_key)
        if type(w_obj) is W_UnicodeObject:
            return w_obj.descr_getitem(space, w_key)
        w_descr = space.lookup(w_obj, '__getitem__')
        if w_descr is None:
            from objspace.std.typeobject import W_TypeObject
            if w_obj is space.w_type:
                # type[int]: `type` is generic without a __class_getitem__
                from objspace.std.genericalias import class_getitem
                return class_getitem(space, w_obj, w_key)
            if isinstance(w_obj, W_TypeObject):
                w_cgi = w_obj.lookup('__class_getitem__')
                if w_cgi is not None:
                    # bound as reading it from the class binds it
                    return space.call_function(
                        space.get(w_cgi, space.w_None, w_obj), w_key)
                raise oefmt(space.w_TypeError,
                            "type '%N' is not subscriptable", w_obj)
            raise oefmt(space.w_TypeError,
                        "'%T' object is not subscriptable", w_obj)
        return space.get_and_call_function(w_descr, w_obj, w_key)

    def setitem(space, w_obj, w_key, w_value):
        # exact lists and dicts: as in getitem()
        if type(w_obj) is W_ListObject:
            w_obj.descr_setitem(space, w_key, w_value)
            return
        if type(w_obj) is W_DictObject:
            w_obj.descr_setitem(space, w_key, w_value)
            return
        w_descr = space.lookup(w_obj, '__setitem__')
        if w_descr is None:
            raise oefmt(space.w_TypeError,
                        "'%T' object does not support item assignment",
                        w_obj)
        space.get_and_call_function(w_descr, w_obj, w_key, w_value)

    def delitem(space, w_obj, w_key):
        w_descr = space.lookup(w_obj, '__delitem__')
        if w_descr is None:
            raise oefmt(space.w_TypeError,
                        "'%T' object doesn't support item deletion", w_obj)
        space.get_and_call_function(w_descr, w_obj, w_key)

    # --- iteration, length, containment -------------------------------

    def iter(space, w_obj):
        # exact lists, tuples and ranges: their own __iter__ (as in
        # getitem())
        if type(w_obj) is W_ListObject:
            return w_obj.descr_iter(space)
        if type(w_obj) is W_TupleObject:
            return w_obj.descr_iter(space)
        if type(w_obj) is W_RangeObject:
            return w_obj.descr_iter(space)
        w_descr = space.lookup(w_obj, '__iter__')
        if w_descr is None:
            if space.lookup(w_obj, '__getitem__') is None:
                raise oefmt(space.w_TypeError,
                            "'%T' object is not iterable", w_obj)
            from objspace.std.iterobject import W_SeqIterObject
            return W_SeqIterObject(w_obj)
        w_iter = space.get_and_call_function(w_descr, w_obj)
        if space.lookup(w_iter, '__next__') is None:
            raise oefmt(space.w_TypeError,
                        "iter() returned non-iterator of type '%T'", w_iter)
        return w_iter

    def next(space, w_obj):
        # the iterators of lists, tuples and ranges (not subclassable):
        # their own __next__, without building arguments
        if type(w_obj) is W_FastListIterObject:
            return w_obj.descr_next(space)
        if type(w_obj) is W_FastTupleIterObject:
            return w_obj.descr_next(space)
        if type(w_obj) is W_RangeIterObject:
            return w_obj.descr_next(space)
        from interpreter.generator import W_Generator
        if type(w_obj) is W_Generator:
            # a plain generator (not subclassable either): for sum(),
            # list(), next()... (perf-calls)
            return w_obj.send_ex(space.w_None)
        w_descr = space.lookup(w_obj, '__next__')
        if w_descr is None:
            raise oefmt(space.w_TypeError,
                        "'%T' object is not an iterator", w_obj)
        return space.get_and_call_function(w_descr, w_obj)

    def len(space, w_obj):
        return space.newint(space.len_w(w_obj))

    def len_w(space, w_obj):
        # exact lists, tuples, strs and dicts: their length directly
        if type(w_obj) is W_ListObject:
            return len(w_obj.items_w)
        if type(w_obj) is W_TupleObject:
            return len(w_obj.items_w)
        if type(w_obj) is W_UnicodeObject:
            return len(w_obj._value)
        if type(w_obj) is W_DictObject:
            return w_obj.length()
        w_descr = space.lookup(w_obj, '__len__')
        if w_descr is None:
            raise oefmt(space.w_TypeError,
                        "object of type '%T' has no len()", w_obj)
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_int):
            if space.lookup(w_res, '__index__') is None:
                raise oefmt(space.w_TypeError,
                            "'%T' object cannot be interpreted as an "
                            "integer", w_res)
            w_res = space.index(w_res)
        result = space.getindex_w(w_res, space.w_OverflowError)
        if result < 0:
            raise oefmt(space.w_ValueError, "__len__() should return >= 0")
        return result

    def contains(space, w_container, w_item):
        # exact dicts, sets, lists, tuples and strs: their own
        # __contains__ (as in getitem())
        if type(w_container) is W_DictObject:
            return w_container.descr_contains(space, w_item)
        if type(w_container) is W_SetObject:
            return w_container.descr_contains(space, w_item)
        if type(w_container) is W_FrozensetObject:
            return w_container.descr_contains(space, w_item)
        if type(w_container) is W_ListObject:
            return w_container.descr_contains(space, w_item)
        if type(w_container) is W_TupleObject:
            return w_container.descr_contains(space, w_item)
        if type(w_container) is W_UnicodeObject:
            return w_container.descr_contains(space, w_item)
        w_descr = space.lookup(w_container, '__contains__')
        if w_descr is not None:
            w_res = space.get_and_call_function(w_descr, w_container, w_item)
            return space.newbool(space.is_true(w_res))
        w_iter = space.iter(w_container)
        while True:
            try:
                w_next = space.next(w_iter)
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                return space.w_False
            if space.eq_w(w_next, w_item):
                return space.w_True

    # --- conversions --------------------------------------------------

    def bool(space, w_obj):
        if w_obj is space.w_True or w_obj is space.w_False:
            return w_obj
        if type(w_obj) is W_IntObject:
            return space.newbool(w_obj.intval != 0)
        if w_obj is space.w_None:
            return space.w_False
        w_descr = space.lookup(w_obj, '__bool__')
        if w_descr is not None:
            w_res = space.get_and_call_function(w_descr, w_obj)
            if w_res is not space.w_True and w_res is not space.w_False:
                raise oefmt(space.w_TypeError,
                            "__bool__ should return bool, returned %T",
                            w_res)
            return w_res
        if space.lookup(w_obj, '__len__') is not None:
            return space.newbool(space.len_w(w_obj) != 0)
        return space.w_True

    def is_true(space, w_obj):
        """The truth value of w_obj as an interp-level bool."""
        # bools (what comparisons give to the jumps) and exact ints
        # without wrapping an answer; the rest as bool() says
        if w_obj is space.w_True:
            return True
        if w_obj is space.w_False:
            return False
        if type(w_obj) is W_IntObject:
            return w_obj.intval != 0
        return space.bool_w(space.bool(w_obj))

    def hash(space, w_obj):
        w_descr = space.lookup(w_obj, '__hash__')
        if w_descr is None or space.is_w(w_descr, space.w_None):
            raise oefmt(space.w_TypeError, "unhashable type: '%T'", w_obj)
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_int):
            raise oefmt(space.w_TypeError,
                        "__hash__ method should return an integer")
        return space.reduce_hash(w_res)

    def repr(space, w_obj):
        w_descr = space.lookup(w_obj, '__repr__')
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_str):
            raise oefmt(space.w_TypeError,
                        "__repr__ returned non-string (type %T)", w_res)
        return w_res

    def str(space, w_obj):
        # exact strs and ints: their own __str__ (as in getitem())
        if type(w_obj) is W_UnicodeObject:
            return w_obj
        if type(w_obj) is W_IntObject:
            return w_obj.descr_repr(space)
        w_descr = space.lookup(w_obj, '__str__')
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_str):
            raise oefmt(space.w_TypeError,
                        "__str__ returned non-string (type %T)", w_res)
        return w_res

    def format(space, w_obj, w_spec):
        # exact ints, floats and strs: their own __format__ (as in
        # getitem()); f-strings come here
        if type(w_obj) is W_IntObject:
            return w_obj.descr_format(space, w_spec)
        if type(w_obj) is W_FloatObject:
            return w_obj.descr_format(space, w_spec)
        if type(w_obj) is W_UnicodeObject:
            return w_obj.descr_format(space, w_spec)
        w_descr = space.lookup(w_obj, '__format__')
        if w_descr is None:
            raise oefmt(space.w_TypeError,
                        "Type %T doesn't define __format__", w_obj)
        w_res = space.get_and_call_function(w_descr, w_obj, w_spec)
        if not space.isinstance_w(w_res, space.w_str):
            raise oefmt(space.w_TypeError,
                        "__format__ must return a str, not %T", w_res)
        return w_res

    def int(space, w_obj):
        w_descr = space.lookup(w_obj, '__int__')
        if w_descr is None:
            w_descr = space.lookup(w_obj, '__index__')
            if w_descr is None:
                raise oefmt(space.w_TypeError,
                            "int() argument must be a string, a bytes-like "
                            "object or a real number, not '%T'", w_obj)
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_int):
            raise oefmt(space.w_TypeError,
                        "__int__ returned non-int (type %T)", w_res)
        return w_res

    def float(space, w_obj):
        w_descr = space.lookup(w_obj, '__float__')
        if w_descr is None:
            w_descr = space.lookup(w_obj, '__index__')
            if w_descr is None:
                raise oefmt(space.w_TypeError,
                            "must be real number, not %T", w_obj)
            return space.newfloat(space.float_w(space.index(w_obj)))
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_float):
            raise oefmt(space.w_TypeError,
                        "%T.__float__ returned non-float (type %T)",
                        w_obj, w_res)
        return w_res

    def index(space, w_obj):
        if type(w_obj) is W_IntObject:
            return w_obj
        if space.isinstance_w(w_obj, space.w_int) and not w_obj._tproxy_:
            return w_obj
        w_descr = space.lookup(w_obj, '__index__')
        if w_descr is None:
            raise oefmt(space.w_TypeError,
                        "'%T' object cannot be interpreted as an integer",
                        w_obj)
        w_res = space.get_and_call_function(w_descr, w_obj)
        if not space.isinstance_w(w_res, space.w_int):
            raise oefmt(space.w_TypeError,
                        "__index__ returned non-int (type %T)", w_res)
        return w_res


# ---------------------------------------------------------------------
# Generated operations.  What comes out: DescrOperation.add, .sub, ...,
# .inplace_add, ..., .pos, .neg, .abs, .invert, .lt, ..., .ge.

def _lookup_where(space, w_obj, w_type, name):
    """(the class in w_type's MRO that defines name, the value); for a
    proxy the value is the forwarder to its controller."""
    w_src, w_descr = w_type.lookup_where(name)
    if w_obj._tproxy_ and w_descr is not None:
        from objspace.std.proxyobject import proxy_forwarder
        w_descr = proxy_forwarder(space, name)
    return w_src, w_descr


def _make_binop_try(left, right, builtin_fast):
    """A function (space, w_1, w_2) trying w_1.left(w_2) and
    w_2.right(w_1) in the order the language defines; None when both are
    missing or return NotImplemented.  builtin_fast (or None) is the
    shortcut of the operator for exact ints, floats and strs."""
    def binop_try(space, w_1, w_2):
        if builtin_fast is not None:
            w_res = builtin_fast(space, w_1, w_2)
            if w_res is not None:
                return w_res
        w_type1 = space.type(w_1)
        w_type2 = space.type(w_2)
        w_src1, w_left = _lookup_where(space, w_1, w_type1, left)
        if w_type1 is w_type2 and not w_1._tproxy_ and not w_2._tproxy_:
            w_right = None
        else:
            # (a proxy's reflected method is tried even against its own
            # type: int.__add__(1, p) cannot read p's value)
            w_src2, w_right = _lookup_where(space, w_2, w_type2, right)
            # the subclass-first rule: a subclass that overrides the
            # reflected method gets the first try
            if (w_right is not None and w_type2.issubtype(w_type1) and
                    w_src2 is not w_src1):
                w_res = space.get_and_call_function(w_right, w_2, w_1)
                if w_res is not space.w_NotImplemented:
                    return w_res
                w_right = None
        if w_left is not None:
            w_res = space.get_and_call_function(w_left, w_1, w_2)
            if w_res is not space.w_NotImplemented:
                return w_res
        if w_right is not None:
            w_res = space.get_and_call_function(w_right, w_2, w_1)
            if w_res is not space.w_NotImplemented:
                return w_res
        return None
    binop_try.__name__ = 'try' + left
    return binop_try


# Machine-int fast paths, tried before the generic protocol when both
# operands are exactly W_IntObject (not bool, not a user subclass, not a
# proxy: those have other interp-level classes).  Each raises
# OverflowError for what it does not handle (overflow, division by zero),
# and the generic path then does the work, errors included.
def _fast_add(x, y):
    return ovfcheck(x + y)


def _fast_sub(x, y):
    return ovfcheck(x - y)


def _fast_mul(x, y):
    return ovfcheck(x * y)


def _fast_floordiv(x, y):
    if y == 0:
        raise OverflowError
    return ovfcheck(x // y)


def _fast_mod(x, y):
    if y == 0:
        raise OverflowError
    return ovfcheck(x % y)


def _fast_and(x, y):
    return x & y


def _fast_or(x, y):
    return x | y


def _fast_xor(x, y):
    return x ^ y


INT_FAST_BINOPS = {'add': _fast_add, 'sub': _fast_sub, 'mul': _fast_mul,
                   'floordiv': _fast_floordiv, 'mod': _fast_mod,
                   'and_': _fast_and, 'or_': _fast_or, 'xor': _fast_xor}

# Operators whose int/int result is not an int but which int's own
# method computes without the protocol: (space, w_int1, w_int2) -> w_res.
INT_EXACT_BINOPS = {'truediv': int_truediv}

# Machine ints with at most 53 bits convert to a float exactly; larger
# ones take the generic path, which rounds them as CPython does.
_FLOAT_EXACT_INT = 1 << 53


def _str_add(space, w_1, w_2):
    """str + str for two exact strs."""
    assert isinstance(w_1, W_UnicodeObject)
    if type(w_2) is W_UnicodeObject:
        return W_UnicodeObject(w_1._value + w_2._value)
    return None


def _str_mod(space, w_1, w_2):
    """str % x for an exact str and an exact tuple, str, int or float:
    none of those is a str subclass with an __rmod__ that would go
    first, and str.__mod__ handles them all."""
    assert isinstance(w_1, W_UnicodeObject)
    type2 = type(w_2)
    if type2 is W_TupleObject or type2 is W_UnicodeObject or \
            type2 is W_IntObject or type2 is W_FloatObject:
        return w_1.descr_mod(space, w_2)
    return None


# Operators with a shortcut for an exact str on the left:
# (space, w_str, w_2) -> w_res, or None for the protocol.
STR_FAST_BINOPS = {'add': _str_add, 'mod': _str_mod}


def _make_builtin_fast(int_fast, int_exact, float_op, str_op):
    """The shortcut of one binary operator, tried before the protocol:
    the result for two exact ints (int_fast on machine ints, or
    int_exact), for an exact float with an exact float or a machine
    int (float_op, float's own arithmetic on two C doubles), or for an
    exact str on the left (str_op); None to go the generic way.

    Why this is the language's answer: int and float are builtin types
    that cannot be changed, the interp-level classes are compared with
    `is` (bool, user subclasses and proxies have other classes and take
    the generic path, so a subclass's __radd__ still gets its first try),
    and float's methods accept an int operand: for int op float, int's
    method returns NotImplemented and float's reflected method computes
    float(int) op float, as here.  Errors (division by zero, overflow of
    **) are raised by the same functions as float's methods raise them.

    Inlined into the opcodes too (see binop_shortcut()), so that `n // 10`
    on two machine ints calls nothing but the allocation of the result."""
    @always_inline
    def builtin_fast(space, w_1, w_2):
        type1 = type(w_1)
        type2 = type(w_2)
        if str_op is not None and type1 is W_UnicodeObject:
            return str_op(space, w_1, w_2)
        if type1 is W_IntObject and type2 is W_IntObject:
            if int_fast is not None:
                try:
                    return space.newint(int_fast(w_1.intval, w_2.intval))
                except OverflowError:
                    pass        # big ints or errors: the generic path
            if int_exact is not None:
                return int_exact(space, w_1, w_2)
            return None
        if float_op is None:
            return None
        if type1 is W_FloatObject:
            if type2 is W_FloatObject:
                return float_op(space, w_1.floatval, w_2.floatval)
            if type2 is W_IntObject and \
                    -_FLOAT_EXACT_INT <= w_2.intval <= _FLOAT_EXACT_INT:
                return float_op(space, w_1.floatval, float(w_2.intval))
        elif type2 is W_FloatObject and type1 is W_IntObject and \
                -_FLOAT_EXACT_INT <= w_1.intval <= _FLOAT_EXACT_INT:
            return float_op(space, float(w_1.intval), w_2.floatval)
        return None
    return builtin_fast

# Comparisons of two machine ints, two floats or two unicode strings:
# each is specialised on the argument type, so that ints are never
# compared as floats.
NUMBER_COMPARISONS = {
    'lt': lambda x, y: x < y, 'le': lambda x, y: x <= y,
    'eq': lambda x, y: x == y, 'ne': lambda x, y: x != y,
    'gt': lambda x, y: x > y, 'ge': lambda x, y: x >= y}
for _cmp in NUMBER_COMPARISONS.values():
    specialize.argtype(0)(_cmp)


def _make_binop_impl(spacename, symbol, binop_try):
    def binop_impl(space, w_1, w_2):
        w_res = binop_try(space, w_1, w_2)
        if w_res is None:
            raise oefmt(space.w_TypeError,
                        "unsupported operand type(s) for %s: '%T' and '%T'",
                        symbol, w_1, w_2)
        return w_res
    binop_impl.__name__ = spacename
    return binop_impl


def _make_inplace_impl(spacename, symbol, inplace, binop_try):
    def inplace_impl(space, w_1, w_2):
        # exact ints, floats and strs have no in-place methods: straight
        # to the binary operator (and its number shortcuts)
        if type(w_1) is W_IntObject or type(w_1) is W_FloatObject or \
                type(w_1) is W_UnicodeObject:
            w_descr = None
        else:
            w_descr = space.lookup(w_1, inplace)
        if w_descr is not None:
            w_res = space.get_and_call_function(w_descr, w_1, w_2)
            if w_res is not space.w_NotImplemented:
                return w_res
        w_res = binop_try(space, w_1, w_2)
        if w_res is None:
            raise oefmt(space.w_TypeError,
                        "unsupported operand type(s) for %s: '%T' and '%T'",
                        symbol, w_1, w_2)
        return w_res
    inplace_impl.__name__ = spacename
    return inplace_impl


def _fast_neg(space, w_obj):
    """-x for an exact int (but not the most negative machine int, whose
    negation is a big int) or an exact float; None for anything else."""
    if type(w_obj) is W_IntObject:
        try:
            return space.newint(ovfcheck(-w_obj.intval))
        except OverflowError:
            return None
    if type(w_obj) is W_FloatObject:
        return space.newfloat(-w_obj.floatval)
    return None


def _fast_abs(space, w_obj):
    """abs(x) for an exact int (as _fast_neg) or an exact float."""
    if type(w_obj) is W_IntObject:
        if w_obj.intval >= 0:
            return w_obj
        return _fast_neg(space, w_obj)
    if type(w_obj) is W_FloatObject:
        return space.newfloat(abs(w_obj.floatval))
    return None


def _fast_invert(space, w_obj):
    if type(w_obj) is W_IntObject:
        return space.newint(~w_obj.intval)
    return None


# Unary shortcuts for exact ints and floats (None: the protocol).
NUMBER_UNARY_OPS = {'neg': _fast_neg, 'abs': _fast_abs,
                    'invert': _fast_invert}


def _make_unaryop_impl(spacename, symbol, special):
    if spacename == 'abs':
        message = "bad operand type for abs(): '%T'"
    else:
        message = "bad operand type for unary " + symbol + ": '%T'"

    number_fast = NUMBER_UNARY_OPS.get(spacename, None)

    def unaryop_impl(space, w_obj):
        if number_fast is not None:
            w_res = number_fast(space, w_obj)
            if w_res is not None:
                return w_res
        w_descr = space.lookup(w_obj, special)
        if w_descr is None:
            raise oefmt(space.w_TypeError, message, w_obj)
        return space.get_and_call_function(w_descr, w_obj)
    unaryop_impl.__name__ = spacename
    return unaryop_impl


def _make_comparison_fast(number_cmp):
    """The shortcut of one comparison (a bool), or None for the protocol.
    Inlined into COMPARE_OP too (see compare_shortcut())."""
    @always_inline
    def comparison_fast(space, w_1, w_2):
        # exact ints, floats and strs compare their interp-level values,
        # as their methods would (NaN compares unequal to everything in
        # C too; strs compare by code point); an int and a float only
        # when the int converts exactly
        type1 = type(w_1)
        type2 = type(w_2)
        if type1 is W_IntObject:
            if type2 is W_IntObject:
                return space.newbool(number_cmp(w_1.intval, w_2.intval))
            if type2 is W_FloatObject and \
                    -_FLOAT_EXACT_INT <= w_1.intval <= _FLOAT_EXACT_INT:
                return space.newbool(number_cmp(float(w_1.intval),
                                                w_2.floatval))
        elif type1 is W_FloatObject:
            if type2 is W_FloatObject:
                return space.newbool(number_cmp(w_1.floatval, w_2.floatval))
            if type2 is W_IntObject and \
                    -_FLOAT_EXACT_INT <= w_2.intval <= _FLOAT_EXACT_INT:
                return space.newbool(number_cmp(w_1.floatval,
                                                float(w_2.intval)))
        elif type1 is W_UnicodeObject and type2 is W_UnicodeObject:
            return space.newbool(number_cmp(w_1._value, w_2._value))
        return None
    return comparison_fast


def _make_comparison_impl(spacename, symbol, left, right, comparison_fast):
    def comparison_impl(space, w_1, w_2):
        w_res = comparison_fast(space, w_1, w_2)
        if w_res is not None:
            return w_res
        w_type1 = space.type(w_1)
        w_type2 = space.type(w_2)
        w_left = _lookup_where(space, w_1, w_type1, left)[1]
        # unlike binary operators, the reflected comparison is tried even
        # between objects of the same type (a < b falls back to b > a)
        w_right = _lookup_where(space, w_2, w_type2, right)[1]
        if w_type1 is not w_type2:
            if w_right is not None and w_type2.issubtype(w_type1):
                w_res = space.get_and_call_function(w_right, w_2, w_1)
                if w_res is not space.w_NotImplemented:
                    return w_res
                w_right = None
        if w_left is not None:
            w_res = space.get_and_call_function(w_left, w_1, w_2)
            if w_res is not space.w_NotImplemented:
                return w_res
        if w_right is not None:
            w_res = space.get_and_call_function(w_right, w_2, w_1)
            if w_res is not space.w_NotImplemented:
                return w_res
        # the defaults: == and != compare identity
        if spacename == 'eq':
            return space.newbool(w_1 is w_2)
        if spacename == 'ne':
            return space.newbool(w_1 is not w_2)
        raise oefmt(space.w_TypeError,
                    "'%s' not supported between instances of '%T' and '%T'",
                    symbol, w_1, w_2)
    comparison_impl.__name__ = spacename
    return comparison_impl


@always_inline
def getitem_shortcut(space, w_obj, w_index):
    """list[i] and tuple[i] for an exact list or tuple and an exact int
    in range; None for everything else (then space.getitem() answers,
    errors included).  Inlined into BINARY_SUBSCR."""
    if type(w_index) is not W_IntObject:
        return None
    if type(w_obj) is W_ListObject:
        return _item_at(w_obj.items_w, w_index.intval)
    if type(w_obj) is W_TupleObject:
        return _item_at(w_obj.items_w, w_index.intval)
    return None


@always_inline
def _item_at(items_w, index):
    if index < 0:
        index += len(items_w)
    if 0 <= index < len(items_w):
        return items_w[index]
    return None


@always_inline
def setitem_shortcut(space, w_obj, w_index, w_value):
    """list[i] = value for an exact list and an exact int in range: True
    when done, False for space.setitem().  Inlined into STORE_SUBSCR."""
    if type(w_obj) is not W_ListObject or type(w_index) is not W_IntObject:
        return False
    items_w = w_obj.items_w
    index = w_index.intval
    if index < 0:
        index += len(items_w)
    if 0 <= index < len(items_w):
        items_w[index] = w_value
        return True
    return False


# Space method name ('add', 'inplace_add', 'lt', ...) -> the shortcut
# it tries first, for the opcodes to inline: (space, w_1, w_2) -> the
# result or None (then the space method gives the answer).
_SHORTCUTS = {}


def binop_shortcut(spacemethod):
    """The inlinable shortcut of a binary or in-place operator, or None.
    An in-place operator shares its binary operator's: the shortcut
    answers only for exact ints, floats and strs on the left, which have
    no in-place methods."""
    return _SHORTCUTS.get(spacemethod, None)


def compare_shortcut(spacemethod):
    """The inlinable shortcut of a comparison ('lt', ...)."""
    return _SHORTCUTS[spacemethod]


def _install_generated_operations():
    binop_tries = {}
    for name, symbol, _, specials in ObjSpace.BinaryOpTable:
        int_fast = INT_FAST_BINOPS.get(name, None)
        int_exact = INT_EXACT_BINOPS.get(name, None)
        float_op = FLOAT_BINOPS.get(name, None)
        str_op = STR_FAST_BINOPS.get(name, None)
        builtin_fast = None
        if int_fast is not None or int_exact is not None or \
                float_op is not None or str_op is not None:
            builtin_fast = _make_builtin_fast(int_fast, int_exact, float_op,
                                              str_op)
            _SHORTCUTS[name] = builtin_fast
        binop_try = _make_binop_try(specials[0], specials[1], builtin_fast)
        binop_tries[name] = binop_try
        setattr(DescrOperation, name,
                _make_binop_impl(name, symbol, binop_try))
    for name, symbol, _, specials in ObjSpace.InplaceOpTable:
        binop_name = name[len('inplace_'):]
        if binop_name not in binop_tries:
            binop_name += '_'       # and_, or_
        binop_try = binop_tries[binop_name]
        if binop_name in _SHORTCUTS:
            _SHORTCUTS[name] = _SHORTCUTS[binop_name]
        setattr(DescrOperation, name,
                _make_inplace_impl(name, symbol, specials[0], binop_try))
    for name, symbol, _, specials in ObjSpace.UnaryOpTable:
        setattr(DescrOperation, name,
                _make_unaryop_impl(name, symbol, specials[0]))
    for name, symbol, _, specials in ObjSpace.CompareOpTable:
        comparison_fast = _make_comparison_fast(NUMBER_COMPARISONS[name])
        _SHORTCUTS[name] = comparison_fast
        setattr(DescrOperation, name,
                _make_comparison_impl(name, symbol, specials[0], specials[1],
                                      comparison_fast))


_install_generated_operations()
