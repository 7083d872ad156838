"""`str`: W_UnicodeObject holds an RPython unicode string (code points).

Interp-level code passes text around as UTF-8 `str` (identifiers, error
messages); `space.newtext(s)` decodes it and `space.text_w(w_s)` encodes
back.  Lone surrogates survive the round trip (UTF-8 with surrogates
allowed).  Character properties come from rpython.rlib.unicodedata.
"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import compute_hash, specialize
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.runicode import (str_decode_utf_8, unicode_encode_utf_8)
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef
from objspace.std.typeobject import interp_classmethod
from objspace.std.intobject import W_IntObject
from objspace.std.proxyobject import real_instance


def hash_unicode(value):
    """hash() of a str (space.hash_w takes a shortcut to it)."""
    x = compute_hash(value)
    if x == -1:
        x = -2
    return x


def utf8_to_unicode(s):
    """Interp-level UTF-8 as text.  Never fails: a byte that is not valid
    UTF-8 becomes a lone surrogate (as surrogateescape does), so that
    unicode_to_utf8 gives the same bytes back."""
    u, _ = str_decode_utf_8(s, len(s), 'surrogateescape', final=True,
                            errorhandler=_surrogateescape_handler,
                            allow_surrogates=True)
    return u


def utf8_to_unicode_replace(s):
    """Bytes that should be UTF-8, as text: invalid sequences become
    U+FFFD."""
    u, _ = str_decode_utf_8(s, len(s), 'replace', final=True)
    return u


def _surrogateescape_handler(errors, encoding, msg, s, startpos, endpos):
    # each undecodable byte becomes the lone surrogate U+DC80 + byte
    return unichr(0xdc00 + ord(s[startpos])), startpos + 1


def fsdecode(s):
    """Bytes from the operating system (file names, argv) as text, with
    undecodable bytes escaped as CPython's surrogateescape does."""
    u, _ = str_decode_utf_8(s, len(s), 'surrogateescape', final=True,
                            errorhandler=_surrogateescape_handler)
    return u


def unicode_to_utf8(u):
    return unicode_encode_utf_8(u, len(u), 'strict', allow_surrogates=True)


