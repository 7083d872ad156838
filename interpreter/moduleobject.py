"""`module`: W_Module, a namespace with a dict (`w_dict`)."""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from interpreter.error import oefmt


class W_Module(W_Root):
    _immutable_fields_ = ['w_dict']
    # a module of the interpreter (MixedModule): "(built-in)" in its repr
    is_builtin_module = False

    def __init__(self, space, w_name, w_dict=None):
        if w_dict is None:
            w_dict = space.newdict()
        self.space = space
        self.w_dict = w_dict
        space.setitem(w_dict, space.newtext('__name__'), w_name)
        if space.finditem_str(w_dict, '__doc__') is None:
            space.setitem(w_dict, space.newtext('__doc__'), space.w_None)

    def getdict(self, space):
        return self.w_dict

    def get(self, name):
        """The module's global `name`, or None (interp-level access)."""
        return self.space.finditem_str(self.w_dict, name)

    def getname(self, space):
        w_name = space.finditem_str(self.w_dict, '__name__')
        if w_name is None:
            return '?'
        return space.text_w(w_name)

    def missing_attribute(self, space, w_name):
        """What reading an attribute the module does not have gives: the
        result of the module's own `__getattr__(name)` if it defines one
        (PEP 562), else CPython's AttributeError."""
        w_getattr = space.finditem_str(self.w_dict, '__getattr__')
        if w_getattr is not None:
            return space.call_function(w_getattr, w_name)
        name = space.text_w(w_name)
        w_modname = space.finditem_str(self.w_dict, '__name__')
        if w_modname is not None and space.isinstance_w(w_modname,
                                                        space.w_str):
            raise oefmt(space.w_AttributeError,
                        "module '%s' has no attribute '%s'",
                        space.text_w(w_modname), name)
        raise oefmt(space.w_AttributeError,
                    "module has no attribute '%s'", name)

    def descr_init(self, space, w_name, w_doc=None):
        space.setitem(self.w_dict, space.newtext('__name__'), w_name)
        if w_doc is None:
            w_doc = space.w_None
        space.setitem(self.w_dict, space.newtext('__doc__'), w_doc)

    def descr_repr(self, space):
        name = self.getname(space)
        w_file = space.finditem_str(self.w_dict, '__file__')
        if w_file is not None:
            return space.newtext("<module '%s' from '%s'>" % (
                name, space.text_w(w_file)))
        if self.is_builtin_module:
            return space.newtext("<module '%s' (built-in)>" % name)
        return space.newtext("<module '%s'>" % name)

    def descr_get_dict(self, space):
        return self.w_dict


def descr_new_module(space, w_type, __args__):
    w_module = space.allocate_instance(W_Module, w_type)
    W_Module.__init__(w_module, space, space.newtext('?'))
    if w_module.getdict(space) is not w_module.w_dict:
        # an instance of a subclass (objspace/std/instanceobject.py):
        # its attributes live in the module's dict, not in a map
        w_module.setdict(space, w_module.w_dict)
    return w_module


W_Module.typedef = TypeDef(
    'module',
    __new__=interp2app(descr_new_module, app_name='__new__'),
    __init__=interp2app(W_Module.descr_init),
    __repr__=interp2app(W_Module.descr_repr),
    __dict__=GetSetProperty(W_Module.descr_get_dict),
)
