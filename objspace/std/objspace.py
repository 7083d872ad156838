"""StdObjSpace: the standard object space.

It creates the builtin types from their TypeDefs, the singletons, the
exception classes and the builtin modules, and implements the wrapping
(`newint`, `newtext`, ...) and unwrapping (`int_w`, `text_w`, ...)
functions.  The operations themselves come from the DescrOperation
mixin (objspace/descroperation.py).

The whole space is built before translation: the translated binary
starts with every type and builtin module already in place.
"""


from __future__ import absolute_import
from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_unique_id, specialize
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rbigint import rbigint

from interpreter.baseobjspace import ObjSpace, W_Root
from interpreter.error import OperationError, oefmt
from interpreter.executioncontext import ExecutionContext
from interpreter.module._thread import threadstate
from interpreter.typedef import TypeDef
from objspace.descroperation import DescrOperation

# The modules that define TypeDefs, imported so that every type exists
# before the space builds them.
from interpreter import (function, pycode, pyframe, pytraceback,  # noqa
                         moduleobject, nestedscope, generator, coroutine)
from objspace.std import (objectobject, typeobject, noneobject, intobject,
                          boolobject, floatobject, unicodeobject, bytesobject,
                          tupleobject, listobject, dictobject, sliceobject,
                          iterobject, exceptionobject, propertyobject,
                          staticmethodobject, classmethodobject, superobject,
                          mappingproxyobject, memberobject,
                          memoryviewobject)
from objspace.std import (rangeobject, setobject, functionalobject,  # noqa
                          dictviewobject)
from objspace.std.boolobject import W_BoolObject
from objspace.std.bytesobject import W_BytesObject
from objspace.std.bytearrayobject import W_BytearrayObject
from objspace.std.dictobject import W_DictObject
from objspace.std.floatobject import W_FloatObject
from objspace.std.complexobject import W_ComplexObject
from objspace.std.intobject import W_IntObject, W_AbstractIntObject, W_LongObject
from objspace.std.listobject import W_ListObject
from objspace.std.noneobject import W_NoneObject, W_NotImplemented, W_Ellipsis
from objspace.std.sliceobject import W_SliceObject
from objspace.std.tupleobject import W_TupleObject
from objspace.std.typeobject import W_TypeObject
from objspace.std.unicodeobject import (W_UnicodeObject, utf8_to_unicode,
                                        unicode_to_utf8, fsdecode)

# app-level name -> the TypeDef of a builtin type visible in `builtins`
BUILTIN_TYPES = [
    ('object', objectobject.W_ObjectObject.typedef),
    ('type', W_TypeObject.typedef),
    ('int', W_AbstractIntObject.typedef),
    ('bool', W_BoolObject.typedef),
    ('float', W_FloatObject.typedef),
    ('complex', W_ComplexObject.typedef),
    ('str', W_UnicodeObject.typedef),
    ('bytes', W_BytesObject.typedef),
    ('bytearray', W_BytearrayObject.typedef),
    ('memoryview', memoryviewobject.W_MemoryView.typedef),
    ('tuple', W_TupleObject.typedef),
    ('list', W_ListObject.typedef),
    ('dict', W_DictObject.typedef),
    ('slice', W_SliceObject.typedef),
    ('property', propertyobject.W_Property.typedef),
    ('staticmethod', staticmethodobject.W_StaticMethod.typedef),
    ('classmethod', classmethodobject.W_ClassMethod.typedef),
    ('super', superobject.W_Super.typedef),
    ('range', rangeobject.W_RangeObject.typedef),
    ('set', setobject.W_SetObject.typedef),
    ('frozenset', setobject.W_FrozensetObject.typedef),
    ('enumerate', functionalobject.W_Enumerate.typedef),
    ('zip', functionalobject.W_Zip.typedef),
    ('map', functionalobject.W_Map.typedef),
    ('filter', functionalobject.W_Filter.typedef),
    ('reversed', functionalobject.W_Reversed.typedef),
]


