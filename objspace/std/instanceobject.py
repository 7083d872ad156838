"""Instances of user classes: one generated interp-level subclass per
builtin W_ class that a user class may inherit from.

An instance of `class A: pass` is a `W_ObjectObjectUser`; an instance of
`class MyList(list)` is a `W_ListObjectUser`, a subclass of W_ListObject,
so the builtin methods of list (whose `self` is type-checked by the
gateway against W_ListObject) work on it unchanged.  Every generated class
adds the same state, from `_make_user_subclass`:

    w__class    the user class (what `getclass` answers)
    map         the attribute layout (objspace/std/mapdict.py) ...
    storage_w   ... and the attribute values, indexed by the map
    w__dict     None until `__dict__` is read or assigned: from then on
                the attributes live in this real dict and the map is
                unused (the map "devolves" into a dict)
    slots_w     the values of the `__slots__` members, indexed by the
                member descriptors (objspace/std/memberobject.py)

The classes are made once, at import time, from the table
`USER_SUBCLASSED`; `space.allocate_instance(W_ListObject, w_subtype)`
(objspace/std/objspace.py) picks the right one with
`get_unique_interplevel_subclass`.  Whether an instance has a `__dict__`
at all is a property of its class (`W_TypeObject.hasdict`).

The methods added here (mapdict_read, mapdict_write, mapdict_delete,
user_getslot, user_setslot, user_set_class, user_getlifeline,
user_setlifeline) exist only on the generated
classes; callers check first that the object's type is a user type whose
instances are made here (`W_TypeObject.uses_mapdict`, or a member
descriptor's owner class).
"""

from __future__ import absolute_import
from rpython.rlib.objectmodel import specialize

from interpreter.error import oefmt
from objspace.std import mapdict
from objspace.std.objectobject import W_ObjectObject
from objspace.std.intobject import W_IntObject, W_LongObject
from objspace.std.floatobject import W_FloatObject
from objspace.std.complexobject import W_ComplexObject
from objspace.std.unicodeobject import W_UnicodeObject
from objspace.std.bytesobject import W_BytesObject
from objspace.std.tupleobject import W_TupleObject
from objspace.std.listobject import W_ListObject
from objspace.std.dictobject import W_DictObject
from objspace.std.setobject import W_SetObject, W_FrozensetObject
from objspace.std.bytearrayobject import W_BytearrayObject
from objspace.std.exceptionobject import W_BaseException
from objspace.std.propertyobject import W_Property
from objspace.std.staticmethodobject import W_StaticMethod
from objspace.std.classmethodobject import W_ClassMethod
from objspace.std.superobject import W_Super
from objspace.std.weakrefobject import W_Weakref
from interpreter.moduleobject import W_Module


