"""sys.excepthook: how an uncaught exception is printed.

The format is CPython's: "Traceback (most recent call last):", one
"  File ..., line N, in name" line per frame with the source line when the
file can be read, then "TypeName: message".  A SyntaxError ends instead
with its own location, source line and caret.
"""

import os

from interpreter.error import OperationError
from interpreter.textutil import strip_whitespace


def excepthook(space, w_type, w_value, w_traceback):
    """Handle an exception by displaying it with a traceback on
    sys.stderr."""
    lines = []
    format_exception(space, w_type, w_value, w_traceback, lines)
    write_stderr(space, ''.join(lines))


def write_stderr(space, text):
    from interpreter.module.builtins.interp_io import write_fd
    write_fd(space, 2, text)


def format_exception(space, w_type, w_value, w_traceback, lines):
    from interpreter.pytraceback import PyTraceback
    tb = None
    if isinstance(w_traceback, PyTraceback):
        tb = w_traceback
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        while tb is not None:
            code = tb.frame.pycode
            lineno = tb.get_lineno()
            lines.append('  File "%s", line %d, in %s\n' % (
                code.co_filename, lineno, code.co_name))
            source_line = get_source_line(code.co_filename, lineno)
            if source_line:
                lines.append('    %s\n' % source_line)
            tb = tb.next
    if space.isinstance_w(w_value, space.w_SyntaxError):
        _format_syntax_error(space, w_value, lines)
    lines.append(exception_only(space, w_type, w_value) + '\n')


def exception_only(space, w_type, w_value):
    """'TypeName: message' (the last line of a traceback)."""
    name = space.text_w(space.getattr(w_type, space.newtext('__qualname__')))
    module = space.text_w(space.getattr(w_type, space.newtext('__module__')))
    if module != 'builtins' and module != '__main__':
        name = module + '.' + name
    if space.isinstance_w(w_value, space.w_SyntaxError):
        w_msg = space.findattr(w_value, space.newtext('msg'))
        if w_msg is not None and not space.is_none(w_msg):
            return '%s: %s' % (name, space.text_w(space.str(w_msg)))
    try:
        message = space.text_w(space.str(w_value))
    except OperationError:
        message = '<exception str() failed>'
    if message:
        return '%s: %s' % (name, message)
    return name


def _attr_text(space, w_obj, name):
    w_value = space.findattr(w_obj, space.newtext(name))
    if w_value is None or space.is_none(w_value):
        return None
    return space.text_w(space.str(w_value))


def _attr_int(space, w_obj, name):
    w_value = space.findattr(w_obj, space.newtext(name))
    if w_value is None or not space.isinstance_w(w_value, space.w_int):
        return -1
    return space.int_w(w_value)


def _format_syntax_error(space, w_value, lines):
    filename = _attr_text(space, w_value, 'filename')
    lineno = _attr_int(space, w_value, 'lineno')
    if filename is None:
        filename = '<string>'
    lines.append('  File "%s", line %d\n' % (filename, lineno))
    text = _attr_text(space, w_value, 'text')
    if text is None:
        return
    offset = _attr_int(space, w_value, 'offset')
    end_lineno = _attr_int(space, w_value, 'end_lineno')
    end_offset = _attr_int(space, w_value, 'end_offset')
    # leading white space is not shown; the caret moves with it
    utext = space.unicode_w(space.newtext(text))
    start = 0
    while start < len(utext) and utext[start] in u' \t\x0c':
        start += 1
    end = len(utext)
    while end > start and utext[end - 1] in u'\r\n':
        end -= 1
    assert end >= 0
    body = utext[start:end]
    lines.append('    %s\n' % space.text_w(space.newunicode(body)))
    if offset < 1:
        return
    column = offset - 1 - start
    if column < 0:
        column = 0
    if column > len(body):
        column = len(body)
    ncarets = 1
    if end_lineno == lineno and end_offset > offset:
        ncarets = end_offset - offset
        if column + ncarets > len(body) + 1:
            ncarets = max(len(body) + 1 - column, 1)
    lines.append('    %s%s\n' % (' ' * column, '^' * ncarets))


def get_source_line(filename, lineno):
    """Line `lineno` of the file, stripped, or '' when it cannot be
    read."""
    if not filename or filename.startswith('<'):
        return ''
    try:
        fd = os.open(filename, os.O_RDONLY, 0)
    except OSError:
        return ''
    chunks = []
    try:
        while True:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    except OSError:
        pass
    os.close(fd)
    data = ''.join(chunks)
    current = 1
    start = 0
    while current < lineno:
        newline = data.find('\n', start)
        if newline < 0:
            return ''
        start = newline + 1
        current += 1
    end = data.find('\n', start)
    if end < 0:
        end = len(data)
    assert end >= start >= 0
    return strip_whitespace(data[start:end])
