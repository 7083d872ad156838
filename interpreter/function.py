"""Functions and methods: `function` (W_Function, code compiled from
Python source), `method` (W_Method, a function bound to an instance),
`builtin_function_or_method` (W_BuiltinFunction, an interp2app, possibly
bound to its self) and `method_descriptor` (W_MethodDescr, a builtin
method as it sits in its type's dict; reading it from an instance binds
it).

`run_class_body` runs the body of a class statement (for
builtins.__build_class__).
"""


from __future__ import absolute_import
from rpython.rlib import jit
from rpython.rlib.rarithmetic import intmask

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.pycode import CO_GENERATOR, CO_OPTIMIZED, CO_COROUTINE, \
    CO_ASYNC_GENERATOR
from interpreter.typedef import TypeDef, GetSetProperty


class W_Function(W_Root):
    """`closure` is the list of cells (W_Cell) of the code's free
    variables, in co_freevars order, or None."""
    # `code` can be replaced (types.coroutine sets __code__)
    _immutable_fields_ = ['code?', 'w_globals', 'closure[*]']

    def __init__(self, space, code, w_globals, defaults_w=None,
                 kwdefaults_w=None, qualname=None, closure=None):
        self.space = space
        self.code = code
        self.w_globals = w_globals
        self.name = code.co_name
        self.qualname = qualname if qualname is not None else code.co_name
        self.defaults_w = defaults_w
        self.kwdefaults_w = kwdefaults_w
        self.closure = closure
        self._update_positional_range()
        # the compiler puts a function's docstring (or None) first in
        # co_consts
        self.w_doc = None
        if code.co_flags & CO_OPTIMIZED and code.co_consts_w:
            w_first = code.co_consts_w[0]
            if space.isinstance_w(w_first, space.w_str):
                self.w_doc = w_first
        self.w_annotations = None
        self.w_module = space.finditem_str(w_globals, '__name__')
        # the function's __dict__ (arbitrary attributes such as
        # __wrapped__), made on first use
        self.w_dict = None

    @jit.unroll_safe
    def call_args(self, space, args):
        code = self.code
        if not args.keywords and self._takes_positional(
                len(args.arguments_w)):
            # the common case of calls from builtins (type.__call__ to
            # __init__, special methods): as call_from_stack does
            args_w = args.arguments_w
            frame = space.createframe(code, self.w_globals, None)
            locals_w = frame.locals_w
            for i in range(len(args_w)):
                locals_w[i] = args_w[i]
            self._fill_defaults(locals_w, len(args_w))
            return self._run_new_frame(space, frame)
        frame = space.createframe(code, self.w_globals, None)
        args.parse_into_scope(frame.locals_w, self.qualname,
                              code.signature, self.defaults_w,
                              self.kwdefaults_w)
        return self._run_new_frame(space, frame)

    @jit.unroll_safe
    def call_from_stack(self, space, caller, nargs, w_self):
        """Call with the nargs values on top of the value stack of the
        frame `caller` as positional arguments, preceded by w_self unless
        it is None (see PyFrame.call_from_stack)."""
        nself = 0 if w_self is None else 1
        if self._takes_positional(nargs + nself):
            # no Arguments to make and parse: the values go straight
            # into the locals
            frame = space.createframe(self.code, self.w_globals, None)
            locals_w = frame.locals_w
            if w_self is not None:
                locals_w[0] = w_self
            stack_w = caller.locals_w
            base = caller.valuestackdepth - nargs
            assert base >= 0
            for i in range(nargs):
                locals_w[nself + i] = stack_w[base + i]
            self._fill_defaults(locals_w, nargs + nself)
            return self._run_new_frame(space, frame)
        return self.call_args(space, caller.stack_arguments(nargs, w_self))

    @jit.unroll_safe
    def call_obj_args(self, space, w_obj, args):
        """Call with w_obj in front of the arguments (a bound method, a
        special method found on w_obj's type), without making the
        longer Arguments when the values can go straight into the
        locals."""
        if not args.keywords:
            args_w = args.arguments_w
            nargs = len(args_w)
            if self._takes_positional(nargs + 1):
                frame = space.createframe(self.code, self.w_globals, None)
                locals_w = frame.locals_w
                locals_w[0] = w_obj
                for i in range(nargs):
                    locals_w[i + 1] = args_w[i]
                self._fill_defaults(locals_w, nargs + 1)
                return self._run_new_frame(space, frame)
        return self.call_args(space, args.prepend(w_obj))

    def _takes_positional(self, nargs):
        """Whether nargs positional arguments bind to the parameters in
        order, the missing last ones from the defaults: the code has
        only positional parameters (no *args, **kwargs or keyword-only
        ones), and nargs is neither too few nor too many.  Anything
        else goes to Arguments.parse_into_scope, which binds these cases
        the same way and gives the errors."""
        return self.min_positional <= nargs <= self.max_positional

    def _update_positional_range(self):
        """Compute the range of _takes_positional once, here and when
        __code__ or __defaults__ change (an empty one when the signature
        is not only positional parameters)."""
        signature = self.code.signature
        if (signature.varargname is not None or
                signature.kwargname is not None or
                len(signature.kwonlyargnames) > 0):
            self.min_positional = 1
            self.max_positional = 0
            return
        argcount = len(signature.argnames)
        ndefaults = 0 if self.defaults_w is None else len(self.defaults_w)
        # (more defaults than parameters: the last ones serve)
        self.min_positional = max(argcount - ndefaults, 0)
        self.max_positional = argcount

    @jit.unroll_safe
    def _fill_defaults(self, locals_w, nargs):
        """The defaults of the parameters after the nargs given (see
        _takes_positional, whose range ends at the parameter count)."""
        argcount = self.max_positional
        if nargs < argcount:
            defaults_w = self.defaults_w
            assert defaults_w is not None
            first_default = argcount - len(defaults_w)
            for i in range(nargs, argcount):
                locals_w[i] = defaults_w[i - first_default]

    def _run_new_frame(self, space, frame):
        """Run the frame of a call whose arguments are bound (or make the
        generator or coroutine that will)."""
        frame.init_cells(self.closure)
        if self.code.co_flags & (CO_GENERATOR | CO_COROUTINE |
                                 CO_ASYNC_GENERATOR):
            from interpreter.generator import make_generator
            return make_generator(space, frame, self.name, self.qualname)
        return frame.run()

    def getname(self, space):
        return self.name

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def descr_get_dict(self, space):
        return self.getdict(space)

    def descr_set_dict(self, space, w_dict):
        if not space.isinstance_w(w_dict, space.w_dict):
            raise oefmt(space.w_TypeError,
                        "__dict__ must be set to a dictionary, not a '%T'",
                        w_dict)
        self.w_dict = w_dict

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

    def descr_set_code(self, space, w_code):
        from interpreter.pycode import PyCode
        if not isinstance(w_code, PyCode):
            raise oefmt(space.w_TypeError,
                        "__code__ must be set to a code object")
        nfree = 0 if self.closure is None else len(self.closure)
        if len(w_code.co_freevars) != nfree:
            raise oefmt(space.w_ValueError,
                        "%s() requires a code object with %d free vars, "
                        "not %d", self.name, nfree, len(w_code.co_freevars))
        self.code = w_code
        self._update_positional_range()

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
        self._update_positional_range()

    def descr_get_kwdefaults(self, space):
        if self.kwdefaults_w is None:
            return space.w_None
        w_dict = space.newdict()
        names = self.code.signature.kwonlyargnames
        for i in range(len(names)):
            w_default = self.kwdefaults_w[i]
            if w_default is not None:
                space.setitem(w_dict, space.newtext(names[i]), w_default)
        return w_dict

    def descr_get_closure(self, space):
        if self.closure is None:
            return space.w_None
        cells_w = []
        for cell in self.closure:
            cells_w.append(cell)
        return space.newtuple(cells_w)

    def descr_get_annotations(self, space):
        if self.w_annotations is None:
            self.w_annotations = space.newdict()
        return self.w_annotations

    def descr_set_annotations(self, space, w_annotations):
        if not space.isinstance_w(w_annotations, space.w_dict):
            raise oefmt(space.w_TypeError,
                        "__annotations__ must be set to a dict object")
        self.w_annotations = w_annotations


