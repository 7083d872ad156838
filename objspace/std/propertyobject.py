"""`property`: W_Property holds the getter, setter and deleter (wrapped,
None when absent), the docstring, and the attribute name given by
`__set_name__` (used in error messages).

A property is a data descriptor: `__get__` calls fget, `__set__` fset and
`__delete__` fdel.  `getter`/`setter`/`deleter` return a copy made by
calling the property's own type, so subclasses of property keep their
class.  When the docstring was taken from the getter (`getter_doc`), a
copy with a new getter takes the new getter's docstring.
"""

from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_Property(W_Root):
    def __init__(self):
        self.w_fget = None
        self.w_fset = None
        self.w_fdel = None
        self.w_doc = None
        self.w_name = None
        self.getter_doc = False

    def _error(self, space, w_obj, what):
        qualname = space.type(w_obj).qualname
        if self.w_name is not None:
            raise oefmt(space.w_AttributeError,
                        "property %R of '%s' object has no %s", self.w_name,
                        qualname, what)
        raise oefmt(space.w_AttributeError,
                    "property of '%s' object has no %s", qualname, what)

    def descr_init(self, space, w_fget=None, w_fset=None, w_fdel=None,
                   w_doc=None):
        """property(fget=None, fset=None, fdel=None, doc=None)"""
        self.w_fget = None if space.is_none(w_fget) else w_fget
        self.w_fset = None if space.is_none(w_fset) else w_fset
        self.w_fdel = None if space.is_none(w_fdel) else w_fdel
        self.getter_doc = False
        if space.is_none(w_doc) and self.w_fget is not None:
            w_doc = space.findattr(self.w_fget, space.newtext('__doc__'))
            self.getter_doc = True
        self.w_doc = None if space.is_none(w_doc) else w_doc
        if space.type(self) is not space.w_property and \
                self.w_doc is not None:
            # a subclass's own __doc__ (None) would hide ours: put it in
            # the instance dict, as CPython does
            space.setattr(self, space.newtext('__doc__'), self.w_doc)

    def descr_get(self, space, w_obj, w_type=None):
        if space.is_none(w_obj):
            return self
        if self.w_fget is None:
            self._error(space, w_obj, 'getter')
        return space.call_function(self.w_fget, w_obj)

    def descr_set(self, space, w_obj, w_value):
        if self.w_fset is None:
            self._error(space, w_obj, 'setter')
        space.call_function(self.w_fset, w_obj, w_value)

    def descr_delete(self, space, w_obj):
        if self.w_fdel is None:
            self._error(space, w_obj, 'deleter')
        space.call_function(self.w_fdel, w_obj)

    def descr_set_name(self, space, w_owner, w_name):
        self.w_name = w_name

    def _copy(self, space, w_fget, w_fset, w_fdel):
        w_doc = self.w_doc
        if self.getter_doc and w_fget is not None:
            # let the new getter supply the docstring
            w_doc = None
        w_new = space.call_function(
            space.type(self), _none(space, w_fget), _none(space, w_fset),
            _none(space, w_fdel), _none(space, w_doc))
        if isinstance(w_new, W_Property):
            w_new.w_name = self.w_name
        return w_new

    def descr_getter(self, space, w_fget):
        """Descriptor to obtain a copy of the property with a different
        getter."""
        return self._copy(space, w_fget, self.w_fset, self.w_fdel)

    def descr_setter(self, space, w_fset):
        """Descriptor to obtain a copy of the property with a different
        setter."""
        return self._copy(space, self.w_fget, w_fset, self.w_fdel)

    def descr_deleter(self, space, w_fdel):
        """Descriptor to obtain a copy of the property with a different
        deleter."""
        return self._copy(space, self.w_fget, self.w_fset, w_fdel)

    def descr_get_fget(self, space):
        return _none(space, self.w_fget)

    def descr_get_fset(self, space):
        return _none(space, self.w_fset)

    def descr_get_fdel(self, space):
        return _none(space, self.w_fdel)

    def descr_get_doc(self, space):
        return _none(space, self.w_doc)

    def descr_set_doc(self, space, w_doc):
        self.w_doc = None if space.is_none(w_doc) else w_doc

    def descr_get_isabstractmethod(self, space):
        for w_func in [self.w_fget, self.w_fset, self.w_fdel]:
            if w_func is not None and is_abstract(space, w_func):
                return space.w_True
        return space.w_False


def _none(space, w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def is_abstract(space, w_func):
    """The truth of w_func.__isabstractmethod__ (False if missing)."""
    w_flag = space.findattr(w_func, space.newtext('__isabstractmethod__'))
    return w_flag is not None and space.is_true(w_flag)


def descr_new_property(space, w_subtype, __args__):
    w_prop = space.allocate_instance(W_Property, w_subtype)
    W_Property.__init__(w_prop)
    return w_prop


W_Property.typedef = TypeDef(
    'property',
    doc="property(fget=None, fset=None, fdel=None, doc=None)",
    __new__=interp2app(descr_new_property, app_name='__new__'),
    __init__=interp2app(W_Property.descr_init),
    __get__=interp2app(W_Property.descr_get),
    __set__=interp2app(W_Property.descr_set),
    __delete__=interp2app(W_Property.descr_delete),
    __set_name__=interp2app(W_Property.descr_set_name),
    getter=interp2app(W_Property.descr_getter),
    setter=interp2app(W_Property.descr_setter),
    deleter=interp2app(W_Property.descr_deleter),
    fget=GetSetProperty(W_Property.descr_get_fget),
    fset=GetSetProperty(W_Property.descr_get_fset),
    fdel=GetSetProperty(W_Property.descr_get_fdel),
    __doc__=GetSetProperty(W_Property.descr_get_doc,
                           W_Property.descr_set_doc),
    __isabstractmethod__=GetSetProperty(
        W_Property.descr_get_isabstractmethod),
)
