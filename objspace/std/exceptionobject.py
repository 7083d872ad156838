"""The builtin exception classes.

Every exception instance is a W_BaseException that records its own class
(`w_class`), its `args`, the traceback and the chaining attributes, and an
instance dict for everything else.  The class hierarchy of Python 3.11 is
the table `EXCEPTION_TABLE`; `_make_typedefs` turns it into one TypeDef
per class.  Classes with attributes of their own (SyntaxError,
StopIteration, SystemExit, OSError, ImportError, KeyError, ...) get extra
methods from `_SPECIAL_METHODS`.
"""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_BaseException(W_Root):
    def __init__(self, space, w_class, args_w):
        self.w_class = w_class
        self.args_w = args_w
        self.w_dict = None
        self.w_traceback = None
        self.w_context = None
        self.w_cause = None
        self.suppress_context = False

    def getclass(self, space):
        return self.w_class

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def set_attr(self, space, name, w_value):
        space.setitem(self.getdict(space), space.newtext(name), w_value)

    def descr_str(self, space):
        if len(self.args_w) == 0:
            return space.newtext('')
        if len(self.args_w) == 1:
            return space.str(self.args_w[0])
        return space.str(space.newtuple(self.args_w[:]))

    def descr_repr(self, space):
        name = self.w_class.getname(space)
        if len(self.args_w) == 1:
            return space.newtext('%s(%s)' % (
                name, space.text_w(space.repr(self.args_w[0]))))
        return space.newtext(name + space.text_w(space.repr(
            space.newtuple(self.args_w[:]))))

    def descr_get_args(self, space):
        return space.newtuple(self.args_w[:])

    def descr_set_args(self, space, w_args):
        self.args_w = space.listview(w_args)[:]

    def descr_get_traceback(self, space):
        if self.w_traceback is None:
            return space.w_None
        return self.w_traceback

    def descr_set_traceback(self, space, w_tb):
        from interpreter.pytraceback import PyTraceback
        from objspace.std.proxyobject import W_TransparentTraceback
        if space.is_none(w_tb):
            self.w_traceback = None
        elif isinstance(w_tb, PyTraceback) or (
                space.config.objspace.withtproxy and
                isinstance(w_tb, W_TransparentTraceback)):
            self.w_traceback = w_tb
        else:
            raise oefmt(space.w_TypeError,
                        "__traceback__ must be a traceback or None")

    def descr_with_traceback(self, space, w_tb):
        self.descr_set_traceback(space, w_tb)
        return self

    def descr_get_context(self, space):
        if self.w_context is None:
            return space.w_None
        return self.w_context

    def descr_set_context(self, space, w_context):
        self.w_context = None if space.is_none(w_context) else w_context

    def descr_get_cause(self, space):
        if self.w_cause is None:
            return space.w_None
        return self.w_cause

    def descr_set_cause(self, space, w_cause):
        self.w_cause = None if space.is_none(w_cause) else w_cause
        self.suppress_context = True

    def descr_get_suppress_context(self, space):
        return space.newbool(self.suppress_context)

    def descr_set_suppress_context(self, space, w_value):
        self.suppress_context = space.is_true(w_value)

    def descr_get_dict(self, space):
        return self.getdict(space)

    def descr_add_note(self, space, w_note):
        """Exception.add_note(note) --
    add a note to the exception"""
        if not space.isinstance_w(w_note, space.w_str):
            raise oefmt(space.w_TypeError, "note must be a str, not '%T'",
                        w_note)
        w_dict = self.getdict(space)
        w_notes = space.finditem_str(w_dict, '__notes__')
        if w_notes is None:
            w_notes = space.newlist([])
            space.setitem(w_dict, space.newtext('__notes__'), w_notes)
        elif not space.isinstance_w(w_notes, space.w_list):
            raise oefmt(space.w_TypeError,
                        "Cannot add note: __notes__ is not a list")
        space.call_method(w_notes, 'append', w_note)

    # --- class-specific methods (see _SPECIAL_METHODS) ----------------

    def descr_keyerror_str(self, space):
        if len(self.args_w) == 1:
            return space.repr(self.args_w[0])
        return self.descr_str(space)

    def descr_stopiteration_init(self, space, args_w):
        self.args_w = args_w
        self.set_attr(space, 'value',
                      args_w[0] if args_w else space.w_None)

    def descr_systemexit_init(self, space, args_w):
        self.args_w = args_w
        if len(args_w) == 0:
            w_code = space.w_None
        elif len(args_w) == 1:
            w_code = args_w[0]
        else:
            w_code = space.newtuple(args_w[:])
        self.set_attr(space, 'code', w_code)

    def descr_syntaxerror_init(self, space, args_w):
        """SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
        end_offset]))"""
        self.args_w = args_w
        if args_w:
            self.set_attr(space, 'msg', args_w[0])
        if len(args_w) == 2:
            details_w = space.listview(args_w[1])
            if len(details_w) not in (4, 6):
                raise oefmt(space.w_IndexError, "tuple index out of range")
            names = ['filename', 'lineno', 'offset', 'text', 'end_lineno',
                     'end_offset']
            for i in range(len(details_w)):
                self.set_attr(space, names[i], details_w[i])

    def descr_syntaxerror_str(self, space):
        w_msg = space.finditem_str(self.getdict(space), 'msg')
        if w_msg is None:
            return self.descr_str(space)
        msg = space.text_w(space.str(w_msg))
        w_filename = space.finditem_str(self.getdict(space), 'filename')
        w_lineno = space.finditem_str(self.getdict(space), 'lineno')
        filename = None
        if w_filename is not None and space.isinstance_w(w_filename,
                                                         space.w_str):
            filename = space.text_w(w_filename)
            slash = filename.rfind('/')
            if slash >= 0:
                filename = filename[slash + 1:]
        lineno = -1
        if w_lineno is not None and space.isinstance_w(w_lineno,
                                                       space.w_int):
            lineno = space.int_w(w_lineno)
        if filename is not None and lineno >= 0:
            return space.newtext('%s (%s, line %d)' % (msg, filename, lineno))
        if filename is not None:
            return space.newtext('%s (%s)' % (msg, filename))
        if lineno >= 0:
            return space.newtext('%s (line %d)' % (msg, lineno))
        return space.newtext(msg)

    def descr_oserror_init(self, space, args_w):
        self.args_w = args_w
        if 2 <= len(args_w) <= 5:
            self.set_attr(space, 'errno', args_w[0])
            self.set_attr(space, 'strerror', args_w[1])
            if len(args_w) >= 3:
                self.set_attr(space, 'filename', args_w[2])
                self.args_w = args_w[:2]

    def descr_oserror_str(self, space):
        w_dict = self.getdict(space)
        w_errno = space.finditem_str(w_dict, 'errno')
        w_strerror = space.finditem_str(w_dict, 'strerror')
        w_filename = space.finditem_str(w_dict, 'filename')
        if w_errno is not None and w_strerror is not None:
            if w_filename is not None and not space.is_none(w_filename):
                return space.newtext('[Errno %s] %s: %s' % (
                    space.text_w(space.str(w_errno)),
                    space.text_w(space.str(w_strerror)),
                    space.text_w(space.repr(w_filename))))
            return space.newtext('[Errno %s] %s' % (
                space.text_w(space.str(w_errno)),
                space.text_w(space.str(w_strerror))))
        return self.descr_str(space)

    def descr_importerror_init(self, space, __args__):
        args_w = __args__.arguments_w[:]
        self.args_w = args_w
        if len(args_w) == 1:
            self.set_attr(space, 'msg', args_w[0])
        for i in range(len(__args__.keywords)):
            name = __args__.keywords[i]
            if name not in ('name', 'path'):
                raise oefmt(space.w_TypeError,
                            "'%s' is an invalid keyword argument for "
                            "ImportError()", name)
            self.set_attr(space, name, __args__.keywords_w[i])

    # UnicodeDecodeError(encoding, object, start, end, reason),
    # UnicodeEncodeError(encoding, object, start, end, reason) and
    # UnicodeTranslateError(object, start, end, reason) keep their
    # arguments as attributes; __str__ reads the attributes, so changing
    # them changes the message, as in CPython

    def _unicode_error_init(self, space, args_w, nargs, w_object_type):
        if len(args_w) == 1 and space.isinstance_w(args_w[0], space.w_str):
            # a message alone: how interp-level code that predates the
            # attributes raises these (oefmt); CPython would refuse it
            self.args_w = args_w
            return
        if len(args_w) != nargs:
            raise oefmt(space.w_TypeError,
                        "function takes exactly %d arguments (%d given)",
                        nargs, len(args_w))
        self.args_w = args_w
        index = 0
        if nargs == 5:
            if not space.isinstance_w(args_w[0], space.w_str):
                raise oefmt(space.w_TypeError,
                            "argument 1 must be str, not %T", args_w[0])
            self.set_attr(space, 'encoding', args_w[0])
            index = 1
        else:
            self.set_attr(space, 'encoding', space.w_None)
        w_object = args_w[index]
        if w_object_type is None:
            w_object = _bytes_like(space, w_object)
        elif not space.isinstance_w(w_object, w_object_type):
            raise oefmt(space.w_TypeError, "argument %d must be str, not %T",
                        index + 1, w_object)
        self.set_attr(space, 'object', w_object)
        for i in range(2):
            w_pos = args_w[index + 1 + i]
            space.getindex_w(w_pos, space.w_OverflowError)
            self.set_attr(space, ['start', 'end'][i], w_pos)
        w_reason = args_w[index + 3]
        if not space.isinstance_w(w_reason, space.w_str):
            raise oefmt(space.w_TypeError, "argument %d must be str, not %T",
                        index + 4, w_reason)
        self.set_attr(space, 'reason', w_reason)

    def descr_unicodedecodeerror_init(self, space, args_w):
        self._unicode_error_init(space, args_w, 5, None)

    def descr_unicodeencodeerror_init(self, space, args_w):
        self._unicode_error_init(space, args_w, 5, space.w_str)

    def descr_unicodetranslateerror_init(self, space, args_w):
        self._unicode_error_init(space, args_w, 4, space.w_str)

    def _unicode_error_fields(self, space):
        """A _UnicodeErrorFields, or None when the exception was not
        initialised with them."""
        w_dict = self.getdict(space)
        w_object = space.finditem_str(w_dict, 'object')
        w_start = space.finditem_str(w_dict, 'start')
        w_end = space.finditem_str(w_dict, 'end')
        w_reason = space.finditem_str(w_dict, 'reason')
        if w_object is None or w_start is None or w_end is None or \
                w_reason is None:
            return None
        return _UnicodeErrorFields(w_object, space.getindex_w(w_start, None),
                                   space.getindex_w(w_end, None),
                                   space.text_w(space.str(w_reason)))

    def _encoding_text(self, space):
        w_encoding = space.finditem_str(self.getdict(space), 'encoding')
        if w_encoding is None:
            return "''"
        return space.text_w(space.repr(w_encoding))

    def descr_unicodedecodeerror_str(self, space):
        fields = self._unicode_error_fields(space)
        if fields is None:
            return self.descr_str(space)
        w_object = fields.w_object
        start = fields.start
        end = fields.end
        reason = fields.reason
        data = space.bytes_w(w_object)
        encoding = self._encoding_text(space)
        if 0 <= start < len(data) and end == start + 1:
            return space.newtext(
                "%s codec can't decode byte 0x%s in position %d: %s" % (
                    encoding, _hex(ord(data[start]), 2), start, reason))
        return space.newtext(
            "%s codec can't decode bytes in position %d-%d: %s" % (
                encoding, start, end - 1, reason))

    def _unicode_char_message(self, space, verb, prefix):
        fields = self._unicode_error_fields(space)
        if fields is None:
            return self.descr_str(space)
        w_object = fields.w_object
        start = fields.start
        end = fields.end
        reason = fields.reason
        text = space.unicode_w(w_object)
        if 0 <= start < len(text) and end == start + 1:
            code = ord(text[start])
            if code <= 0xff:
                escaped = '\\x' + _hex(code, 2)
            elif code <= 0xffff:
                escaped = '\\u' + _hex(code, 4)
            else:
                escaped = '\\U' + _hex(code, 8)
            return space.newtext(
                "%scan't %s character '%s' in position %d: %s" % (
                    prefix, verb, escaped, start, reason))
        return space.newtext(
            "%scan't %s characters in position %d-%d: %s" % (
                prefix, verb, start, end - 1, reason))

    def descr_unicodeencodeerror_str(self, space):
        prefix = self._encoding_text(space) + ' codec '
        return self._unicode_char_message(space, 'encode', prefix)

    def descr_unicodetranslateerror_str(self, space):
        return self._unicode_char_message(space, 'translate', '')