class W_UnicodeObject(W_Root):
    _immutable_fields_ = ['_value']

    def __init__(self, value):
        assert isinstance(value, unicode)
        self._value = value

    def __repr__(self):
        return 'W_UnicodeObject(%r)' % (self._value,)

    def unicode_w(self, space):
        return self._value

    # --- operators ----------------------------------------------------

    def descr_add(self, space, w_other):
        w_str = real_instance(space, w_other, W_UnicodeObject)
        if w_str is None:
            raise oefmt(space.w_TypeError,
                        'can only concatenate str (not "%T") to str',
                        w_other)
        return W_UnicodeObject(self._value + w_str._value)

    def descr_mul(self, space, w_times):
        if not space.isinstance_w(w_times, space.w_int) and \
                space.lookup(w_times, '__index__') is None:
            return space.w_NotImplemented
        times = space.getindex_w(w_times, space.w_OverflowError)
        if times <= 0:
            return W_UnicodeObject(u'')
        if len(self._value) * times > (1 << 40):
            raise oefmt(space.w_MemoryError, "repeated string is too long")
        return W_UnicodeObject(self._value * times)

    def _compare(self, space, w_other):
        if not isinstance(w_other, W_UnicodeObject):
            return None
        return w_other._value

    def descr_eq(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self._value == other)

    def descr_ne(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self._value != other)

    def descr_lt(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self._value < other)

    def descr_le(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self._value <= other)

    def descr_gt(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self._value > other)

    def descr_ge(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self._value >= other)

    def descr_hash(self, space):
        return space.newint(hash_unicode(self._value))

    def descr_len(self, space):
        return space.newint(len(self._value))

    def descr_str(self, space):
        if space.type(self) is space.w_str:
            return self
        return W_UnicodeObject(self._value)

    def descr_repr(self, space):
        return space.newunicode(unicode_repr(self._value))

    def descr_format(self, space, w_spec):
        from objspace.std.formatting import format_str
        from objspace.std.intobject import format_spec_arg
        spec = format_spec_arg(space, w_spec)
        if not spec:
            return self.descr_str(space)
        return W_UnicodeObject(format_str(space, self, self._value, spec))

    def descr_format_template(self, space, __args__):
        """S.format(*args, **kwargs) -> str

        Return a formatted version of S, using substitutions from args and
        kwargs.  The substitutions are identified by braces ('{' and '}')."""
        from objspace.std.strformat import format_template
        w_kwargs = None
        if __args__.keywords:
            w_kwargs = space.newdict()
            for i in range(len(__args__.keywords)):
                space.setitem(w_kwargs, space.newtext(__args__.keywords[i]),
                              __args__.keywords_w[i])
        return W_UnicodeObject(format_template(
            space, self._value, __args__.arguments_w, w_kwargs))

    def descr_format_map(self, space, w_mapping):
        """S.format_map(mapping) -> str

        Return a formatted version of S, using substitutions from
        mapping.  The substitutions are identified by braces ('{' and
        '}')."""
        from objspace.std.strformat import format_map_template
        return W_UnicodeObject(format_map_template(space, self._value,
                                                   w_mapping))

    def descr_mod(self, space, w_args):
        from objspace.std.percentformat import format_str
        return W_UnicodeObject(format_str(space, self._value, w_args))

    def descr_rmod(self, space, w_template):
        from objspace.std.percentformat import format_str
        if not isinstance(w_template, W_UnicodeObject):
            return space.w_NotImplemented
        return W_UnicodeObject(format_str(space, w_template._value, self))

    def descr_contains(self, space, w_sub):
        w_str = real_instance(space, w_sub, W_UnicodeObject)
        if w_str is None:
            raise oefmt(space.w_TypeError,
                        "'in <string>' requires string as left operand, not "
                        "%T", w_sub)
        return space.newbool(self._value.find(w_str._value) >= 0)

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        value = self._value
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices4(space, len(value))
            if step == 1:
                assert start >= 0 and stop >= start
                return W_UnicodeObject(value[start:stop])
            builder = UnicodeBuilder(length)
            i = start
            for _ in range(length):
                builder.append(value[i])
                i += step
            return W_UnicodeObject(builder.build())
        if type(w_index) is W_IntObject:
            index = w_index.intval      # the common case, no protocol
        else:
            if not space.isinstance_w(w_index, space.w_int) and \
                    space.lookup(w_index, '__index__') is None:
                raise oefmt(space.w_TypeError,
                            "string indices must be integers, not '%T'",
                            w_index)
            index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += len(value)
        if index < 0 or index >= len(value):
            raise oefmt(space.w_IndexError, "string index out of range")
        return W_UnicodeObject(value[index])

    def descr_iter(self, space):
        from objspace.std.iterobject import W_SeqIterObject
        return W_SeqIterObject(self)

    # --- methods ------------------------------------------------------

    def descr_join(self, space, w_iterable):
        parts = _str_parts(w_iterable)
        if parts is not None:
            return W_UnicodeObject(self._value.join(parts))
        items_w = space.listview(w_iterable)
        builder = UnicodeBuilder()
        for i in range(len(items_w)):
            w_item = real_instance(space, items_w[i], W_UnicodeObject)
            if w_item is None:
                raise oefmt(space.w_TypeError,
                            "sequence item %d: expected str instance, %T "
                            "found", i, items_w[i])
            if i > 0:
                builder.append(self._value)
            builder.append(w_item._value)
        return W_UnicodeObject(builder.build())

    def _strip(self, space, w_chars, left, right):
        value = self._value
        if w_chars is None or space.is_none(w_chars):
            chars = None
        else:
            chars = self._arg(space, w_chars)
        start = 0
        end = len(value)
        if left:
            while start < end and _strip_char(value[start], chars):
                start += 1
        if right:
            while end > start and _strip_char(value[end - 1], chars):
                end -= 1
        assert end >= 0
        return W_UnicodeObject(value[start:end])

    def descr_strip(self, space, w_chars=None):
        return self._strip(space, w_chars, True, True)

    def descr_lstrip(self, space, w_chars=None):
        return self._strip(space, w_chars, True, False)

    def descr_rstrip(self, space, w_chars=None):
        return self._strip(space, w_chars, False, True)

    def descr_startswith(self, space, w_prefix, w_start=None, w_end=None):
        """S.startswith(prefix[, start[, end]]) -> bool

        Return True if S starts with the specified prefix, False
        otherwise.  prefix can also be a tuple of strings to try."""
        return self._tailmatch_w(space, w_prefix, w_start, w_end, False)

    def descr_endswith(self, space, w_suffix, w_start=None, w_end=None):
        """S.endswith(suffix[, start[, end]]) -> bool

        Return True if S ends with the specified suffix, False otherwise.
        suffix can also be a tuple of strings to try."""
        return self._tailmatch_w(space, w_suffix, w_start, w_end, True)

    def _tailmatch_w(self, space, w_affix, w_start, w_end, at_end):
        methodname = 'endswith' if at_end else 'startswith'
        start, end = slice_bounds(space, len(self._value), w_start, w_end)
        if space.isinstance_w(w_affix, space.w_tuple):
            for w_entry in space.fixedview(w_affix):
                w_item = real_instance(space, w_entry, W_UnicodeObject)
                if w_item is None:
                    raise oefmt(space.w_TypeError,
                                "tuple for %s must only contain str, not %T",
                                methodname, w_entry)
                if tailmatch(self._value, w_item._value, start, end,
                              at_end):
                    return space.w_True
            return space.w_False
        w_str = real_instance(space, w_affix, W_UnicodeObject)
        if w_str is None:
            raise oefmt(space.w_TypeError,
                        "%s first arg must be str or a tuple of str, not %T",
                        methodname, w_affix)
        return space.newbool(tailmatch(self._value, w_str._value, start,
                                        end, at_end))

    def _arg(self, space, w_arg):
        w_str = real_instance(space, w_arg, W_UnicodeObject)
        if w_str is None:
            raise oefmt(space.w_TypeError, "must be str, not %T", w_arg)
        return w_str._value

    def _search(self, space, w_sub, w_start, w_end, reverse):
        """The index of sub in S[start:end] (-1 if absent)."""
        w_str = real_instance(space, w_sub, W_UnicodeObject)
        if w_str is None:
            raise oefmt(space.w_TypeError, "must be str, not %T", w_sub)
        start, end = slice_bounds(space, len(self._value), w_start, w_end)
        return search(self._value, w_str._value, start, end, reverse)

    def descr_find(self, space, w_sub, w_start=None, w_end=None):
        """S.find(sub[, start[, end]]) -> int

        Return the lowest index in S where substring sub is found, or -1
        on failure."""
        return space.newint(self._search(space, w_sub, w_start, w_end,
                                         False))

    def descr_rfind(self, space, w_sub, w_start=None, w_end=None):
        """S.rfind(sub[, start[, end]]) -> int

        Return the highest index in S where substring sub is found, or -1
        on failure."""
        return space.newint(self._search(space, w_sub, w_start, w_end, True))

    def descr_index(self, space, w_sub, w_start=None, w_end=None):
        """S.index(sub[, start[, end]]) -> int

        Like S.find() but raise ValueError when the substring is not
        found."""
        index = self._search(space, w_sub, w_start, w_end, False)
        if index < 0:
            raise oefmt(space.w_ValueError, "substring not found")
        return space.newint(index)

    def descr_rindex(self, space, w_sub, w_start=None, w_end=None):
        """S.rindex(sub[, start[, end]]) -> int

        Like S.rfind() but raise ValueError when the substring is not
        found."""
        index = self._search(space, w_sub, w_start, w_end, True)
        if index < 0:
            raise oefmt(space.w_ValueError, "substring not found")
        return space.newint(index)

    def descr_count(self, space, w_sub, w_start=None, w_end=None):
        """S.count(sub[, start[, end]]) -> int

        Return the number of non-overlapping occurrences of substring sub
        in string S[start:end]."""
        sub = self._arg(space, w_sub)
        start, end = slice_bounds(space, len(self._value), w_start, w_end)
        return space.newint(count(self._value, sub, start, end))

    @unwrap_spec(count=int)
    def descr_replace(self, space, w_old, w_new, count=-1):
        """S.replace(old, new, count=-1) -> str

        Return a copy with occurrences of substring old replaced by new
        (the first count ones when count is not negative)."""
        old = self._arg(space, w_old)
        new = self._arg(space, w_new)
        return W_UnicodeObject(replace(self._value, old, new, count))

    @unwrap_spec(maxsplit=int)
    def descr_split(self, space, w_sep=None, maxsplit=-1):
        """S.split(sep=None, maxsplit=-1) -> list of strings

        Return a list of the words in S, using sep as the delimiter
        string; without sep, runs of white space separate the words."""
        if w_sep is None or space.is_none(w_sep):
            parts = split_whitespace(self._value, maxsplit)
        else:
            sep = self._arg(space, w_sep)
            if not sep:
                raise oefmt(space.w_ValueError, "empty separator")
            parts = split(self._value, sep, maxsplit)
        return space.newlist([W_UnicodeObject(p) for p in parts])

    @unwrap_spec(maxsplit=int)
    def descr_rsplit(self, space, w_sep=None, maxsplit=-1):
        """S.rsplit(sep=None, maxsplit=-1) -> list of strings

        Like S.split(), splitting from the right."""
        if w_sep is None or space.is_none(w_sep):
            parts = rsplit_whitespace(self._value, maxsplit)
        else:
            sep = self._arg(space, w_sep)
            if not sep:
                raise oefmt(space.w_ValueError, "empty separator")
            parts = rsplit(self._value, sep, maxsplit)
        return space.newlist([W_UnicodeObject(p) for p in parts])

    @unwrap_spec(keepends='truth')
    def descr_splitlines(self, space, keepends=False):
        """S.splitlines(keepends=False) -> list of strings

        Return a list of the lines in S, breaking at line boundaries."""
        value = self._value
        lines_w = []
        n = len(value)
        i = 0
        while i < n:
            start = i
            while i < n and not _is_linebreak(value[i]):
                i += 1
            eol = i
            if i < n:
                if value[i] == u'\r' and i + 1 < n and value[i + 1] == u'\n':
                    i += 2
                else:
                    i += 1
                if keepends:
                    eol = i
            lines_w.append(W_UnicodeObject(value[start:eol]))
        return space.newlist(lines_w)

    def descr_partition(self, space, w_sep):
        """S.partition(sep) -> (head, sep, tail)"""
        return self._partition(space, w_sep, False)

    def descr_rpartition(self, space, w_sep):
        """S.rpartition(sep) -> (head, sep, tail)"""
        return self._partition(space, w_sep, True)

    def _partition(self, space, w_sep, reverse):
        sep = self._arg(space, w_sep)
        if not sep:
            raise oefmt(space.w_ValueError, "empty separator")
        value = self._value
        if reverse:
            pos = value.rfind(sep)
        else:
            pos = value.find(sep)
        if pos < 0:
            if reverse:
                return space.newtuple([W_UnicodeObject(u''),
                                       W_UnicodeObject(u''), self])
            return space.newtuple([self, W_UnicodeObject(u''),
                                   W_UnicodeObject(u'')])
        after = pos + len(sep)
        return space.newtuple([W_UnicodeObject(value[:pos]), w_sep,
                               W_UnicodeObject(value[after:])])

    def descr_removeprefix(self, space, w_prefix):
        """S.removeprefix(prefix) -> str"""
        prefix = self._arg(space, w_prefix)
        if prefix and self._value.startswith(prefix):
            return W_UnicodeObject(self._value[len(prefix):])
        return self.descr_str(space)

    def descr_removesuffix(self, space, w_suffix):
        """S.removesuffix(suffix) -> str"""
        suffix = self._arg(space, w_suffix)
        if suffix and self._value.endswith(suffix):
            end = len(self._value) - len(suffix)
            assert end >= 0
            return W_UnicodeObject(self._value[:end])
        return self.descr_str(space)

    def _fillchar(self, space, w_fillchar):
        if w_fillchar is None:
            return u' '
        fill = self._arg(space, w_fillchar)
        if len(fill) != 1:
            raise oefmt(space.w_TypeError,
                        "The fill character must be exactly one character "
                        "long")
        return fill[0]

    def _padded(self, space, left, right, fill):
        if left <= 0 and right <= 0:
            return self.descr_str(space)
        builder = UnicodeBuilder(len(self._value) + left + right)
        builder.append_multiple_char(fill, max(left, 0))
        builder.append(self._value)
        builder.append_multiple_char(fill, max(right, 0))
        return W_UnicodeObject(builder.build())

    @unwrap_spec(width=int)
    def descr_ljust(self, space, width, w_fillchar=None):
        """S.ljust(width, fillchar=' ') -> str"""
        fill = self._fillchar(space, w_fillchar)
        return self._padded(space, 0, width - len(self._value), fill)

    @unwrap_spec(width=int)
    def descr_rjust(self, space, width, w_fillchar=None):
        """S.rjust(width, fillchar=' ') -> str"""
        fill = self._fillchar(space, w_fillchar)
        return self._padded(space, width - len(self._value), 0, fill)

    @unwrap_spec(width=int)
    def descr_center(self, space, width, w_fillchar=None):
        """S.center(width, fillchar=' ') -> str"""
        fill = self._fillchar(space, w_fillchar)
        padding = width - len(self._value)
        if padding <= 0:
            return self.descr_str(space)
        # CPython puts the odd character on the left when width is odd
        left = padding // 2 + (padding & width & 1)
        return self._padded(space, left, padding - left, fill)

    @unwrap_spec(width=int)
    def descr_zfill(self, space, width):
        """S.zfill(width) -> str

        Pad a numeric string with zeros on the left, after any sign."""
        value = self._value
        padding = width - len(value)
        if padding <= 0:
            return self.descr_str(space)
        builder = UnicodeBuilder(width)
        start = 0
        if value and (value[0] == u'+' or value[0] == u'-'):
            builder.append(value[0])
            start = 1
        builder.append_multiple_char(u'0', padding)
        builder.append_slice(value, start, len(value))
        return W_UnicodeObject(builder.build())

    @unwrap_spec(tabsize=int)
    def descr_expandtabs(self, space, tabsize=8):
        """S.expandtabs(tabsize=8) -> str

        Replace tabs by spaces up to the next multiple of tabsize."""
        builder = UnicodeBuilder(len(self._value))
        column = 0
        for c in self._value:
            if c == u'\t':
                if tabsize > 0:
                    spaces = tabsize - column % tabsize
                    builder.append_multiple_char(u' ', spaces)
                    column += spaces
            else:
                builder.append(c)
                column += 1
                if c == u'\n' or c == u'\r':
                    column = 0
        return W_UnicodeObject(builder.build())

    # --- case ---------------------------------------------------------

    def descr_upper(self, space):
        """S.upper() -> str"""
        builder = UnicodeBuilder(len(self._value))
        for c in self._value:
            code = ord(c)
            if code < 128:
                builder.append(_ASCII_UPPER[code])
            else:
                _append_codes(builder, unicodedb.toupper_full(code))
        return W_UnicodeObject(builder.build())

    def descr_lower(self, space):
        """S.lower() -> str"""
        value = self._value
        builder = UnicodeBuilder(len(value))
        for i in range(len(value)):
            _append_lower(builder, value, i)
        return W_UnicodeObject(builder.build())

    def descr_casefold(self, space):
        """S.casefold() -> str

        A version of S suitable for caseless comparisons."""
        builder = UnicodeBuilder(len(self._value))
        for c in self._value:
            if ord(c) < 128:
                builder.append(_ASCII_LOWER[ord(c)])
                continue
            folded = unicodedb.casefold_lookup(ord(c))
            if folded is None:
                folded = unicodedb.tolower_full(ord(c))
            _append_codes(builder, folded)
        return W_UnicodeObject(builder.build())

    def descr_swapcase(self, space):
        """S.swapcase() -> str"""
        value = self._value
        builder = UnicodeBuilder(len(value))
        for i in range(len(value)):
            code = ord(value[i])
            if code < 128:
                builder.append(_ASCII_SWAPCASE[code])
            elif unicodedb.isupper(code):
                _append_lower(builder, value, i)
            elif unicodedb.islower(code):
                _append_codes(builder, unicodedb.toupper_full(code))
            else:
                builder.append(value[i])
        return W_UnicodeObject(builder.build())

    def descr_capitalize(self, space):
        """S.capitalize() -> str

        The first character in title case, the rest in lower case."""
        value = self._value
        builder = UnicodeBuilder(len(value))
        for i in range(len(value)):
            if i == 0:
                _append_title(builder, ord(value[0]))
            else:
                _append_lower(builder, value, i)
        return W_UnicodeObject(builder.build())

    def descr_title(self, space):
        """S.title() -> str

        Words start with a title case character, the rest is lower
        case."""
        value = self._value
        builder = UnicodeBuilder(len(value))
        previous_cased = False
        for i in range(len(value)):
            code = ord(value[i])
            if previous_cased:
                _append_lower(builder, value, i)
            else:
                _append_title(builder, code)
            previous_cased = _iscased(code)
        return W_UnicodeObject(builder.build())

    def descr_islower(self, space):
        """S.islower() -> bool"""
        cased = False
        for c in self._value:
            code = ord(c)
            if _isupper_or_title(code):
                return space.w_False
            if not cased and _islower(code):
                cased = True
        return space.newbool(cased)

    def descr_isupper(self, space):
        """S.isupper() -> bool"""
        cased = False
        for c in self._value:
            code = ord(c)
            if _islower(code) or (code >= 128 and unicodedb.istitle(code)):
                return space.w_False
            if not cased and _isupper(code):
                cased = True
        return space.newbool(cased)

    def descr_istitle(self, space):
        """S.istitle() -> bool

        True if upper case characters only follow uncased ones and lower
        case characters only cased ones, and there is a cased one."""
        cased = False
        previous_cased = False
        for c in self._value:
            code = ord(c)
            if _isupper_or_title(code):
                if previous_cased:
                    return space.w_False
                previous_cased = cased = True
            elif _islower(code):
                if not previous_cased:
                    return space.w_False
                previous_cased = cased = True
            else:
                previous_cased = False
        return space.newbool(cased)

    def descr_isascii(self, space):
        """S.isascii() -> bool"""
        for c in self._value:
            if ord(c) >= 0x80:
                return space.w_False
        return space.w_True

    def descr_isprintable(self, space):
        """S.isprintable() -> bool"""
        for c in self._value:
            code = ord(c)
            if code < 128:
                if not _ASCII_FLAGS[code] & _PRINTABLE:
                    return space.w_False
            elif not unicodedb.isprintable(code):
                return space.w_False
        return space.w_True

    def descr_isidentifier(self, space):
        """S.isidentifier() -> bool"""
        value = self._value
        if not value:
            return space.w_False
        first = ord(value[0])
        if first != ord('_') and not _has_flag(first, _XIDSTART,
                                               unicodedb.isxidstart):
            return space.w_False
        for i in range(1, len(value)):
            if not _has_flag(ord(value[i]), _XIDCONTINUE,
                             unicodedb.isxidcontinue):
                return space.w_False
        return space.w_True

    # --- translation --------------------------------------------------

    def descr_translate(self, space, w_table):
        """S.translate(table) -> str

        Map each character through table[ord(c)]: a str, an ordinal or
        None (delete); characters that raise LookupError are kept."""
        builder = UnicodeBuilder(len(self._value))
        for c in self._value:
            try:
                w_new = space.getitem(w_table, space.newint(ord(c)))
            except OperationError as e:
                if not e.match(space, space.w_LookupError):
                    raise
                builder.append(c)
                continue
            if space.is_none(w_new):
                continue
            if isinstance(w_new, W_UnicodeObject):
                builder.append(w_new._value)
            elif space.isinstance_w(w_new, space.w_int):
                code = space.getindex_w(w_new, None)
                if not 0 <= code < 0x110000:
                    raise oefmt(space.w_ValueError,
                                "character mapping must be in "
                                "range(0x110000)")
                builder.append(unichr(code))
            else:
                raise oefmt(space.w_TypeError, "character mapping must "
                            "return integer, None or str")
        return W_UnicodeObject(builder.build())

    @unwrap_spec(encoding='text', errors='text')
    def descr_encode(self, space, encoding='utf-8', errors='strict'):
        """S.encode(encoding='utf-8', errors='strict') -> bytes"""
        from objspace.std.textcodecs import encode_text
        return space.newbytes(encode_text(space, self._value, encoding,
                                          errors))

    def descr_getnewargs(self, space):
        return space.newtuple([W_UnicodeObject(self._value)])



