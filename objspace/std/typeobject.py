"""`type`: W_TypeObject, the app-level class of classes.

A type holds its name, its bases, its MRO (computed by C3 when it is
made) and its own attributes in `dict_w`, an interp-level dict from
identifier to wrapped value.  Builtin types are made from their TypeDef
when the space starts (`W_TypeObject.from_typedef`).  `lookup(name)`
walks the MRO; later a version tag will let the JIT and method caches
constant-fold it.
"""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_TypeObject(W_Root):
    _immutable_fields_ = ['builtin_typedef']

    def __init__(self, space, name, bases_w, dict_w, typedef=None):
        self.space = space
        self.name = name
        self.qualname = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        # the TypeDef of a builtin type (W_TypeObject.typedef is 'type')
        self.builtin_typedef = typedef
        self.mro_w = [self] + compute_c3_mro(space, bases_w)
        self.w_module = None
        self.acceptable_as_base = True

    @staticmethod
    def from_typedef(space, typedef, bases_w):
        """The W_TypeObject of a builtin type (its attributes are filled
        in by `fill_from_typedef` once every type exists)."""
        w_type = W_TypeObject(space, typedef.name, bases_w, {}, typedef)
        w_type.acceptable_as_base = typedef.acceptable_as_base
        return w_type

    def fill_from_typedef(self, space):
        from interpreter.gateway import interp2app as Interp2App
        typedef = self.builtin_typedef
        for name, value in typedef.rawdict.items():
            if isinstance(value, Interp2App):
                w_value = value.get_function(space, self)
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

    def lookup(self, name):
        """The attribute `name` found along the MRO, or None."""
        for w_class in self.mro_w:
            assert isinstance(w_class, W_TypeObject)
            w_value = w_class.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def lookup_where(self, name):
        """(the class that defines `name`, its value), or (None, None)."""
        for w_class in self.mro_w:
            assert isinstance(w_class, W_TypeObject)
            w_value = w_class.dict_w.get(name, None)
            if w_value is not None:
                return w_class, w_value
        return None, None

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
        return space.text_w(w_module)

    # --- app-level methods --------------------------------------------

    def descr_call(self, space, __args__):
        """Create an instance: __new__, then __init__ if the result is an
        instance of this type."""
        if self is space.w_type and __args__.positional_count() == 1 \
                and not __args__.has_keywords():
            return space.type(__args__.arguments_w[0])
        w_new = self.lookup('__new__')
        if w_new is None:
            raise oefmt(space.w_TypeError,
                        "cannot create '%s' instances", self.name)
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
            return space.newtext("<class '%s'>" % self.name)
        return space.newtext("<class '%s.%s'>" % (module, self.qualname))

    def descr_get_name(self, space):
        return space.newtext(self.name)

    def descr_get_qualname(self, space):
        return space.newtext(self.qualname)

    def descr_get_module(self, space):
        return space.newtext(self.get_module_name(space))

    def descr_get_mro(self, space):
        return space.newtuple(self.mro_w[:])

    def descr_get_bases(self, space):
        return space.newtuple(self.bases_w[:])

    def descr_get_base(self, space):
        if not self.bases_w:
            return space.w_None
        return self.bases_w[0]

    def descr_get_dict(self, space):
        w_dict = space.newdict()
        for name, w_value in self.dict_w.items():
            space.setitem(w_dict, space.newtext(name), w_value)
        return w_dict

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
            return space.get_and_call_function(w_get, w_attr, space.w_None,
                                               self)
        if w_metaattr is not None:
            if w_metaget is None:
                return w_metaattr
            return space.get_and_call_function(w_metaget, w_metaattr, self,
                                               w_metatype)
        raise oefmt(space.w_AttributeError,
                    "type object '%s' has no attribute '%s'", self.name, name)

    def descr_mro(self, space):
        return space.newlist(self.mro_w[:])

    def descr_subclasscheck(self, space, w_sub):
        if not isinstance(w_sub, W_TypeObject):
            raise oefmt(space.w_TypeError,
                        "issubclass() arg 1 must be a class")
        return space.newbool(w_sub.issubtype(self))

    def descr_instancecheck(self, space, w_obj):
        return space.newbool(space.type(w_obj).issubtype(self))


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


W_TypeObject.typedef = TypeDef(
    'type',
    __call__=interp2app(W_TypeObject.descr_call),
    __getattribute__=interp2app(W_TypeObject.descr_getattribute),
    __repr__=interp2app(W_TypeObject.descr_repr),
    __name__=GetSetProperty(W_TypeObject.descr_get_name),
    __qualname__=GetSetProperty(W_TypeObject.descr_get_qualname),
    __module__=GetSetProperty(W_TypeObject.descr_get_module),
    __mro__=GetSetProperty(W_TypeObject.descr_get_mro),
    __bases__=GetSetProperty(W_TypeObject.descr_get_bases),
    __base__=GetSetProperty(W_TypeObject.descr_get_base),
    __dict__=GetSetProperty(W_TypeObject.descr_get_dict),
    mro=interp2app(W_TypeObject.descr_mro),
    __subclasscheck__=interp2app(W_TypeObject.descr_subclasscheck),
    __instancecheck__=interp2app(W_TypeObject.descr_instancecheck),
)