def run_class_body(space, w_func, w_namespace):
    """Run the body of a class statement.

    `w_func` is the function that LOAD_BUILD_CLASS hands to
    `__build_class__(func, name, *bases, **kwds)` as its first argument;
    its code is the class body, compiled to store into its locals with
    STORE_NAME.  This runs that code in a new frame whose globals are the
    function's, whose locals are `w_namespace` (the dict returned by the
    metaclass's __prepare__) and whose free variables are the function's
    closure cells.  The body stores `__module__`, `__qualname__` (and
    `__doc__`, `__annotations__`, `__classcell__` when there is a reason)
    in the namespace.  Returns the body's result: the `__class__` cell
    (a W_Cell, also stored as `__classcell__`) when a method uses
    `super()` or `__class__`, else None (w_None).  __build_class__ must
    set that cell's contents to the new class.
    """
    if not isinstance(w_func, W_Function):
        raise oefmt(space.w_TypeError, "__build_class__: func must be a "
                    "function")
    frame = space.createframe(w_func.code, w_func.w_globals, w_namespace)
    frame.init_cells(w_func.closure)
    return frame.run()


W_Function.typedef = TypeDef(
    'function',
    __call__=interp2app(W_Function.descr_call),
    __get__=interp2app(W_Function.descr_get),
    __repr__=interp2app(W_Function.descr_repr),
    __name__=GetSetProperty(W_Function.descr_get_name,
                            W_Function.descr_set_name),
    __qualname__=GetSetProperty(W_Function.descr_get_qualname,
                                W_Function.descr_set_qualname),
    __code__=GetSetProperty(W_Function.descr_get_code,
                            W_Function.descr_set_code),
    __globals__=GetSetProperty(W_Function.descr_get_globals),
    __module__=GetSetProperty(W_Function.descr_get_module,
                              W_Function.descr_set_module),
    __doc__=GetSetProperty(W_Function.descr_get_doc,
                           W_Function.descr_set_doc),
    __defaults__=GetSetProperty(W_Function.descr_get_defaults,
                                W_Function.descr_set_defaults),
    __kwdefaults__=GetSetProperty(W_Function.descr_get_kwdefaults),
    __closure__=GetSetProperty(W_Function.descr_get_closure),
    __annotations__=GetSetProperty(W_Function.descr_get_annotations,
                                   W_Function.descr_set_annotations),
    __dict__=GetSetProperty(W_Function.descr_get_dict,
                            W_Function.descr_set_dict),
    acceptable_as_base=False,
)