class _UnicodeErrorFields(object):
    """The attributes a Unicode error's message is made of."""

    def __init__(self, w_object, start, end, reason):
        self.w_object = w_object
        self.start = start
        self.end = end
        self.reason = reason


def _hex(value, width):
    """`value` in lower-case hexadecimal, zero-padded to `width` digits
    (RPython's formatting has no widths)."""
    digits = '%x' % value
    if len(digits) < width:
        digits = '0' * (width - len(digits)) + digits
    return digits


def _bytes_like(space, w_object):
    """The bytes of a bytes-like object (UnicodeDecodeError keeps a bytes
    object either way)."""
    from objspace.std.bytesobject import bytes_like_w
    if space.isinstance_w(w_object, space.w_bytes):
        return w_object
    data = bytes_like_w(space, w_object, allow_dunder=False)
    if data is not None:
        return space.newbytes(data)
    raise oefmt(space.w_TypeError,
                "a bytes-like object is required, not '%T'", w_object)


def descr_new_exception(space, w_type, __args__):
    from objspace.std.typeobject import W_TypeObject
    w_exc = space.allocate_instance(W_BaseException, w_type)
    assert isinstance(w_type, W_TypeObject)
    W_BaseException.__init__(w_exc, space, w_type, __args__.arguments_w[:])
    return w_exc


