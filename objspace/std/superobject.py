"""`super`: W_Super remembers the class where the lookup starts
(`w_starttype`, the `__thisclass__`), the object the found attributes are
bound to (`w_self`, None for an unbound super) and that object's type (or
the object itself when it is a class: `w_objtype`, the `__self_class__`).

An attribute is looked up along `w_objtype.__mro__`, starting after
`w_starttype`, and bound with `__get__(w_self, w_objtype)` (with None
instead of w_self when w_self is the class itself).

`super()` without arguments reads the calling frame: its first argument
(from a cell when that parameter is a cell variable) and the free
variable `__class__` that the compiler creates in methods that use
`super` or `__class__`.
"""

from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from interpreter.pycode import PyCode

# Closures (co_cellvars, co_freevars, frame.cells) are being added to the
# compiler at the same time as super(); until PyCode has them, super()
# without arguments cannot find __class__.
_CODE_HAS_CELLS = 'co_cellvars' in PyCode.__init__.func_code.co_names


class W_Super(W_Root):
    def __init__(self):
        self.w_starttype = None
        self.w_objtype = None
        self.w_self = None

    def descr_init(self, space, w_starttype=None, w_obj=None):
        from objspace.std.typeobject import W_TypeObject
        if w_starttype is None:
            w_starttype, w_obj = _super_from_frame(space)
        if not isinstance(w_starttype, W_TypeObject):
            raise oefmt(space.w_TypeError,
                        "super() argument 1 must be a type, not %T",
                        w_starttype)
        if space.is_none(w_obj):
            self.w_starttype = w_starttype
            self.w_objtype = None
            self.w_self = None
            return
        self.w_objtype = _supercheck(space, w_starttype, w_obj)
        self.w_starttype = w_starttype
        self.w_self = w_obj

    def descr_getattribute(self, space, w_name):
        from objspace.descroperation import object_getattribute
        from objspace.std.typeobject import W_TypeObject
        name = space.text_w(w_name)
        w_objtype = self.w_objtype
        if w_objtype is not None and name != '__class__':
            assert isinstance(w_objtype, W_TypeObject)
            mro_w = w_objtype.mro_w
            i = 0
            while i < len(mro_w) and mro_w[i] is not self.w_starttype:
                i += 1
            i += 1
            while i < len(mro_w):
                w_class = mro_w[i]
                assert isinstance(w_class, W_TypeObject)
                w_value = w_class.dict_w.get(name, None)
                if w_value is not None:
                    w_get = space.lookup(w_value, '__get__')
                    if w_get is None:
                        return w_value
                    w_inst = self.w_self
                    if w_inst is w_objtype:
                        w_inst = space.w_None
                    return space.get_and_call_function(w_get, w_value,
                                                       w_inst, w_objtype)
                i += 1
        return object_getattribute(space, self, w_name)

    def descr_get(self, space, w_obj, w_type=None):
        if space.is_none(w_obj) or self.w_self is not None:
            return self
        # an unbound super read from an instance: bind it to that
        return space.call_function(space.type(self), self.w_starttype,
                                   w_obj)

    def descr_repr(self, space):
        from objspace.std.typeobject import W_TypeObject
        w_starttype = self.w_starttype
        if w_starttype is None:
            return space.newtext('<super: <class %s>, NULL>' % ("'super'",))
        assert isinstance(w_starttype, W_TypeObject)
        starttype = "'%s'" % w_starttype.name
        if self.w_objtype is None:
            return space.newtext('<super: <class %s>, NULL>' % starttype)
        return space.newtext('<super: <class %s>, <%s object>>' % (
            starttype, self.w_objtype.getname(space)))

    def descr_get_thisclass(self, space):
        if self.w_starttype is None:
            return space.w_None
        return self.w_starttype

    def descr_get_self(self, space):
        if self.w_self is None:
            return space.w_None
        return self.w_self

    def descr_get_self_class(self, space):
        if self.w_objtype is None:
            return space.w_None
        return self.w_objtype


def _supercheck(space, w_starttype, w_obj):
    """The type whose MRO super(w_starttype, w_obj) walks."""
    from objspace.std.typeobject import W_TypeObject
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_starttype):
        return w_obj
    w_objtype = space.type(w_obj)
    if w_objtype.issubtype(w_starttype):
        return w_objtype
    # an object may claim another class through __class__ (proxies)
    w_class = space.findattr(w_obj, space.newtext('__class__'))
    if isinstance(w_class, W_TypeObject) and w_class is not w_objtype \
            and w_class.issubtype(w_starttype):
        return w_class
    raise oefmt(space.w_TypeError,
                "super(type, obj): obj must be an instance or subtype of "
                "type")


def _super_from_frame(space):
    """(the __class__ cell's class, the first argument) of the frame that
    called super()."""
    frame = space.getexecutioncontext().gettopframe()
    if frame is None:
        raise oefmt(space.w_RuntimeError, "super(): no current frame")
    code = frame.pycode
    if code.co_argcount == 0:
        raise oefmt(space.w_RuntimeError, "super(): no arguments")
    if not _CODE_HAS_CELLS:
        raise oefmt(space.w_RuntimeError,
                    "super(): __class__ cell not found")
    w_obj = frame.locals_w[0]
    firstname = code.co_varnames[0]
    cellvars = code.co_cellvars
    for i in range(len(cellvars)):
        if cellvars[i] == firstname:
            # the first parameter is captured by a closure: its value is
            # in its cell
            w_obj = frame.cells[i].w_value
            break
    if w_obj is None:
        raise oefmt(space.w_RuntimeError, "super(): arg[0] deleted")
    freevars = code.co_freevars
    for i in range(len(freevars)):
        if freevars[i] == '__class__':
            w_class = frame.cells[len(cellvars) + i].w_value
            if w_class is None:
                raise oefmt(space.w_RuntimeError,
                            "super(): empty __class__ cell")
            if not space.isinstance_w(w_class, space.w_type):
                raise oefmt(space.w_RuntimeError,
                            "super(): __class__ is not a type (%T)",
                            w_class)
            return w_class, w_obj
    raise oefmt(space.w_RuntimeError, "super(): __class__ cell not found")


def descr_new_super(space, w_subtype, __args__):
    w_obj = space.allocate_instance(W_Super, w_subtype)
    W_Super.__init__(w_obj)
    return w_obj


W_Super.typedef = TypeDef(
    'super',
    doc="super() -> same as super(__class__, <first argument>)\n"
        "super(type) -> unbound super object\n"
        "super(type, obj) -> bound super object; requires "
        "isinstance(obj, type)\n"
        "super(type, type2) -> bound super object; requires "
        "issubclass(type2, type)",
    __new__=interp2app(descr_new_super, app_name='__new__'),
    __init__=interp2app(W_Super.descr_init),
    __getattribute__=interp2app(W_Super.descr_getattribute),
    __get__=interp2app(W_Super.descr_get),
    __repr__=interp2app(W_Super.descr_repr),
    __thisclass__=GetSetProperty(W_Super.descr_get_thisclass),
    __self__=GetSetProperty(W_Super.descr_get_self),
    __self_class__=GetSetProperty(W_Super.descr_get_self_class),
)
