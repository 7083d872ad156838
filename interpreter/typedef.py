"""TypeDef: the interp-level description of a builtin app-level type.

A TypeDef names the type, its bases (other TypeDefs) and its attributes:
`interp2app` methods, `GetSetProperty` attributes and plain constants.
The space turns each TypeDef into one W_TypeObject when it starts
(objspace/std/typeobject.py); `W_Xxx.typedef` links an interp-level class
to its app-level type.
"""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app


class TypeDef(object):
    """name, bases (a TypeDef or a list of TypeDefs), and the type's
    attributes as keyword arguments."""

    all_typedefs = []     # every TypeDef ever made, in creation order

    def __init__(self, __name, __bases=None, **rawdict):
        # 'name' and 'bases' may be attribute names of the type (as
        # ImportError.name), so they are positional-only here
        name = __name
        bases = __bases
        doc = rawdict.pop('doc', None)
        acceptable_as_base = rawdict.pop('acceptable_as_base', True)
        module = rawdict.pop('module', 'builtins')
        self.name = name
        if bases is None:
            bases = []
        elif isinstance(bases, TypeDef):
            bases = [bases]
        self.bases = bases
        self.doc = doc
        self.acceptable_as_base = acceptable_as_base
        self.module = module
        self.rawdict = rawdict
        # the position of this type in space.types_w
        self.index = len(TypeDef.all_typedefs)
        TypeDef.all_typedefs.append(self)

    def _freeze_(self):
        return True

    def __repr__(self):
        return '<TypeDef %r>' % (self.name,)


def no_instance(space, w_obj, w_type):
    """Whether descr.__get__(w_obj, w_type) is a read from the class: the
    instance is None, unless the class is NoneType, whose instance is None
    (type.__getattribute__ does not bind builtin descriptors of
    NoneType)."""
    if not space.is_none(w_obj):
        return False
    return w_type is None or not space.is_w(w_type, space.type(w_obj))


class GetSetProperty(W_Root):
    """A computed attribute of a builtin type (CPython's
    getset_descriptor).  fget(self, space), fset(self, space, w_value) and
    fdel(self, space) are methods of the W_ class whose instances carry
    the attribute; the receiver's interp-level class is checked before
    they are called."""

    def __init__(self, fget, fset=None, fdel=None, doc=None, name=None):
        cls = fget.im_class
        self.fget = _checked(fget, cls, 'get')
        self.fset = _checked(fset, cls, 'set')
        self.fdel = _checked(fdel, cls, 'delete')
        self.doc = doc
        self.name = name or fget.__name__.replace('descr_get_', '')
        self.owner_name = '?'     # the type's name, set when it is built

    def descr_get(self, space, w_obj, w_type=None):
        if no_instance(space, w_obj, w_type):
            return self
        return self.fget(self, space, w_obj)

    def descr_set(self, space, w_obj, w_value):
        if self.fset is None:
            raise oefmt(space.w_AttributeError,
                        "attribute '%s' of '%T' objects is not writable",
                        self.name, w_obj)
        self.fset(self, space, w_obj, w_value)

    def descr_delete(self, space, w_obj):
        if self.fdel is None:
            raise oefmt(space.w_AttributeError,
                        "attribute '%s' of '%T' objects is not writable",
                        self.name, w_obj)
        self.fdel(self, space, w_obj)

    def descr_get_name(self, space):
        return space.newtext(self.name)

    def descr_get_doc(self, space):
        if self.doc is None:
            return space.w_None
        return space.newtext(self.doc)

    def typecheck_failed(self, space, w_obj):
        raise oefmt(space.w_TypeError,
                    "descriptor '%s' for '%s' objects doesn't apply to a "
                    "'%T' object", self.name, self.owner_name, w_obj)


def _checked(method, cls, what):
    """A wrapper of method that checks the receiver's class first, so that
    the annotator sees each accessor called with its own class."""
    if method is None:
        return None
    func = method.im_func
    if what == 'get':
        def accessor(prop, space, w_obj):
            if not isinstance(w_obj, cls):
                prop.typecheck_failed(space, w_obj)
            return func(w_obj, space)
    elif what == 'set':
        def accessor(prop, space, w_obj, w_value):
            if not isinstance(w_obj, cls):
                prop.typecheck_failed(space, w_obj)
            func(w_obj, space, w_value)
    else:
        def accessor(prop, space, w_obj):
            if not isinstance(w_obj, cls):
                prop.typecheck_failed(space, w_obj)
            func(w_obj, space)
    accessor.__name__ = '%s_%s_%s' % (what, cls.__name__, func.__name__)
    return accessor


GetSetProperty.typedef = TypeDef(
    'getset_descriptor',
    __get__=interp2app(GetSetProperty.descr_get),
    __set__=interp2app(GetSetProperty.descr_set),
    __delete__=interp2app(GetSetProperty.descr_delete),
    __name__=GetSetProperty(GetSetProperty.descr_get_name),
    __doc__=GetSetProperty(GetSetProperty.descr_get_doc),
    acceptable_as_base=False,
)
