"""The gateway: interp-level functions exposed as app-level builtins.

`interp2app(func)` describes an RPython function as an app-level callable.
The names of func's parameters carry the unwrapping rule:

    space         the object space, injected
    self          the receiver of a method; its interp-level class is the
                  class the method was defined on (a "typed self")
    w_xxx         an app-level argument, passed wrapped
    args_w        the remaining positional arguments, as a list (*args)
    __args__      the raw `Arguments`, unparsed (must be last)
    xxx           converted according to @unwrap_spec(xxx=KIND), with KIND
                  one of int, float, str ('text', UTF-8), 'bytes', 'truth'
                  (the truth value), or a W_Root subclass (type-checked)

A default value of the Python function makes the parameter optional; the
function then receives that default (None for a w_ parameter) when the
caller omits it.

The one choke point for transparent proxies is here: when a method's
typed `self` is not an instance of the expected interp-level class, the
gateway calls `w_self.descr_call_mismatch(...)` instead of failing, and a
proxy forwards the call to its controller.
"""


from __future__ import absolute_import
from rpython.rlib.unroll import unrolling_iterable

from interpreter.argument import Signature
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt


def unwrap_spec(**spec):
    """Decorator: the conversion of the non-w_ parameters of a builtin."""
    def decorator(func):
        func.unwrap_spec = spec
        return func
    return decorator


_KIND_SPACE, _KIND_SELF, _KIND_W, _KIND_ARGS_W, _KIND_ARGUMENTS = range(5)
_KIND_INT, _KIND_FLOAT, _KIND_TEXT, _KIND_BYTES, _KIND_TRUTH = range(5, 10)
_KIND_TYPED = 10

_SPEC_KINDS = {int: _KIND_INT, float: _KIND_FLOAT, str: _KIND_TEXT,
               'text': _KIND_TEXT, 'bytes': _KIND_BYTES,
               'truth': _KIND_TRUTH}


class BuiltinCode(object):
    """The code of a builtin: its signature and how to call the RPython
    function behind it.  One instance per interp2app; `funcrun` is
    generated for each one from its unwrap spec."""
    _immutable_ = True

    def __init__(self, name, signature, self_class):
        self.name = name
        self.signature = signature
        self.self_class = self_class

    def funcrun(self, space, args):
        raise NotImplementedError


def _analyse(func, self_class, spec):
    """(kind, scope index, default, typecheck class) for each parameter."""
    if hasattr(func, 'argnames'):
        argnames = list(func.argnames)
    else:
        code = func.func_code
        argnames = list(code.co_varnames[:code.co_argcount])
    defaults = func.func_defaults or ()
    first_default = len(argnames) - len(defaults)
    entries = []
    app_argnames = []
    varargname = None
    takes_arguments = False
    for i, name in enumerate(argnames):
        default = defaults[i - first_default] if i >= first_default else None
        if name == 'space':
            entries.append((_KIND_SPACE, -1, None, None))
            continue
        if name == '__args__':
            assert i == len(argnames) - 1, '__args__ must be last'
            takes_arguments = True
            entries.append((_KIND_ARGUMENTS, -1, None, None))
            continue
        if name == 'args_w':
            varargname = 'args'
            entries.append((_KIND_ARGS_W, -1, None, None))
            continue
        index = len(app_argnames)
        if name == 'self' and self_class is not None and index == 0:
            app_argnames.append('self')
            entries.append((_KIND_SELF, index, None, self_class))
            continue
        if name.startswith('w_'):
            app_argnames.append(name[2:])
            entries.append((_KIND_W, index, default, None))
            continue
        kind = spec.get(name)
        assert kind is not None, 'no unwrap_spec for %s in %s' % (
            name, func.__name__)
        app_argnames.append(name)
        if isinstance(kind, type) and issubclass(kind, W_Root):
            entries.append((_KIND_TYPED, index, default, kind))
        else:
            entries.append((_SPEC_KINDS[kind], index, default, None))
    # the parameters with a Python default are optional
    num_optional = 0
    for i, name in enumerate(argnames):
        if i >= first_default and name not in ('space', '__args__',
                                               'args_w'):
            num_optional += 1
    signature = Signature(app_argnames, varargname)
    return entries, signature, num_optional, takes_arguments


