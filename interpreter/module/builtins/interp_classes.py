"""The builtins that make classes and look into objects:
`__build_class__` (what a `class` statement calls), `dir` and `vars`."""

from __future__ import absolute_import
from rpython.rlib.listsort import make_timsort_class

from interpreter import function
from interpreter.argument import Arguments
from interpreter.error import OperationError, oefmt

StrSort = make_timsort_class()

# The interp-level helper that runs a class body with a namespace as its
# locals (and the function's closure) comes with closures
# (interpreter/function.py); until then, bodies without closures run in a
# plain frame.
_run_class_body = getattr(function, 'run_class_body', None)


def run_class_body(space, w_func, w_namespace):
    """Run the body of a class statement with w_namespace as its locals;
    return the body's result (the __class__ cell, or None)."""
    if _run_class_body is not None:
        return _run_class_body(space, w_func, w_namespace)
    frame = space.createframe(w_func.code, w_func.w_globals, w_namespace)
    return frame.run()


def _update_bases(space, bases_w):
    """Replace the bases that are not classes but have __mro_entries__
    by what it returns (PEP 560); None when nothing changed."""
    from objspace.std.typeobject import W_TypeObject
    new_bases_w = None
    w_orig_bases = None
    for i in range(len(bases_w)):
        w_base = bases_w[i]
        if isinstance(w_base, W_TypeObject):
            if new_bases_w is not None:
                new_bases_w.append(w_base)
            continue
        w_meth = space.findattr(w_base, space.newtext('__mro_entries__'))
        if w_meth is None:
            if new_bases_w is not None:
                new_bases_w.append(w_base)
            continue
        if w_orig_bases is None:
            w_orig_bases = space.newtuple(bases_w[:])
        w_entries = space.call_function(w_meth, w_orig_bases)
        if not space.isinstance_w(w_entries, space.w_tuple):
            raise oefmt(space.w_TypeError,
                        "__mro_entries__ must return a tuple")
        if new_bases_w is None:
            new_bases_w = bases_w[:i]
        for w_entry in space.fixedview(w_entries):
            new_bases_w.append(w_entry)
    return new_bases_w


def build_class(space, w_func, w_name, args_w, __args__):
    """__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class

Internal helper function used by the class statement."""
    from objspace.std.typeobject import W_TypeObject, calculate_metaclass
    from interpreter.nestedscope import W_Cell
    if not isinstance(w_func, function.W_Function):
        raise oefmt(space.w_TypeError,
                    "__build_class__: func must be a function")
    if not space.isinstance_w(w_name, space.w_str):
        raise oefmt(space.w_TypeError,
                    "__build_class__: name is not a string")
    orig_bases_w = args_w
    bases_w = _update_bases(space, orig_bases_w)
    if bases_w is None:
        bases_w = orig_bases_w
    keywords = []
    keywords_w = []
    w_meta = None
    for i in range(len(__args__.keywords)):
        if __args__.keywords[i] == 'metaclass':
            w_meta = __args__.keywords_w[i]
        else:
            keywords.append(__args__.keywords[i])
            keywords_w.append(__args__.keywords_w[i])
    is_class = True
    if w_meta is None:
        if bases_w:
            w_meta = space.type(bases_w[0])
        else:
            w_meta = space.w_type
    if isinstance(w_meta, W_TypeObject):
        w_meta = calculate_metaclass(space, w_meta, bases_w)
    else:
        is_class = False          # any callable may be the metaclass
    w_bases = space.newtuple(bases_w[:])
    w_prepare = space.findattr(w_meta, space.newtext('__prepare__'))
    if w_prepare is None:
        w_namespace = space.newdict()
    else:
        w_namespace = space.call_args(
            w_prepare, Arguments(space, [w_name, w_bases], keywords,
                                 keywords_w))
        if space.lookup(w_namespace, '__getitem__') is None:
            if is_class:
                raise oefmt(space.w_TypeError,
                            "%N.__prepare__() must return a mapping, not %T",
                            w_meta, w_namespace)
            raise oefmt(space.w_TypeError,
                        "<metaclass>.__prepare__() must return a mapping, "
                        "not %T", w_namespace)
    w_cell = run_class_body(space, w_func, w_namespace)
    if bases_w is not orig_bases_w:
        space.setitem(w_namespace, space.newtext('__orig_bases__'),
                      space.newtuple(orig_bases_w[:]))
    w_class = space.call_args(
        w_meta, Arguments(space, [w_name, w_bases, w_namespace], keywords,
                          keywords_w))
    if isinstance(w_cell, W_Cell) and isinstance(w_class, W_TypeObject):
        w_cell_class = w_cell.w_value
        if w_cell_class is not w_class:
            if w_cell_class is None:
                raise oefmt(space.w_RuntimeError,
                            "__class__ not set defining %R as %R. Was "
                            "__classcell__ propagated to type.__new__?",
                            w_name, w_class)
            raise oefmt(space.w_TypeError,
                        "__class__ set to %R defining %R as %R",
                        w_cell_class, w_name, w_class)
    return w_class


def dir_(space, w_obj=None):
    """dir([object]) -> list of strings

If called without an argument, return the names in the current scope.
Else, return an alphabetized list of names comprising (some of) the
attributes of the given object, and of attributes reachable from it."""
    if w_obj is None:
        frame = space.getexecutioncontext().gettopframe()
        if frame is None:
            return space.newlist([])
        w_names = space.call_function(
            space.w_list, space.call_method(frame.getdictscope(), 'keys'))
    else:
        w_dir = space.lookup(w_obj, '__dir__')
        if w_dir is None:
            raise oefmt(space.w_TypeError,
                        "object does not provide __dir__")
        w_result = space.get_and_call_function(w_dir, w_obj)
        w_names = space.call_function(space.w_list, w_result)
    names_w = space.listview(w_names)
    names = []
    for w_name in names_w:
        if not space.isinstance_w(w_name, space.w_str):
            raise oefmt(space.w_TypeError,
                        "'<' not supported between instances of '%T' and "
                        "'str'", w_name)
        names.append(space.text_w(w_name))
    StrSort(names).sort()
    return space.newlist([space.newtext(name) for name in names])


def vars_(space, w_obj=None):
    """vars([object]) -> dictionary

Without arguments, equivalent to locals().
With an argument, equivalent to object.__dict__."""
    if w_obj is None:
        frame = space.getexecutioncontext().gettopframe()
        if frame is None:
            return space.newdict()
        return frame.getdictscope()
    try:
        return space.getattr(w_obj, space.newtext('__dict__'))
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        raise oefmt(space.w_TypeError,
                    "vars() argument must have __dict__ attribute")
