"""`type`: W_TypeObject, the app-level class of classes.

A type holds its name, its bases, its MRO (computed by C3 when it is
made) and its own attributes in `dict_w`, an interp-level dict from
identifier to wrapped value.  Builtin types are made from their TypeDef
when the space starts (`W_TypeObject.from_typedef`); user classes by
`type.__new__` (`create_user_type`), which also handles `__slots__`,
`__set_name__`, `__init_subclass__` and `__classcell__`.

Version tags.  `lookup(name)` walks the MRO.  Every type has a
`version_tag`, an empty object replaced by a new one whenever the type's
dict changes, and then recursively for each subclass (which a type knows
through weak references): a (type, version tag, name) triple therefore
always gives the same lookup result, which lets the JIT and method caches
fold lookups (`_pure_lookup` is elidable).  Builtin types never change.

Layouts.  The interp-level shape of a type's instances is its `Layout`:
the builtin W_ class family (the `typedef` of the solid builtin base,
which says which W_ class instances are made of) and the number of
`__slots__` values.  A class that adds slots gets a new layout extending
its base's; one that adds only a `__dict__` shares its base's.  Two
layouts are compatible when one extends the other: that rules which bases
may be combined ("multiple bases have instance lay-out conflict"), which
base is `__base__`, and where `__class__` may be assigned.
"""


from __future__ import absolute_import
import weakref

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rarithmetic import intmask

from interpreter.argument import Arguments
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from interpreter.function import W_MethodDescr
from objspace.std import genericalias
from objspace.std.mapdict import Terminator


class VersionTag(object):
    """A token, replaced whenever the lookups of a type may change.
    `hash` is its key in the method cache: a number drawn at creation,
    cheaper to read than the GC's identity hash."""

    def __init__(self):
        _version_counter.count += 1
        self.hash = intmask(_version_counter.count * 0x9E3779B1)


class _VersionCounter(object):
    """How many version tags were made (a prebuilt instance, so that it
    stays writable after translation)."""

    def __init__(self):
        self.count = 0


_version_counter = _VersionCounter()


class Layout(object):
    """The interp-level shape of instances: see the module docstring."""
    _immutable_fields_ = ['typedef', 'base', 'nslots']

    def __init__(self, typedef, base, nslots):
        self.typedef = typedef
        self.base = base
        self.nslots = nslots

    def issublayout(self, other):
        """Whether instances of this layout also have `other`'s."""
        layout = self
        while layout is not None:
            if layout is other:
                return True
            layout = layout.base
        return False


# Builtin exception classes with fields of their own in CPython: they
# cannot be combined as bases with other such classes.
_EXCEPTIONS_WITH_FIELDS = ['SystemExit', 'ImportError', 'OSError',
                           'SyntaxError', 'StopIteration', 'UnicodeError',
                           'NameError', 'AttributeError']

# Builtin types whose instances have a variable size in CPython: their
# subclasses may not add slots.
_VARSIZED = ['int', 'tuple', 'bytes', 'type']


TPFLAGS_HEAPTYPE = 1 << 9
TPFLAGS_BASETYPE = 1 << 10
TPFLAGS_READY = 1 << 12
TPFLAGS_IS_ABSTRACT = 1 << 20
TPFLAGS_SUBCLASS_BITS = [('int', 1 << 24), ('list', 1 << 25),
                         ('tuple', 1 << 26), ('bytes', 1 << 27),
                         ('str', 1 << 28), ('dict', 1 << 29),
                         ('BaseException', 1 << 30), ('type', 1 << 31)]


class interp_classmethod(object):
    """A TypeDef entry: an interp2app to expose as a classmethod (as
    object.__init_subclass__ and type.__prepare__ are)."""

    def __init__(self, func):
        self.func = func

    def _freeze_(self):
        return True


def _renamed_code(code, name):
    """A copy of a builtin's code under another name (start-up only)."""
    import copy
    code = copy.copy(code)
    code.name = name
    return code


