"""`collections.defaultdict`: a dict whose __missing__ calls
default_factory.  Its storage is dict's (a subclass of W_DictObject), so
every dict method works on it unchanged."""

from __future__ import absolute_import

from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty
from objspace.std.dictobject import W_DictObject
from objspace.std.instanceobject import register_user_subclassable


class W_DefaultDict(W_DictObject):
    def __init__(self, space):
        W_DictObject.__init__(self, space)
        self.w_default_factory = space.w_None

    def descr_init(self, space, __args__):
        args_w = __args__.arguments_w
        if args_w:
            w_factory = args_w[0]
            if not (space.is_w(w_factory, space.w_None) or
                    space.lookup(w_factory, '__call__') is not None):
                raise oefmt(space.w_TypeError,
                            "first argument must be callable or None")
            self.w_default_factory = w_factory
            __args__ = __args__.without_first()
        self.update_args(space, __args__, 'dict expected')

    def descr_missing(self, space, w_key):
        """__missing__(key) # Called by __getitem__ for missing key;
pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value"""
        if space.is_w(self.w_default_factory, space.w_None):
            raise OperationError(space.w_KeyError,
                                 space.call_function(space.w_KeyError, w_key))
        w_value = space.call_function(self.w_default_factory)
        space.setitem(self, w_key, w_value)
        return w_value

    def descr_repr(self, space):
        w_factory = self.w_default_factory
        if space.repr_enter(self):
            return space.newtext('...')
        try:
            if space.is_w(w_factory, space.w_None):
                factory = 'None'
            else:
                factory = space.text_w(space.repr(w_factory))
        finally:
            space.repr_leave(self)
        inner = space.text_w(W_DictObject.descr_repr(self, space))
        name = space.text_w(space.getattr(space.type(self),
                                          space.newtext('__name__')))
        return space.newtext('%s(%s, %s)' % (name, factory, inner))

    def descr_copy(self, space):
        """D.copy() -> a shallow copy of D."""
        return space.call_function(space.type(self), self.w_default_factory,
                                   self)

    def descr_or(self, space, w_other):
        if not space.isinstance_w(w_other, space.w_dict):
            return space.w_NotImplemented
        w_copy = self.descr_copy(space)
        space.call_method(w_copy, 'update', w_other)
        return w_copy

    def descr_ror(self, space, w_other):
        if not space.isinstance_w(w_other, space.w_dict):
            return space.w_NotImplemented
        w_result = space.call_function(space.type(self),
                                       self.w_default_factory, w_other)
        space.call_method(w_result, 'update', self)
        return w_result

    def descr_get_factory(self, space):
        return self.w_default_factory

    def descr_set_factory(self, space, w_value):
        self.w_default_factory = w_value


def descr_new_defaultdict(space, w_type, __args__):
    w_obj = space.allocate_instance(W_DefaultDict, w_type)
    W_DefaultDict.__init__(w_obj, space)
    return w_obj


W_DefaultDict.typedef = TypeDef(
    'defaultdict', W_DictObject.typedef,
    doc="defaultdict(default_factory=None, /, [...]) --> dict with default "
        "factory\n\nThe default factory is called without arguments to "
        "produce\na new value when a key is not present, in __getitem__ "
        "only.\nA defaultdict compares equal to a dict with the same items."
        "\nAll remaining arguments are treated the same as if they were\n"
        "passed to the dict constructor, including keyword arguments.\n",
    module='collections',
    __new__=interp2app(descr_new_defaultdict, app_name='__new__'),
    __init__=interp2app(W_DefaultDict.descr_init),
    __missing__=interp2app(W_DefaultDict.descr_missing),
    __repr__=interp2app(W_DefaultDict.descr_repr),
    copy=interp2app(W_DefaultDict.descr_copy),
    __copy__=interp2app(W_DefaultDict.descr_copy),
    __or__=interp2app(W_DefaultDict.descr_or),
    __ror__=interp2app(W_DefaultDict.descr_ror),
    default_factory=GetSetProperty(W_DefaultDict.descr_get_factory,
                                   W_DefaultDict.descr_set_factory),
)
register_user_subclassable(W_DefaultDict)


def defaultdict_type(space):
    return space.gettypeobject(W_DefaultDict.typedef)