def descr_maketrans(space, w_type, w_x, w_y=None, w_z=None):
    """str.maketrans(x[, y[, z]]) -> dict

    A translation table for str.translate: from a dict of characters or
    ordinals, or from two strings of equal length (and a third of
    characters to delete)."""
    w_table = space.newdict()
    if w_y is None:
        if not space.isinstance_w(w_x, space.w_dict):
            raise oefmt(space.w_TypeError, "if you give only one argument "
                        "to maketrans it must be a dict")
        w_items = space.call_function(space.getattr_str(w_x, 'items'))
        for w_pair in space.listview(w_items):
            w_key, w_value = space.fixedview(w_pair)
            if isinstance(w_key, W_UnicodeObject):
                if len(w_key._value) != 1:
                    raise oefmt(space.w_ValueError, "string keys in "
                                "translate table must be of length 1")
                w_key = space.newint(ord(w_key._value[0]))
            elif not space.isinstance_w(w_key, space.w_int):
                raise oefmt(space.w_TypeError, "keys in translate table "
                            "must be strings or integers")
            space.setitem(w_table, w_key, w_value)
        return w_table
    if not isinstance(w_x, W_UnicodeObject) or \
            not isinstance(w_y, W_UnicodeObject):
        raise oefmt(space.w_TypeError,
                    "maketrans() argument must be str, not %T",
                    w_y if isinstance(w_x, W_UnicodeObject) else w_x)
    x = w_x._value
    y = w_y._value
    if len(x) != len(y):
        raise oefmt(space.w_ValueError, "the first two maketrans arguments "
                    "must have equal length")
    for i in range(len(x)):
        space.setitem(w_table, space.newint(ord(x[i])),
                      space.newint(ord(y[i])))
    if w_z is not None:
        if not isinstance(w_z, W_UnicodeObject):
            raise oefmt(space.w_TypeError,
                        "maketrans() argument 3 must be str, not %T", w_z)
        for c in w_z._value:
            space.setitem(w_table, space.newint(ord(c)), space.w_None)
    return w_table


