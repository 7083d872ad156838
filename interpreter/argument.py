"""Call arguments and their binding to parameters.

`Arguments` is what a call site passes: positional values, keyword names
and values (already separated at interp level), before the callee's
signature is known.  `Signature` describes the parameters of a code
object or builtin.  `Arguments.parse_into_scope` binds the one to the
other into a flat list of local values, with CPython's error messages.
"""


from __future__ import absolute_import
from interpreter.error import oefmt


class Signature(object):
    """Parameter names of a callable: the positional ones (of which the
    first `posonlyargcount` are positional-only), then keyword-only ones,
    then the names of the *args and **kwargs parameters (or None)."""
    _immutable_fields_ = ['argnames[*]', 'kwonlyargnames[*]', 'varargname',
                          'kwargname', 'posonlyargcount']

    def __init__(self, argnames, varargname=None, kwargname=None,
                 kwonlyargnames=None, posonlyargcount=0):
        self.argnames = argnames
        self.varargname = varargname
        self.kwargname = kwargname
        if kwonlyargnames is None:
            kwonlyargnames = []
        self.kwonlyargnames = kwonlyargnames
        self.posonlyargcount = posonlyargcount

    def num_argnames(self):
        return len(self.argnames)

    def scope_length(self):
        """How many local slots the bound arguments fill."""
        n = len(self.argnames) + len(self.kwonlyargnames)
        if self.varargname is not None:
            n += 1
        if self.kwargname is not None:
            n += 1
        return n

    def find_argname(self, name):
        """The slot of the named parameter, or -1 (positional-only
        parameters cannot be named)."""
        for i in range(self.posonlyargcount, len(self.argnames)):
            if self.argnames[i] == name:
                return i
        for i in range(len(self.kwonlyargnames)):
            if self.kwonlyargnames[i] == name:
                return len(self.argnames) + i
        return -1

    def is_posonly_name(self, name):
        for i in range(self.posonlyargcount):
            if self.argnames[i] == name:
                return True
        return False