class W_TypeObject(W_Root):
    _immutable_fields_ = ['builtin_typedef', 'version_tag?', 'is_heaptype',
                          'terminator', 'layout', 'hasdict', 'uses_mapdict']

    def __init__(self, space, name, bases_w, dict_w, typedef=None,
                 w_metatype=None):
        self.space = space
        self.name = name
        self.qualname = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        # the TypeDef of a builtin type (W_TypeObject.typedef is 'type')
        self.builtin_typedef = typedef
        # the metatype when it is not `type` itself
        self.w_class = w_metatype
        self.mro_w = [self] + compute_c3_mro(space, bases_w)
        self.acceptable_as_base = True
        self.is_heaptype = typedef is None
        self.version_tag = VersionTag()
        self.weak_subclasses = []
        self.terminator = Terminator()
        self.layout = None        # set by from_typedef/create_user_type
        self.hasdict = False      # whether instances have a __dict__
        # whether instances are the generated user subclasses of
        # instanceobject.py with their attributes in a map
        self.uses_mapdict = False
        self.w_base = None        # __base__ (None: object, or unknown)
        self.old_mro_w = None     # kept while __bases__ is being changed

    @staticmethod
    def from_typedef(space, typedef, bases_w):
        """The W_TypeObject of a builtin type (its attributes are filled
        in by `fill_from_typedef` once every type exists)."""
        w_type = W_TypeObject(space, typedef.name, bases_w, {}, typedef)
        w_type.acceptable_as_base = typedef.acceptable_as_base
        if bases_w:
            w_type.w_base = bases_w[0]
            base_layout = bases_w[0].layout
            is_exception = base_layout.typedef.name == 'BaseException'
            if is_exception and typedef.name not in _EXCEPTIONS_WITH_FIELDS:
                w_type.layout = base_layout
            elif is_exception:
                w_type.layout = Layout(base_layout.typedef, base_layout, 0)
            else:
                w_type.layout = Layout(typedef, base_layout, 0)
            w_type.hasdict = is_exception or typedef.name in (
                'BaseException', 'staticmethod', 'classmethod', 'type',
                'function', 'module')
        else:
            w_type.layout = Layout(typedef, None, 0)
        return w_type

    def fill_from_typedef(self, space):
        from interpreter.gateway import interp2app as Interp2App
        from objspace.std.classmethodobject import W_ClassMethod
        from interpreter.function import W_BuiltinFunction
        typedef = self.builtin_typedef
        for name, value in typedef.rawdict.items():
            if isinstance(value, Interp2App) and name == '__new__':
                w_value = W_BuiltinFunction(space, value.code, value.doc,
                                            w_new_owner=self)
            elif isinstance(value, Interp2App):
                w_value = value.get_function(space, self)
                if w_value.code.name != name:
                    # list.__getitem__ is descr_getitem: its descriptor
                    # answers the name it has in the type, as CPython's
                    w_value.code = _renamed_code(w_value.code, name)
            elif isinstance(value, interp_classmethod):
                w_value = W_ClassMethod(value.func.get_function(space, self))
            elif isinstance(value, GetSetProperty):
                value.owner_name = typedef.name
                value.name = name
                w_value = value
            elif isinstance(value, W_Root):
                w_value = value
            elif value is None:
                w_value = space.w_None
            elif isinstance(value, str):
                w_value = space.newtext(value)
            else:
                raise TypeError('bad typedef entry %s.%s' % (
                    typedef.name, name))
            self.dict_w[name] = w_value
        if '__doc__' not in self.dict_w:
            if typedef.doc is None:
                self.dict_w['__doc__'] = space.w_None
            else:
                self.dict_w['__doc__'] = space.newtext(typedef.doc)
        if '__module__' not in self.dict_w and typedef.module != 'builtins':
            self.dict_w['__module__'] = space.newtext(typedef.module)
        for w_base in self.bases_w:
            w_base.add_subclass(self)

    def getclass(self, space):
        if self.w_class is not None:
            return self.w_class
        return space.gettypeobject(W_TypeObject.typedef)

    # --- lookup and version tags --------------------------------------

    def lookup(self, name):
        """The attribute `name` found along the MRO, or None."""
        if jit.we_are_jitted():
            w_self = jit.promote(self)
            version_tag = jit.promote(w_self.version_tag)
            return w_self._pure_lookup(name, version_tag)
        return self.lookup_where(name)[1]

    @jit.elidable
    def _pure_lookup(self, name, version_tag):
        # version_tag is not read: it is part of the key under which the
        # JIT may remember the result
        return self._lookup_where_uncached(name)[1]

    def lookup_where(self, name):
        """(the class that defines `name`, its value), or (None, None).
        Outside JIT-compiled code, answers come from the space's method
        cache, keyed by (version tag, name): a type's version tag changes
        whenever it or a base is modified, so an entry never goes
        stale."""
        version_tag = self.version_tag
        cache = self.space.method_cache
        index = method_cache_index(version_tag, name)
        if cache.versions[index] is version_tag and cache.names[index] == name:
            return cache.classes_w[index], cache.values_w[index]
        w_class, w_value = self._lookup_where_uncached(name)
        cache.versions[index] = version_tag
        cache.names[index] = name
        cache.classes_w[index] = w_class
        cache.values_w[index] = w_value
        return w_class, w_value

    def _lookup_where_uncached(self, name):
        for w_class in self.mro_w:
            assert isinstance(w_class, W_TypeObject)
            w_value = w_class.dict_w.get(name, None)
            if w_value is not None:
                return w_class, w_value
        return None, None

    def mutated(self):
        """The dict of this type changed: new version tags for it and
        every subclass."""
        self.version_tag = VersionTag()
        for w_sub in self.get_subclasses():
            assert isinstance(w_sub, W_TypeObject)
            w_sub.mutated()

    def add_subclass(self, w_sub):
        for i in range(len(self.weak_subclasses)):
            if self.weak_subclasses[i]() is None:
                self.weak_subclasses[i] = weakref.ref(w_sub)
                return
        self.weak_subclasses.append(weakref.ref(w_sub))

    def remove_subclass(self, w_sub):
        for i in range(len(self.weak_subclasses)):
            if self.weak_subclasses[i]() is w_sub:
                del self.weak_subclasses[i]
                return

    def get_subclasses(self):
        """The live direct subclasses."""
        result = []

        for ref in self.weak_subclasses:
            w_sub = ref()
            if w_sub is not None:
                result.append(w_sub)
        return result

    def setdictvalue(self, space, name, w_value):
        self.dict_w[name] = w_value
        self.mutated()

    def deldictvalue(self, space, name):
        """False if the type has no such attribute of its own."""
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        self.mutated()
        return True

    # --- misc ---------------------------------------------------------

    def issubtype(self, w_type):
        for w_class in self.mro_w:
            if w_class is w_type:
                return True
        return False

    def getname(self, space):
        return self.name

    def get_module_name(self, space):
        w_module = self.dict_w.get('__module__', None)
        if w_module is None:
            if self.builtin_typedef is not None:
                return self.builtin_typedef.module
            return 'builtins'
        if not space.isinstance_w(w_module, space.w_str):
            return 'builtins'
        return space.text_w(w_module)

    def dict_as_wrapped_dict(self, space):
        """A new dict with this type's own attributes."""
        w_dict = space.newdict()
        for name, w_value in self.dict_w.items():
            space.setitem(w_dict, space.newtext(name), w_value)
        return w_dict

    def static_new_base(self):
        """The first class in the MRO that does not define __new__ in
        Python (named by "X.__new__(Y) is not safe, use Z.__new__()")."""
        for w_class in self.mro_w:
            assert isinstance(w_class, W_TypeObject)
            if not (w_class.is_heaptype and '__new__' in w_class.dict_w):
                return w_class
        return self

    def first_builtin_base(self):
        """The first class in the MRO that is not a user class."""
        for w_class in self.mro_w:
            assert isinstance(w_class, W_TypeObject)
            if not w_class.is_heaptype:
                return w_class
        return self

    # --- app-level methods --------------------------------------------

    def descr_call(self, space, __args__):
        """Create an instance: __new__, then __init__ if the result is an
        instance of this type."""
        if self is space.w_type and __args__.positional_count() == 1 \
                and not __args__.has_keywords():
            return space.type(__args__.arguments_w[0])
        w_newdescr = self.lookup('__new__')
        if w_newdescr is None:
            raise oefmt(space.w_TypeError,
                        "cannot create '%s' instances", self.name)
        # __new__ is a static method: unwrap it as reading it would
        w_new = space.get(w_newdescr, space.w_None, self)
        w_obj = space.call_args(w_new, __args__.prepend(self))
        if space.type(w_obj).issubtype(self):
            w_init = space.lookup(w_obj, '__init__')
            if w_init is not None:
                w_res = space.get_and_call_args(w_init, w_obj, __args__)
                if not space.is_none(w_res):
                    raise oefmt(space.w_TypeError,
                                "__init__() should return None, not '%T'",
                                w_res)
        return w_obj

    def descr_repr(self, space):
        module = self.get_module_name(space)
        if module == 'builtins':
            return space.newtext("<class '%s'>" % self.qualname)
        return space.newtext("<class '%s.%s'>" % (module, self.qualname))

    def descr_get_name(self, space):
        return space.newtext(self.name)

    def _check_writable_attr(self, space, name, w_value):
        if not self.is_heaptype:
            raise oefmt(space.w_TypeError,
                        "cannot set '%s' attribute of immutable type '%s'",
                        name, self.name)
        if w_value is None:
            raise oefmt(space.w_TypeError,
                        "cannot delete '%s' attribute of immutable type "
                        "'%s'", name, self.name)
        if not space.isinstance_w(w_value, space.w_str):
            raise oefmt(space.w_TypeError,
                        "can only assign string to %s.%s, not '%T'",
                        self.name, name, w_value)

    def descr_set_name(self, space, w_value):
        self._check_writable_attr(space, '__name__', w_value)
        self.name = space.text_w(w_value)

    def descr_del_name(self, space):
        self._check_writable_attr(space, '__name__', None)

    def descr_get_qualname(self, space):
        return space.newtext(self.qualname)

    def descr_set_qualname(self, space, w_value):
        self._check_writable_attr(space, '__qualname__', w_value)
        self.qualname = space.text_w(w_value)

    def descr_del_qualname(self, space):
        self._check_writable_attr(space, '__qualname__', None)

    def descr_get_module(self, space):
        w_module = self.dict_w.get('__module__', None)
        if w_module is not None and self.is_heaptype:
            return w_module
        return space.newtext(self.get_module_name(space))

    def descr_set_module(self, space, w_value):
        if not self.is_heaptype:
            raise oefmt(space.w_TypeError,
                        "cannot set '__module__' attribute of immutable "
                        "type '%s'", self.name)
        self.setdictvalue(space, '__module__', w_value)

    def descr_get_mro(self, space):
        return space.newtuple(self.mro_w[:])

    def descr_get_bases(self, space):
        return space.newtuple(self.bases_w[:])

    def descr_set_bases(self, space, w_value):
        if not self.is_heaptype:
            raise oefmt(space.w_TypeError,
                        "cannot set '__bases__' attribute of immutable type "
                        "'%s'", self.name)
        if not space.isinstance_w(w_value, space.w_tuple):
            raise oefmt(space.w_TypeError,
                        "can only assign tuple to %s.__bases__, not %T",
                        self.name, w_value)
        bases_w = space.fixedview(w_value)
        if not bases_w:
            raise oefmt(space.w_TypeError,
                        "can only assign non-empty tuple to %s.__bases__, "
                        "not ()", self.name)
        for i in range(len(bases_w)):
            w_base = bases_w[i]
            if not isinstance(w_base, W_TypeObject):
                raise oefmt(space.w_TypeError,
                            "%s.__bases__ must be tuple of classes, not "
                            "'%T'", self.name, w_base)
            if w_base.issubtype(self):
                raise oefmt(space.w_TypeError,
                            "a __bases__ item causes an inheritance cycle")
            for j in range(i):
                if bases_w[j] is w_base:
                    raise oefmt(space.w_TypeError,
                                "duplicate base class %s", w_base.name)
        w_best = _best_base(space, bases_w)
        w_old_base = self.w_base
        if w_old_base is None:
            w_old_base = space.w_object
        assert isinstance(w_old_base, W_TypeObject)
        if _collected(w_best) != _collected(w_old_base):
            raise oefmt(space.w_TypeError,
                        "__bases__ assignment: '%s' deallocator differs "
                        "from '%s'", w_best.name, w_old_base.name)
        if w_best.layout is not w_old_base.layout:
            raise oefmt(space.w_TypeError,
                        "__bases__ assignment: '%s' object layout differs "
                        "from '%s'", w_best.name, w_old_base.name)
        old_bases_w = self.bases_w
        changed_w = []
        self.bases_w = bases_w
        try:
            _recompute_mros(space, self, changed_w)
        except OperationError:
            # an inconsistent MRO somewhere: nothing changes
            self.bases_w = old_bases_w
            for k in range(len(changed_w) - 1, -1, -1):
                w_changed = changed_w[k]
                assert isinstance(w_changed, W_TypeObject)
                w_changed.mro_w = w_changed.old_mro_w
            raise
        for w_changed in changed_w:
            assert isinstance(w_changed, W_TypeObject)
            w_changed.old_mro_w = None
        for w_base in old_bases_w:
            assert isinstance(w_base, W_TypeObject)
            w_base.remove_subclass(self)
        for w_base in bases_w:
            assert isinstance(w_base, W_TypeObject)
            w_base.add_subclass(self)
        self.w_base = w_best
        self.mutated()

    def descr_del_bases(self, space):
        raise oefmt(space.w_TypeError,
                    "cannot delete '__bases__' attribute of immutable type "
                    "'%s'", self.name)

    def descr_get_flags(self, space):
        """CPython's tp_flags bits that app-level code reads (copyreg,
        inspect, typing): heap type, base type, abstract, and the fast
        subclass bits of the builtin types."""
        flags = TPFLAGS_READY
        if self.is_heaptype:
            flags |= TPFLAGS_HEAPTYPE
        if self.acceptable_as_base:
            flags |= TPFLAGS_BASETYPE
        w_abstract = self.dict_w.get('__abstractmethods__', None)
        if w_abstract is not None and space.is_true(w_abstract):
            flags |= TPFLAGS_IS_ABSTRACT
        for name, bit in TPFLAGS_SUBCLASS_BITS:
            if self.issubtype(space.getattr(space.builtin,
                                            space.newtext(name))):
                flags |= bit
        return space.newint(flags)

    def descr_get_base(self, space):
        if self.w_base is None:
            return space.w_None
        return self.w_base

    def descr_get_dict(self, space):
        from objspace.std.mappingproxyobject import W_MappingProxyObject
        return W_MappingProxyObject(None, self)

    def descr_get_doc(self, space):
        w_doc = self.dict_w.get('__doc__', None)
        if w_doc is None:
            return space.w_None
        if isinstance(w_doc, GetSetProperty):
            # the type's instances have a __doc__ of their own (type,
            # property, function): the type's is the TypeDef's
            typedef = self.builtin_typedef
            if typedef is None or typedef.doc is None:
                return space.w_None
            return space.newtext(typedef.doc)
        if not self.is_heaptype:
            return w_doc
        # a heap type's __doc__ may be a descriptor (of its instances)
        return space.get(w_doc, space.w_None, self)

    def descr_set_doc(self, space, w_value):
        if not self.is_heaptype:
            raise oefmt(space.w_TypeError,
                        "cannot set '__doc__' attribute of immutable type "
                        "'%s'", self.name)
        self.setdictvalue(space, '__doc__', w_value)

    def descr_getattribute(self, space, w_name):
        """type.__getattribute__: a data descriptor of the metatype, then
        the attribute along this type's own MRO (bound with __get__(None,
        type)), then any attribute of the metatype."""
        name = space.text_w(w_name)
        w_metatype = space.type(self)
        w_metaattr = w_metatype.lookup(name)
        w_metaget = None
        if w_metaattr is not None:
            w_metaget = space.lookup(w_metaattr, '__get__')
            if w_metaget is not None and (
                    space.lookup(w_metaattr, '__set__') is not None or
                    space.lookup(w_metaattr, '__delete__') is not None):
                return space.get_and_call_function(w_metaget, w_metaattr,
                                                   self, w_metatype)
        w_attr = self.lookup(name)
        if w_attr is not None:
            w_get = space.lookup(w_attr, '__get__')
            if w_get is None:
                return w_attr
            if self is space.type(space.w_None) and (
                    isinstance(w_attr, GetSetProperty) or
                    isinstance(w_attr, W_MethodDescr)):
                # for NoneType, __get__(None, NoneType) reads from None
                return w_attr
            return space.get_and_call_function(w_get, w_attr, space.w_None,
                                               self)
        if w_metaattr is not None:
            if w_metaget is None:
                return w_metaattr
            return space.get_and_call_function(w_metaget, w_metaattr, self,
                                               w_metatype)
        raise oefmt(space.w_AttributeError,
                    "type object '%s' has no attribute '%s'", self.name, name)

    def descr_setattr(self, space, w_name, w_value):
        """type.__setattr__: builtin types are immutable; otherwise a data
        descriptor of the metatype, else the type's own dict."""
        name = space.text_w(w_name)
        if not self.is_heaptype:
            raise oefmt(space.w_TypeError,
                        "cannot set '%s' attribute of immutable type '%s'",
                        name, self.name)
        w_descr = space.type(self).lookup(name)
        if w_descr is not None:
            w_set = space.lookup(w_descr, '__set__')
            if w_set is not None:
                space.get_and_call_function(w_set, w_descr, self, w_value)
                return
        self.setdictvalue(space, name, w_value)

    def descr_delattr(self, space, w_name):
        name = space.text_w(w_name)
        if not self.is_heaptype:
            raise oefmt(space.w_TypeError,
                        "cannot set '%s' attribute of immutable type '%s'",
                        name, self.name)
        w_descr = space.type(self).lookup(name)
        if w_descr is not None:
            w_delete = space.lookup(w_descr, '__delete__')
            if w_delete is not None:
                space.get_and_call_function(w_delete, w_descr, self)
                return
        if not self.deldictvalue(space, name):
            raise oefmt(space.w_AttributeError,
                        "type object '%s' has no attribute '%s'", self.name,
                        name)

    def descr_mro(self, space):
        """Return a type's method resolution order."""
        return space.newlist(self.mro_w[:])

    def descr_subclasses(self, space):
        """Return a list of immediate subclasses."""
        return space.newlist(self.get_subclasses())

    def descr_subclasscheck(self, space, w_sub):
        """Check if a class is a subclass of this class."""
        if isinstance(w_sub, W_TypeObject) and not w_sub._tproxy_:
            return space.newbool(w_sub.issubtype(self))
        # a class-like object (a proxy of a class, anything with a tuple
        # __bases__): walk its bases through the generic protocol
        from interpreter.module.builtins.interp_builtins import \
            recursive_issubclass
        return space.newbool(recursive_issubclass(space, w_sub, self))

    def descr_instancecheck(self, space, w_obj):
        """Check if an object is an instance of this class."""
        if space.type(w_obj).issubtype(self):
            return space.w_True
        # an object may claim another class through __class__
        w_class = space.findattr(w_obj, space.newtext('__class__'))
        if isinstance(w_class, W_TypeObject):
            return space.newbool(w_class.issubtype(self))
        return space.w_False

    def descr_dir(self, space):
        """Specialized __dir__ implementation for types."""
        names = []
        for w_class in self.mro_w:
            assert isinstance(w_class, W_TypeObject)
            for name in w_class.dict_w.keys():
                if name not in names:
                    names.append(name)
        return space.newlist([space.newtext(name) for name in names])

    def descr_sizeof(self, space):
        return space.newint(0)


