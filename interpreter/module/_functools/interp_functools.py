"""The C part of functools: reduce() and the partial type (flattening
nested partials, as CPython's C partial does; no __get__, so a partial
stored in a class does not become a method)."""

from __future__ import absolute_import

from interpreter.argument import Arguments
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.instanceobject import register_user_subclassable


def reduce(space, w_function, w_iterable, w_initial=None):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty."""
    w_iter = space.iter(w_iterable)
    w_result = w_initial
    while True:
        try:
            w_item = space.next(w_iter)
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            break
        if w_result is None:
            w_result = w_item
        else:
            w_result = space.call_function(w_function, w_result, w_item)
    if w_result is None:
        raise oefmt(space.w_TypeError,
                    "reduce() of empty iterable with no initial value")
    return w_result


class W_Partial(W_Root):
    """w_func, the frozen positional arguments and keyword names and
    values (two parallel lists, in insertion order)."""

    def __init__(self, w_func, args_w, keywords, keywords_w):
        self.w_func = w_func
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w

    def descr_call(self, space, __args__):
        args_w = self.args_w + __args__.arguments_w
        keywords = self.keywords[:]
        keywords_w = self.keywords_w[:]
        for i in range(len(__args__.keywords)):
            _set_keyword(keywords, keywords_w, __args__.keywords[i],
                         __args__.keywords_w[i])
        return space.call_args(self.w_func, Arguments(space, args_w,
                                                      keywords, keywords_w))

    def descr_get_func(self, space):
        return self.w_func

    def descr_get_args(self, space):
        return space.newtuple(self.args_w[:])

    def descr_get_keywords(self, space):
        w_dict = space.newdict()
        for i in range(len(self.keywords)):
            space.setitem(w_dict, space.newtext(self.keywords[i]),
                          self.keywords_w[i])
        return w_dict

    def descr_repr(self, space):
        w_type = space.type(self)
        name = space.text_w(space.getattr(w_type, space.newtext('__name__')))
        if space.is_w(w_type, space.gettypeobject(W_Partial.typedef)):
            name = 'functools.' + name
        if space.repr_enter(self):
            return space.newtext('...')
        try:
            parts = [space.text_w(space.repr(self.w_func))]
            for w_arg in self.args_w:
                parts.append(space.text_w(space.repr(w_arg)))
            for i in range(len(self.keywords)):
                parts.append('%s=%s' % (
                    self.keywords[i],
                    space.text_w(space.repr(self.keywords_w[i]))))
        finally:
            space.repr_leave(self)
        return space.newtext('%s(%s)' % (name, ', '.join(parts)))


def _set_keyword(keywords, keywords_w, key, w_value):
    for j in range(len(keywords)):
        if keywords[j] == key:
            keywords_w[j] = w_value
            return
    keywords.append(key)
    keywords_w.append(w_value)


def descr_new_partial(space, w_type, __args__):
    args_w = __args__.arguments_w
    if not args_w:
        raise oefmt(space.w_TypeError,
                    "type 'partial' takes at least one argument")
    w_func = args_w[0]
    if space.lookup(w_func, '__call__') is None:
        raise oefmt(space.w_TypeError, "the first argument must be callable")
    args_w = args_w[1:]
    keywords = []
    keywords_w = []
    # a partial of a plain partial is flattened into one
    if isinstance(w_func, W_Partial) and space.is_w(
            space.type(w_func), space.gettypeobject(W_Partial.typedef)):
        args_w = w_func.args_w + args_w
        keywords = w_func.keywords[:]
        keywords_w = w_func.keywords_w[:]
        w_func = w_func.w_func
    for i in range(len(__args__.keywords)):
        _set_keyword(keywords, keywords_w, __args__.keywords[i],
                     __args__.keywords_w[i])
    w_obj = space.allocate_instance(W_Partial, w_type)
    W_Partial.__init__(w_obj, w_func, args_w, keywords, keywords_w)
    return w_obj


W_Partial.typedef = TypeDef(
    'partial',
    doc="partial(func, *args, **keywords) - new function with partial "
        "application\n    of the given arguments and keywords.\n",
    module='functools',
    __new__=interp2app(descr_new_partial, app_name='__new__'),
    __call__=interp2app(W_Partial.descr_call),
    __repr__=interp2app(W_Partial.descr_repr),
    func=GetSetProperty(W_Partial.descr_get_func,
                        doc="function object to use in future partial "
                            "calls"),
    args=GetSetProperty(W_Partial.descr_get_args,
                        doc="tuple of arguments to future partial calls"),
    keywords=GetSetProperty(W_Partial.descr_get_keywords,
                            doc="dictionary of keyword arguments to future "
                                "partial calls"),
)
register_user_subclassable(W_Partial)


def partial_type(space):
    return space.gettypeobject(W_Partial.typedef)
