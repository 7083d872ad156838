"""W_Root, the base of every wrapped object, and ObjSpace, the API that
the bytecode interpreter uses for every operation on objects.

The bytecode interpreter never looks inside a wrapped object: it calls
`space.add(w_a, w_b)`, `space.getattr(w_obj, w_name)`, ...  The complete
list of those operations is `ObjSpace.MethodTable` below, kept as data so
that the standard space (objspace/descroperation.py), other spaces and the
proxy layer can generate their implementations from one table instead of
writing them operation by operation.
"""


from __future__ import absolute_import
from interpreter.error import oefmt


class W_Root(object):
    """The base class of every app-level object at interp level.

    Subclasses set `typedef`, the TypeDef of their app-level type.
    """
    _attrs_ = ()
    typedef = None
    # True only for transparent proxies (objspace/std/proxyobject.py);
    # constant False in a build without them, so the checks fold away
    _tproxy_ = False

    def getclass(self, space):
        return space.gettypeobject(self.typedef)

    def getdict(self, space):
        """The instance __dict__ (a wrapped dict) or None."""
        return None

    # --- the attribute caches (objspace/std/attrcache.py) -------------
    # Only instances of user classes whose attributes live in a map
    # (objspace/std/instanceobject.py) answer something else.

    def attr_map(self):
        """The map giving the layout of this object's attributes, or
        None when they are not in one."""
        return None

    def attr_storage(self):
        """The attribute values, indexed as attr_map() says."""
        return None

    def attr_append(self, new_map, w_value):
        """Add an attribute: new_map is attr_map() plus it."""
        raise NotImplementedError

    def setdict(self, space, w_dict):
        raise oefmt(space.w_TypeError,
                    "attribute '__dict__' of '%T' objects is not writable",
                    self)

    def descr_call_mismatch(self, space, opname, required_name, args):
        """A builtin method of a type was called with this object as its
        `self`, but this object's interp-level class is not the one the
        method expects.  The gateway calls this hook instead of failing;
        a transparent proxy overrides it to forward the call."""
        raise oefmt(space.w_TypeError,
                    "descriptor '%s' requires a '%s' object but received a "
                    "'%T'", opname, required_name, self)

    def descr_get___class__(self, space):
        return space.type(self)

    def getname(self, space):
        """The __name__ of the object, as an interp-level str."""
        return space.text_w(space.getattr(self, space.newtext('__name__')))

    def __repr__(self):
        return '<%s>' % (self.__class__.__name__,)


