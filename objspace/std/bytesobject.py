"""`bytes`: W_BytesObject holds an RPython str (immutable bytes).

The methods that bytes and bytearray share live in `BytesMethods`, a
mixin copied into both classes: each reads its receiver's bytes with
`self.as_str()` and makes results of its own type with `self._new(s)`.
The searching and splitting helpers are the ones of str
(unicodeobject.py), specialized for RPython str.
"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef
from objspace.std.typeobject import interp_classmethod
from objspace.std.unicodeobject import (slice_bounds, search, count,
                                        tailmatch, split_whitespace,
                                        rsplit_whitespace, split, rsplit,
                                        replace)

_ASCII_WHITESPACE = ' \t\n\r\x0b\x0c'


class BytesMethods(object):
    """The methods of bytes and bytearray that do not mutate."""
    _mixin_ = True

    def as_str(self):
        raise NotImplementedError

    def _new(self, s):
        raise NotImplementedError

    def _typename(self):
        raise NotImplementedError

    def descr_len(self, space):
        return space.newint(len(self.as_str()))

    def descr_iter(self, space):
        from objspace.std.iterobject import W_SeqIterObject
        return W_SeqIterObject(self)

    def descr_repr(self, space):
        return space.newtext(bytes_repr(self.as_str()))

    def _compare(self, space, w_other):
        """The other operand's bytes for a comparison, or None."""
        if isinstance(w_other, W_BytesObject):
            return w_other._value
        from objspace.std.bytearrayobject import W_BytearrayObject
        if isinstance(w_other, W_BytearrayObject):
            return w_other.as_str()
        return None

    def descr_eq(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self.as_str() == other)

    def descr_ne(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self.as_str() != other)

    def descr_lt(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self.as_str() < other)

    def descr_le(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self.as_str() <= other)

    def descr_gt(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self.as_str() > other)

    def descr_ge(self, space, w_other):
        other = self._compare(space, w_other)
        if other is None:
            return space.w_NotImplemented
        return space.newbool(self.as_str() >= other)

    def descr_add(self, space, w_other):
        data = bytes_like_w(space, w_other, allow_dunder=False)
        if data is None:
            raise oefmt(space.w_TypeError, "can't concat %T to %s",
                        w_other, self._typename())
        return self._new(self.as_str() + data)

    def descr_mul(self, space, w_times):
        from objspace.std.sequtil import repeat_count
        times = repeat_count(space, w_times)
        if times < 0:
            return space.w_NotImplemented
        value = self.as_str()
        if times and len(value) > (1 << 40) // times:
            raise oefmt(space.w_MemoryError, "repeated bytes are too long")
        return self._new(value * times)

    def descr_mod(self, space, w_args):
        from objspace.std.percentformat import format_bytes
        return self._new(format_bytes(space, self.as_str(), w_args))

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        value = self.as_str()
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices4(space, len(value))
            if step == 1:
                assert start >= 0 and stop >= start
                return self._new(value[start:stop])
            builder = StringBuilder(length)
            i = start
            for _ in range(length):
                builder.append(value[i])
                i += step
            return self._new(builder.build())
        if not space.isinstance_w(w_index, space.w_int) and \
                space.lookup(w_index, '__index__') is None:
            raise oefmt(space.w_TypeError, "byte indices must be integers "
                        "or slices, not %T", w_index)
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += len(value)
        if index < 0 or index >= len(value):
            raise oefmt(space.w_IndexError, "index out of range")
        return space.newint(ord(value[index]))

    def _sub(self, space, w_sub):
        """The needle of find/count/...: bytes-like or an int byte."""
        if space.isinstance_w(w_sub, space.w_int):
            return chr(_byte_value(space, w_sub))
        data = bytes_like_w(space, w_sub, allow_dunder=False)
        if data is None:
            raise oefmt(space.w_TypeError, "argument should be integer or "
                        "bytes-like object, not '%T'", w_sub)
        return data

    def _bytes_arg(self, space, w_arg):
        data = bytes_like_w(space, w_arg, allow_dunder=False)
        if data is None:
            raise oefmt(space.w_TypeError,
                        "a bytes-like object is required, not '%T'", w_arg)
        return data

    def descr_contains(self, space, w_sub):
        if space.isinstance_w(w_sub, space.w_int):
            sub = chr(_byte_value(space, w_sub))
        else:
            sub = self._bytes_arg(space, w_sub)
        return space.newbool(self.as_str().find(sub) >= 0)

    def _search(self, space, w_sub, w_start, w_end, reverse):
        sub = self._sub(space, w_sub)
        value = self.as_str()
        start, end = slice_bounds(space, len(value), w_start, w_end)
        return search(value, sub, start, end, reverse)

    def descr_find(self, space, w_sub, w_start=None, w_end=None):
        """B.find(sub[, start[, end]]) -> int"""
        return space.newint(self._search(space, w_sub, w_start, w_end,
                                         False))

    def descr_rfind(self, space, w_sub, w_start=None, w_end=None):
        """B.rfind(sub[, start[, end]]) -> int"""
        return space.newint(self._search(space, w_sub, w_start, w_end, True))

    def descr_index(self, space, w_sub, w_start=None, w_end=None):
        """B.index(sub[, start[, end]]) -> int"""
        index = self._search(space, w_sub, w_start, w_end, False)
        if index < 0:
            raise oefmt(space.w_ValueError, "subsection not found")
        return space.newint(index)

    def descr_rindex(self, space, w_sub, w_start=None, w_end=None):
        """B.rindex(sub[, start[, end]]) -> int"""
        index = self._search(space, w_sub, w_start, w_end, True)
        if index < 0:
            raise oefmt(space.w_ValueError, "subsection not found")
        return space.newint(index)

    def descr_count(self, space, w_sub, w_start=None, w_end=None):
        """B.count(sub[, start[, end]]) -> int"""
        sub = self._sub(space, w_sub)
        value = self.as_str()
        start, end = slice_bounds(space, len(value), w_start, w_end)
        return space.newint(count(value, sub, start, end))

    def descr_startswith(self, space, w_prefix, w_start=None, w_end=None):
        """B.startswith(prefix[, start[, end]]) -> bool"""
        return self._tailmatch_w(space, w_prefix, w_start, w_end, False)

    def descr_endswith(self, space, w_suffix, w_start=None, w_end=None):
        """B.endswith(suffix[, start[, end]]) -> bool"""
        return self._tailmatch_w(space, w_suffix, w_start, w_end, True)

    def _tailmatch_w(self, space, w_affix, w_start, w_end, at_end):
        methodname = 'endswith' if at_end else 'startswith'
        value = self.as_str()
        start, end = slice_bounds(space, len(value), w_start, w_end)
        if space.isinstance_w(w_affix, space.w_tuple):
            for w_item in space.fixedview(w_affix):
                data = bytes_like_w(space, w_item, allow_dunder=False)
                if data is None:
                    raise oefmt(space.w_TypeError, "a bytes-like object is "
                                "required, not '%T'", w_item)
                if tailmatch(value, data, start, end, at_end):
                    return space.w_True
            return space.w_False
        data = bytes_like_w(space, w_affix, allow_dunder=False)
        if data is None:
            raise oefmt(space.w_TypeError, "%s first arg must be bytes or a "
                        "tuple of bytes, not %T", methodname, w_affix)
        return space.newbool(tailmatch(value, data, start, end, at_end))

    @unwrap_spec(maxsplit=int)
    def descr_split(self, space, w_sep=None, maxsplit=-1):
        """B.split(sep=None, maxsplit=-1) -> list of bytes"""
        if w_sep is None or space.is_none(w_sep):
            parts = split_whitespace(self.as_str(), maxsplit)
        else:
            sep = self._bytes_arg(space, w_sep)
            if not sep:
                raise oefmt(space.w_ValueError, "empty separator")
            parts = split(self.as_str(), sep, maxsplit)
        return space.newlist([self._new(p) for p in parts])

    @unwrap_spec(maxsplit=int)
    def descr_rsplit(self, space, w_sep=None, maxsplit=-1):
        """B.rsplit(sep=None, maxsplit=-1) -> list of bytes"""
        if w_sep is None or space.is_none(w_sep):
            parts = rsplit_whitespace(self.as_str(), maxsplit)
        else:
            sep = self._bytes_arg(space, w_sep)
            if not sep:
                raise oefmt(space.w_ValueError, "empty separator")
            parts = rsplit(self.as_str(), sep, maxsplit)
        return space.newlist([self._new(p) for p in parts])

    def _strip(self, space, w_chars, left, right):
        value = self.as_str()
        if w_chars is None or space.is_none(w_chars):
            chars = _ASCII_WHITESPACE
        else:
            chars = self._bytes_arg(space, w_chars)
        start = 0
        end = len(value)
        if left:
            while start < end and chars.find(value[start]) >= 0:
                start += 1
        if right:
            while end > start and chars.find(value[end - 1]) >= 0:
                end -= 1
        assert end >= 0
        return self._new(value[start:end])

    def descr_strip(self, space, w_chars=None):
        """B.strip([bytes]) -> bytes"""
        return self._strip(space, w_chars, True, True)

    def descr_lstrip(self, space, w_chars=None):
        """B.lstrip([bytes]) -> bytes"""
        return self._strip(space, w_chars, True, False)

    def descr_rstrip(self, space, w_chars=None):
        """B.rstrip([bytes]) -> bytes"""
        return self._strip(space, w_chars, False, True)

    @unwrap_spec(count=int)
    def descr_replace(self, space, w_old, w_new, count=-1):
        """B.replace(old, new, count=-1) -> bytes"""
        old = self._bytes_arg(space, w_old)
        new = self._bytes_arg(space, w_new)
        return self._new(replace(self.as_str(), old, new, count))

    def descr_upper(self, space):
        """B.upper() -> copy with ASCII letters in upper case"""
        return self._new(self.as_str().upper())

    def descr_lower(self, space):
        """B.lower() -> copy with ASCII letters in lower case"""
        return self._new(self.as_str().lower())

    def descr_join(self, space, w_iterable):
        """B.join(iterable_of_bytes) -> bytes"""
        items_w = space.listview(w_iterable)
        parts = []
        for i in range(len(items_w)):
            data = bytes_like_w(space, items_w[i], allow_dunder=False)
            if data is None:
                raise oefmt(space.w_TypeError, "sequence item %d: expected a "
                            "bytes-like object, %T found", i, items_w[i])
            parts.append(data)
        return self._new(self.as_str().join(parts))

    def descr_hex(self, space, w_sep=None, w_bytes_per_sep=None):
        """B.hex([sep[, bytes_per_sep]]) -> str of hexadecimal digits"""
        value = self.as_str()
        sep = ''
        if w_sep is not None:
            if space.isinstance_w(w_sep, space.w_str):
                sep = space.text_w(w_sep)
            else:
                sep = self._bytes_arg(space, w_sep)
            if len(sep) != 1:
                raise oefmt(space.w_ValueError,
                            "sep must be length 1.")
        per_sep = 1
        if w_bytes_per_sep is not None:
            per_sep = space.int_w(w_bytes_per_sep)
        builder = StringBuilder(len(value) * 3)
        n = len(value)
        group = per_sep if per_sep > 0 else -per_sep
        for i in range(n):
            if sep and group and i > 0:
                # positive: groups counted from the right
                k = (n - i) if per_sep > 0 else i
                if k % group == 0:
                    builder.append(sep)
            builder.append(_hex2(ord(value[i])))
        return space.newtext(builder.build())

    def descr_rmod(self, space, w_format):
        from objspace.std.percentformat import format_bytes
        fmt = bytes_like_w(space, w_format, allow_dunder=False)
        if fmt is None:
            return space.w_NotImplemented
        return self._new(format_bytes(space, fmt, self))

    # --- padding -----------------------------------------------------

    def _fillchar(self, space, w_fillchar, methodname):
        if w_fillchar is None:
            return ' '
        data = bytes_like_w(space, w_fillchar, allow_dunder=False)
        if data is None or len(data) != 1:
            raise oefmt(space.w_TypeError, "%s() argument 2 must be a byte "
                        "string of length 1, not %T", methodname, w_fillchar)
        return data

    def _pad(self, left, right, fill):
        builder = StringBuilder(left + len(self.as_str()) + right)
        builder.append_multiple_char(fill[0], left)
        builder.append(self.as_str())
        builder.append_multiple_char(fill[0], right)
        return self._new(builder.build())

    @unwrap_spec(width=int)
    def descr_center(self, space, width, w_fillchar=None):
        """Return a centered string of length width."""
        fill = self._fillchar(space, w_fillchar, 'center')
        margin = width - len(self.as_str())
        if margin <= 0:
            return self._new(self.as_str())
        # the odd extra byte goes left when the width is odd (CPython)
        left = margin // 2 + (margin & width & 1)
        return self._pad(left, margin - left, fill)

    @unwrap_spec(width=int)
    def descr_ljust(self, space, width, w_fillchar=None):
        """Return a left-justified string of length width."""
        fill = self._fillchar(space, w_fillchar, 'ljust')
        return self._pad(0, max(width - len(self.as_str()), 0), fill)

    @unwrap_spec(width=int)
    def descr_rjust(self, space, width, w_fillchar=None):
        """Return a right-justified string of length width."""
        fill = self._fillchar(space, w_fillchar, 'rjust')
        return self._pad(max(width - len(self.as_str()), 0), 0, fill)

    @unwrap_spec(width=int)
    def descr_zfill(self, space, width):
        """Pad a numeric string with zeros on the left, to fill a field of
        the given width."""
        value = self.as_str()
        fill = width - len(value)
        if fill <= 0:
            return self._new(value)
        builder = StringBuilder(width)
        start = 0
        if value and (value[0] == '+' or value[0] == '-'):
            builder.append(value[0])
            start = 1
        builder.append_multiple_char('0', fill)
        builder.append_slice(value, start, len(value))
        return self._new(builder.build())

    @unwrap_spec(tabsize=int)
    def descr_expandtabs(self, space, tabsize=8):
        """Return a copy where all tab characters are expanded using
        spaces."""
        value = self.as_str()
        builder = StringBuilder(len(value))
        column = 0
        for c in value:
            if c == '\t':
                if tabsize > 0:
                    spaces = tabsize - column % tabsize
                    builder.append_multiple_char(' ', spaces)
                    column += spaces
            else:
                builder.append(c)
                column += 1
                if c == '\n' or c == '\r':
                    column = 0
        return self._new(builder.build())

    # --- partitioning ------------------------------------------------

    def descr_partition(self, space, w_sep):
        """Partition the bytes into three parts using the given
        separator."""
        return self._partition(space, w_sep, False)

    def descr_rpartition(self, space, w_sep):
        """Partition the bytes into three parts using the given separator,
        searching from the end."""
        return self._partition(space, w_sep, True)

    def _partition(self, space, w_sep, reverse):
        sep = self._bytes_arg(space, w_sep)
        if not sep:
            raise oefmt(space.w_ValueError, "empty separator")
        value = self.as_str()
        if reverse:
            index = value.rfind(sep)
        else:
            index = value.find(sep)
        if index < 0:
            if reverse:
                parts = ['', '', value]
            else:
                parts = [value, '', '']
        else:
            assert index >= 0
            end = index + len(sep)
            parts = [value[:index], sep, value[end:]]
        return space.newtuple([self._new(part) for part in parts])

    def descr_splitlines(self, space, w_keepends=None):
        """Return a list of the lines in the bytes, breaking at line
        boundaries (\\n, \\r and \\r\\n)."""
        keepends = w_keepends is not None and space.is_true(w_keepends)
        value = self.as_str()
        lines_w = []
        start = 0
        i = 0
        n = len(value)
        while i < n:
            c = value[i]
            if c == '\n' or c == '\r':
                end = i
                i += 1
                if c == '\r' and i < n and value[i] == '\n':
                    i += 1
                stop = i if keepends else end
                lines_w.append(self._new(value[start:stop]))
                start = i
            else:
                i += 1
        if start < n:
            lines_w.append(self._new(value[start:n]))
        return space.newlist(lines_w)

    def descr_removeprefix(self, space, w_prefix):
        """Return a bytes object with the given prefix string removed if
        present."""
        prefix = self._bytes_arg(space, w_prefix)
        value = self.as_str()
        if value.startswith(prefix):
            return self._new(value[len(prefix):])
        return self._new(value)

    def descr_removesuffix(self, space, w_suffix):
        """Return a bytes object with the given suffix string removed if
        present."""
        suffix = self._bytes_arg(space, w_suffix)
        value = self.as_str()
        if suffix and value.endswith(suffix):
            end = len(value) - len(suffix)
            assert end >= 0
            return self._new(value[:end])
        return self._new(value)

    # --- translation -------------------------------------------------

    def descr_translate(self, space, w_table, w_delete=None):
        """Return a copy with each character mapped by the given
        translation table."""
        table = None
        if not space.is_none(w_table):
            table = self._bytes_arg(space, w_table)
            if len(table) != 256:
                raise oefmt(space.w_ValueError,
                            "translation table must be 256 characters long")
        delete = ''
        if w_delete is not None:
            delete = self._bytes_arg(space, w_delete)
        value = self.as_str()
        builder = StringBuilder(len(value))
        for c in value:
            if delete and delete.find(c) >= 0:
                continue
            if table is not None:
                c = table[ord(c)]
            builder.append(c)
        return self._new(builder.build())

    # --- ASCII case and classes --------------------------------------

    def descr_swapcase(self, space):
        """B.swapcase() -> copy with ASCII case swapped"""
        value = self.as_str()
        builder = StringBuilder(len(value))
        for c in value:
            if c.isupper():
                builder.append(c.lower())
            else:
                builder.append(c.upper())
        return self._new(builder.build())

    def descr_capitalize(self, space):
        """B.capitalize() -> copy with the first byte upper case and the
        rest lower case"""
        value = self.as_str()
        if not value:
            return self._new('')
        return self._new(value[0].upper() + value[1:].lower())

    def descr_title(self, space):
        """B.title() -> copy where words start with an upper case
        letter"""
        value = self.as_str()
        builder = StringBuilder(len(value))
        previous_cased = False
        for c in value:
            if previous_cased:
                builder.append(c.lower())
            else:
                builder.append(c.upper())
            previous_cased = c.isalpha()
        return self._new(builder.build())

    def descr_istitle(self, space):
        """B.istitle() -> whether B is titlecased and not empty"""
        previous_cased = False
        cased = False
        for c in self.as_str():
            if c.isupper():
                if previous_cased:
                    return space.w_False
                previous_cased = cased = True
            elif c.islower():
                if not previous_cased:
                    return space.w_False
                previous_cased = cased = True
            else:
                previous_cased = False
        return space.newbool(cased)

    def descr_islower(self, space):
        """B.islower() -> whether B has cased bytes, all lower case"""
        value = self.as_str()
        return space.newbool(value.lower() == value and
                             value.upper() != value)

    def descr_isupper(self, space):
        """B.isupper() -> whether B has cased bytes, all upper case"""
        value = self.as_str()
        return space.newbool(value.upper() == value and
                             value.lower() != value)

    def _all(self, space, kind):
        value = self.as_str()
        if not value:
            return space.newbool(kind == 'ascii')
        for c in value:
            if kind == 'alnum':
                ok = c.isalnum()
            elif kind == 'alpha':
                ok = c.isalpha()
            elif kind == 'digit':
                ok = c.isdigit()
            elif kind == 'space':
                ok = c in _ASCII_WHITESPACE
            else:
                ok = ord(c) < 128
            if not ok:
                return space.w_False
        return space.w_True

    def descr_isalnum(self, space):
        """B.isalnum() -> whether all bytes are ASCII letters or digits"""
        return self._all(space, 'alnum')

    def descr_isalpha(self, space):
        """B.isalpha() -> whether all bytes are ASCII letters"""
        return self._all(space, 'alpha')

    def descr_isdigit(self, space):
        """B.isdigit() -> whether all bytes are ASCII digits"""
        return self._all(space, 'digit')

    def descr_isspace(self, space):
        """B.isspace() -> whether all bytes are ASCII white space"""
        return self._all(space, 'space')

    def descr_isascii(self, space):
        """B.isascii() -> whether all bytes are ASCII"""
        return self._all(space, 'ascii')

    @unwrap_spec(encoding='text', errors='text')
    def descr_decode(self, space, encoding='utf-8', errors='strict'):
        """B.decode(encoding='utf-8', errors='strict') -> str"""
        from objspace.std.textcodecs import decode_bytes
        return space.newunicode(decode_bytes(space, self.as_str(), encoding,
                                             errors))