METHOD_CACHE_BITS = 11
METHOD_CACHE_MASK = (1 << METHOD_CACHE_BITS) - 1


class MethodCache(object):
    """A direct-mapped cache of type attribute lookups (see
    W_TypeObject.lookup_where); one per space."""

    def __init__(self):
        size = 1 << METHOD_CACHE_BITS
        self.versions = [None] * size
        self.names = [None] * size
        self.classes_w = [None] * size
        self.values_w = [None] * size


def method_cache_index(version_tag, name):
    return (version_tag.hash ^ compute_hash(name)) & METHOD_CACHE_MASK


# The builtin types whose instances CPython does not track in its cycle
# collector: their deallocator differs from that of user classes, so that
# CPython refuses to swap one for the other as a base in __bases__
# assignment, and so do we.
_UNTRACKED = ['object', 'int', 'bool', 'float', 'complex', 'str', 'bytes',
              'bytearray', 'range', 'slice']


def _collected(w_type):
    return w_type.is_heaptype or w_type.name not in _UNTRACKED


def _recompute_mros(space, w_type, changed_w):
    """New MROs for w_type and its subclasses after a change of
    w_type.__bases__; each changed type, with its old MRO in
    `old_mro_w`, is appended to changed_w so the caller can undo."""
    w_type.old_mro_w = w_type.mro_w
    changed_w.append(w_type)
    w_type.mro_w = [w_type] + compute_c3_mro(space, w_type.bases_w)
    for w_sub in w_type.get_subclasses():
        assert isinstance(w_sub, W_TypeObject)
        _recompute_mros(space, w_sub, changed_w)