class ObjSpace(object):
    """The abstract object space: operations that every space offers.

    A concrete space (objspace/std/objspace.py) provides the constructors
    (`newint`, `newtext`, ...), the unwrappers (`int_w`, `text_w`, ...) and
    the implementation of every operation of MethodTable.
    """

    # The operations the interpreter may perform on objects, as
    # (name, symbol, arity, special method names).  For binary operators
    # the second special method is the reflected one; for in-place
    # operators the first is the in-place method and the fallback is the
    # binary operator named after 'inplace_'.
    MethodTable = [
        ('id',            'id',          1, []),
        ('type',          'type',        1, []),
        ('issubtype',     'issubtype',   2, []),
        ('isinstance',    'isinstance',  2, []),
        ('getattr',       'getattr',     2, ['__getattribute__']),
        ('setattr',       'setattr',     3, ['__setattr__']),
        ('delattr',       'delattr',     2, ['__delattr__']),
        ('getitem',       'getitem',     2, ['__getitem__']),
        ('setitem',       'setitem',     3, ['__setitem__']),
        ('delitem',       'delitem',     2, ['__delitem__']),
        ('iter',          'iter',        1, ['__iter__']),
        ('next',          'next',        1, ['__next__']),
        ('len',           'len',         1, ['__len__']),
        ('contains',      'contains',    2, ['__contains__']),
        ('hash',          'hash',        1, ['__hash__']),
        ('repr',          'repr',        1, ['__repr__']),
        ('str',           'str',         1, ['__str__']),
        ('bool',          'truth',       1, ['__bool__']),
        ('format',        'format',      2, ['__format__']),
        ('call_args',     'call',        2, ['__call__']),
        ('get',           'get',         3, ['__get__']),
        ('set',           'set',         3, ['__set__']),
        ('delete',        'delete',      2, ['__delete__']),
        ('pos',           'pos',         1, ['__pos__']),
        ('neg',           'neg',         1, ['__neg__']),
        ('abs',           'abs',         1, ['__abs__']),
        ('invert',        '~',           1, ['__invert__']),
        ('int',           'int',         1, ['__int__']),
        ('float',         'float',       1, ['__float__']),
        ('index',         'index',       1, ['__index__']),
        ('add',           '+',           2, ['__add__', '__radd__']),
        ('sub',           '-',           2, ['__sub__', '__rsub__']),
        ('mul',           '*',           2, ['__mul__', '__rmul__']),
        ('matmul',        '@',           2, ['__matmul__', '__rmatmul__']),
        ('truediv',       '/',           2, ['__truediv__', '__rtruediv__']),
        ('floordiv',      '//',          2, ['__floordiv__', '__rfloordiv__']),
        ('mod',           '%',           2, ['__mod__', '__rmod__']),
        ('divmod',        'divmod()',    2, ['__divmod__', '__rdivmod__']),
        ('pow',           '** or pow()', 2, ['__pow__', '__rpow__']),
        ('lshift',        '<<',          2, ['__lshift__', '__rlshift__']),
        ('rshift',        '>>',          2, ['__rshift__', '__rrshift__']),
        ('and_',          '&',           2, ['__and__', '__rand__']),
        ('or_',           '|',           2, ['__or__', '__ror__']),
        ('xor',           '^',           2, ['__xor__', '__rxor__']),
        ('inplace_add',      '+=',  2, ['__iadd__']),
        ('inplace_sub',      '-=',  2, ['__isub__']),
        ('inplace_mul',      '*=',  2, ['__imul__']),
        ('inplace_matmul',   '@=',  2, ['__imatmul__']),
        ('inplace_truediv',  '/=',  2, ['__itruediv__']),
        ('inplace_floordiv', '//=', 2, ['__ifloordiv__']),
        ('inplace_mod',      '%=',  2, ['__imod__']),
        ('inplace_pow',      '**=', 2, ['__ipow__']),
        ('inplace_lshift',   '<<=', 2, ['__ilshift__']),
        ('inplace_rshift',   '>>=', 2, ['__irshift__']),
        ('inplace_and',      '&=',  2, ['__iand__']),
        ('inplace_or',       '|=',  2, ['__ior__']),
        ('inplace_xor',      '^=',  2, ['__ixor__']),
        ('lt',            '<',           2, ['__lt__', '__gt__']),
        ('le',            '<=',          2, ['__le__', '__ge__']),
        ('eq',            '==',          2, ['__eq__', '__eq__']),
        ('ne',            '!=',          2, ['__ne__', '__ne__']),
        ('gt',            '>',           2, ['__gt__', '__lt__']),
        ('ge',            '>=',          2, ['__ge__', '__le__']),
    ]

    # The subsets of the table, by role (used by generators).
    UnaryOpTable = [entry for entry in MethodTable
                    if entry[2] == 1 and entry[0] in
                    ('pos', 'neg', 'abs', 'invert')]
    BinaryOpTable = [entry for entry in MethodTable
                     if entry[2] == 2 and len(entry[3]) == 2 and
                     not entry[0].startswith('inplace_') and
                     entry[0] not in ('lt', 'le', 'eq', 'ne', 'gt', 'ge')]
    InplaceOpTable = [entry for entry in MethodTable
                      if entry[0].startswith('inplace_')]
    CompareOpTable = [entry for entry in MethodTable
                      if entry[0] in ('lt', 'le', 'eq', 'ne', 'gt', 'ge')]

    def __init__(self, config):
        self.config = config
        self.interned_w = {}

    # ------------------------------------------------------------------
    # Helpers built on the operations; shared by every space.

    def call_function(self, w_func, *args_w):
        from interpreter.argument import Arguments
        return self.call_args(w_func, Arguments(self, list(args_w)))

    def call_method(self, w_obj, methname, *args_w):
        w_meth = self.getattr(w_obj, self.newtext(methname))
        return self.call_function(w_meth, *args_w)

    def is_true(self, w_obj):
        """The truth value of w_obj as an interp-level bool."""
        return self.bool_w(self.bool(w_obj))

    def is_w(self, w_a, w_b):
        return w_a is w_b

    def eq_w(self, w_a, w_b):
        """w_a == w_b, as an interp-level bool (identity implies equality,
        as for containers in CPython)."""
        if w_a is w_b:
            return True
        return self.is_true(self.eq(w_a, w_b))

    def is_none(self, w_obj):
        return w_obj is None or w_obj is self.w_None

    def getname(self, w_obj):
        return w_obj.getname(self)

    def exception_match(self, w_exc_type, w_check_class):
        """Does the exception class w_exc_type match w_check_class, a class
        or a (nested) tuple of classes?"""
        if self.isinstance_w(w_check_class, self.w_tuple):
            for w_item in self.fixedview(w_check_class):
                if self.exception_match(w_exc_type, w_item):
                    return True
            return False
        return self.issubtype_w(w_exc_type, w_check_class)

    def issubtype_w(self, w_sub, w_type):
        return self.is_true(self.issubtype(w_sub, w_type))

    def isinstance_w(self, w_obj, w_type):
        return self.is_true(self.isinstance(w_obj, w_type))

    def interned_text(self, s):
        """The wrapped str for an interp-level identifier, shared."""
        try:
            return self.interned_w[s]
        except KeyError:
            w_s = self.newtext(s)
            self.interned_w[s] = w_s
            return w_s

    def getattr_str(self, w_obj, name):
        return self.getattr(w_obj, self.newtext(name))

    def setattr_str(self, w_obj, name, w_value):
        self.setattr(w_obj, self.newtext(name), w_value)
