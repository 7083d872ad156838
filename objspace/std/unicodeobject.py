"""`str`: W_UnicodeObject holds an RPython unicode string (code points).

Interp-level code passes text around as UTF-8 `str` (identifiers, error
messages); `space.newtext(s)` decodes it and `space.text_w(w_s)` encodes
back.  Lone surrogates survive the round trip (UTF-8 with surrogates
allowed).  Character properties come from rpython.rlib.unicodedata.
"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.runicode import (str_decode_utf_8, unicode_encode_utf_8)
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef


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
        if not isinstance(w_other, W_UnicodeObject):
            raise oefmt(space.w_TypeError,
                        'can only concatenate str (not "%T") to str',
                        w_other)
        return W_UnicodeObject(self._value + w_other._value)

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
        x = compute_hash(self._value)
        if x == -1:
            x = -2
        return space.newint(x)

    def descr_len(self, space):
        return space.newint(len(self._value))

    def descr_str(self, space):
        if space.type(self) is space.w_str:
            return self
        return W_UnicodeObject(self._value)

    def descr_repr(self, space):
        return space.newunicode(unicode_repr(self._value))

    def descr_format(self, space, w_spec):
        if space.len_w(w_spec) == 0:
            return self.descr_str(space)
        raise oefmt(space.w_ValueError,
                    "format specifiers for str are not supported yet")

    def descr_contains(self, space, w_sub):
        if not isinstance(w_sub, W_UnicodeObject):
            raise oefmt(space.w_TypeError,
                        "'in <string>' requires string as left operand, not "
                        "%T", w_sub)
        return space.newbool(self._value.find(w_sub._value) >= 0)

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
        if not space.isinstance_w(w_index, space.w_int) and \
                space.lookup(w_index, '__index__') is None:
            raise oefmt(space.w_TypeError,
                        "string indices must be integers, not '%T'", w_index)
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
        items_w = space.listview(w_iterable)
        builder = UnicodeBuilder()
        for i in range(len(items_w)):
            w_item = items_w[i]
            if not isinstance(w_item, W_UnicodeObject):
                raise oefmt(space.w_TypeError,
                            "sequence item %d: expected str instance, %T "
                            "found", i, w_item)
            if i > 0:
                builder.append(self._value)
            builder.append(w_item._value)
        return W_UnicodeObject(builder.build())

    def descr_startswith(self, space, w_prefix):
        return space.newbool(self._value.startswith(
            self._affix(space, w_prefix, 'startswith')))

    def descr_endswith(self, space, w_suffix):
        return space.newbool(self._value.endswith(
            self._affix(space, w_suffix, 'endswith')))

    def _affix(self, space, w_affix, methodname):
        if not isinstance(w_affix, W_UnicodeObject):
            raise oefmt(space.w_TypeError,
                        "%s first arg must be str or a tuple of str, not %T",
                        methodname, w_affix)
        return w_affix._value

    def descr_find(self, space, w_sub):
        return space.newint(self._value.find(self._arg(space, w_sub)))

    def _arg(self, space, w_arg):
        if not isinstance(w_arg, W_UnicodeObject):
            raise oefmt(space.w_TypeError, "must be str, not %T", w_arg)
        return w_arg._value

    def descr_replace(self, space, w_old, w_new):
        old = self._arg(space, w_old)
        new = self._arg(space, w_new)
        return W_UnicodeObject(_replace(self._value, old, new))

    def descr_split(self, space, w_sep=None):
        value = self._value
        parts = []
        if w_sep is None or space.is_none(w_sep):
            i = 0
            n = len(value)
            while True:
                while i < n and _isspace(value[i]):
                    i += 1
                if i >= n:
                    break
                j = i
                while j < n and not _isspace(value[j]):
                    j += 1
                parts.append(value[i:j])
                i = j
        else:
            sep = self._arg(space, w_sep)
            if not sep:
                raise oefmt(space.w_ValueError, "empty separator")
            start = 0
            while True:
                pos = value.find(sep, start)
                if pos < 0:
                    break
                parts.append(value[start:pos])
                start = pos + len(sep)
            parts.append(value[start:])
        return space.newlist([W_UnicodeObject(p) for p in parts])

    def descr_upper(self, space):
        return W_UnicodeObject(u''.join(
            [unichr(unicodedb.toupper(ord(c))) for c in self._value]))

    def descr_lower(self, space):
        return W_UnicodeObject(u''.join(
            [unichr(unicodedb.tolower(ord(c))) for c in self._value]))

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

    @unwrap_spec(encoding='text', errors='text')
    def descr_encode(self, space, encoding='utf-8', errors='strict'):
        enc = encoding.lower().replace('_', '-')
        if enc in ('utf-8', 'utf8'):
            try:
                data = unicode_encode_utf_8(self._value, len(self._value),
                                            errors)
            except UnicodeEncodeError:
                raise oefmt(space.w_UnicodeEncodeError,
                            "'utf-8' codec can't encode characters: "
                            "surrogates not allowed")
            return space.newbytes(data)
        raise oefmt(space.w_LookupError, "unknown encoding: %s", encoding)


def _strip_char(c, chars):
    if chars is None:
        return _isspace(c)
    return chars.find(c) >= 0


def _make_predicate(name, char_test):
    """str.isxxx(): true when the string is not empty and every character
    passes char_test (a unicodedb function of the code point)."""
    def descr_predicate(self, space):
        value = self._value
        if not value:
            return space.w_False
        for c in value:
            if not char_test(ord(c)):
                return space.w_False
        return space.w_True
    descr_predicate.__name__ = 'descr_' + name
    return descr_predicate


_PREDICATES = [('isalnum', unicodedb.isalnum), ('isalpha', unicodedb.isalpha),
               ('isdecimal', unicodedb.isdecimal),
               ('isdigit', unicodedb.isdigit),
               ('isnumeric', unicodedb.isnumeric),
               ('isspace', unicodedb.isspace)]
# Generated: W_UnicodeObject.descr_isalnum, ... from the table.
for _name, _test in _PREDICATES:
    setattr(W_UnicodeObject, 'descr_' + _name, _make_predicate(_name, _test))


def _isspace(c):
    return unicodedb.isspace(ord(c))


def _replace(value, old, new):
    if not old:
        builder = UnicodeBuilder()
        builder.append(new)
        for c in value:
            builder.append(c)
            builder.append(new)
        return builder.build()
    builder = UnicodeBuilder()
    start = 0
    while True:
        pos = value.find(old, start)
        if pos < 0:
            break
        builder.append(value[start:pos])
        builder.append(new)
        start = pos + len(old)
    builder.append(value[start:])
    return builder.build()


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


def descr_new_str(space, w_type, w_object=None):
    if w_object is None:
        w_value = W_UnicodeObject(u'')
    else:
        w_value = space.str(w_object)
    if w_type is space.w_str:
        return w_value
    # a subclass of str
    w_obj = space.allocate_instance(W_UnicodeObject, w_type)
    W_UnicodeObject.__init__(w_obj, space.unicode_w(w_value))
    return w_obj


W_UnicodeObject.typedef = TypeDef(
    'str',
    doc="str(object='') -> str",
    __new__=interp2app(descr_new_str, app_name='__new__'),
    __add__=interp2app(W_UnicodeObject.descr_add),
    __mul__=interp2app(W_UnicodeObject.descr_mul),
    __rmul__=interp2app(W_UnicodeObject.descr_mul, app_name='__rmul__'),
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
    join=interp2app(W_UnicodeObject.descr_join),
    startswith=interp2app(W_UnicodeObject.descr_startswith),
    endswith=interp2app(W_UnicodeObject.descr_endswith),
    find=interp2app(W_UnicodeObject.descr_find),
    replace=interp2app(W_UnicodeObject.descr_replace),
    split=interp2app(W_UnicodeObject.descr_split),
    strip=interp2app(W_UnicodeObject.descr_strip),
    lstrip=interp2app(W_UnicodeObject.descr_lstrip),
    rstrip=interp2app(W_UnicodeObject.descr_rstrip),
    upper=interp2app(W_UnicodeObject.descr_upper),
    lower=interp2app(W_UnicodeObject.descr_lower),
    encode=interp2app(W_UnicodeObject.descr_encode),
    **dict([(_name, interp2app(getattr(W_UnicodeObject, 'descr_' + _name)))
            for _name, _ in _PREDICATES])
)