def slice_bounds(space, length, w_start, w_end):
    """start and end as a slice would clamp them to [0, length] (None
    means the whole string); start may exceed end."""
    if w_start is None or space.is_none(w_start):
        start = 0
    else:
        start = space.getindex_w(w_start, None)
        if start < 0:
            start += length
            if start < 0:
                start = 0
    if w_end is None or space.is_none(w_end):
        end = length
    else:
        end = space.getindex_w(w_end, None)
        if end > length:
            end = length
        elif end < 0:
            end += length
            if end < 0:
                end = 0
    return start, end


@specialize.argtype(0)
def search(value, sub, start, end, reverse):
    """Index of sub within value[start:end], or -1 (start > length or
    start > end find nothing, not even the empty string)."""
    if start > len(value) or end - start < len(sub):
        return -1
    if reverse:
        return value.rfind(sub, start, end)
    return value.find(sub, start, end)


@specialize.argtype(0)
def count(value, sub, start, end):
    if start > len(value) or end - start < len(sub):
        return 0
    if not sub:
        return end - start + 1
    result = 0
    while True:
        pos = value.find(sub, start, end)
        if pos < 0:
            return result
        result += 1
        start = pos + len(sub)


@specialize.argtype(0)
def tailmatch(value, affix, start, end, at_end):
    if end - start < len(affix) or start > len(value):
        return False
    if at_end:
        pos = end - len(affix)
    else:
        pos = start
    for i in range(len(affix)):
        if value[pos + i] != affix[i]:
            return False
    return True