class W_Method(W_Root):
    """A function bound to w_instance."""
    _immutable_fields_ = ['w_function', 'w_instance']

    def __init__(self, space, w_function, w_instance):
        self.w_function = w_function
        self.w_instance = w_instance

    def call_args(self, space, args):
        w_function = self.w_function
        if isinstance(w_function, W_Function):
            return w_function.call_obj_args(space, self.w_instance, args)
        return space.call_args(w_function, args.prepend(self.w_instance))

    def descr_call(self, space, __args__):
        return self.call_args(space, __args__)

    def descr_get_func(self, space):
        return self.w_function

    def descr_get_self(self, space):
        return self.w_instance

    def descr_eq(self, space, w_other):
        # equal when bound to the same object (identity, as CPython 3.8+)
        # with equal functions
        if not isinstance(w_other, W_Method):
            return space.w_NotImplemented
        return space.newbool(
            self.w_instance is w_other.w_instance and
            space.eq_w(self.w_function, w_other.w_function))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_Method):
            return space.w_NotImplemented
        return space.newbool(not space.is_true(self.descr_eq(space,
                                                             w_other)))

    def descr_hash(self, space):
        return space.newint(intmask(space.id_int(self.w_instance) ^
                                    space.hash_w(self.w_function)))

    def descr_repr(self, space):
        name = space.text_w(space.getattr(
            self.w_function, space.newtext('__qualname__')))
        return space.newtext('<bound method %s of %s>' % (
            name, space.text_w(space.repr(self.w_instance))))


