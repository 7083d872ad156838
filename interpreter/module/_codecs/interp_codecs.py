"""The codec registry (register, lookup, encode, decode), the error
handler registry (register_error, lookup_error) with the standard
handlers, and the functions of the codecs built into the interpreter
(objspace/std/textcodecs.py) as `_codecs` names them."""

from __future__ import absolute_import

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app, unwrap_spec
from objspace.std import textcodecs
from objspace.std.textcodecs import (normalize_encoding, char_escape,
                                     char_name_escape)


class CodecState(object):
    """The registries of one space (kept by the _codecs module)."""

    def __init__(self):
        self.search_functions_w = []
        self.cache_w = {}
        self.handlers_w = {}
        self.encodings_imported = False


def get_state(space):
    from interpreter.module._codecs.moduledef import Module
    module = space.builtin_modules['_codecs']
    assert isinstance(module, Module)
    return module.state


def _callable(space, w_obj):
    return space.lookup(w_obj, '__call__') is not None


# --- the codec registry -----------------------------------------------

def register(space, w_search_function):
    """Register a codec search function.

Search functions are expected to take one argument, the encoding name in
all lower case letters, and either return None, or a tuple of functions
(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo
object)."""
    if not _callable(space, w_search_function):
        raise oefmt(space.w_TypeError, "argument must be callable")
    get_state(space).search_functions_w.append(w_search_function)


def unregister(space, w_search_function):
    """Unregister a codec search function and clear the registry's cache.

If the search function is not registered, do nothing."""
    state = get_state(space)
    functions_w = state.search_functions_w
    for i in range(len(functions_w)):
        if functions_w[i] is w_search_function:
            del functions_w[i]
            state.cache_w.clear()
            return


def _import_encodings(space, state):
    # CPython imports `encodings` (which registers its search function)
    # when it starts; we do it at the first lookup
    if state.encodings_imported:
        return
    state.encodings_imported = True
    w_import = space.getattr(space.builtin, space.newtext('__import__'))
    try:
        space.call_function(w_import, space.newtext('encodings'))
    except OperationError as e:
        if not e.match(space, space.w_ImportError):
            raise


def lookup_codec_w(space, encoding):
    """The CodecInfo of the encoding, from the registry."""
    state = get_state(space)
    key = normalize_encoding(encoding)
    w_result = state.cache_w.get(key, None)
    if w_result is not None:
        return w_result
    _import_encodings(space, state)
    w_key = space.newtext(key)
    for w_search in state.search_functions_w[:]:
        w_result = space.call_function(w_search, w_key)
        if space.is_none(w_result):
            continue
        if not space.isinstance_w(w_result, space.w_tuple) or \
                space.len_w(w_result) != 4:
            raise oefmt(space.w_TypeError,
                        "codec search functions must return 4-tuples")
        state.cache_w[key] = w_result
        return w_result
    codec = textcodecs.builtin_codec(encoding)
    if codec >= 0 and not state.search_functions_w:
        # no `encodings` package: the codecs built in still work
        w_module = space.builtin_modules['_codecs']
        prefix = _FUNCTION_PREFIXES[codec]
        w_result = space.newtuple([
            space.getattr(w_module, space.newtext(prefix + '_encode')),
            space.getattr(w_module, space.newtext(prefix + '_decode')),
            space.w_None, space.w_None])
        state.cache_w[key] = w_result
        return w_result
    raise oefmt(space.w_LookupError, "unknown encoding: %s", encoding)


_FUNCTION_PREFIXES = ['utf_8', 'latin_1', 'ascii', 'utf_16', 'utf_16_le',
                      'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be']


@unwrap_spec(encoding='text')
def lookup(space, encoding):
    """Looks up a codec tuple in the Python codec registry and returns a
CodecInfo object."""
    return lookup_codec_w(space, encoding)


