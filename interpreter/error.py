"""Interp-level representation of app-level exceptions.

An app-level exception travels through the interpreter as an
`OperationError`, an RPython exception that carries the app-level
exception type (`w_type`) and, once someone asks for it, the app-level
exception instance (`w_value`).  Most errors are created with `oefmt`,
which stores the format arguments and builds the message only when the
exception instance is actually needed: raising and catching an error that
nobody prints costs no string formatting.

The format codes of `oefmt`:

    %s   an interp-level str (UTF-8)          %d  an interp-level int
    %T   the name of the type of a w_ object  %R  repr() of a w_ object
    %N   the __name__ of a w_ object (a type or function)
    %8   an interp-level str (UTF-8), same as %s
    %%   a percent sign
"""


from __future__ import absolute_import
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from rpython.rlib.unroll import unrolling_iterable


class OperationError(Exception):
    """An app-level exception in flight at interp level.

    `w_type` is the app-level exception class; `_w_value` the exception
    instance, created lazily by `get_w_value()`.  `traceback` is the list of
    (frame, instruction offset) entries the exception has passed through,
    innermost last, turned into app-level traceback objects on demand.
    """

    _w_value = None
    _application_traceback = None

    def __init__(self, w_type, w_value, tb=None):
        assert w_type is not None
        self.w_type = w_type
        self._w_value = w_value
        self._application_traceback = tb

    def match(self, space, w_check_class):
        """Is this exception an instance of w_check_class (a class or a
        tuple of classes), as an `except` clause decides?"""
        return space.exception_match(self.w_type, w_check_class)

    def get_w_value(self, space):
        """The app-level exception instance, created if needed."""
        w_value = self._w_value
        if w_value is None:
            w_value = self._make_value(space)
            self._w_value = w_value
        return w_value

    def _make_value(self, space):
        # OperationError(w_type, None): the class called without arguments
        return space.call_function(self.w_type)

    def normalize_exception(self, space):
        """Make w_type the class of w_value (raising a class instantiates
        it; raising an instance takes its class)."""
        w_value = self.get_w_value(space)
        self.w_type = space.type(w_value)

    def record_traceback_entry(self, frame, lasti):
        from interpreter.pytraceback import record_application_traceback
        record_application_traceback(self, frame, lasti)

    def get_traceback(self):
        return self._application_traceback

    def set_traceback(self, tb):
        self._application_traceback = tb

    def errorstr(self, space):
        """'TypeError: message', as the last line of a traceback shows it."""
        w_value = self.get_w_value(space)
        name = space.text_w(space.getattr(self.w_type,
                                          space.newtext('__name__')))
        msg = space.text_w(space.str(w_value))
        if msg:
            return '%s: %s' % (name, msg)
        return name

    def __repr__(self):
        return '<OperationError %s>' % (self.w_type,)


def _parse_format(fmt):
    """Split an oefmt format into literal strings and format codes."""
    strings = []
    codes = []
    current = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            code = fmt[i + 1]
            if code == '%':
                current.append('%')
            else:
                assert code in 'sdTRN8', 'bad oefmt code %%%s' % code
                strings.append(''.join(current))
                current = []
                codes.append(code)
            i += 2
        else:
            current.append(c)
            i += 1
    strings.append(''.join(current))
    return strings, codes


_fmtcache = {}


@specialize.memo()
def get_operr_class(valuefmt):
    """One OperationError subclass per format string (built once, at
    annotation time); its fields hold the raw arguments."""
    try:
        return _fmtcache[valuefmt]
    except KeyError:
        pass
    strings, codes = _parse_format(valuefmt)
    entries = unrolling_iterable(
        [(i, code, 'x%d' % i) for i, code in enumerate(codes)])
    strings_unroll = strings

    class OpErrFmt(OperationError):
        def __init__(self, w_type, *args):
            self.w_type = w_type
            self._w_value = None
            self._application_traceback = None
            for i, _, attr in entries:
                setattr(self, attr, args[i])

        def _make_value(self, space):
            return space.call_function(self.w_type,
                                       self._compute_value(space))

        def _compute_value(self, space):
            result = [strings_unroll[0]]
            for i, code, attr in entries:
                value = getattr(self, attr)
                if code == 'd':
                    result.append(str(value))
                elif code == 's' or code == '8':
                    result.append(value)
                elif code == 'T':
                    result.append(space.type(value).getname(space))
                elif code == 'N':
                    result.append(space.getname(value))
                else:   # 'R'
                    result.append(space.text_w(space.repr(value)))
                result.append(strings_unroll[i + 1])
            return space.newtext(''.join(result))

    OpErrFmt.__name__ = 'OpErrFmt_%d' % len(_fmtcache)
    _fmtcache[valuefmt] = OpErrFmt
    return OpErrFmt


@specialize.arg(1)
def oefmt(w_type, valuefmt, *args):
    """Create an OperationError of class w_type whose message is
    valuefmt % args, formatted only when someone reads it."""
    cls = get_operr_class(valuefmt)
    return cls(w_type, *args)


@jit.dont_look_inside
def wrap_oserror(space, e, filename=None):
    """An OSError (or subclass chosen by errno) from an interp-level
    OSError."""
    from rpython.rlib import rposix
    errno = e.errno
    try:
        msg = rposix.strerror(errno)
    except ValueError:
        msg = 'error %d' % errno
    w_type = space.oserror_class_for_errno(errno)
    if filename is not None:
        w_value = space.call_function(w_type, space.newint(errno),
                                      space.newtext(msg),
                                      space.newtext(filename))
    else:
        w_value = space.call_function(w_type, space.newint(errno),
                                      space.newtext(msg))
    return OperationError(space.type(w_value), w_value)