def _byte_value(space, w_int):
    value = space.getindex_w(w_int, None)
    if not 0 <= value < 256:
        raise oefmt(space.w_ValueError, "byte must be in range(0, 256)")
    return value


class W_BytesObject(BytesMethods, W_Root):
    _immutable_fields_ = ['_value']

    def __init__(self, value):
        assert isinstance(value, str)
        self._value = value

    def __repr__(self):
        return 'W_BytesObject(%r)' % (self._value,)

    def bytes_w(self, space):
        return self._value

    def as_str(self):
        return self._value

    def _new(self, s):
        return W_BytesObject(s)

    def _typename(self):
        return 'bytes'

    def descr_hash(self, space):
        x = compute_hash(self._value)
        if x == -1:
            x = -2
        return space.newint(x)

    def descr_bytes(self, space):
        if space.type(self) is space.w_bytes:
            return self
        return W_BytesObject(self._value)

    def descr_getnewargs(self, space):
        return space.newtuple([W_BytesObject(self._value)])

    def descr_sizeof(self, space):
        """Return the size of the bytes in memory, in bytes."""
        # CPython's figure: its header, the bytes and a trailing NUL
        return space.newint(33 + len(self._value))


def fromhex(space, text):
    """The bytes spelled by hexadecimal digit pairs (white space
    between pairs is skipped)."""
    builder = StringBuilder(len(text) // 2)
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _ASCII_WHITESPACE:
            i += 1
            continue
        high = _hexdigit(c)
        low = _hexdigit(text[i + 1]) if i + 1 < n else -1
        if high < 0 or low < 0:
            bad = i if high < 0 else i + 1
            raise oefmt(space.w_ValueError, "non-hexadecimal number found in "
                        "fromhex() arg at position %d", bad)
        builder.append(chr(high * 16 + low))
        i += 2
    return builder.build()


def _hexdigit(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def descr_fromhex(space, w_type, w_string):
    """bytes.fromhex(string) -> bytes"""
    if not space.isinstance_w(w_string, space.w_str):
        raise oefmt(space.w_TypeError,
                    "fromhex() argument must be str, not %T", w_string)
    data = fromhex(space, space.text_w(w_string))
    if w_type is space.w_bytes:
        return W_BytesObject(data)
    return space.call_function(w_type, W_BytesObject(data))


def descr_maketrans(space, w_type, w_frm, w_to):
    """Return a translation table usable for the bytes or bytearray
    translate method."""
    frm = _plain_bytes_arg(space, w_frm)
    to = _plain_bytes_arg(space, w_to)
    if len(frm) != len(to):
        raise oefmt(space.w_ValueError,
                    "maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(frm)):
        table[ord(frm[i])] = to[i]
    return W_BytesObject(''.join(table))


def _plain_bytes_arg(space, w_arg):
    data = bytes_like_w(space, w_arg, allow_dunder=False)
    if data is None:
        raise oefmt(space.w_TypeError,
                    "a bytes-like object is required, not '%T'", w_arg)
    return data


def bytes_like_w(space, w_obj, allow_dunder=True):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview,
    array.array) or, when allow_dunder, of an object with __bytes__; None
    for anything else."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj._value
    from objspace.std.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    if w_obj._tproxy_ and (space.isinstance_w(w_obj, space.w_bytes) or
                           space.isinstance_w(w_obj, space.w_bytearray)):
        from objspace.std.proxyobject import proxied_bytes
        return proxied_bytes(space, w_obj)
    from objspace.std.memoryviewobject import buffer_bytes_w
    data = buffer_bytes_w(space, w_obj)     # memoryview, array.array
    if data is not None:
        return data
    if not allow_dunder:
        return None
    w_method = space.lookup(w_obj, '__bytes__')
    if w_method is None:
        return None
    w_result = space.get_and_call_function(w_method, w_obj)
    if not isinstance(w_result, W_BytesObject):
        raise oefmt(space.w_TypeError,
                    "__bytes__ returned non-bytes (type %T)", w_result)
    return w_result._value


def _hex2(n):
    digits = '0123456789abcdef'
    return digits[(n >> 4) & 0xf] + digits[n & 0xf]


def bytes_repr(value):
    quote = "'"
    if "'" in value and '"' not in value:
        quote = '"'
    builder = StringBuilder(len(value) + 3)
    builder.append('b')
    builder.append(quote)
    for c in value:
        if c == quote or c == '\\':
            builder.append('\\')
            builder.append(c)
        elif c == '\t':
            builder.append('\\t')
        elif c == '\n':
            builder.append('\\n')
        elif c == '\r':
            builder.append('\\r')
        elif ord(c) < 0x20 or ord(c) >= 0x7f:
            builder.append('\\x')
            builder.append(_hex2(ord(c)))
        else:
            builder.append(c)
    builder.append(quote)
    return builder.build()


def descr_new_bytes(space, w_type, w_source=None, w_encoding=None,
                    w_errors=None):
    """bytes(iterable_of_ints) / bytes(string, encoding[, errors]) /
    bytes(bytes_or_buffer) / bytes(int) / bytes()"""
    data = bytes_source(space, w_source, w_encoding, w_errors)
    if w_type is space.w_bytes:
        return W_BytesObject(data)
    # a subclass of bytes
    w_obj = space.allocate_instance(W_BytesObject, w_type)
    W_BytesObject.__init__(w_obj, data)
    return w_obj


def _check_no_encoding(space, w_encoding, w_errors):
    if w_encoding is not None:
        raise oefmt(space.w_TypeError, "encoding without a string argument")
    if w_errors is not None:
        raise oefmt(space.w_TypeError, "errors without a string argument")


def bytes_source(space, w_source, w_encoding, w_errors, typename='bytes'):
    """The initial bytes of bytes(...) and bytearray(...) (typename says
    which, for messages)."""
    if w_source is None:
        _check_no_encoding(space, w_encoding, w_errors)
        return ''
    if space.isinstance_w(w_source, space.w_str):
        if w_encoding is None:
            raise oefmt(space.w_TypeError,
                        "string argument without an encoding")
        from objspace.std.textcodecs import encode_text
        errors = 'strict'
        if w_errors is not None:
            errors = space.text_w(w_errors)
        return encode_text(space, space.unicode_w(w_source),
                           space.text_w(w_encoding), errors)
    _check_no_encoding(space, w_encoding, w_errors)
    data = bytes_like_w(space, w_source)
    if data is not None:
        return data
    if space.isinstance_w(w_source, space.w_int) or \
            space.lookup(w_source, '__index__') is not None:
        size = space.getindex_w(w_source, space.w_OverflowError)
        if size < 0:
            raise oefmt(space.w_ValueError, "negative count")
        return '\x00' * size
    if space.lookup(w_source, '__iter__') is None and \
            space.lookup(w_source, '__getitem__') is None:
        raise oefmt(space.w_TypeError,
                    "cannot convert '%T' object to %s", w_source, typename)
    chars = []
    for w_item in space.listview(w_source):
        if not space.isinstance_w(w_item, space.w_int) and \
                space.lookup(w_item, '__index__') is None:
            raise oefmt(space.w_TypeError, "'%T' object cannot be "
                        "interpreted as an integer", w_item)
        value = space.getindex_w(w_item, None)
        if not 0 <= value < 256:
            if typename == 'bytes':
                raise oefmt(space.w_ValueError,
                            "bytes must be in range(0, 256)")
            raise oefmt(space.w_ValueError, "byte must be in range(0, 256)")
        chars.append(chr(value))
    return ''.join(chars)


# The methods of BytesMethods, under their app-level names, for bytes and
# bytearray alike.
SHARED_METHODS = [
    ('__len__', 'len'), ('__iter__', 'iter'), ('__repr__', 'repr'),
    ('__eq__', 'eq'), ('__ne__', 'ne'), ('__lt__', 'lt'), ('__le__', 'le'),
    ('__gt__', 'gt'), ('__ge__', 'ge'), ('__add__', 'add'),
    ('__mul__', 'mul'), ('__rmul__', 'mul'), ('__mod__', 'mod'),
    ('__getitem__', 'getitem'), ('__contains__', 'contains'),
    ('find', 'find'), ('rfind', 'rfind'), ('index', 'index'),
    ('rindex', 'rindex'), ('count', 'count'), ('startswith', 'startswith'),
    ('endswith', 'endswith'), ('split', 'split'), ('rsplit', 'rsplit'),
    ('strip', 'strip'), ('lstrip', 'lstrip'), ('rstrip', 'rstrip'),
    ('replace', 'replace'), ('upper', 'upper'), ('lower', 'lower'),
    ('join', 'join'), ('hex', 'hex'), ('decode', 'decode'),
    ('__rmod__', 'rmod'), ('center', 'center'), ('ljust', 'ljust'),
    ('rjust', 'rjust'), ('zfill', 'zfill'), ('expandtabs', 'expandtabs'),
    ('partition', 'partition'), ('rpartition', 'rpartition'),
    ('splitlines', 'splitlines'), ('removeprefix', 'removeprefix'),
    ('removesuffix', 'removesuffix'), ('translate', 'translate'),
    ('swapcase', 'swapcase'), ('capitalize', 'capitalize'),
    ('title', 'title'), ('istitle', 'istitle'), ('islower', 'islower'),
    ('isupper', 'isupper'), ('isalnum', 'isalnum'), ('isalpha', 'isalpha'),
    ('isdigit', 'isdigit'), ('isspace', 'isspace'), ('isascii', 'isascii'),
]


def shared_methods(cls):
    """The TypeDef entries of SHARED_METHODS for cls, and maketrans."""
    methods = dict([(app_name, interp2app(getattr(cls, 'descr_' + name),
                                          app_name=app_name))
                    for app_name, name in SHARED_METHODS])
    methods['maketrans'] = interp_classmethod(
        interp2app(descr_maketrans, app_name='maketrans'))
    return methods


W_BytesObject.typedef = TypeDef(
    'bytes',
    doc="bytes(iterable_of_ints) -> bytes",
    __new__=interp2app(descr_new_bytes, app_name='__new__'),
    __hash__=interp2app(W_BytesObject.descr_hash),
    __bytes__=interp2app(W_BytesObject.descr_bytes),
    __getnewargs__=interp2app(W_BytesObject.descr_getnewargs),
    __sizeof__=interp2app(W_BytesObject.descr_sizeof),
    fromhex=interp_classmethod(interp2app(descr_fromhex,
                                          app_name='fromhex')),
    **shared_methods(W_BytesObject)
)