def compute_c3_mro(space, bases_w):
    """The C3 linearisation of the bases (the class itself excluded)."""
    sequences = []
    for w_base in bases_w:
        assert isinstance(w_base, W_TypeObject)
        sequences.append(w_base.mro_w[:])
    sequences.append(bases_w[:])
    result = []
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        w_candidate = None
        for seq in sequences:
            w_head = seq[0]
            in_tail = False
            for other in sequences:
                for w_class in other[1:]:
                    if w_class is w_head:
                        in_tail = True
            if not in_tail:
                w_candidate = w_head
                break
        if w_candidate is None:
            names = []
            for seq in sequences:
                w_head = seq[0]
                assert isinstance(w_head, W_TypeObject)
                if w_head.name not in names:
                    names.append(w_head.name)
            raise oefmt(space.w_TypeError,
                        "Cannot create a consistent method resolution\n"
                        "order (MRO) for bases %s", ', '.join(names))
        result.append(w_candidate)
        for seq in sequences:
            if seq[0] is w_candidate:
                del seq[0]


# --- making user classes ------------------------------------------------

def calculate_metaclass(space, w_metatype, bases_w):
    """The most derived of w_metatype and the metaclasses of the bases."""
    w_winner = w_metatype
    for w_base in bases_w:
        w_basetype = space.type(w_base)
        if space.issubtype_w(w_winner, w_basetype):
            continue
        if space.issubtype_w(w_basetype, w_winner):
            w_winner = w_basetype
            continue
        raise oefmt(space.w_TypeError,
                    "metaclass conflict: the metaclass of a derived class "
                    "must be a (non-strict) subclass of the metaclasses of "
                    "all its bases")
    return w_winner