class StdObjSpace(DescrOperation, ObjSpace):

    def __init__(self, config):
        ObjSpace.__init__(self, config)
        self.recursionlimit = 1000
        self.int_max_str_digits = 4300   # sys.set_int_max_str_digits()
        self.ec = ExecutionContext(self)
        self.repr_running = []
        self.method_cache = typeobject.MethodCache()
        self.proxy_forwarders_w = {}    # objspace/std/proxyobject.py
        self._make_types()
        self._make_builtin_modules()

    # --- setup --------------------------------------------------------

    def _make_types(self):
        self.w_None = W_NoneObject()
        self.w_NotImplemented = W_NotImplemented()
        self.w_Ellipsis = W_Ellipsis()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        # builtin modules define types too: their TypeDefs must exist now
        from interpreter.module.moduledefs import import_interplevel_files
        import_interplevel_files()
        typedefs = TypeDef.all_typedefs
        self.types_w = [None] * len(typedefs)
        object_typedef = objectobject.W_ObjectObject.typedef
        w_object = W_TypeObject.from_typedef(self, object_typedef, [])
        self.types_w[object_typedef.index] = w_object
        for typedef in typedefs:
            if typedef is object_typedef:
                continue
            if typedef.bases:
                bases_w = [self.types_w[base.index]
                           for base in typedef.bases]
            else:
                bases_w = [w_object]
            self.types_w[typedef.index] = W_TypeObject.from_typedef(
                self, typedef, bases_w)
        for w_type in self.types_w:
            w_type.fill_from_typedef(self)
        for name, typedef in BUILTIN_TYPES:
            setattr(self, 'w_' + name, self.types_w[typedef.index])
        self.w_NoneType = self.gettypeobject(W_NoneObject.typedef)
        self.w_object_getattribute = w_object.dict_w['__getattribute__']
        self.w_object_setattr = w_object.dict_w['__setattr__']
        self.w_object_delattr = w_object.dict_w['__delattr__']
        self.w_object_init = w_object.dict_w['__init__']
        self.w_object_new = w_object.dict_w['__new__']
        self.w_type_new = self.w_type.dict_w['__new__']
        self.w_mappingproxy = self.gettypeobject(
            mappingproxyobject.W_MappingProxyObject.typedef)
        self.exception_types_w = []
        for name, typedef in exceptionobject.EXCEPTION_TYPEDEFS:
            w_type = self.types_w[typedef.index]
            setattr(self, 'w_' + name, w_type)
            self.exception_types_w.append((name, w_type))

    def _make_builtin_modules(self):
        from interpreter.module.moduledefs import make_builtin_modules
        self.w_modules = self.newdict()         # sys.modules
        self.builtin_modules = make_builtin_modules(self)
        self.builtin = self.builtin_modules['builtins']
        self.sys = self.builtin_modules['sys']
        self.w_builtins_dict = self.builtin.w_dict
        for name in ['builtins', 'sys']:
            self.setitem(self.w_modules, self.newtext(name),
                         self.builtin_modules[name])
        from interpreter.module.sys.interp_stdio import init_stdio
        init_stdio(self)

    def gettypeobject(self, typedef):
        return self.types_w[typedef.index]

    @specialize.arg(1)
    def allocate_instance(self, cls, w_subtype):
        """A new, uninitialised instance of the builtin W_ class `cls`
        for the app-level type w_subtype (the caller then runs
        cls.__init__ on it): an instance of cls itself when w_subtype is
        cls's builtin type, else of its generated user subclass
        (objspace/std/instanceobject.py).  Raises CPython's errors for a
        w_subtype that is not a subtype or whose layout is another's."""
        from rpython.rlib.objectmodel import instantiate
        from objspace.std.instanceobject import (
            get_unique_interplevel_subclass)
        w_type = self.gettypeobject(cls.typedef)
        if not isinstance(w_subtype, W_TypeObject):
            raise oefmt(self.w_TypeError,
                        "%s.__new__(X): X is not a type object (%T)",
                        w_type.name, w_subtype)
        if w_subtype is w_type:
            return instantiate(cls)
        if not w_subtype.issubtype(w_type):
            raise oefmt(self.w_TypeError,
                        "%s.__new__(%s): %s is not a subtype of %s",
                        w_type.name, w_subtype.name, w_subtype.name,
                        w_type.name)
        if w_subtype.layout.typedef is not w_type.layout.typedef:
            raise oefmt(self.w_TypeError,
                        "%s.__new__(%s) is not safe, use %s.__new__()",
                        w_type.name, w_subtype.name,
                        w_subtype.static_new_base().name)
        if not w_subtype.is_heaptype:
            # a builtin subtype sharing the representation (ValueError
            # for BaseException): the instance records its class itself
            return instantiate(cls)
        w_obj = instantiate(get_unique_interplevel_subclass(cls))
        w_obj.user_setup(self, w_subtype)
        return w_obj

    def getexecutioncontext(self):
        """The running thread's context (interpreter/module/_thread/
        threadstate.py); self.ec is the main thread's."""
        if self.config.objspace.threads:
            return threadstate.getexecutioncontext(self)
        return self.ec

    def createframe(self, code, w_globals, w_locals=None):
        from interpreter.pyframe import PyFrame
        return PyFrame(self, code, w_globals, w_locals)

    # --- wrapping -----------------------------------------------------

    def newint(self, intval):
        return W_IntObject(intval)

    def newbigint(self, num):
        return intobject.wrapbigint(self, num)

    def newfloat(self, floatval):
        return W_FloatObject(floatval)

    def newcomplex(self, realval, imagval):
        return W_ComplexObject(realval, imagval)

    def newbool(self, b):
        if b:
            return self.w_True
        return self.w_False

    def newtext(self, s):
        """A str from an interp-level UTF-8 str."""
        assert isinstance(s, str)
        return W_UnicodeObject(utf8_to_unicode(s))

    def newfilename(self, s):
        """A str from bytes given by the operating system."""
        return W_UnicodeObject(fsdecode(s))

    def newunicode(self, u):
        return W_UnicodeObject(u)

    def newbytes(self, s):
        return W_BytesObject(s)

    def newtuple(self, items_w):
        return W_TupleObject(items_w)

    def newlist(self, items_w):
        return W_ListObject(items_w)

    def newdict(self):
        return W_DictObject(self)

    def newset(self, items_w):
        """A new set of the wrapped items."""
        w_set = setobject.W_SetObject(self)
        for w_item in items_w:
            w_set.add(w_item)
        return w_set

    def newslice(self, w_start, w_stop, w_step):
        return W_SliceObject(w_start, w_stop, w_step)

    def newmodule(self, name):
        from interpreter.moduleobject import W_Module
        return W_Module(self, self.newtext(name))

    # --- unwrapping ---------------------------------------------------

    def int_w(self, w_obj):
        """The value of an int (or an object with __index__) as a machine
        int; OverflowError if it does not fit."""
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_LongObject):
            raise oefmt(self.w_OverflowError,
                        "Python int too large to convert to C long")
        if isinstance(w_obj, W_FloatObject):
            raise oefmt(self.w_TypeError,
                        "'float' object cannot be interpreted as an integer")
        return self.int_w(self.index(w_obj))

    def bigint_w(self, w_obj):
        w_int = self.index(w_obj)
        assert isinstance(w_int, W_AbstractIntObject)
        return w_int.as_bigint()

    def getindex_w(self, w_obj, w_exception):
        """An index as a machine int: too large values raise w_exception
        (an IndexError or OverflowError class) or, when it is None, are
        clamped."""
        w_int = self.index(w_obj)
        if isinstance(w_int, W_IntObject):
            return w_int.intval
        assert isinstance(w_int, W_LongObject)
        if w_exception is None:
            if w_int.num.sign < 0:
                return -(1 << 62)
            return 1 << 62
        raise oefmt(w_exception,
                    "cannot fit '%T' into an index-sized integer", w_obj)

    def float_w(self, w_obj):
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval
        w_float = self.float(w_obj)
        assert isinstance(w_float, W_FloatObject)
        return w_float.floatval

    def bool_w(self, w_obj):
        assert isinstance(w_obj, W_BoolObject)
        return w_obj.intval != 0

    def text_w(self, w_obj):
        """The UTF-8 encoding of a str object."""
        if isinstance(w_obj, W_UnicodeObject):
            return unicode_to_utf8(w_obj._value)
        if w_obj._tproxy_:
            return unicode_to_utf8(self.unicode_w(w_obj))
        raise oefmt(self.w_TypeError, "expected str, got %T object", w_obj)

    def unicode_w(self, w_obj):
        if isinstance(w_obj, W_UnicodeObject):
            return w_obj._value
        if w_obj._tproxy_:
            # a proxied str: its value through the controller
            from objspace.std.proxyobject import real_instance
            w_str = real_instance(self, w_obj, W_UnicodeObject)
            if w_str is not None:
                return w_str._value
        raise oefmt(self.w_TypeError, "expected str, got %T object", w_obj)

    def bytes_w(self, w_obj):
        if isinstance(w_obj, W_BytesObject):
            return w_obj._value
        if w_obj._tproxy_ and self.isinstance_w(w_obj, self.w_bytes):
            from objspace.std.proxyobject import proxied_bytes
            return proxied_bytes(self, w_obj)
        raise oefmt(self.w_TypeError,
                    "a bytes-like object is required, not '%T'", w_obj)

    def id_int(self, w_obj):
        return compute_unique_id(w_obj)

    def hash_w(self, w_obj):
        # exact str and int: the same result as their __hash__, without
        # the protocol (dict lookups of names go through here)
        if type(w_obj) is W_UnicodeObject:
            return unicodeobject.hash_unicode(w_obj._value)
        if type(w_obj) is W_IntObject:
            return intobject.hash_int(w_obj.intval)
        return self.int_w(self.hash(w_obj))

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        if type(w_a) is W_UnicodeObject and type(w_b) is W_UnicodeObject:
            return w_a._value == w_b._value
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
            return w_a.intval == w_b.intval
        return self.is_true(self.eq(w_a, w_b))

    def reduce_hash(self, w_int):
        """The result of __hash__ reduced to a machine int, as CPython
        reduces it."""
        if isinstance(w_int, W_IntObject):
            return w_int
        return self.newint(intobject.hash_bigint(self.bigint_w(w_int)))

    # --- containers ---------------------------------------------------

    def finditem(self, w_obj, w_key):
        """w_obj[w_key], or None on KeyError."""
        if isinstance(w_obj, W_DictObject) and \
                self.type(w_obj) is self.w_dict:
            return w_obj.getitem(w_key)
        try:
            return self.getitem(w_obj, w_key)
        except OperationError as e:
            if not e.match(self, self.w_KeyError):
                raise
            return None

    def finditem_str(self, w_obj, key):
        return self.finditem(w_obj, self.newtext(key))

    def fixedview(self, w_iterable):
        """The items of an iterable, as a list that must not be changed."""
        if isinstance(w_iterable, W_TupleObject):
            return w_iterable.items_w
        return self.listview(w_iterable)

    def exact_sequence_items(self, w_obj):
        """The storage of an exact tuple or list (to read at once, not to
        change), or None for anything else: subclasses and proxies may
        iterate differently."""
        if type(w_obj) is W_TupleObject:
            return w_obj.items_w
        if type(w_obj) is W_ListObject:
            return w_obj.items_w
        return None

    def listview(self, w_iterable):
        """The items of an iterable, as a new list (a tuple's or list's
        storage is read directly only for the exact types; subclasses and
        proxies go through the iteration protocol)."""
        if isinstance(w_iterable, W_TupleObject) and \
                self.type(w_iterable) is self.w_tuple:
            return w_iterable.items_w[:]
        if isinstance(w_iterable, W_ListObject) and \
                self.type(w_iterable) is self.w_list:
            return w_iterable.items_w[:]
        return self.unpackiterable(w_iterable, -1)

    def unpackiterable(self, w_iterable, expected_length):
        """Iterate w_iterable into a list; with expected_length >= 0, raise
        ValueError unless there are exactly that many items."""
        w_iter = self.iter(w_iterable)
        items_w = []
        while True:
            try:
                w_item = self.next(w_iter)
            except OperationError as e:
                if not e.match(self, self.w_StopIteration):
                    raise
                break
            if expected_length >= 0 and len(items_w) >= expected_length:
                raise oefmt(self.w_ValueError,
                            "too many values to unpack (expected %d)",
                            expected_length)
            items_w.append(w_item)
        if expected_length >= 0 and len(items_w) != expected_length:
            raise oefmt(self.w_ValueError,
                        "not enough values to unpack (expected %d, got %d)",
                        expected_length, len(items_w))
        return items_w

    def unpack_kwargs_into(self, w_mapping, keywords, keywords_w):
        """Add the items of a ** argument to the keyword lists."""
        if self.findattr(w_mapping, self.newtext('keys')) is None:
            raise oefmt(self.w_TypeError,
                        "argument after ** must be a mapping, not %T",
                        w_mapping)
        for w_key in self.listview(self.call_method(w_mapping, 'keys')):
            if not self.isinstance_w(w_key, self.w_str):
                raise oefmt(self.w_TypeError, "keywords must be strings")
            name = self.text_w(w_key)
            if name in keywords:
                raise oefmt(self.w_TypeError,
                            "got multiple values for keyword argument '%s'",
                            name)
            keywords.append(name)
            keywords_w.append(self.getitem(w_mapping, w_key))

    # --- repr recursion guard -----------------------------------------

    def repr_enter(self, w_obj):
        """True if w_obj's repr is already running (a recursive
        container); otherwise mark it running."""
        for w_running in self.repr_running:
            if w_running is w_obj:
                return True
        self.repr_running.append(w_obj)
        return False

    def repr_leave(self, w_obj):
        self.repr_running.pop()

    # --- errors -------------------------------------------------------

    def oserror_class_for_errno(self, errno):
        from objspace.std.oserrors import oserror_subclass_name
        name = oserror_subclass_name(errno)
        for exc_name, w_type in self.exception_types_w:
            if exc_name == name:
                return w_type
        return self.w_OSError
