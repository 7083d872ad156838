"""The objects of `_sre`: compiled patterns (re.Pattern), match objects
(re.Match) and scanners, and the module's functions.

A pattern keeps the code list made by re/_compiler.py and whether it
works on bytes or on str; each call builds an engine State over the
subject (engine.py) and turns a successful run into a W_Match, which
keeps the subject and the group marks (start and end of group 0, then
of each group; -1 when a group did not take part).  Replacement
templates with backslashes are parsed by the `re` package itself
(re._subx, re._expand), as CPython's _sre does.
"""

from rpython.rlib.rarithmetic import intmask

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef, GetSetProperty
from interpreter.module._sre import chars, engine, opcodes, validate


# --- subjects ---------------------------------------------------------------

class Subject(object):
    """The string being matched, unwrapped: text (`ustr`) or bytes
    (`bstr`), and the original object."""

    def __init__(self, w_string, ustr, bstr):
        self.w_string = w_string
        self.ustr = ustr
        self.bstr = bstr

    def is_bytes(self):
        return self.ustr is None

    def length(self):
        if self.ustr is not None:
            return len(self.ustr)
        return len(self.bstr)

    def slice(self, space, start, end):
        if self.ustr is not None:
            assert 0 <= start <= end
            return space.newunicode(self.ustr[start:end])
        assert 0 <= start <= end
        return space.newbytes(self.bstr[start:end])

    def make_state(self, code, start, end, ngroups):
        if self.ustr is not None:
            return engine.TextState(code, self.ustr, start, end, ngroups)
        return engine.BytesState(code, self.bstr, start, end, ngroups)


def get_subject(space, w_string):
    from objspace.std.unicodeobject import W_UnicodeObject
    from objspace.std.bytesobject import W_BytesObject
    from objspace.std.bytearrayobject import W_BytearrayObject
    if isinstance(w_string, W_UnicodeObject):
        return Subject(w_string, space.unicode_w(w_string), None)
    if isinstance(w_string, W_BytesObject):
        return Subject(w_string, None, space.bytes_w(w_string))
    if isinstance(w_string, W_BytearrayObject):
        return Subject(w_string, None, w_string.as_str())
    from objspace.std.memoryviewobject import buffer_bytes_w
    data = buffer_bytes_w(space, w_string)      # memoryview, array.array
    if data is not None:
        return Subject(w_string, None, data)
    raise oefmt(space.w_TypeError,
                "expected string or bytes-like object, got '%T'", w_string)


def run(state, search):
    """Run the engine on a State of either kind."""
    try:
        if isinstance(state, engine.TextState):
            if search:
                return engine.search(state)
            return engine.match(state)
        assert isinstance(state, engine.BytesState)
        if search:
            return engine.search(state)
        return engine.match(state)
    except opcodes.BadCode:
        raise BadCodeError


class BadCodeError(Exception):
    pass


def _clamp(space, w_index, length, default):
    if w_index is None:
        return default
    i = space.getindex_w(w_index, None)
    if i < 0:
        return 0
    if i > length:
        return length
    return i


# --- patterns ---------------------------------------------------------------

_FLAG_NAMES = [
    (1, 're.TEMPLATE'), (opcodes.SRE_FLAG_IGNORECASE, 're.IGNORECASE'),
    (opcodes.SRE_FLAG_LOCALE, 're.LOCALE'),
    (opcodes.SRE_FLAG_MULTILINE, 're.MULTILINE'),
    (opcodes.SRE_FLAG_DOTALL, 're.DOTALL'),
    (opcodes.SRE_FLAG_UNICODE, 're.UNICODE'),
    (opcodes.SRE_FLAG_VERBOSE, 're.VERBOSE'),
    (opcodes.SRE_FLAG_DEBUG, 're.DEBUG'),
    (opcodes.SRE_FLAG_ASCII, 're.ASCII'),
]


def _truncated_repr(space, w_obj, limit):
    u = space.unicode_w(space.repr(w_obj))
    if len(u) > limit:
        u = u[:limit]
    return u