def descr_new_oserror(space, w_type, __args__):
    """OSError(errno, strerror, ...) makes the subclass that errno names
    (FileNotFoundError for ENOENT...), when called on OSError itself."""
    args_w = __args__.arguments_w
    if (space.is_w(w_type, space.w_OSError) and 2 <= len(args_w) <= 5 and
            space.isinstance_w(args_w[0], space.w_int)):
        try:
            errno = space.int_w(args_w[0])
        except OperationError as e:
            if not e.match(space, space.w_OverflowError):
                raise
        else:
            w_type = space.oserror_class_for_errno(errno)
    return descr_new_exception(space, w_type, __args__)


def descr_init_base(space, w_self, __args__):
    if not isinstance(w_self, W_BaseException):
        raise oefmt(space.w_TypeError,
                    "descriptor '__init__' requires a 'BaseException' "
                    "object but received a '%T'", w_self)
    w_self.args_w = __args__.arguments_w[:]


# (name, base); every class of Python 3.11 that has a single base
EXCEPTION_TABLE = [
    ('BaseException', None),
    ('SystemExit', 'BaseException'),
    ('KeyboardInterrupt', 'BaseException'),
    ('GeneratorExit', 'BaseException'),
    ('Exception', 'BaseException'),
    ('StopIteration', 'Exception'),
    ('StopAsyncIteration', 'Exception'),
    ('ArithmeticError', 'Exception'),
    ('FloatingPointError', 'ArithmeticError'),
    ('OverflowError', 'ArithmeticError'),
    ('ZeroDivisionError', 'ArithmeticError'),
    ('AssertionError', 'Exception'),
    ('AttributeError', 'Exception'),
    ('BufferError', 'Exception'),
    ('EOFError', 'Exception'),
    ('ImportError', 'Exception'),
    ('ModuleNotFoundError', 'ImportError'),
    ('LookupError', 'Exception'),
    ('IndexError', 'LookupError'),
    ('KeyError', 'LookupError'),
    ('MemoryError', 'Exception'),
    ('NameError', 'Exception'),
    ('UnboundLocalError', 'NameError'),
    ('OSError', 'Exception'),
    ('BlockingIOError', 'OSError'),
    ('ChildProcessError', 'OSError'),
    ('ConnectionError', 'OSError'),
    ('BrokenPipeError', 'ConnectionError'),
    ('ConnectionAbortedError', 'ConnectionError'),
    ('ConnectionRefusedError', 'ConnectionError'),
    ('ConnectionResetError', 'ConnectionError'),
    ('FileExistsError', 'OSError'),
    ('FileNotFoundError', 'OSError'),
    ('InterruptedError', 'OSError'),
    ('IsADirectoryError', 'OSError'),
    ('NotADirectoryError', 'OSError'),
    ('PermissionError', 'OSError'),
    ('ProcessLookupError', 'OSError'),
    ('TimeoutError', 'OSError'),
    ('ReferenceError', 'Exception'),
    ('RuntimeError', 'Exception'),
    ('NotImplementedError', 'RuntimeError'),
    ('RecursionError', 'RuntimeError'),
    ('SyntaxError', 'Exception'),
    ('IndentationError', 'SyntaxError'),
    ('TabError', 'IndentationError'),
    ('SystemError', 'Exception'),
    ('TypeError', 'Exception'),
    ('ValueError', 'Exception'),
    ('UnicodeError', 'ValueError'),
    ('UnicodeDecodeError', 'UnicodeError'),
    ('UnicodeEncodeError', 'UnicodeError'),
    ('UnicodeTranslateError', 'UnicodeError'),
    ('Warning', 'Exception'),
    ('DeprecationWarning', 'Warning'),
    ('PendingDeprecationWarning', 'Warning'),
    ('RuntimeWarning', 'Warning'),
    ('SyntaxWarning', 'Warning'),
    ('UserWarning', 'Warning'),
    ('FutureWarning', 'Warning'),
    ('ImportWarning', 'Warning'),
    ('UnicodeWarning', 'Warning'),
    ('BytesWarning', 'Warning'),
    ('ResourceWarning', 'Warning'),
    ('EncodingWarning', 'Warning'),
]