def _quoted_list(names):
    """'x', 'x' and 'y', 'x', 'y', and 'z': CPython's way to list names."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _plural(n, word):
    if n == 1:
        return '%d %s' % (n, word)
    return '%d %ss' % (n, word)


# the keywords of every call that has none, and no defaults (fewer
# allocations per call): nobody may change the lists of an Arguments
# (callers that add keywords build their own lists)
_NO_KEYWORDS = []
_NO_VALUES_W = []


class Arguments(object):
    """The arguments of one call: `arguments_w` positional values,
    `keywords` (interp-level str names) with `keywords_w` values."""

    def __init__(self, space, args_w, keywords=None, keywords_w=None):
        self.space = space
        self.arguments_w = args_w
        if keywords is None:
            keywords = _NO_KEYWORDS
            keywords_w = _NO_VALUES_W
        self.keywords = keywords
        self.keywords_w = keywords_w
        # the Arguments this one was made from by prepend(), if any
        self.unprepended = None

    @staticmethod
    def from_call_site(space, args_w, keywords, keywords_w, w_star,
                       w_starstar):
        """Arguments from a call with `*w_star` and `**w_starstar` (either
        may be None), unpacked through the generic protocols."""
        if w_star is not None:
            args_w = args_w + space.fixedview(w_star)
        if w_starstar is not None:
            keywords = keywords[:]
            keywords_w = keywords_w[:]
            space.unpack_kwargs_into(w_starstar, keywords, keywords_w)
        return Arguments(space, args_w, keywords, keywords_w)

    def without_first(self):
        return self.without_prefix(1)

    def without_prefix(self, n):
        """The same arguments less the first n positional ones."""
        if n == 1 and self.unprepended is not None:
            # a builtin's self taken off again (type.__call__ and other
            # special methods called with an Arguments): no copy
            return self.unprepended
        return Arguments(self.space, self.arguments_w[n:], self.keywords,
                         self.keywords_w)

    def prepend(self, w_first):
        """The same arguments with w_first in front (for bound methods)."""
        args = Arguments(self.space, [w_first] + self.arguments_w,
                         self.keywords, self.keywords_w)
        args.unprepended = self
        return args

    def positional_count(self):
        return len(self.arguments_w)

    def has_keywords(self):
        return len(self.keywords) > 0

    def parse_into_scope(self, scope_w, fnname, signature, defaults_w=None,
                         kwdefaults_w=None, optional_count=0):
        """Fill scope_w[0:signature.scope_length()] with the bound values.

        defaults_w are the defaults of the last positional parameters;
        kwdefaults_w is a list parallel to signature.kwonlyargnames with
        None where a keyword-only parameter has no default.  The last
        `optional_count` positional parameters may stay unbound (None):
        builtins use that for parameters with interp-level defaults.
        """
        space = self.space
        args_w = self.arguments_w
        co_argcount = len(signature.argnames)
        num_kwonly = len(signature.kwonlyargnames)
        avail = len(args_w)
        if defaults_w is None:
            defaults_w = _NO_VALUES_W

        # positional arguments
        take = avail
        if take > co_argcount:
            take = co_argcount
        for i in range(take):
            scope_w[i] = args_w[i]
        next_slot = co_argcount + num_kwonly
        if signature.varargname is not None:
            scope_w[next_slot] = space.newtuple(args_w[take:])
            next_slot += 1
        elif avail > co_argcount:
            self._too_many_positional(fnname, signature,
                                      max(len(defaults_w), optional_count))

        # keyword arguments
        w_kwds = None
        if signature.kwargname is not None:
            w_kwds = space.newdict()
            scope_w[next_slot] = w_kwds
        posonly_as_kw = None    # (lists made only for an error)
        for i in range(len(self.keywords)):
            name = self.keywords[i]
            slot = signature.find_argname(name)
            if slot < 0:
                if w_kwds is not None:
                    space.setitem(w_kwds, space.newtext(name),
                                  self.keywords_w[i])
                    continue
                if signature.is_posonly_name(name):
                    if posonly_as_kw is None:
                        posonly_as_kw = []
                    posonly_as_kw.append(name)
                    continue
                raise oefmt(space.w_TypeError,
                            "%s() got an unexpected keyword argument '%s'",
                            fnname, name)
            if scope_w[slot] is not None:
                raise oefmt(space.w_TypeError,
                            "%s() got multiple values for argument '%s'",
                            fnname, name)
            scope_w[slot] = self.keywords_w[i]
        if posonly_as_kw:
            raise oefmt(space.w_TypeError,
                        "%s() got some positional-only arguments passed as "
                        "keyword arguments: '%s'", fnname,
                        ', '.join(posonly_as_kw))

        # defaults and missing arguments
        first_default = co_argcount - len(defaults_w)
        first_optional = co_argcount - optional_count
        missing = None
        for i in range(co_argcount):
            if scope_w[i] is None:
                if i >= first_default:
                    scope_w[i] = defaults_w[i - first_default]
                elif i >= first_optional:
                    pass
                else:
                    if missing is None:
                        missing = []
                    missing.append(signature.argnames[i])
        if missing:
            raise oefmt(space.w_TypeError,
                        "%s() missing %s: %s", fnname,
                        _plural(len(missing), 'required positional argument'),
                        _quoted_list(missing))
        for i in range(num_kwonly):
            slot = co_argcount + i
            if scope_w[slot] is None:
                w_default = None
                if kwdefaults_w is not None:
                    w_default = kwdefaults_w[i]
                if w_default is not None:
                    scope_w[slot] = w_default
                else:
                    if missing is None:
                        missing = []
                    missing.append(signature.kwonlyargnames[i])
        if missing:
            raise oefmt(space.w_TypeError,
                        "%s() missing %s: %s", fnname,
                        _plural(len(missing),
                                'required keyword-only argument'),
                        _quoted_list(missing))

    def _too_many_positional(self, fnname, signature, num_defaults):
        space = self.space
        co_argcount = len(signature.argnames)
        given = len(self.arguments_w)
        if num_defaults:
            takes = 'from %d to %d positional arguments' % (
                co_argcount - num_defaults, co_argcount)
        else:
            takes = _plural(co_argcount, 'positional argument')
        kwonly_given = 0
        for name in self.keywords:
            for kwname in signature.kwonlyargnames:
                if kwname == name:
                    kwonly_given += 1
        if kwonly_given:
            given_text = '%s (and %s) were given' % (
                _plural(given, 'positional argument'),
                _plural(kwonly_given, 'keyword-only argument'))
        elif given == 1:
            given_text = '1 was given'
        else:
            given_text = '%d were given' % given
        raise oefmt(space.w_TypeError, "%s() takes %s but %s",
                    fnname, takes, given_text)