class W_Pattern(W_Root):
    """re.Pattern: the compiled code of a regular expression."""
    _immutable_fields_ = ['w_pattern', 'flags', 'code[*]', 'groups',
                          'w_groupindex', 'w_indexgroup', 'isbytes']

    def __init__(self, w_pattern, flags, code, groups, w_groupindex,
                 w_indexgroup, isbytes):
        self.w_pattern = w_pattern
        self.flags = flags
        self.code = code
        self.groups = groups
        self.w_groupindex = w_groupindex
        self.w_indexgroup = w_indexgroup
        self.isbytes = isbytes      # -1: no source pattern, either kind

    def subject(self, space, w_string):
        subject = get_subject(space, w_string)
        if self.isbytes == 0 and subject.is_bytes():
            raise oefmt(space.w_TypeError,
                        "cannot use a string pattern on a bytes-like object")
        if self.isbytes == 1 and not subject.is_bytes():
            raise oefmt(space.w_TypeError,
                        "cannot use a bytes pattern on a string-like object")
        return subject

    def new_state(self, space, subject, w_pos, w_endpos):
        length = subject.length()
        start = _clamp(space, w_pos, length, 0)
        end = _clamp(space, w_endpos, length, length)
        return subject.make_state(self.code, start, end, self.groups)

    def run(self, space, state, search):
        try:
            return run(state, search)
        except BadCodeError:
            raise oefmt(space.w_RuntimeError,
                        "internal error in regular expression engine")

    def _match(self, space, w_string, w_pos, w_endpos, search, match_all):
        subject = self.subject(space, w_string)
        state = self.new_state(space, subject, w_pos, w_endpos)
        state.match_all = match_all
        pos = state.start
        if not self.run(space, state, search):
            return space.w_None
        return new_match(space, self, subject, state, pos)

    def descr_match(self, space, w_string, w_pos=None, w_endpos=None):
        """Matches zero or more characters at the beginning of the
        string."""
        return self._match(space, w_string, w_pos, w_endpos, False, False)

    def descr_fullmatch(self, space, w_string, w_pos=None, w_endpos=None):
        """Matches against all of the string."""
        return self._match(space, w_string, w_pos, w_endpos, False, True)

    def descr_search(self, space, w_string, w_pos=None, w_endpos=None):
        """Scan through string looking for a match, and return a
        corresponding match object instance.

        Return None if no position in the string matches."""
        return self._match(space, w_string, w_pos, w_endpos, True, False)

    def descr_findall(self, space, w_string, w_pos=None, w_endpos=None):
        """Return a list of all non-overlapping matches of pattern in
        string."""
        subject = self.subject(space, w_string)
        state = self.new_state(space, subject, w_pos, w_endpos)
        items_w = []
        while state.start <= state.end:
            if not self.run(space, state, True):
                break
            if self.groups == 0:
                w_item = subject.slice(space, state.match_start, state.ptr)
            elif self.groups == 1:
                w_item = self._group_or(space, subject, state, 1, None)
            else:
                groups_w = [self._group_or(space, subject, state, i, None)
                            for i in range(1, self.groups + 1)]
                w_item = space.newtuple(groups_w)
            items_w.append(w_item)
            state.must_advance = state.ptr == state.match_start
            state.start = state.ptr
        return space.newlist(items_w)

    def _group_or(self, space, subject, state, group, w_default):
        """The text of a group after a run; for a group that did not
        match, w_default, or an empty string when it is None."""
        start, end = state.group_span(group - 1)
        if start < 0 or end < start:
            if w_default is None:
                return subject.slice(space, 0, 0)
            return w_default
        return subject.slice(space, start, end)

    def descr_finditer(self, space, w_string, w_pos=None, w_endpos=None):
        """Return an iterator over all non-overlapping matches for the RE
        pattern in string.

        For each match, the iterator returns a match object."""
        from objspace.std.functionalobject import W_CallableIterator
        w_scanner = self.descr_scanner(space, w_string, w_pos, w_endpos)
        return W_CallableIterator(space.getattr(w_scanner,
                                                space.newtext('search')),
                                  space.w_None)

    def descr_scanner(self, space, w_string, w_pos=None, w_endpos=None):
        subject = self.subject(space, w_string)
        state = self.new_state(space, subject, w_pos, w_endpos)
        return W_Scanner(self, subject, state)

    def descr_split(self, space, w_string, w_maxsplit=None):
        """Split string by the occurrences of pattern."""
        maxsplit = 0
        if w_maxsplit is not None:
            maxsplit = space.getindex_w(w_maxsplit, None)
        subject = self.subject(space, w_string)
        state = self.new_state(space, subject, None, None)
        items_w = []
        n = 0
        last = state.start
        while maxsplit == 0 or n < maxsplit:
            if not self.run(space, state, True):
                break
            items_w.append(subject.slice(space, last, state.match_start))
            for i in range(1, self.groups + 1):
                items_w.append(self._group_or(space, subject, state, i,
                                              space.w_None))
            n += 1
            state.must_advance = state.ptr == state.match_start
            last = state.start = state.ptr
        items_w.append(subject.slice(space, last, state.end))
        return space.newlist(items_w)

    def descr_sub(self, space, w_repl, w_string, w_count=None):
        """Return the string obtained by replacing the leftmost
        non-overlapping occurrences of pattern in string by the
        replacement repl."""
        w_result, _ = self.subx(space, w_repl, w_string, w_count)
        return w_result

    def descr_subn(self, space, w_repl, w_string, w_count=None):
        """Return the tuple (new_string, number_of_subs_made) found by
        replacing the leftmost non-overlapping occurrences of pattern
        with the replacement repl."""
        w_result, n = self.subx(space, w_repl, w_string, w_count)
        return space.newtuple([w_result, space.newint(n)])

    def _literal_template(self, space, w_repl):
        """Whether w_repl is a str or bytes without backslashes (used as
        it is)."""
        from objspace.std.unicodeobject import W_UnicodeObject
        from objspace.std.bytesobject import W_BytesObject
        if isinstance(w_repl, W_UnicodeObject):
            return u'\\' not in space.unicode_w(w_repl)
        if isinstance(w_repl, W_BytesObject):
            return '\\' not in space.bytes_w(w_repl)
        return False

    def subx(self, space, w_repl, w_string, w_count):
        count = 0
        if w_count is not None:
            count = space.getindex_w(w_count, None)
        w_filter = w_repl
        callable_filter = space.lookup(w_repl, '__call__') is not None
        if not callable_filter and not self._literal_template(space, w_repl):
            w_re = import_re(space)
            w_filter = space.call_method(w_re, '_subx', self, w_repl)
            callable_filter = space.lookup(w_filter, '__call__') is not None
        subject = self.subject(space, w_string)
        state = self.new_state(space, subject, None, None)
        items_w = []
        n = 0
        i = state.start
        while count == 0 or n < count:
            if not self.run(space, state, True):
                break
            if i < state.match_start:
                items_w.append(subject.slice(space, i, state.match_start))
            if callable_filter:
                w_match = new_match(space, self, subject, state, 0)
                w_item = space.call_function(w_filter, w_match)
                if not space.is_none(w_item):
                    items_w.append(w_item)
            else:
                items_w.append(w_filter)
            i = state.ptr
            n += 1
            state.must_advance = state.ptr == state.match_start
            state.start = state.ptr
        if i < state.end:
            items_w.append(subject.slice(space, i, state.end))
        w_empty = subject.slice(space, 0, 0)
        w_result = space.call_method(w_empty, 'join', space.newlist(items_w))
        return w_result, n

    def descr_repr(self, space):
        flags = self.flags
        if self.isbytes == 0 and (flags & (opcodes.SRE_FLAG_LOCALE |
                                           opcodes.SRE_FLAG_UNICODE |
                                           opcodes.SRE_FLAG_ASCII)) == \
                opcodes.SRE_FLAG_UNICODE:
            flags &= ~opcodes.SRE_FLAG_UNICODE
        u = u're.compile(' + _truncated_repr(space, self.w_pattern, 200)
        if flags:
            names = []
            for bit, name in _FLAG_NAMES:
                if flags & bit:
                    names.append(name)
                    flags &= ~bit
            if flags:
                names.append('0x%x' % flags)
            u += u', ' + space.unicode_w(space.newtext('|'.join(names)))
        return space.newunicode(u + u')')

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_Pattern):
            return space.w_NotImplemented
        if w_other is self:
            return space.w_True
        same = (self.flags == w_other.flags and
                self.isbytes == w_other.isbytes and
                self.code == w_other.code and
                space.eq_w(self.w_pattern, w_other.w_pattern))
        return space.newbool(same)

    def descr_ne(self, space, w_other):
        w_eq = self.descr_eq(space, w_other)
        if w_eq is space.w_NotImplemented:
            return w_eq
        return space.newbool(not space.is_true(w_eq))

    def descr_hash(self, space):
        x = space.hash_w(self.w_pattern)
        for c in self.code:
            x = intmask((x ^ c) * 1000003)
        x ^= self.flags ^ self.isbytes
        if x == -1:
            x = -2
        return space.newint(x)

    def descr_copy(self, space):
        return self

    def descr_deepcopy(self, space, w_memo):
        return self

    def descr_get_pattern(self, space):
        return self.w_pattern

    def descr_get_flags(self, space):
        return space.newint(self.flags)

    def descr_get_groups(self, space):
        return space.newint(self.groups)

    def descr_get_groupindex(self, space):
        from objspace.std.mappingproxyobject import W_MappingProxyObject
        w_copy = space.call_method(self.w_groupindex, 'copy')
        return W_MappingProxyObject(w_copy)


