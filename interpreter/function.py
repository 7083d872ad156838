"""Functions and methods: `function` (W_Function, code compiled from
Python source), `method` (W_Method, a function bound to an instance),
`builtin_function_or_method` (W_BuiltinFunction, an interp2app, possibly
bound to its self) and `method_descriptor` (W_MethodDescr, a builtin
method as it sits in its type's dict; reading it from an instance binds
it).
"""


from __future__ import absolute_import
from rpython.rlib import jit

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_Function(W_Root):
    _immutable_fields_ = ['code', 'w_globals']

    def __init__(self, space, code, w_globals, defaults_w=None,
                 kwdefaults_w=None, qualname=None):
        self.space = space
        self.code = code
        self.w_globals = w_globals
        self.name = code.co_name
        self.qualname = qualname if qualname is not None else code.co_name
        self.defaults_w = defaults_w
        self.kwdefaults_w = kwdefaults_w
        self.w_doc = None
        self.w_module = space.finditem_str(w_globals, '__name__')

    def call_args(self, space, args):
        frame = space.createframe(self.code, self.w_globals, None)
        args.parse_into_scope(frame.locals_w, self.qualname,
                              self.code.signature, self.defaults_w,
                              self.kwdefaults_w)
        return frame.run()

    def getname(self, space):
        return self.name

    def descr_call(self, space, __args__):
        return self.call_args(space, __args__)

    def descr_get(self, space, w_obj, w_type=None):
        if space.is_none(w_obj):
            return self
        return W_Method(space, self, w_obj)

    def descr_repr(self, space):
        return space.newtext('<function %s at 0x%x>' % (
            self.qualname, space.id_int(self)))

    def descr_get_name(self, space):
        return space.newtext(self.name)

    def descr_set_name(self, space, w_name):
        self.name = space.text_w(w_name)

    def descr_get_qualname(self, space):
        return space.newtext(self.qualname)

    def descr_set_qualname(self, space, w_name):
        self.qualname = space.text_w(w_name)

    def descr_get_code(self, space):
        return self.code

    def descr_get_globals(self, space):
        return self.w_globals

    def descr_get_module(self, space):
        if self.w_module is None:
            return space.w_None
        return self.w_module

    def descr_set_module(self, space, w_module):
        self.w_module = w_module

    def descr_get_doc(self, space):
        if self.w_doc is None:
            return space.w_None
        return self.w_doc

    def descr_set_doc(self, space, w_doc):
        self.w_doc = w_doc

    def descr_get_defaults(self, space):
        if not self.defaults_w:
            return space.w_None
        return space.newtuple(self.defaults_w[:])

    def descr_set_defaults(self, space, w_defaults):
        if space.is_none(w_defaults):
            self.defaults_w = None
        elif space.isinstance_w(w_defaults, space.w_tuple):
            self.defaults_w = space.fixedview(w_defaults)
        else:
            raise oefmt(space.w_TypeError,
                        "__defaults__ must be set to a tuple object")


W_Function.typedef = TypeDef(
    'function',
    __call__=interp2app(W_Function.descr_call),
    __get__=interp2app(W_Function.descr_get),
    __repr__=interp2app(W_Function.descr_repr),
    __name__=GetSetProperty(W_Function.descr_get_name,
                            W_Function.descr_set_name),
    __qualname__=GetSetProperty(W_Function.descr_get_qualname,
                                W_Function.descr_set_qualname),
    __code__=GetSetProperty(W_Function.descr_get_code),
    __globals__=GetSetProperty(W_Function.descr_get_globals),
    __module__=GetSetProperty(W_Function.descr_get_module,
                              W_Function.descr_set_module),
    __doc__=GetSetProperty(W_Function.descr_get_doc,
                           W_Function.descr_set_doc),
    __defaults__=GetSetProperty(W_Function.descr_get_defaults,
                                W_Function.descr_set_defaults),
    acceptable_as_base=False,
)