def _make_user_subclass(base):
    """The interp-level class of instances of user subclasses of the
    builtin type implemented by `base`."""

    class W_UserSubclass(base):

        def user_setup(self, space, w_type):
            """Called on a fresh instance, right after instantiate()."""
            self.w__class = w_type
            self.map = w_type.terminator
            self.storage_w = []
            self.w__dict = None
            self.slots_w = [None] * w_type.layout.nslots

        def getclass(self, space):
            return self.w__class

        def user_set_class(self, space, w_type):
            """__class__ assignment (the layouts were checked): the
            attributes move to a map of the new class."""
            if self.w__dict is None:
                names = self.map.names()
                new_map = w_type.terminator
                for name in names:
                    new_map = new_map.add_attribute(name)
                self.map = new_map
            self.w__class = w_type

        # --- attributes -----------------------------------------------

        def _devolve(self, space):
            w_dict = space.newdict()
            names = self.map.names()
            for i in range(len(names)):
                space.setitem(w_dict, space.newtext(names[i]),
                              self.storage_w[i])
            self.w__dict = w_dict
            self.map = self.w__class.terminator
            self.storage_w = []
            return w_dict

        def getdict(self, space):
            if not self.w__class.hasdict:
                return None
            w_dict = self.w__dict
            if w_dict is None:
                w_dict = self._devolve(space)
            return w_dict

        def setdict(self, space, w_dict):
            if not self.w__class.hasdict:
                raise oefmt(space.w_AttributeError,
                            "'%T' object has no attribute '__dict__'", self)
            if not space.isinstance_w(w_dict, space.w_dict):
                raise oefmt(space.w_TypeError,
                            "__dict__ must be set to a dictionary, "
                            "not a '%T'", w_dict)
            self.w__dict = w_dict
            self.map = self.w__class.terminator
            self.storage_w = []

        def mapdict_read(self, space, name):
            """The instance attribute `name`, or None."""
            if self.w__dict is not None:
                return space.finditem_str(self.w__dict, name)
            return mapdict.map_read(self.map, self.storage_w, name)

        def attr_map(self):
            if self.w__dict is None:
                return self.map
            return None

        def attr_storage(self):
            return self.storage_w

        def attr_append(self, new_map, w_value):
            self.storage_w.append(w_value)
            self.map = new_map

        def mapdict_write(self, space, name, w_value):
            if self.w__dict is not None:
                space.setitem(self.w__dict, space.newtext(name), w_value)
                return
            self.map = mapdict.map_write(self.map, self.storage_w, name,
                                         w_value)

        def mapdict_delete(self, space, name):
            """Delete the instance attribute; False if there is none."""
            if self.w__dict is not None:
                w_key = space.newtext(name)
                if space.finditem(self.w__dict, w_key) is None:
                    return False
                space.delitem(self.w__dict, w_key)
                return True
            new_map, new_storage_w = mapdict.map_delete(
                self.map, self.storage_w, name)
            if new_map is None:
                return False
            self.map = new_map
            self.storage_w = new_storage_w
            return True

        # --- __slots__ ------------------------------------------------

        def user_getslot(self, index):
            return self.slots_w[index]

        def user_setslot(self, index, w_value):
            self.slots_w[index] = w_value

        # --- weak references (objspace/std/weakrefobject.py) ---------
        # The lifeline, once the instance is weakly referenced, is one
        # more item after the __slots__ values: nothing is added to an
        # instance that is never weakly referenced.

        def user_getlifeline(self):
            if len(self.slots_w) > self.w__class.layout.nslots:
                return self.slots_w[-1]
            return None

        def user_setlifeline(self, w_lifeline):
            self.slots_w = self.slots_w + [w_lifeline]

    W_UserSubclass.__name__ = base.__name__ + 'User'
    return W_UserSubclass


# Every builtin interp-level class whose app-level type user classes may
# inherit from.  (int has two representations, so two entries.)
USER_SUBCLASSED = [W_ObjectObject, W_IntObject, W_LongObject, W_FloatObject,
                   W_ComplexObject, W_UnicodeObject, W_BytesObject,
                   W_TupleObject, W_ListObject, W_DictObject, W_SetObject,
                   W_FrozensetObject, W_BytearrayObject, W_BaseException,
                   W_Property, W_StaticMethod, W_ClassMethod, W_Super,
                   W_Weakref, W_Module]

_user_subclasses = {}
for _cls in USER_SUBCLASSED:
    _user_subclasses[_cls] = _make_user_subclass(_cls)
del _cls

W_InstanceObject = _user_subclasses[W_ObjectObject]


def register_user_subclassable(cls):
    """Let user classes inherit from the type of `cls`, a W_ class of a
    builtin module (deque, _random.Random...); called when its module is
    imported, before translation.  Returns cls."""
    if cls not in _user_subclasses:
        USER_SUBCLASSED.append(cls)
        _user_subclasses[cls] = _make_user_subclass(cls)
    return cls


@specialize.memo()
def get_unique_interplevel_subclass(cls):
    """The generated subclass of the builtin W_ class `cls`."""
    return _user_subclasses[cls]


def is_user_subclassable_typedef(typedef):
    """Whether the instances of user subclasses of this builtin type can
    be made here."""
    for cls in USER_SUBCLASSED:
        if cls.typedef is typedef:
            return True
    return False