def _make_builtin_code(func, name, self_class):
    spec = getattr(func, 'unwrap_spec', {})
    entries, signature, num_optional, takes_arguments = _analyse(
        func, self_class, spec)
    # (kind, index, default, class, whether the parameter has a default)
    first_default = len(signature.argnames) - num_optional
    unroll_entries = unrolling_iterable(
        [entry + (entry[1] >= first_default,) for entry in entries])
    nslots = len(signature.argnames)
    has_varargs = signature.varargname is not None
    typed_self = any(e[0] == _KIND_SELF for e in entries)

    class BuiltinCodeImpl(BuiltinCode):
        _immutable_ = True

        def funcrun(self, space, args):
            if typed_self:
                # check the receiver before binding, so that a proxy
                # receives the call exactly as it was made
                # (the typedef is read here: it is made after the method)
                self_typename = self_class.typedef.name
                if not args.arguments_w:
                    raise oefmt(space.w_TypeError,
                                "descriptor '%s' of '%s' object needs an "
                                "argument", self.name, self_typename)
                w_self = args.arguments_w[0]
                if not isinstance(w_self, self_class):
                    # self.name: the name in the type's dict (a copy of
                    # the code is renamed there, see typeobject.py)
                    return w_self.descr_call_mismatch(
                        space, self.name, self_typename,
                        args.without_first())
            if takes_arguments:
                scope_w = [None] * nslots
                n = nslots
                if len(args.arguments_w) < n:
                    raise oefmt(space.w_TypeError,
                                "%s() takes at least %d arguments (%d given)",
                                name, n, len(args.arguments_w))
                for i in range(n):
                    scope_w[i] = args.arguments_w[i]
                rest = args.without_prefix(n)
                rest_w = rest.arguments_w   # with args_w: the positionals
            elif (not has_varargs and not args.keywords and
                    len(args.arguments_w) == nslots):
                # the common case: exactly the positional arguments
                scope_w = args.arguments_w
                rest = None
                rest_w = None
            else:
                scope_w = [None] * (nslots + int(has_varargs))
                args.parse_into_scope(scope_w, name, signature,
                                      optional_count=num_optional)
                rest = None
                rest_w = None
                if has_varargs:
                    rest_w = space.fixedview(scope_w[nslots])
            newargs = ()
            for kind, index, default, cls, optional in unroll_entries:
                if kind == _KIND_SPACE:
                    newargs += (space,)
                elif kind == _KIND_SELF:
                    w_self = scope_w[index]
                    assert isinstance(w_self, cls)   # checked above
                    newargs += (w_self,)
                elif kind == _KIND_ARGUMENTS:
                    newargs += (rest,)
                elif kind == _KIND_ARGS_W:
                    newargs += (rest_w,)
                else:
                    w_arg = scope_w[index]
                    if kind == _KIND_W:
                        newargs += (w_arg,)
                    elif optional and w_arg is None:
                        newargs += (default,)
                    elif kind == _KIND_INT:
                        newargs += (space.int_w(w_arg),)
                    elif kind == _KIND_FLOAT:
                        newargs += (space.float_w(w_arg),)
                    elif kind == _KIND_TEXT:
                        newargs += (space.text_w(w_arg),)
                    elif kind == _KIND_BYTES:
                        newargs += (space.bytes_w(w_arg),)
                    elif kind == _KIND_TRUTH:
                        newargs += (space.is_true(w_arg),)
                    elif kind == _KIND_TYPED:
                        if not isinstance(w_arg, cls):
                            raise oefmt(space.w_TypeError,
                                        "%s() argument must be %s, not %T",
                                        name, cls.typename, w_arg)
                        newargs += (w_arg,)
            w_result = func(*newargs)
            if w_result is None:
                return space.w_None
            return w_result

    BuiltinCodeImpl.__name__ = 'BuiltinCode_' + name
    return BuiltinCodeImpl(name, signature, self_class)


def _virtual_method_caller(func):
    methodname = func.__name__

    def call_method(self, *args):
        return getattr(self, methodname)(*args)
    call_method.func_defaults = func.func_defaults
    call_method.unwrap_spec = getattr(func, 'unwrap_spec', {})
    call_method.argnames = func.func_code.co_varnames[
        :func.func_code.co_argcount]
    call_method.__name__ = methodname
    call_method.__doc__ = func.__doc__     # the method's __doc__
    return call_method


class interp2app(object):
    """An interp-level function (or method of a W_ class) described as an
    app-level builtin.  Prebuilt; turned into an app-level object per
    space by `get_function`."""

    def __init__(self, func, app_name=None, doc=None):
        self_class = None
        if hasattr(func, 'im_func'):
            # an unbound method of a W_ class: typed self, and a call that
            # dispatches on the receiver's class (subclasses may override)
            self_class = func.im_class
            func = _virtual_method_caller(func.im_func)
        if app_name is None:
            app_name = func.__name__
            for prefix in ('descr_', 'fn_'):
                if app_name.startswith(prefix):
                    app_name = app_name[len(prefix):]
            if app_name.endswith('_') and not app_name.endswith('__'):
                app_name = app_name[:-1]
        self.func = func
        self.name = app_name
        self.doc = doc if doc is not None else func.__doc__
        self.code = _make_builtin_code(func, app_name, self_class)

    def _freeze_(self):
        return True

    def get_function(self, space, w_type=None):
        """A new app-level builtin function (a method descriptor when
        w_type, the class that holds it, is given)."""
        from interpreter.function import W_BuiltinFunction, W_MethodDescr
        if w_type is not None:
            return W_MethodDescr(space, self.code, self.doc, w_type)
        return W_BuiltinFunction(space, self.code, self.doc)