def descr__new__(space, w_metatype, __args__):
    """type(object) -> the object's type
type(name, bases, dict, **kwds) -> a new type"""
    if not isinstance(w_metatype, W_TypeObject):
        raise oefmt(space.w_TypeError,
                    "type.__new__(X): X is not a type object (%T)",
                    w_metatype)
    args_w = __args__.arguments_w
    if w_metatype is space.w_type and len(args_w) == 1 and \
            not __args__.has_keywords():
        return space.type(args_w[0])
    if len(args_w) != 3:
        if w_metatype is space.w_type:
            raise oefmt(space.w_TypeError, "type() takes 1 or 3 arguments")
        raise oefmt(space.w_TypeError,
                    "type.__new__() takes exactly 3 arguments (%d given)",
                    len(args_w))
    w_name = args_w[0]
    w_bases = args_w[1]
    w_dict = args_w[2]
    if not space.isinstance_w(w_name, space.w_str):
        raise oefmt(space.w_TypeError,
                    "type.__new__() argument 1 must be str, not %T", w_name)
    if not space.isinstance_w(w_bases, space.w_tuple):
        raise oefmt(space.w_TypeError,
                    "type.__new__() argument 2 must be tuple, not %T",
                    w_bases)
    if not space.isinstance_w(w_dict, space.w_dict):
        raise oefmt(space.w_TypeError,
                    "type.__new__() argument 3 must be dict, not %T", w_dict)
    bases_w = space.fixedview(w_bases)
    w_winner = calculate_metaclass(space, w_metatype, bases_w)
    if w_winner is not w_metatype:
        w_newdescr = w_winner.lookup('__new__')
        if w_newdescr is not space.w_type_new:
            # the more derived metaclass has its own __new__: let it work
            w_new = space.get(w_newdescr, space.w_None, w_winner)
            args = Arguments(space, [w_winner, w_name, w_bases, w_dict],
                             __args__.keywords, __args__.keywords_w)
            return space.call_args(w_new, args)
        w_metatype = w_winner
    assert isinstance(w_metatype, W_TypeObject)
    return create_user_type(space, w_metatype, space.text_w(w_name),
                            bases_w, w_dict, __args__.keywords,
                            __args__.keywords_w)