def import_re(space):
    w_import = space.finditem_str(space.w_builtins_dict, '__import__')
    if w_import is None:
        raise oefmt(space.w_ImportError, "__import__ not found")
    return space.call_function(w_import, space.newtext('re'))


W_Pattern.typedef = TypeDef(
    'Pattern',
    module='re',
    doc="Compiled regular expression object.",
    acceptable_as_base=False,
    match=interp2app(W_Pattern.descr_match),
    fullmatch=interp2app(W_Pattern.descr_fullmatch),
    search=interp2app(W_Pattern.descr_search),
    findall=interp2app(W_Pattern.descr_findall),
    finditer=interp2app(W_Pattern.descr_finditer),
    scanner=interp2app(W_Pattern.descr_scanner),
    split=interp2app(W_Pattern.descr_split),
    sub=interp2app(W_Pattern.descr_sub),
    subn=interp2app(W_Pattern.descr_subn),
    __repr__=interp2app(W_Pattern.descr_repr),
    __eq__=interp2app(W_Pattern.descr_eq),
    __ne__=interp2app(W_Pattern.descr_ne),
    __hash__=interp2app(W_Pattern.descr_hash),
    __copy__=interp2app(W_Pattern.descr_copy),
    __deepcopy__=interp2app(W_Pattern.descr_deepcopy),
    pattern=GetSetProperty(W_Pattern.descr_get_pattern),
    flags=GetSetProperty(W_Pattern.descr_get_flags),
    groups=GetSetProperty(W_Pattern.descr_get_groups),
    groupindex=GetSetProperty(W_Pattern.descr_get_groupindex),
)