# Other names for the same class.
EXCEPTION_ALIASES = [('EnvironmentError', 'OSError'),
                     ('IOError', 'OSError')]

_SYNTAX_ATTRS = ['msg', 'filename', 'lineno', 'offset', 'text',
                 'end_lineno', 'end_offset', 'print_file_and_line']

_UNICODE_ATTRS = ['encoding', 'object', 'start', 'end', 'reason']

# Extra entries of some classes' dicts.
_SPECIAL_METHODS = {
    'KeyError': dict(
        __str__=interp2app(W_BaseException.descr_keyerror_str,
                           app_name='__str__')),
    'StopIteration': dict(
        __init__=interp2app(W_BaseException.descr_stopiteration_init,
                            app_name='__init__'),
        value=None),
    'SystemExit': dict(
        __init__=interp2app(W_BaseException.descr_systemexit_init,
                            app_name='__init__'),
        code=None),
    'SyntaxError': dict(
        __init__=interp2app(W_BaseException.descr_syntaxerror_init,
                            app_name='__init__'),
        __str__=interp2app(W_BaseException.descr_syntaxerror_str,
                           app_name='__str__'),
        **dict([(_name, None) for _name in _SYNTAX_ATTRS])),
    'OSError': dict(
        __new__=interp2app(descr_new_oserror, app_name='__new__'),
        __init__=interp2app(W_BaseException.descr_oserror_init,
                            app_name='__init__'),
        __str__=interp2app(W_BaseException.descr_oserror_str,
                           app_name='__str__'),
        errno=None, strerror=None, filename=None, filename2=None),
    'UnicodeDecodeError': dict(
        __init__=interp2app(W_BaseException.descr_unicodedecodeerror_init,
                            app_name='__init__'),
        __str__=interp2app(W_BaseException.descr_unicodedecodeerror_str,
                           app_name='__str__'),
        **dict([(_name, None) for _name in _UNICODE_ATTRS])),
    'UnicodeEncodeError': dict(
        __init__=interp2app(W_BaseException.descr_unicodeencodeerror_init,
                            app_name='__init__'),
        __str__=interp2app(W_BaseException.descr_unicodeencodeerror_str,
                           app_name='__str__'),
        **dict([(_name, None) for _name in _UNICODE_ATTRS])),
    'UnicodeTranslateError': dict(
        __init__=interp2app(
            W_BaseException.descr_unicodetranslateerror_init,
            app_name='__init__'),
        __str__=interp2app(W_BaseException.descr_unicodetranslateerror_str,
                           app_name='__str__'),
        **dict([(_name, None) for _name in _UNICODE_ATTRS])),
    'ImportError': dict(
        __init__=interp2app(W_BaseException.descr_importerror_init,
                            app_name='__init__'),
        name=None, path=None, msg=None),
}