def _best_base(space, bases_w):
    """The base whose layout extends every other base's layout."""
    w_best = None
    best_layout = None
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise oefmt(space.w_TypeError, "bases must be types")
        if not w_base.acceptable_as_base:
            # (named as CPython's tp_name: with its module, if not builtins)
            name = w_base.name
            module = w_base.builtin_typedef.module
            if module != 'builtins':
                name = '%s.%s' % (module, name)
            raise oefmt(space.w_TypeError,
                        "type '%s' is not an acceptable base type", name)
        layout = w_base.layout
        if best_layout is None or layout.issublayout(best_layout):
            if best_layout is None or layout is not best_layout:
                w_best = w_base
                best_layout = layout
        elif not best_layout.issublayout(layout):
            raise oefmt(space.w_TypeError,
                        "multiple bases have instance lay-out conflict")
    assert isinstance(w_best, W_TypeObject)
    return w_best


def _slot_names(space, w_slots):
    """The names listed by a __slots__ value (a str or an iterable)."""
    if space.isinstance_w(w_slots, space.w_str):
        items_w = [w_slots]
    else:
        items_w = space.listview(w_slots)
    names = []
    for w_item in items_w:
        if not space.isinstance_w(w_item, space.w_str):
            raise oefmt(space.w_TypeError,
                        "__slots__ items must be strings, not '%T'", w_item)
        name = space.text_w(w_item)
        if not _is_identifier(name):
            raise oefmt(space.w_TypeError, "__slots__ must be identifiers")
        names.append(name)
    return names


def _is_identifier(name):
    if not name or name[0].isdigit():
        return False
    for c in name:
        if not (c.isalnum() or c == '_' or ord(c) >= 128):
            return False
    return True


def _mangle(name, classname):
    """Private name mangling, as the compiler does it for `__x`."""
    if not name.startswith('__') or name.endswith('__') or '.' in name:
        return name
    i = 0
    while i < len(classname) and classname[i] == '_':
        i += 1
    if i == len(classname):
        return name
    stripped = classname[i:]
    return '_' + stripped + name