@unwrap_spec(encoding='text')
def _forget_codec(space, encoding):
    """Purge the named codec from the internal codec lookup cache"""
    state = get_state(space)
    key = normalize_encoding(encoding)
    if key in state.cache_w:
        del state.cache_w[key]


def _call_codec(space, w_obj, encoding, errors, index, is_encode):
    w_codec = lookup_codec_w(space, encoding)
    w_func = space.getitem(w_codec, space.newint(index))
    w_result = space.call_function(w_func, w_obj, space.newtext(errors))
    if not space.isinstance_w(w_result, space.w_tuple) or \
            space.len_w(w_result) != 2:
        if is_encode:
            raise oefmt(space.w_TypeError,
                        "encoder must return a tuple (object, integer)")
        raise oefmt(space.w_TypeError,
                    "decoder must return a tuple (object,integer)")
    return space.getitem(w_result, space.newint(0))


@unwrap_spec(encoding='text', errors='text')
def encode(space, w_obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _call_codec(space, w_obj, encoding, errors, 0, True)


@unwrap_spec(encoding='text', errors='text')
def decode(space, w_obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _call_codec(space, w_obj, encoding, errors, 1, False)


def _check_text_encoding(space, w_codec, encoding, funcname):
    w_is_text = space.findattr(w_codec, space.newtext('_is_text_encoding'))
    if w_is_text is not None and not space.is_true(w_is_text):
        raise oefmt(space.w_LookupError,
                    "'%s' is not a text encoding; use %s() to handle "
                    "arbitrary codecs", encoding, funcname)


def encode_by_registry(space, value, encoding, errors):
    """str.encode for a codec that is not built in: an interp-level
    str."""
    w_codec = lookup_codec_w(space, encoding)
    _check_text_encoding(space, w_codec, encoding, 'codecs.encode')
    w_func = space.getitem(w_codec, space.newint(0))
    w_result = space.call_function(w_func, space.newunicode(value),
                                   space.newtext(errors))
    if not space.isinstance_w(w_result, space.w_tuple) or \
            space.len_w(w_result) != 2:
        raise oefmt(space.w_TypeError,
                    "encoder must return a tuple (object, integer)")
    w_bytes = space.getitem(w_result, space.newint(0))
    if space.isinstance_w(w_bytes, space.w_bytearray):
        w_bytes = space.call_function(space.w_bytes, w_bytes)
    if not space.isinstance_w(w_bytes, space.w_bytes):
        raise oefmt(space.w_TypeError,
                    "'%s' encoder returned '%T' instead of 'bytes'; use "
                    "codecs.encode() to encode to arbitrary types",
                    encoding, w_bytes)
    return space.bytes_w(w_bytes)


def decode_by_registry(space, data, encoding, errors):
    """bytes.decode for a codec that is not built in: unicode."""
    w_codec = lookup_codec_w(space, encoding)
    _check_text_encoding(space, w_codec, encoding, 'codecs.decode')
    w_func = space.getitem(w_codec, space.newint(1))
    w_result = space.call_function(w_func, space.newbytes(data),
                                   space.newtext(errors))
    if not space.isinstance_w(w_result, space.w_tuple) or \
            space.len_w(w_result) != 2:
        raise oefmt(space.w_TypeError,
                    "decoder must return a tuple (object,integer)")
    w_text = space.getitem(w_result, space.newint(0))
    if not space.isinstance_w(w_text, space.w_str):
        raise oefmt(space.w_TypeError,
                    "'%s' decoder returned '%T' instead of 'str'; use "
                    "codecs.decode() to decode to arbitrary types",
                    encoding, w_text)
    return space.unicode_w(w_text)


# --- the error handler registry ---------------------------------------

@unwrap_spec(name='text')
def register_error(space, name, w_handler):
    """Register the specified error handler under the name errors.

handler must be a callable object, that will be called with an exception
instance containing information about the location of the
encoding/decoding error and must return a (replacement, new position)
tuple."""
    if not _callable(space, w_handler):
        raise oefmt(space.w_TypeError, "handler must be callable")
    get_state(space).handlers_w[name] = w_handler


def lookup_error_w(space, name):
    w_handler = get_state(space).handlers_w.get(name, None)
    if w_handler is None:
        raise oefmt(space.w_LookupError, "unknown error handler name '%s'",
                    name)
    return w_handler


@unwrap_spec(name='text')
def lookup_error(space, name):
    """lookup_error(errors) -> handler

Return the error handler for the specified error handling name or raise a
LookupError, if no handler exists under this name."""
    return lookup_error_w(space, name)


def _exc_kind(space, w_exc):
    """0 encode, 1 decode, 2 translate; TypeError for anything else."""
    if space.isinstance_w(w_exc, space.w_UnicodeEncodeError):
        return 0
    if space.isinstance_w(w_exc, space.w_UnicodeDecodeError):
        return 1
    if space.isinstance_w(w_exc, space.w_UnicodeTranslateError):
        return 2
    raise oefmt(space.w_TypeError,
                "don't know how to handle %T in error callback", w_exc)


def _exc_range(space, w_exc):
    w_start = space.getattr(w_exc, space.newtext('start'))
    w_end = space.getattr(w_exc, space.newtext('end'))
    w_object = space.getattr(w_exc, space.newtext('object'))
    start = space.int_w(w_start)
    end = space.int_w(w_end)
    size = space.len_w(w_object)
    if start < 0:
        start = 0
    if end > size:
        end = size
    if end < start:
        end = start
    return w_object, start, end


def _result(space, text, end):
    return space.newtuple([space.newtext(text), space.newint(end)])


def strict_errors(space, w_exc):
    """Implements the 'strict' error handling, which raises a
UnicodeError on coding errors."""
    if space.isinstance_w(w_exc, space.w_BaseException):
        raise OperationError(space.type(w_exc), w_exc)
    raise oefmt(space.w_TypeError, "codec must pass exception instance")


def ignore_errors(space, w_exc):
    """Implements the 'ignore' error handling, which ignores malformed
data and continues."""
    _exc_kind(space, w_exc)
    _, _, end = _exc_range(space, w_exc)
    return _result(space, '', end)


def replace_errors(space, w_exc):
    """Implements the 'replace' error handling, which replaces malformed
data with a replacement marker."""
    kind = _exc_kind(space, w_exc)
    _, start, end = _exc_range(space, w_exc)
    if kind == 0:
        return _result(space, '?' * (end - start), end)
    if kind == 1:
        return space.newtuple([space.newunicode(u'\ufffd'),
                               space.newint(end)])
    return space.newtuple([space.newunicode(u'\ufffd' * (end - start)),
                           space.newint(end)])


def _text_replacement(space, w_exc, kind_name):
    kind = _exc_kind(space, w_exc)
    if kind == 1 and kind_name != 'backslash':
        raise oefmt(space.w_TypeError,
                    "don't know how to handle %T in error callback", w_exc)
    w_object, start, end = _exc_range(space, w_exc)
    builder = StringBuilder()
    if kind == 1:
        data = space.bytes_w(space.call_function(space.w_bytes, w_object))
        for j in range(start, end):
            builder.append(char_escape(ord(data[j])))
        return _result(space, builder.build(), end)
    value = space.unicode_w(w_object)
    for j in range(start, end):
        code = ord(value[j])
        if kind_name == 'backslash':
            builder.append(char_escape(code))
        elif kind_name == 'xml':
            builder.append('&#%d;' % code)
        else:
            builder.append(char_name_escape(code))
    return _result(space, builder.build(), end)


def backslashreplace_errors(space, w_exc):
    """Implements the 'backslashreplace' error handling, which replaces
malformed data with a backslashed escape sequence."""
    return _text_replacement(space, w_exc, 'backslash')


def xmlcharrefreplace_errors(space, w_exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces
an unencodable character with the appropriate XML character reference."""
    return _text_replacement(space, w_exc, 'xml')


def namereplace_errors(space, w_exc):
    """Implements the 'namereplace' error handling, which replaces an
unencodable character with a \\N{...} escape sequence."""
    return _text_replacement(space, w_exc, 'name')


def surrogateescape_errors(space, w_exc):
    """The 'surrogateescape' error handler: undecodable bytes become lone
surrogates U+DC80..U+DCFF, and such surrogates encode back to the bytes."""
    kind = _exc_kind(space, w_exc)
    w_object, start, end = _exc_range(space, w_exc)
    if kind == 1:
        data = space.bytes_w(space.call_function(space.w_bytes, w_object))
        ubuilder = UnicodeBuilder()
        for j in range(start, end):
            byte = ord(data[j])
            if byte < 128:
                raise OperationError(space.type(w_exc), w_exc)
            ubuilder.append(unichr(0xdc00 + byte))
        return space.newtuple([space.newunicode(ubuilder.build()),
                               space.newint(end)])
    if kind == 2:
        raise OperationError(space.type(w_exc), w_exc)
    value = space.unicode_w(w_object)
    builder = StringBuilder()
    for j in range(start, end):
        code = ord(value[j])
        if not 0xdc80 <= code <= 0xdcff:
            raise OperationError(space.type(w_exc), w_exc)
        builder.append(chr(code - 0xdc00))
    return space.newtuple([space.newbytes(builder.build()),
                           space.newint(end)])


def surrogatepass_errors(space, w_exc):
    """The 'surrogatepass' error handler: lone surrogates are encoded and
decoded as if they were characters (UTF-8 only, here)."""
    kind = _exc_kind(space, w_exc)
    w_object, start, end = _exc_range(space, w_exc)
    if kind == 0:
        value = space.unicode_w(w_object)
        builder = StringBuilder()
        for j in range(start, end):
            code = ord(value[j])
            if not 0xd800 <= code <= 0xdfff:
                raise OperationError(space.type(w_exc), w_exc)
            textcodecs._utf8_append(builder, code)
        return space.newtuple([space.newbytes(builder.build()),
                               space.newint(end)])
    if kind == 1:
        data = space.bytes_w(space.call_function(space.w_bytes, w_object))
        if start + 3 <= len(data):
            b0 = ord(data[start])
            b1 = ord(data[start + 1])
            b2 = ord(data[start + 2])
            if (b0 & 0xf0 == 0xe0 and b1 & 0xc0 == 0x80 and
                    b2 & 0xc0 == 0x80):
                code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)
                if 0xd800 <= code <= 0xdfff:
                    return space.newtuple([space.newunicode(unichr(code)),
                                           space.newint(start + 3)])
    raise OperationError(space.type(w_exc), w_exc)


STANDARD_HANDLERS = [
    ('strict', strict_errors), ('ignore', ignore_errors),
    ('replace', replace_errors),
    ('backslashreplace', backslashreplace_errors),
    ('xmlcharrefreplace', xmlcharrefreplace_errors),
    ('namereplace', namereplace_errors),
    ('surrogateescape', surrogateescape_errors),
    ('surrogatepass', surrogatepass_errors),
]
_STANDARD_HANDLERS_APP = [(name, interp2app(func))
                          for name, func in STANDARD_HANDLERS]


def register_standard_handlers(space, state):
    for name, app in _STANDARD_HANDLERS_APP:
        state.handlers_w[name] = app.get_function(space)


# --- the built-in codecs ----------------------------------------------

def _errors(space, w_errors):
    if w_errors is None or space.is_none(w_errors):
        return 'strict'
    return space.text_w(w_errors)


def _text_arg(space, w_obj, funcname):
    if not space.isinstance_w(w_obj, space.w_str):
        raise oefmt(space.w_TypeError,
                    "%s() argument 1 must be str, not %T", funcname, w_obj)
    return space.unicode_w(w_obj)


def bytes_arg(space, w_obj, funcname):
    """The bytes of a bytes-like argument (bytes, bytearray, memoryview,
    array.array)."""
    from objspace.std.bytesobject import bytes_like_w
    data = bytes_like_w(space, w_obj, allow_dunder=False)
    if data is not None:
        return data
    raise oefmt(space.w_TypeError,
                "a bytes-like object is required, not '%T'", w_obj)


def _make_encoder(codec, funcname, with_byteorder):
    if with_byteorder:
        @unwrap_spec(byteorder=int)
        def encoder(space, w_str, w_errors=None, byteorder=0):
            value = _text_arg(space, w_str, funcname)
            result = textcodecs.encode(space, codec, value,
                                       _errors(space, w_errors), byteorder)
            return space.newtuple([space.newbytes(result),
                                   space.newint(len(value))])
    else:
        def encoder(space, w_str, w_errors=None):
            value = _text_arg(space, w_str, funcname)
            result = textcodecs.encode(space, codec, value,
                                       _errors(space, w_errors))
            return space.newtuple([space.newbytes(result),
                                   space.newint(len(value))])
    encoder.__name__ = funcname
    return encoder


def _make_decoder(codec, funcname, has_final):
    if has_final:
        @unwrap_spec(final='truth')
        def decoder(space, w_data, w_errors=None, final=False):
            data = bytes_arg(space, w_data, funcname)
            result, consumed = textcodecs.decode(
                space, codec, data, _errors(space, w_errors), final)
            return space.newtuple([space.newunicode(result),
                                   space.newint(consumed)])
    else:
        def decoder(space, w_data, w_errors=None):
            data = bytes_arg(space, w_data, funcname)
            result, consumed = textcodecs.decode(
                space, codec, data, _errors(space, w_errors))
            return space.newtuple([space.newunicode(result),
                                   space.newint(consumed)])
    decoder.__name__ = funcname
    return decoder


CODEC_FUNCTIONS = {}
for _codec, _prefix in enumerate(_FUNCTION_PREFIXES):
    _name = _prefix + '_encode'
    CODEC_FUNCTIONS[_name] = interp2app(
        _make_encoder(_codec, _name, _prefix in ('utf_16', 'utf_32')),
        app_name=_name)
    _name = _prefix + '_decode'
    CODEC_FUNCTIONS[_name] = interp2app(
        _make_decoder(_codec, _name, _prefix not in ('latin_1', 'ascii')),
        app_name=_name)
del _codec, _prefix, _name


def _make_ex_decoder(is_utf16, funcname):
    @unwrap_spec(byteorder=int, final='truth')
    def ex_decoder(space, w_data, w_errors=None, byteorder=0, final=False):
        data = bytes_arg(space, w_data, funcname)
        errors = _errors(space, w_errors)
        if is_utf16:
            result, consumed, byteorder = textcodecs.decode_utf16(
                space, data, errors, byteorder, final)
        else:
            result, consumed, byteorder = textcodecs.decode_utf32(
                space, data, errors, byteorder, final)
        return space.newtuple([space.newunicode(result),
                               space.newint(consumed),
                               space.newint(byteorder)])
    ex_decoder.__name__ = funcname
    return ex_decoder


utf_16_ex_decode = interp2app(_make_ex_decoder(True, 'utf_16_ex_decode'))
utf_32_ex_decode = interp2app(_make_ex_decoder(False, 'utf_32_ex_decode'))


def readbuffer_encode(space, w_data, w_errors=None):
    if space.isinstance_w(w_data, space.w_str):
        data = textcodecs.encode(space, textcodecs.UTF8,
                                 space.unicode_w(w_data), 'strict')
    else:
        data = bytes_arg(space, w_data, 'readbuffer_encode')
    return space.newtuple([space.newbytes(data), space.newint(len(data))])


# the table of moduledef.py names each function as a module attribute
for _name, _app in CODEC_FUNCTIONS.items():
    globals()['CODEC_FUNCTIONS_' + _name] = _app
del _name, _app