@specialize.argtype(0)
def split_whitespace(value, maxsplit):
    parts = []
    n = len(value)
    i = 0
    while True:
        while i < n and _isspace(value[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            # the rest, trailing white space included
            parts.append(value[i:])
            break
        j = i
        while j < n and not _isspace(value[j]):
            j += 1
        parts.append(value[i:j])
        i = j
    return parts


@specialize.argtype(0)
def rsplit_whitespace(value, maxsplit):
    parts = []
    i = len(value)
    while True:
        while i > 0 and _isspace(value[i - 1]):
            i -= 1
        if i <= 0:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            assert i >= 0
            parts.append(value[:i])
            break
        j = i
        while j > 0 and not _isspace(value[j - 1]):
            j -= 1
        assert j >= 0
        parts.append(value[j:i])
        i = j
    parts.reverse()
    return parts


@specialize.argtype(0)
def split(value, sep, maxsplit):
    parts = []
    start = 0
    while maxsplit < 0 or len(parts) < maxsplit:
        pos = value.find(sep, start)
        if pos < 0:
            break
        parts.append(value[start:pos])
        start = pos + len(sep)
    parts.append(value[start:])
    return parts


@specialize.argtype(0)
def rsplit(value, sep, maxsplit):
    parts = []
    end = len(value)
    while maxsplit < 0 or len(parts) < maxsplit:
        pos = value.rfind(sep, 0, end)
        if pos < 0:
            break
        after = pos + len(sep)
        parts.append(value[after:end])
        end = pos
    assert end >= 0
    parts.append(value[:end])
    parts.reverse()
    return parts


_LINEBREAKS = u'\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'


def _str_parts(w_iterable):
    """The values of an exact list or tuple of strs (str subclasses
    included: join() reads their value, not their methods), read
    without copying the list and without running app-level code; None
    for anything else (proxies among the items, other iterables)."""
    from objspace.std.listobject import W_ListObject
    from objspace.std.tupleobject import W_TupleObject
    if type(w_iterable) is W_ListObject:
        items_w = w_iterable.items_w
    elif type(w_iterable) is W_TupleObject:
        items_w = w_iterable.items_w
    else:
        return None
    parts = [u''] * len(items_w)
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_UnicodeObject):
            return None
        parts[i] = w_item._value
    return parts


def _is_linebreak(c):
    return c in _LINEBREAKS


# --- ASCII without the database ----------------------------------------
# The case mappings and character classes of the 128 ASCII code points,
# computed from unicodedb at import time (so they cannot disagree with
# it): the string methods look them up instead of asking the database,
# whose case mappings cost several dict lookups per character.

def _ascii_map(mapping):
    chars = []
    for code in range(128):
        codes = mapping(code)
        assert len(codes) == 1 and codes[0] < 128
        chars.append(unichr(codes[0]))
    return u''.join(chars)


def _swapcase_full(code):
    if unicodedb.isupper(code):
        return unicodedb.tolower_full(code)
    if unicodedb.islower(code):
        return unicodedb.toupper_full(code)
    return [code]


_ASCII_UPPER = _ascii_map(unicodedb.toupper_full)
_ASCII_LOWER = _ascii_map(unicodedb.tolower_full)
_ASCII_TITLE = _ascii_map(unicodedb.totitle_full)
_ASCII_SWAPCASE = _ascii_map(_swapcase_full)
for _code in range(128):
    # casefold() and lower() share the ASCII table
    assert unicodedb.casefold_lookup(_code) is None

_PREDICATES = [('isalnum', 1, unicodedb.isalnum),
               ('isalpha', 2, unicodedb.isalpha),
               ('isdecimal', 4, unicodedb.isdecimal),
               ('isdigit', 8, unicodedb.isdigit),
               ('isnumeric', 16, unicodedb.isnumeric),
               ('isspace', 32, unicodedb.isspace)]
_SPACE = 32
_UPPER, _LOWER, _TITLE, _CASED = 64, 128, 256, 512
_PRINTABLE, _XIDSTART, _XIDCONTINUE = 1024, 2048, 4096
_FLAG_TESTS = [(_flag, _test) for _, _flag, _test in _PREDICATES] + [
    (_UPPER, unicodedb.isupper), (_LOWER, unicodedb.islower),
    (_TITLE, unicodedb.istitle), (_CASED, unicodedb.iscased),
    (_PRINTABLE, unicodedb.isprintable), (_XIDSTART, unicodedb.isxidstart),
    (_XIDCONTINUE, unicodedb.isxidcontinue)]
_ASCII_FLAGS = [0] * 128
for _code in range(128):
    for _flag, _test in _FLAG_TESTS:
        if _test(_code):
            _ASCII_FLAGS[_code] |= _flag
    assert not _ASCII_FLAGS[_code] & _TITLE     # no title case in ASCII


@specialize.arg(1, 2)
def _has_flag(code, flag, char_test):
    """char_test(code), from the ASCII table when code is ASCII."""
    if code < 128:
        return _ASCII_FLAGS[code] & flag != 0
    return char_test(code)


def _isupper(code):
    return _has_flag(code, _UPPER, unicodedb.isupper)


def _islower(code):
    return _has_flag(code, _LOWER, unicodedb.islower)


def _iscased(code):
    return _has_flag(code, _CASED, unicodedb.iscased)


def _isupper_or_title(code):
    if code < 128:
        return _ASCII_FLAGS[code] & _UPPER != 0
    return unicodedb.isupper(code) or unicodedb.istitle(code)


def _append_title(builder, code):
    if code < 128:
        builder.append(_ASCII_TITLE[code])
    else:
        _append_codes(builder, unicodedb.totitle_full(code))


def _append_codes(builder, codes):
    for code in codes:
        builder.append(unichr(code))


def _append_lower(builder, value, i):
    """The lower case of value[i], with the Greek final sigma rule: a
    capital sigma that ends a word becomes the final form."""
    code = ord(value[i])
    if code < 128:
        builder.append(_ASCII_LOWER[code])
        return
    if code == 0x3a3:
        if _cased_before(value, i) and not _cased_after(value, i):
            builder.append(u'\u03c2')
        else:
            builder.append(u'\u03c3')
        return
    _append_codes(builder, unicodedb.tolower_full(code))


def _cased_before(value, i):
    j = i - 1
    while j >= 0:
        code = ord(value[j])
        if not unicodedb.iscaseignorable(code):
            return unicodedb.iscased(code)
        j -= 1
    return False


def _cased_after(value, i):
    j = i + 1
    while j < len(value):
        code = ord(value[j])
        if not unicodedb.iscaseignorable(code):
            return unicodedb.iscased(code)
        j += 1
    return False


def _strip_char(c, chars):
    if chars is None:
        return _isspace(c)
    return chars.find(c) >= 0


def _make_predicate(name, flag, char_test):
    """str.isxxx(): true when the string is not empty and every character
    passes char_test (a unicodedb function of the code point; flag is its
    answer for ASCII in _ASCII_FLAGS)."""
    def descr_predicate(self, space):
        value = self._value
        if not value:
            return space.w_False
        for c in value:
            if not _has_flag(ord(c), flag, char_test):
                return space.w_False
        return space.w_True
    descr_predicate.__name__ = 'descr_' + name
    return descr_predicate


# Generated: W_UnicodeObject.descr_isalnum, ... from the table.
for _name, _flag, _test in _PREDICATES:
    setattr(W_UnicodeObject, 'descr_' + _name,
            _make_predicate(_name, _flag, _test))


@specialize.argtype(0)
def _isspace(c):
    # shared by str and bytes: bytes know only ASCII white space
    if isinstance(c, str):
        return c in ' \t\n\r\x0b\x0c'
    return _has_flag(ord(c), _SPACE, unicodedb.isspace)


@specialize.argtype(0)
def replace(value, old, new, maxcount):
    """value with the first maxcount (all when negative) occurrences of
    old replaced by new; an empty old matches between characters.  For
    str and bytes alike."""
    pieces = []
    done = 0
    if not old:
        for i in range(len(value)):
            if maxcount < 0 or done < maxcount:
                pieces.append(new)
                done += 1
            pieces.append(value[i:i + 1])
        if maxcount < 0 or done < maxcount:
            pieces.append(new)
        return value[:0].join(pieces)
    start = 0
    while maxcount < 0 or done < maxcount:
        pos = value.find(old, start)
        if pos < 0:
            break
        pieces.append(value[start:pos])
        pieces.append(new)
        start = pos + len(old)
        done += 1
    pieces.append(value[start:])
    return value[:0].join(pieces)


_HEXDIGITS = u'0123456789abcdef'


def _hex_escape(builder, letter, code, ndigits):
    builder.append(u'\\')
    builder.append(letter)
    shift = 4 * (ndigits - 1)
    while shift >= 0:
        builder.append(_HEXDIGITS[(code >> shift) & 0xf])
        shift -= 4


def unicode_repr(value):
    """repr() of a str: the quote that needs no escaping, and escapes for
    what is not printable."""
    quote = u"'"
    if u"'" in value and u'"' not in value:
        quote = u'"'
    builder = UnicodeBuilder(len(value) + 2)
    builder.append(quote)
    for c in value:
        code = ord(c)
        if c == quote or c == u'\\':
            builder.append(u'\\')
            builder.append(c)
        elif c == u'\t':
            builder.append(u'\\t')
        elif c == u'\n':
            builder.append(u'\\n')
        elif c == u'\r':
            builder.append(u'\\r')
        elif code < 0x20 or code == 0x7f:
            _hex_escape(builder, u'x', code, 2)
        elif code < 0x7f:
            builder.append(c)
        elif 0xd800 <= code <= 0xdfff or not unicodedb.isprintable(code):
            if code <= 0xff:
                _hex_escape(builder, u'x', code, 2)
            elif code <= 0xffff:
                _hex_escape(builder, u'u', code, 4)
            else:
                _hex_escape(builder, u'U', code, 8)
        else:
            builder.append(c)
    builder.append(quote)
    return builder.build()


def descr_new_str(space, w_type, w_object=None, w_encoding=None,
                  w_errors=None):
    """str(object='') / str(bytes, encoding='utf-8', errors='strict')"""
    if w_object is None:
        w_value = W_UnicodeObject(u'')
    elif w_encoding is None and w_errors is None:
        w_value = space.str(w_object)
    else:
        w_value = _decoded(space, w_object, w_encoding, w_errors)
    if w_type is space.w_str:
        return w_value
    # a subclass of str
    w_obj = space.allocate_instance(W_UnicodeObject, w_type)
    W_UnicodeObject.__init__(w_obj, space.unicode_w(w_value))
    return w_obj


# The methods exposed under their own name (descr_<name>).
_METHOD_NAMES = [
    'join', 'format_map', 'startswith', 'endswith', 'find', 'rfind',
    'index', 'rindex', 'count', 'replace', 'split', 'rsplit', 'splitlines',
    'partition', 'rpartition', 'removeprefix', 'removesuffix', 'strip',
    'lstrip', 'rstrip', 'ljust', 'rjust', 'center', 'zfill', 'expandtabs',
    'upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title',
    'islower', 'isupper', 'istitle', 'isascii', 'isprintable',
    'isidentifier', 'translate', 'encode',
] + [_entry[0] for _entry in _PREDICATES]


def _plain_methods():
    return dict([(name, interp2app(getattr(W_UnicodeObject, 'descr_' + name)))
                 for name in _METHOD_NAMES])


def _decoded(space, w_object, w_encoding, w_errors):
    from objspace.std.bytesobject import bytes_like_w
    from objspace.std.textcodecs import decode_bytes
    encoding = 'utf-8'
    if w_encoding is not None:
        if not isinstance(w_encoding, W_UnicodeObject):
            raise oefmt(space.w_TypeError, "str() argument 'encoding' must "
                        "be str, not %T", w_encoding)
        encoding = space.text_w(w_encoding)
    errors = 'strict'
    if w_errors is not None:
        if not isinstance(w_errors, W_UnicodeObject):
            raise oefmt(space.w_TypeError, "str() argument 'errors' must "
                        "be str, not %T", w_errors)
        errors = space.text_w(w_errors)
    if isinstance(w_object, W_UnicodeObject):
        raise oefmt(space.w_TypeError, "decoding str is not supported")
    if not space.isinstance_w(w_object, space.w_bytes) and \
            space.lookup(w_object, '__bytes__') is not None:
        data = None
    else:
        data = bytes_like_w(space, w_object)
    if data is None:
        raise oefmt(space.w_TypeError, "decoding to str: need a bytes-like "
                    "object, %T found", w_object)
    return W_UnicodeObject(decode_bytes(space, data, encoding, errors))


W_UnicodeObject.typedef = TypeDef(
    'str',
    doc="str(object='') -> str",
    __new__=interp2app(descr_new_str, app_name='__new__'),
    __add__=interp2app(W_UnicodeObject.descr_add),
    __mul__=interp2app(W_UnicodeObject.descr_mul),
    __rmul__=interp2app(W_UnicodeObject.descr_mul, app_name='__rmul__'),
    __mod__=interp2app(W_UnicodeObject.descr_mod),
    __rmod__=interp2app(W_UnicodeObject.descr_rmod),
    __eq__=interp2app(W_UnicodeObject.descr_eq),
    __ne__=interp2app(W_UnicodeObject.descr_ne),
    __lt__=interp2app(W_UnicodeObject.descr_lt),
    __le__=interp2app(W_UnicodeObject.descr_le),
    __gt__=interp2app(W_UnicodeObject.descr_gt),
    __ge__=interp2app(W_UnicodeObject.descr_ge),
    __hash__=interp2app(W_UnicodeObject.descr_hash),
    __len__=interp2app(W_UnicodeObject.descr_len),
    __str__=interp2app(W_UnicodeObject.descr_str),
    __repr__=interp2app(W_UnicodeObject.descr_repr),
    __format__=interp2app(W_UnicodeObject.descr_format),
    __contains__=interp2app(W_UnicodeObject.descr_contains),
    __getitem__=interp2app(W_UnicodeObject.descr_getitem),
    __iter__=interp2app(W_UnicodeObject.descr_iter),
    format=interp2app(W_UnicodeObject.descr_format_template,
                      app_name='format'),
    __getnewargs__=interp2app(W_UnicodeObject.descr_getnewargs),
    maketrans=interp_classmethod(interp2app(descr_maketrans,
                                            app_name='maketrans')),
    **_plain_methods()
)