def _caller_module_name(space):
    """__name__ of the globals of the innermost running app-level frame,
    or None."""
    frame = space.getexecutioncontext().gettopframe()
    if frame is None:
        return None
    return space.finditem_str(frame.w_globals, '__name__')


def create_user_type(space, w_metatype, name, bases_w, w_namespace,
                     keywords, keywords_w):
    """type.__new__(w_metatype, name, bases, namespace, **kwds), once the
    metaclass is known."""
    from objspace.std.classmethodobject import W_ClassMethod
    from objspace.std.staticmethodobject import W_StaticMethod
    from objspace.std.memberobject import (W_MemberDescr,
                                           W_InstanceDictDescr)
    from objspace.std.instanceobject import is_user_subclassable_typedef
    from interpreter.function import W_Function
    from interpreter.nestedscope import W_Cell
    if not bases_w:
        bases_w = [space.w_object]
    for i in range(len(bases_w)):
        for j in range(i):
            if bases_w[i] is bases_w[j]:
                raise oefmt(space.w_TypeError, "duplicate base class %s",
                            space.getname(bases_w[i]))
    w_best = _best_base(space, bases_w)
    base_layout = w_best.layout

    # the namespace, copied: the class keeps its own dict
    dict_w = {}
    for w_key in space.listview(w_namespace):
        if not space.isinstance_w(w_key, space.w_str):
            raise oefmt(space.w_TypeError,
                        "type.__new__() namespace keys must be strings, "
                        "not '%T'", w_key)
        dict_w[space.text_w(w_key)] = space.getitem(w_namespace, w_key)

    # __slots__
    hasdict = w_best.hasdict
    add_dict = not hasdict
    add_weakref = True
    # as in CPython, instances of variable-sized builtin types and of
    # their subclasses cannot be weakly referenced
    may_add_weakref = base_layout.typedef.name not in ('int', 'tuple',
                                                       'bytes')
    slot_names = []
    w_slots = dict_w.get('__slots__', None)
    if w_slots is not None:
        add_dict = False
        add_weakref = False
        for slot in _slot_names(space, w_slots):
            if slot == '__dict__':
                if hasdict or add_dict:
                    raise oefmt(space.w_TypeError,
                                "__dict__ slot disallowed: we already got "
                                "one")
                add_dict = True
            elif slot == '__weakref__':
                if not may_add_weakref:
                    raise oefmt(space.w_TypeError,
                                "nonempty __slots__ not supported for "
                                "subtype of '%s'",
                                w_best.first_builtin_base().name)
                if add_weakref:
                    raise oefmt(space.w_TypeError,
                                "__weakref__ slot disallowed: either we "
                                "already got one, or the base type does "
                                "not support weak references")
                add_weakref = True
            else:
                slot = _mangle(slot, name)
                if slot in slot_names:
                    # named twice (datetime's `date.__slots__ +
                    # time.__slots__`): CPython accepts it, one slot is
                    # enough
                    continue
                if slot in dict_w:
                    raise oefmt(space.w_ValueError,
                                "'%s' in __slots__ conflicts with class "
                                "variable", slot)
                slot_names.append(slot)
        if slot_names and base_layout.typedef.name in _VARSIZED:
            raise oefmt(space.w_TypeError,
                        "nonempty __slots__ not supported for subtype of "
                        "'%s'", w_best.first_builtin_base().name)
    if not may_add_weakref:
        add_weakref = False
    if add_weakref:
        for w_base in bases_w:
            assert isinstance(w_base, W_TypeObject)
            if w_base.lookup('__weakref__') is not None:
                add_weakref = False      # inherited already
    if slot_names:
        layout = Layout(base_layout.typedef, base_layout,
                        base_layout.nslots + len(slot_names))
    else:
        layout = base_layout

    # the attributes the class gets from type.__new__
    if '__module__' not in dict_w:
        w_modname = _caller_module_name(space)
        if w_modname is not None:
            dict_w['__module__'] = w_modname
    qualname = name
    w_qualname = dict_w.get('__qualname__', None)
    if w_qualname is not None:
        if not space.isinstance_w(w_qualname, space.w_str):
            raise oefmt(space.w_TypeError,
                        "type __qualname__ must be a str, not %T",
                        w_qualname)
        qualname = space.text_w(w_qualname)
        del dict_w['__qualname__']
    for special in ['__new__']:
        w_value = dict_w.get(special, None)
        if isinstance(w_value, W_Function):
            dict_w[special] = W_StaticMethod(w_value)
    for special in ['__init_subclass__', '__class_getitem__']:
        w_value = dict_w.get(special, None)
        if isinstance(w_value, W_Function):
            dict_w[special] = W_ClassMethod(w_value)
    if '__eq__' in dict_w and '__hash__' not in dict_w:
        # equal objects must hash equal: a class that redefines equality
        # without hashing is unhashable
        dict_w['__hash__'] = space.w_None
    w_classcell = dict_w.get('__classcell__', None)
    if w_classcell is not None:
        if not isinstance(w_classcell, W_Cell):
            raise oefmt(space.w_TypeError,
                        "__classcell__ must be a nonlocal cell, not %R",
                        space.type(w_classcell))
        del dict_w['__classcell__']

    w_type = W_TypeObject(space, name, bases_w, dict_w)
    if w_metatype is not space.w_type:
        w_type.w_class = w_metatype
    w_type.qualname = qualname
    w_type.w_base = w_best
    w_type.layout = layout
    w_type.hasdict = hasdict or add_dict
    w_type.uses_mapdict = is_user_subclassable_typedef(layout.typedef)
    for i in range(len(slot_names)):
        dict_w[slot_names[i]] = W_MemberDescr(
            slot_names[i], base_layout.nslots + i, w_type)
    if add_dict:
        dict_w['__dict__'] = W_InstanceDictDescr(False, w_type)
    if add_weakref:
        dict_w['__weakref__'] = W_InstanceDictDescr(True, w_type)
    if '__doc__' not in dict_w:
        dict_w['__doc__'] = space.w_None
    for w_base in bases_w:
        assert isinstance(w_base, W_TypeObject)
        w_base.add_subclass(w_type)
    if w_classcell is not None:
        assert isinstance(w_classcell, W_Cell)
        w_classcell.set(w_type)

    _call_set_name(space, w_type)
    _call_init_subclass(space, w_type, keywords, keywords_w)
    return w_type


