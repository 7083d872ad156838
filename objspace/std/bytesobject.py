"""`bytes`: W_BytesObject holds an RPython str (immutable bytes)."""


from __future__ import absolute_import
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.runicode import str_decode_utf_8

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app, unwrap_spec
from interpreter.typedef import TypeDef


class W_BytesObject(W_Root):
    _immutable_fields_ = ['_value']

    def __init__(self, value):
        assert isinstance(value, str)
        self._value = value

    def __repr__(self):
        return 'W_BytesObject(%r)' % (self._value,)

    def bytes_w(self, space):
        return self._value

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_BytesObject):
            raise oefmt(space.w_TypeError, "can't concat %T to bytes",
                        w_other)
        return W_BytesObject(self._value + w_other._value)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_BytesObject):
            return space.w_NotImplemented
        return space.newbool(self._value == w_other._value)

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_BytesObject):
            return space.w_NotImplemented
        return space.newbool(self._value != w_other._value)

    def descr_hash(self, space):
        x = compute_hash(self._value)
        if x == -1:
            x = -2
        return space.newint(x)

    def descr_len(self, space):
        return space.newint(len(self._value))

    def descr_getitem(self, space, w_index):
        from objspace.std.sliceobject import W_SliceObject
        value = self._value
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = w_index.indices4(space, len(value))
            if step == 1:
                assert start >= 0 and stop >= start
                return W_BytesObject(value[start:stop])
            builder = StringBuilder(length)
            i = start
            for _ in range(length):
                builder.append(value[i])
                i += step
            return W_BytesObject(builder.build())
        index = space.getindex_w(w_index, space.w_IndexError)
        if index < 0:
            index += len(self._value)
        if index < 0 or index >= len(self._value):
            raise oefmt(space.w_IndexError, "index out of range")
        return space.newint(ord(self._value[index]))

    def descr_repr(self, space):
        return space.newtext(bytes_repr(self._value))

    def _bytes_arg(self, space, w_arg):
        if not isinstance(w_arg, W_BytesObject):
            raise oefmt(space.w_TypeError,
                        "a bytes-like object is required, not '%T'", w_arg)
        return w_arg._value

    def descr_contains(self, space, w_sub):
        if space.isinstance_w(w_sub, space.w_int):
            byte = space.int_w(w_sub)
            if not 0 <= byte < 256:
                raise oefmt(space.w_ValueError,
                            "byte must be in range(0, 256)")
            return space.newbool(chr(byte) in self._value)
        return space.newbool(
            self._value.find(self._bytes_arg(space, w_sub)) >= 0)

    def descr_find(self, space, w_sub):
        return space.newint(self._value.find(self._bytes_arg(space, w_sub)))

    def descr_startswith(self, space, w_prefix):
        return space.newbool(self._value.startswith(
            self._bytes_arg(space, w_prefix)))

    def descr_endswith(self, space, w_suffix):
        return space.newbool(self._value.endswith(
            self._bytes_arg(space, w_suffix)))

    def descr_join(self, space, w_iterable):
        parts = [self._bytes_arg(space, w_item)
                 for w_item in space.listview(w_iterable)]
        return W_BytesObject(self._value.join(parts))

    @unwrap_spec(encoding='text', errors='text')
    def descr_decode(self, space, encoding='utf-8', errors='strict'):
        enc = encoding.lower().replace('_', '-')
        value = self._value
        if enc in ('utf-8', 'utf8'):
            for i in range(len(value)):
                if ord(value[i]) >= 0x80:
                    break
            else:
                return space.newtext(value)
            try:
                u, _ = str_decode_utf_8(value, len(value), errors,
                                        final=True)
            except UnicodeDecodeError:
                raise oefmt(space.w_UnicodeDecodeError,
                            "'utf-8' codec can't decode bytes")
            return space.newunicode(u)
        if enc in ('latin-1', 'latin1', 'iso-8859-1'):
            return space.newunicode(u''.join([unichr(ord(c))
                                              for c in value]))
        if enc == 'ascii':
            for i in range(len(value)):
                if ord(value[i]) >= 0x80:
                    raise oefmt(space.w_UnicodeDecodeError,
                                "'ascii' codec can't decode byte 0x%s in "
                                "position %d: ordinal not in range(128)",
                                _hex2(ord(value[i])), i)
            return space.newtext(value)
        raise oefmt(space.w_LookupError, "unknown encoding: %s", encoding)


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


def descr_new_bytes(space, w_type, w_source=None):
    w_value = _bytes_value(space, w_source)
    if w_type is space.w_bytes:
        return w_value
    # a subclass of bytes
    w_obj = space.allocate_instance(W_BytesObject, w_type)
    W_BytesObject.__init__(w_obj, space.bytes_w(w_value))
    return w_obj


def _bytes_value(space, w_source):
    if w_source is None:
        return space.newbytes('')
    if space.isinstance_w(w_source, space.w_int):
        size = space.int_w(w_source)
        if size < 0:
            raise oefmt(space.w_ValueError, "negative count")
        return space.newbytes('\x00' * size)
    if space.isinstance_w(w_source, space.w_str):
        raise oefmt(space.w_TypeError, "string argument without an encoding")
    chars = []
    for w_item in space.listview(w_source):
        value = space.int_w(w_item)
        if not 0 <= value < 256:
            raise oefmt(space.w_ValueError,
                        "bytes must be in range(0, 256)")
        chars.append(chr(value))
    return space.newbytes(''.join(chars))


W_BytesObject.typedef = TypeDef(
    'bytes',
    __new__=interp2app(descr_new_bytes, app_name='__new__'),
    __add__=interp2app(W_BytesObject.descr_add),
    __eq__=interp2app(W_BytesObject.descr_eq),
    __ne__=interp2app(W_BytesObject.descr_ne),
    __hash__=interp2app(W_BytesObject.descr_hash),
    __len__=interp2app(W_BytesObject.descr_len),
    __getitem__=interp2app(W_BytesObject.descr_getitem),
    __repr__=interp2app(W_BytesObject.descr_repr),
    __contains__=interp2app(W_BytesObject.descr_contains),
    find=interp2app(W_BytesObject.descr_find),
    startswith=interp2app(W_BytesObject.descr_startswith),
    endswith=interp2app(W_BytesObject.descr_endswith),
    join=interp2app(W_BytesObject.descr_join),
    decode=interp2app(W_BytesObject.descr_decode),
)