W_Method.typedef = TypeDef(
    'method',
    __call__=interp2app(W_Method.descr_call),
    __repr__=interp2app(W_Method.descr_repr),
    __eq__=interp2app(W_Method.descr_eq),
    __ne__=interp2app(W_Method.descr_ne),
    __hash__=interp2app(W_Method.descr_hash),
    __func__=GetSetProperty(W_Method.descr_get_func),
    __self__=GetSetProperty(W_Method.descr_get_self),
    acceptable_as_base=False,
)


class W_BuiltinFunction(W_Root):
    """A builtin: a BuiltinCode, and the object it is bound to (or
    None)."""
    _immutable_fields_ = ['code', 'w_self', 'w_new_owner']

    def __init__(self, space, code, doc, w_self=None, w_new_owner=None):
        self.code = code
        self.doc = doc
        self.w_self = w_self
        # a builtin type's __new__ (a static method, so not bound) still
        # answers its type as __self__, as CPython's (copyreg checks it)
        self.w_new_owner = w_new_owner
        # the builtin module of a module-level function (set by
        # MixedModule): its __module__ and __self__, as in CPython
        self.w_module = None

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
        if self.w_new_owner is not None:
            return space.newtext('<built-in method __new__ of type object '
                                 'at 0x%x>' % space.id_int(self.w_new_owner))
        if self.w_self is None:
            return space.newtext('<built-in function %s>' % self.code.name)
        return space.newtext('<built-in method %s of %s object at 0x%x>' % (
            self.code.name, space.type(self.w_self).getname(space),
            space.id_int(self.w_self)))

    def descr_get_name(self, space):
        return space.newtext(self.code.name)

    def descr_get_qualname(self, space):
        w_owner = self.w_new_owner
        if w_owner is None and self.w_self is not None:
            w_owner = self.w_self
            if not space.isinstance_w(w_owner, space.w_type):
                w_owner = space.type(w_owner)
        if w_owner is None:
            return space.newtext(self.code.name)
        return space.newtext('%s.%s' % (
            space.text_w(space.getattr(w_owner, space.newtext('__qualname__'))),
            self.code.name))

    def descr_get_module(self, space):
        if self.w_module is None or self.w_self is not None:
            return space.w_None
        return space.getattr(self.w_module, space.newtext('__name__'))

    def descr_get_doc(self, space):
        if self.doc is None:
            return space.w_None
        return space.newtext(self.doc)

    def descr_get_self(self, space):
        if self.w_new_owner is not None:
            return self.w_new_owner
        if self.w_self is None:
            if self.w_module is not None:
                return self.w_module
            return space.w_None
        return self.w_self

    def descr_reduce(self, space):
        """A module's function pickles by its name (found again in its
        module); a bound builtin method as getattr(self, name)."""
        w_owner = self.w_new_owner
        if w_owner is None:
            w_owner = self.w_self
        if w_owner is None:
            return space.newtext(self.code.name)
        w_getattr = space.getattr(space.builtin, space.newtext('getattr'))
        return space.newtuple([w_getattr, space.newtuple(
            [w_owner, space.newtext(self.code.name)])])


W_BuiltinFunction.typedef = TypeDef(
    'builtin_function_or_method',
    __call__=interp2app(W_BuiltinFunction.descr_call),
    __repr__=interp2app(W_BuiltinFunction.descr_repr),
    __name__=GetSetProperty(W_BuiltinFunction.descr_get_name),
    __qualname__=GetSetProperty(W_BuiltinFunction.descr_get_qualname),
    __module__=GetSetProperty(W_BuiltinFunction.descr_get_module),
    __doc__=GetSetProperty(W_BuiltinFunction.descr_get_doc),
    __self__=GetSetProperty(W_BuiltinFunction.descr_get_self),
    __reduce__=interp2app(W_BuiltinFunction.descr_reduce),
    acceptable_as_base=False,
)


class W_MethodDescr(W_BuiltinFunction):
    """A builtin method in its type's dict: unbound, binds on access."""
    _immutable_fields_ = ['w_objclass']

    def __init__(self, space, code, doc, w_objclass):
        W_BuiltinFunction.__init__(self, space, code, doc)
        self.w_objclass = w_objclass

    def descr_get(self, space, w_obj, w_type=None):
        from interpreter.typedef import no_instance
        if no_instance(space, w_obj, w_type):
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