def _call_set_name(space, w_type):
    for name, w_value in w_type.dict_w.items():
        w_set_name = space.lookup(w_value, '__set_name__')
        if w_set_name is None:
            continue
        try:
            space.get_and_call_function(w_set_name, w_value, w_type,
                                        space.newtext(name))
        except OperationError as e:
            error = oefmt(space.w_RuntimeError,
                          "Error calling __set_name__ on '%T' instance '%s' "
                          "in '%s'", w_value, name, w_type.name)
            w_error = error.get_w_value(space)
            space.setattr(w_error, space.newtext('__cause__'),
                          e.get_w_value(space))
            raise error


def _call_init_subclass(space, w_type, keywords, keywords_w):
    """super(w_type, w_type).__init_subclass__(**kwds)"""
    mro_w = w_type.mro_w
    for i in range(1, len(mro_w)):
        w_class = mro_w[i]
        assert isinstance(w_class, W_TypeObject)
        w_descr = w_class.dict_w.get('__init_subclass__', None)
        if w_descr is not None:
            w_func = space.get(w_descr, space.w_None, w_type)
            args = Arguments(space, [], keywords, keywords_w)
            space.call_args(w_func, args)
            return


def descr__init__(space, w_self, __args__):
    """Initialize self.  See help(type(self)) for accurate signature."""
    nargs = __args__.positional_count()
    if nargs == 1 and __args__.has_keywords():
        raise oefmt(space.w_TypeError,
                    "type.__init__() takes no keyword arguments")
    if nargs != 1 and nargs != 3:
        raise oefmt(space.w_TypeError,
                    "type.__init__() takes 1 or 3 arguments")


def descr__prepare__(space, w_metatype, __args__):
    """__prepare__() -> dict
used to create the namespace for the class statement"""
    return space.newdict()


W_TypeObject.typedef = TypeDef(
    'type',
    doc="type(object) -> the object's type\n"
        "type(name, bases, dict, **kwds) -> a new type",
    __new__=interp2app(descr__new__, app_name='__new__'),
    __init__=interp2app(descr__init__, app_name='__init__'),
    __prepare__=interp_classmethod(interp2app(descr__prepare__,
                                              app_name='__prepare__')),
    __call__=interp2app(W_TypeObject.descr_call),
    __getattribute__=interp2app(W_TypeObject.descr_getattribute),
    __setattr__=interp2app(W_TypeObject.descr_setattr),
    __delattr__=interp2app(W_TypeObject.descr_delattr),
    __repr__=interp2app(W_TypeObject.descr_repr),
    __name__=GetSetProperty(W_TypeObject.descr_get_name,
                            W_TypeObject.descr_set_name,
                            W_TypeObject.descr_del_name),
    __qualname__=GetSetProperty(W_TypeObject.descr_get_qualname,
                                W_TypeObject.descr_set_qualname,
                                W_TypeObject.descr_del_qualname),
    __module__=GetSetProperty(W_TypeObject.descr_get_module,
                              W_TypeObject.descr_set_module),
    __doc__=GetSetProperty(W_TypeObject.descr_get_doc,
                           W_TypeObject.descr_set_doc),
    __mro__=GetSetProperty(W_TypeObject.descr_get_mro),
    __bases__=GetSetProperty(W_TypeObject.descr_get_bases,
                             W_TypeObject.descr_set_bases,
                             W_TypeObject.descr_del_bases),
    __base__=GetSetProperty(W_TypeObject.descr_get_base),
    __flags__=GetSetProperty(W_TypeObject.descr_get_flags),
    __dict__=GetSetProperty(W_TypeObject.descr_get_dict),
    mro=interp2app(W_TypeObject.descr_mro),
    __subclasses__=interp2app(W_TypeObject.descr_subclasses),
    __subclasscheck__=interp2app(W_TypeObject.descr_subclasscheck),
    __instancecheck__=interp2app(W_TypeObject.descr_instancecheck),
    __dir__=interp2app(W_TypeObject.descr_dir),
    __sizeof__=interp2app(W_TypeObject.descr_sizeof),
    __or__=interp2app(genericalias.type_or, app_name='__or__'),
    __ror__=interp2app(genericalias.type_ror, app_name='__ror__'),
)