def _make_typedefs():
    """One TypeDef per row of EXCEPTION_TABLE, in order; returns the
    list of (name, typedef)."""
    typedefs = {}
    result = []
    for name, base in EXCEPTION_TABLE:
        if base is None:
            rawdict = dict(
                __new__=interp2app(descr_new_exception, app_name='__new__'),
                __init__=interp2app(descr_init_base, app_name='__init__'),
                __str__=interp2app(W_BaseException.descr_str),
                __repr__=interp2app(W_BaseException.descr_repr),
                with_traceback=interp2app(
                    W_BaseException.descr_with_traceback),
                add_note=interp2app(W_BaseException.descr_add_note),
                args=GetSetProperty(W_BaseException.descr_get_args,
                                    W_BaseException.descr_set_args),
                __traceback__=GetSetProperty(
                    W_BaseException.descr_get_traceback,
                    W_BaseException.descr_set_traceback),
                __context__=GetSetProperty(W_BaseException.descr_get_context,
                                           W_BaseException.descr_set_context),
                __cause__=GetSetProperty(W_BaseException.descr_get_cause,
                                         W_BaseException.descr_set_cause),
                __suppress_context__=GetSetProperty(
                    W_BaseException.descr_get_suppress_context,
                    W_BaseException.descr_set_suppress_context),
                __dict__=GetSetProperty(W_BaseException.descr_get_dict),
            )
            bases = None
        else:
            rawdict = dict(_SPECIAL_METHODS.get(name, {}))
            bases = typedefs[base]
        typedef = TypeDef(name, bases, **rawdict)
        typedefs[name] = typedef
        result.append((name, typedef))
    return result


EXCEPTION_TYPEDEFS = _make_typedefs()
W_BaseException.typedef = EXCEPTION_TYPEDEFS[0][1]