class W_Method(W_Root):
    """A function bound to w_instance."""
    _immutable_fields_ = ['w_function', 'w_instance']

    def __init__(self, space, w_function, w_instance):
        self.w_function = w_function
        self.w_instance = w_instance

    def call_args(self, space, args):
        return space.call_args(self.w_function, args.prepend(self.w_instance))

    def descr_call(self, space, __args__):
        return self.call_args(space, __args__)

    def descr_get_func(self, space):
        return self.w_function

    def descr_get_self(self, space):
        return self.w_instance

    def descr_repr(self, space):
        name = space.text_w(space.getattr(
            self.w_function, space.newtext('__qualname__')))
        return space.newtext('<bound method %s of %s>' % (
            name, space.text_w(space.repr(self.w_instance))))


W_Method.typedef = TypeDef(
    'method',
    __call__=interp2app(W_Method.descr_call),
    __repr__=interp2app(W_Method.descr_repr),
    __func__=GetSetProperty(W_Method.descr_get_func),
    __self__=GetSetProperty(W_Method.descr_get_self),
    acceptable_as_base=False,
)


class W_BuiltinFunction(W_Root):
    """A builtin: a BuiltinCode, and the object it is bound to (or
    None)."""
    _immutable_fields_ = ['code', 'w_self']

    def __init__(self, space, code, doc, w_self=None):
        self.code = code
        self.doc = doc
        self.w_self = w_self

    @jit.unroll_safe
    def call_args(self, space, args):
        if self.w_self is not None:
            args = args.prepend(self.w_self)
        return self.code.funcrun(space, args)

    def getname(self, space):
        return self.code.name

    def descr_call(self, space, __args__):
        return self.call_args(space, __args__)

    def descr_repr(self, space):
        if self.w_self is None:
            return space.newtext('<built-in function %s>' % self.code.name)
        return space.newtext('<built-in method %s of %s object at 0x%x>' % (
            self.code.name, space.type(self.w_self).getname(space),
            space.id_int(self.w_self)))

    def descr_get_name(self, space):
        return space.newtext(self.code.name)

    def descr_get_doc(self, space):
        if self.doc is None:
            return space.w_None
        return space.newtext(self.doc)

    def descr_get_self(self, space):
        if self.w_self is None:
            return space.w_None
        return self.w_self


W_BuiltinFunction.typedef = TypeDef(
    'builtin_function_or_method',
    __call__=interp2app(W_BuiltinFunction.descr_call),
    __repr__=interp2app(W_BuiltinFunction.descr_repr),
    __name__=GetSetProperty(W_BuiltinFunction.descr_get_name),
    __qualname__=GetSetProperty(W_BuiltinFunction.descr_get_name),
    __doc__=GetSetProperty(W_BuiltinFunction.descr_get_doc),
    __self__=GetSetProperty(W_BuiltinFunction.descr_get_self),
    acceptable_as_base=False,
)


class W_MethodDescr(W_BuiltinFunction):
    """A builtin method in its type's dict: unbound, binds on access."""
    _immutable_fields_ = ['w_objclass']

    def __init__(self, space, code, doc, w_objclass):
        W_BuiltinFunction.__init__(self, space, code, doc)
        self.w_objclass = w_objclass

    def descr_get(self, space, w_obj, w_type=None):
        if space.is_none(w_obj):
            return self
        return W_BuiltinFunction(space, self.code, self.doc, w_obj)

    def descr_repr(self, space):
        return space.newtext("<method '%s' of '%s' objects>" % (
            self.code.name, self.w_objclass.getname(space)))

    def descr_get_objclass(self, space):
        return self.w_objclass


W_MethodDescr.typedef = TypeDef(
    'method_descriptor',
    __call__=interp2app(W_MethodDescr.descr_call),
    __get__=interp2app(W_MethodDescr.descr_get),
    __repr__=interp2app(W_MethodDescr.descr_repr),
    __name__=GetSetProperty(W_MethodDescr.descr_get_name),
    __qualname__=GetSetProperty(W_MethodDescr.descr_get_name),
    __doc__=GetSetProperty(W_MethodDescr.descr_get_doc),
    __objclass__=GetSetProperty(W_MethodDescr.descr_get_objclass),
    acceptable_as_base=False,
)
