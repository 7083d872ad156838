"""App-level part of `_ast`: the AST base class, and the function that
makes every node class from the description that moduledef.py derives from
the front end's node table (nodetable.py)."""


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional "
                            "argument%s" % (type(self).__name__, n,
                                            "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument %r"
                                % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'


def _build_classes(specs):
    """specs: (name, base name or None, fields, optional fields and
    attributes (None on the class), attributes, doc) per class, bases
    first.  Returns {name: class}."""
    classes = {}
    for name, base, fields, optional, attributes, doc in specs:
        ns = {'__module__': 'ast', '__doc__': doc, '_fields': fields,
              '__match_args__': fields}
        if base is None or attributes:
            ns['_attributes'] = attributes
        for field in optional:
            ns[field] = None
        bases = (classes[base],) if base is not None else (AST,)
        classes[name] = type(name, bases, ns)
    return classes
