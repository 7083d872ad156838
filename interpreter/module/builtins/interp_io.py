"""print(), the builtin that writes."""


from __future__ import absolute_import
from rpython.rlib import rposix

from interpreter.error import OperationError, oefmt, wrap_oserror


def write_fd(space, fd, data):
    """Write all of `data` (bytes) to a file descriptor."""
    while data:
        try:
            n = rposix.write(fd, data)
        except OSError as e:
            raise wrap_oserror(space, e)
        data = data[n:]


def print_(space, args_w, __args__):
    """print(value, ..., sep=' ', end='\\n', file=None, flush=False)

Prints the values to a stream, or to sys.stdout by default."""
    w_sep = w_end = w_file = None
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
            pass
        else:
            raise oefmt(space.w_TypeError,
                        "'%s' is an invalid keyword argument for print()",
                        name)
    sep = _text_or_default(space, w_sep, ' ', 'sep')
    end = _text_or_default(space, w_end, '\n', 'end')
    parts = [space.text_w(space.str(w_arg)) for w_arg in args_w]
    text = sep.join(parts) + end
    if w_file is None or space.is_none(w_file):
        w_file = space.sys.get('stdout')
    if w_file is None or space.is_none(w_file):
        write_fd(space, 1, text)
        return
    space.call_method(w_file, 'write', space.newtext(text))


def _text_or_default(space, w_value, default, name):
    if w_value is None or space.is_none(w_value):
        return default
    if not space.isinstance_w(w_value, space.w_str):
        raise oefmt(space.w_TypeError, "%s must be None or a string, not %T",
                    name, w_value)
    return space.text_w(w_value)