# --- matches ----------------------------------------------------------------

def new_match(space, w_pattern, subject, state, pos):
    """The W_Match of a successful run of `state`."""
    ngroups = len(state.marks) // 2
    marks = [-1] * (2 * ngroups + 2)
    marks[0] = state.match_start
    marks[1] = state.ptr
    for i in range(ngroups):
        start, end = state.group_span(i)
        if start > end:
            raise oefmt(space.w_SystemError,
                        "The span of capturing group is wrong, please "
                        "report a bug for the re module.")
        marks[2 * i + 2] = start
        marks[2 * i + 3] = end
    return W_Match(w_pattern, subject, pos, state.end, marks,
                   state.lastindex)


class W_Match(W_Root):
    """re.Match: the result of a successful match."""

    def __init__(self, w_pattern, subject, pos, endpos, marks, lastindex):
        self.w_pattern = w_pattern
        self.subject = subject
        self.pos = pos
        self.endpos = endpos
        self.marks = marks
        self.lastindex = lastindex

    def _index(self, space, w_group):
        """The number of the group named or numbered by w_group."""
        from objspace.std.intobject import W_AbstractIntObject
        pattern = self.w_pattern
        assert isinstance(pattern, W_Pattern)
        i = -1
        if space.isinstance_w(w_group, space.w_int) or \
                space.lookup(w_group, '__index__') is not None:
            i = space.getindex_w(w_group, None)
        else:
            w_i = None
            try:
                w_i = space.finditem(pattern.w_groupindex, w_group)
            except OperationError as e:
                if not e.match(space, space.w_TypeError):
                    raise
            if w_i is not None and isinstance(w_i, W_AbstractIntObject):
                i = space.getindex_w(w_i, None)
        if i < 0 or 2 * i >= len(self.marks):
            raise oefmt(space.w_IndexError, "no such group")
        return i

    def _group(self, space, i, w_default):
        start = self.marks[2 * i]
        end = self.marks[2 * i + 1]
        if start < 0:
            return w_default
        return self.subject.slice(space, start, end)

    def descr_group(self, space, args_w):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if len(args_w) == 0:
            return self._group(space, 0, space.w_None)
        if len(args_w) == 1:
            return self._group(space, self._index(space, args_w[0]),
                               space.w_None)
        return space.newtuple([self._group(space, self._index(space, w_g),
                                           space.w_None) for w_g in args_w])

    def descr_getitem(self, space, w_group):
        return self._group(space, self._index(space, w_group), space.w_None)

    def descr_groups(self, space, w_default=None):
        """Return a tuple containing all the subgroups of the match, from
        1.

          default
            Is used for groups that did not participate in the match."""
        if w_default is None:
            w_default = space.w_None
        return space.newtuple([self._group(space, i, w_default)
                               for i in range(1, len(self.marks) // 2)])

    def descr_groupdict(self, space, w_default=None):
        """Return a dictionary containing all the named subgroups of the
        match, keyed by the subgroup name.

          default
            Is used for groups that did not participate in the match."""
        pattern = self.w_pattern
        assert isinstance(pattern, W_Pattern)
        if w_default is None:
            w_default = space.w_None
        w_dict = space.newdict()
        for w_name in space.listview(pattern.w_groupindex):
            i = self._index(space, w_name)
            space.setitem(w_dict, w_name, self._group(space, i, w_default))
        return w_dict

    def _group_arg(self, space, w_group):
        if w_group is None:
            return 0
        return self._index(space, w_group)

    def descr_start(self, space, w_group=None):
        """Return index of the start of the substring matched by
        group."""
        return space.newint(self.marks[2 * self._group_arg(space, w_group)])

    def descr_end(self, space, w_group=None):
        """Return index of the end of the substring matched by group."""
        i = self._group_arg(space, w_group)
        return space.newint(self.marks[2 * i + 1])

    def _span(self, space, i):
        return space.newtuple([space.newint(self.marks[2 * i]),
                               space.newint(self.marks[2 * i + 1])])

    def descr_span(self, space, w_group=None):
        """For match object m, return the 2-tuple (m.start(group),
        m.end(group))."""
        return self._span(space, self._group_arg(space, w_group))

    def descr_expand(self, space, w_template):
        """Return the string obtained by doing backslash substitution on
        the string template, as done by the sub() method."""
        w_re = import_re(space)
        return space.call_method(w_re, '_expand', self.w_pattern, self,
                                 w_template)

    def descr_repr(self, space):
        w_group0 = self._group(space, 0, space.w_None)
        u = (u'<re.Match object; span=(%d, %d), match=' % (
            self.marks[0], self.marks[1]))
        return space.newunicode(u + _truncated_repr(space, w_group0, 50) +
                                u'>')

    def descr_copy(self, space):
        return self

    def descr_deepcopy(self, space, w_memo):
        return self

    def descr_get_pos(self, space):
        return space.newint(self.pos)

    def descr_get_endpos(self, space):
        return space.newint(self.endpos)

    def descr_get_lastindex(self, space):
        if self.lastindex < 0:
            return space.w_None
        return space.newint(self.lastindex)

    def descr_get_lastgroup(self, space):
        pattern = self.w_pattern
        assert isinstance(pattern, W_Pattern)
        if self.lastindex < 0:
            return space.w_None
        names_w = space.fixedview(pattern.w_indexgroup)
        if self.lastindex >= len(names_w):
            return space.w_None
        return names_w[self.lastindex]

    def descr_get_re(self, space):
        return self.w_pattern

    def descr_get_string(self, space):
        return self.subject.w_string

    def descr_get_regs(self, space):
        return space.newtuple([self._span(space, i)
                               for i in range(len(self.marks) // 2)])


W_Match.typedef = TypeDef(
    'Match',
    module='re',
    doc="The result of re.match() and re.search().",
    acceptable_as_base=False,
    group=interp2app(W_Match.descr_group),
    __getitem__=interp2app(W_Match.descr_getitem),
    groups=interp2app(W_Match.descr_groups),
    groupdict=interp2app(W_Match.descr_groupdict),
    start=interp2app(W_Match.descr_start),
    end=interp2app(W_Match.descr_end),
    span=interp2app(W_Match.descr_span),
    expand=interp2app(W_Match.descr_expand),
    __repr__=interp2app(W_Match.descr_repr),
    __copy__=interp2app(W_Match.descr_copy),
    __deepcopy__=interp2app(W_Match.descr_deepcopy),
    pos=GetSetProperty(W_Match.descr_get_pos),
    endpos=GetSetProperty(W_Match.descr_get_endpos),
    lastindex=GetSetProperty(W_Match.descr_get_lastindex),
    lastgroup=GetSetProperty(W_Match.descr_get_lastgroup),
    re=GetSetProperty(W_Match.descr_get_re),
    string=GetSetProperty(W_Match.descr_get_string),
    regs=GetSetProperty(W_Match.descr_get_regs),
)


# --- scanners ---------------------------------------------------------------

class W_Scanner(W_Root):
    """A pattern with a subject, matched step by step (re.finditer and
    re.Scanner use it)."""

    def __init__(self, w_pattern, subject, state):
        self.w_pattern = w_pattern
        self.subject = subject
        self.state = state
        self.done = False

    def _step(self, space, search):
        pattern = self.w_pattern
        assert isinstance(pattern, W_Pattern)
        state = self.state
        if self.done or state.start > state.end:
            return space.w_None
        pos = state.start
        if not pattern.run(space, state, search):
            self.done = True
            return space.w_None
        w_match = new_match(space, pattern, self.subject, state, pos)
        state.must_advance = state.ptr == state.match_start
        state.start = state.ptr
        return w_match

    def descr_match(self, space):
        return self._step(space, False)

    def descr_search(self, space):
        return self._step(space, True)

    def descr_get_pattern(self, space):
        return self.w_pattern


W_Scanner.typedef = TypeDef(
    'SRE_Scanner',
    module='_sre',
    acceptable_as_base=False,
    match=interp2app(W_Scanner.descr_match),
    search=interp2app(W_Scanner.descr_search),
    pattern=GetSetProperty(W_Scanner.descr_get_pattern),
)


# --- the module's functions -------------------------------------------------

@unwrap_spec(flags=int, groups=int)
def compile(space, w_pattern, flags, w_code, groups, w_groupindex,
            w_indexgroup):
    """Compile a pattern (the `re` package calls this with the code
    made by re._compiler)."""
    from objspace.std.unicodeobject import W_UnicodeObject
    code = []
    for w_c in space.listview(w_code):
        try:
            c = space.int_w(w_c)
        except OperationError as e:
            if not e.match(space, space.w_OverflowError):
                raise
            c = -1
        if c < 0 or c > opcodes.MAXREPEAT:
            raise oefmt(space.w_OverflowError,
                        "regular expression code size limit exceeded")
        code.append(c)
    try:
        validate.validate(code, groups)
    except opcodes.BadCode:
        raise oefmt(space.w_RuntimeError, "invalid SRE code")
    if space.is_none(w_pattern):
        isbytes = -1
    elif isinstance(w_pattern, W_UnicodeObject):
        isbytes = 0
    else:
        isbytes = 1
    return W_Pattern(w_pattern, flags, code, groups, w_groupindex,
                     w_indexgroup, isbytes)


def getcodesize(space):
    return space.newint(opcodes.CODESIZE)


@unwrap_spec(character=int)
def ascii_iscased(space, character):
    return space.newbool(chars.ascii_iscased(character))


@unwrap_spec(character=int)
def unicode_iscased(space, character):
    return space.newbool(chars.uni_iscased(character))


@unwrap_spec(character=int)
def ascii_tolower(space, character):
    return space.newint(chars.ascii_tolower(character))


@unwrap_spec(character=int)
def unicode_tolower(space, character):
    return space.newint(chars.uni_tolower(character))


def codesize(space):
    return space.newint(opcodes.CODESIZE)


def magic(space):
    return space.newint(opcodes.MAGIC)


def maxrepeat(space):
    return space.newint(opcodes.MAXREPEAT)


def maxgroups(space):
    return space.newint(opcodes.MAXGROUPS)


def copyright(space):
    return space.newtext("pypy-c's SRE engine, for CPython 3.11's re")
