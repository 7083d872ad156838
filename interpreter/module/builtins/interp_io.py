"""print(), input() and open(), the builtins that talk to files
(sys.stdout, sys.stdin, _io), and `write_fd` for the interpreter's own
last-resort messages."""


from __future__ import absolute_import
from rpython.rlib import rposix

from interpreter.error import oefmt, wrap_oserror


def write_fd(space, fd, data):
    """Write all of `data` (bytes) to a file descriptor (for messages that
    must get out even when sys.stderr is broken)."""
    while data:
        try:
            n = rposix.write(fd, data)
        except OSError as e:
            raise wrap_oserror(space, e)
        data = data[n:]


def _std_stream(space, name):
    w_stream = space.finditem_str(space.sys.w_dict, name)
    if w_stream is None:
        raise oefmt(space.w_RuntimeError, "lost sys.%s", name)
    return w_stream


def print_(space, args_w, __args__):
    """print(value, ..., sep=' ', end='\\n', file=None, flush=False)

Prints the values to a stream, or to sys.stdout by default.
Optional keyword arguments:
file:  a file-like object (stream); defaults to the current sys.stdout.
sep:   string inserted between values, default a space.
end:   string appended after the last value, default a newline.
flush: whether to forcibly flush the stream."""
    w_sep = w_end = w_file = w_flush = None
    for i in range(len(__args__.keywords)):
        name = __args__.keywords[i]
        w_value = __args__.keywords_w[i]
        if name == 'sep':
            w_sep = w_value
        elif name == 'end':
            w_end = w_value
        elif name == 'file':
            w_file = w_value
        elif name == 'flush':
            w_flush = w_value
        else:
            raise oefmt(space.w_TypeError,
                        "'%s' is an invalid keyword argument for print()",
                        name)
    w_sep = _text_or_default(space, w_sep, ' ', 'sep')
    w_end = _text_or_default(space, w_end, '\n', 'end')
    if w_file is None or space.is_none(w_file):
        w_file = _std_stream(space, 'stdout')
        if space.is_none(w_file):
            return
    w_write = space.getattr(w_file, space.newtext('write'))
    for i in range(len(args_w)):
        if i > 0:
            space.call_function(w_write, w_sep)
        space.call_function(w_write, space.str(args_w[i]))
    space.call_function(w_write, w_end)
    if w_flush is not None and space.is_true(w_flush):
        space.call_method(w_file, 'flush')


def _text_or_default(space, w_value, default, name):
    if w_value is None or space.is_none(w_value):
        return space.newtext(default)
    if not space.isinstance_w(w_value, space.w_str):
        raise oefmt(space.w_TypeError, "%s must be None or a string, not %T",
                    name, w_value)
    return w_value


def input(space, w_prompt=None):
    """Read a string from standard input.  The trailing newline is
stripped.

The prompt string, if given, is printed to standard output without a
trailing newline before reading input.

If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise
EOFError."""
    w_stdin = _std_stream(space, 'stdin')
    w_stdout = _std_stream(space, 'stdout')
    if space.is_none(w_stdin):
        raise oefmt(space.w_RuntimeError, "input(): lost sys.stdin")
    if space.is_none(w_stdout):
        raise oefmt(space.w_RuntimeError, "input(): lost sys.stdout")
    w_stderr = space.finditem_str(space.sys.w_dict, 'stderr')
    if w_stderr is not None and not space.is_none(w_stderr):
        space.call_method(w_stderr, 'flush')
    if w_prompt is not None:
        space.call_method(w_stdout, 'write', space.str(w_prompt))
    space.call_method(w_stdout, 'flush')
    w_line = space.call_method(w_stdin, 'readline')
    if not space.isinstance_w(w_line, space.w_str):
        raise oefmt(space.w_TypeError, "object.readline() returned non-string")
    line = space.unicode_w(w_line)
    if not line:
        raise oefmt(space.w_EOFError, "EOF when reading a line")
    if line[-1] == u'\n':
        line = line[:-1]
    return space.newunicode(line)


def open(space, __args__):
    """open(file, mode='r', buffering=-1, encoding=None, errors=None,
newline=None, closefd=True, opener=None)

Open file and return a stream.  Raise OSError upon failure.
(This is _io.open; see help(_io.open) for the arguments.)"""
    w_open = space.getattr(space.builtin_modules['_io'],
                           space.newtext('open'))
    return space.call_args(w_open, __args__)
