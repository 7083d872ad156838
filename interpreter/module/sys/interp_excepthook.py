"""sys.excepthook: how an uncaught exception is printed.

The format is CPython 3.11's.  An exception whose `__cause__` is set, or
whose `__context__` is set and `__suppress_context__` is not, is preceded
by that earlier exception (printed the same way, oldest first) and the
sentence that links them; an exception already printed in the chain is
not printed again, so cycles end.  Each exception prints as:

  * "Traceback (most recent call last):" and, per frame, a line
    '  File "...", line N, in name', the source line without its
    indentation, and a line of carets under the failing expression (from
    the code's position table) unless the expression is the whole line.
    For a binary operation or a subscript the carets are `~` with `^`
    under the operator or the brackets;
  * for a SyntaxError, its own location, source line and caret;
  * "TypeName: message" (the module is shown unless it is builtins or
    __main__), then the strings of `__notes__`, one per line.
"""

from __future__ import absolute_import

import os

from interpreter.error import OperationError


CAUSE_MESSAGE = ('\nThe above exception was the direct cause of the '
                 'following exception:\n\n')
CONTEXT_MESSAGE = ('\nDuring handling of the above exception, another '
                   'exception occurred:\n\n')

# what CPython strips from the start of a source line, and skips when it
# looks for the operator of a binary operation or the `[` of a subscript
_INDENT = ' \t\x0c'
_SKIPPED = ' \t\x0c)\\\r\n'


def excepthook(space, w_type, w_value, w_traceback):
    """Handle an exception by displaying it with a traceback on
    sys.stderr."""
    lines = []
    format_exception(space, w_type, w_value, w_traceback, lines)
    write_stderr(space, ''.join(lines))


def write_stderr(space, text):
    """Write to sys.stderr when the program has set one (as CPython's
    hook does), else straight to file descriptor 2 (the interpreter has
    no file objects of its own yet)."""
    from interpreter.module.builtins.interp_io import write_fd
    w_stderr = space.sys.get('stderr')
    if w_stderr is None:
        write_fd(space, 2, text)
    elif not space.is_none(w_stderr):
        space.call_method(w_stderr, 'write', space.newtext(text))


def format_exception(space, w_type, w_value, w_traceback, lines):
    """Append to `lines` the text that sys.excepthook prints for
    (w_type, w_value, w_traceback), chained exceptions included."""
    seen = []
    _format_chain(space, w_type, w_value, w_traceback, lines, seen)


def _is_seen(seen, w_obj):
    for w_other in seen:
        if w_other is w_obj:
            return True
    return False


def _own_traceback(w_exc):
    from objspace.std.exceptionobject import W_BaseException
    if isinstance(w_exc, W_BaseException):
        return w_exc.w_traceback
    return None


def _format_chain(space, w_type, w_value, w_traceback, lines, seen):
    from objspace.std.exceptionobject import W_BaseException
    seen.append(w_value)
    if isinstance(w_value, W_BaseException):
        w_cause = w_value.w_cause
        w_context = w_value.w_context
        if w_cause is not None:
            # an explicit cause hides the context, even when it was
            # already printed
            if isinstance(w_cause, W_BaseException) and \
                    not _is_seen(seen, w_cause):
                _format_chain(space, space.type(w_cause), w_cause,
                              _own_traceback(w_cause), lines, seen)
                lines.append(CAUSE_MESSAGE)
        elif not w_value.suppress_context and \
                isinstance(w_context, W_BaseException) and \
                not _is_seen(seen, w_context):
            _format_chain(space, space.type(w_context), w_context,
                          _own_traceback(w_context), lines, seen)
            lines.append(CONTEXT_MESSAGE)
    _format_one(space, w_type, w_value, w_traceback, lines)


def _format_one(space, w_type, w_value, w_traceback, lines):
    from interpreter.pytraceback import PyTraceback
    tb = None
    if isinstance(w_traceback, PyTraceback) or w_traceback is not None and \
            w_traceback._tproxy_:
        tb = w_traceback
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        last_key = ''
        count = 0
        while tb is not None:
            if isinstance(tb, PyTraceback):
                code = tb.frame.pycode
                key = '%s\n%d\n%s' % (code.co_filename, tb.get_lineno(),
                                       code.co_name)
            else:
                key = _proxied_frame_key(space, tb)
            if key != last_key:
                _repeated(count, lines)
                last_key = key
                count = 0
            count += 1
            if isinstance(tb, PyTraceback):
                if count <= _RECURSIVE_CUTOFF:
                    _format_frame(tb, lines)
                tb = tb.next
            else:
                # a transparent proxy (objspace/std/proxyobject.py): read
                # through its controller
                if count <= _RECURSIVE_CUTOFF:
                    _format_proxied_frame(space, tb, lines)
                tb = space.getattr(tb, space.newtext('tb_next'))
                if space.is_none(tb):
                    tb = None
        _repeated(count, lines)
    if space.isinstance_w(w_value, space.w_SyntaxError):
        _format_syntax_error(space, w_value, lines)
    lines.append(exception_only(space, w_type, w_value) + '\n')
    _format_notes(space, w_value, lines)


# as CPython: more than 3 identical consecutive entries (same file, line
# and function: a recursion) print as the first 3 and a count
_RECURSIVE_CUTOFF = 3


def _repeated(count, lines):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        lines.append('  [Previous line repeated %d more time%s]\n' % (
            more, 's' if more > 1 else ''))


def _proxied_frame_key(space, w_tb):
    lineno = space.int_w(space.getattr(w_tb, space.newtext('tb_lineno')))
    w_frame = space.getattr(w_tb, space.newtext('tb_frame'))
    w_code = space.getattr(w_frame, space.newtext('f_code'))
    filename = space.text_w(space.getattr(w_code,
                                          space.newtext('co_filename')))
    name = space.text_w(space.getattr(w_code, space.newtext('co_name')))
    return '%s\n%d\n%s' % (filename, lineno, name)


def _format_proxied_frame(space, w_tb, lines):
    """The 'File ..., line ..., in ...' entry and source line of a
    traceback that is read through the generic protocol."""
    lineno = space.int_w(space.getattr(w_tb, space.newtext('tb_lineno')))
    w_frame = space.getattr(w_tb, space.newtext('tb_frame'))
    w_code = space.getattr(w_frame, space.newtext('f_code'))
    filename = space.text_w(space.getattr(w_code,
                                          space.newtext('co_filename')))
    name = space.text_w(space.getattr(w_code, space.newtext('co_name')))
    lines.append('  File "%s", line %d, in %s\n' % (filename, lineno, name))
    line = get_raw_source_line(filename, lineno)
    indent = 0
    while indent < len(line) and line[indent] in _INDENT:
        indent += 1
    if indent < len(line):
        lines.append('    %s\n' % line[indent:])


def _format_frame(tb, lines):
    code = tb.frame.pycode
    lineno = tb.get_lineno()
    lines.append('  File "%s", line %d, in %s\n' % (
        code.co_filename, lineno, code.co_name))
    line = get_raw_source_line(code.co_filename, lineno)
    indent = 0
    while indent < len(line) and line[indent] in _INDENT:
        indent += 1
    if indent == len(line):
        return
    lines.append('    %s\n' % line[indent:])
    start_line, end_line, col, end_col = code.position_at(tb.lasti)
    if start_line != lineno or end_line < start_line or col < 0 or \
            end_col < 0:
        return
    carets = caret_line(line, indent, start_line == end_line, col, end_col)
    if carets:
        lines.append(carets)


def caret_line(line, indent, single_line, col, end_col):
    """The line of carets under bytes col:end_col of the source line
    `line` (UTF-8, `indent` bytes of indentation), with its newline; ''
    when the range covers the whole stripped line and has no anchors.
    Carets count characters, not bytes."""
    start = char_offset(line, col)
    end = char_offset(line, end_col)
    left = -1
    right = -1
    primary = '^'
    secondary = '^'
    if single_line:
        left_byte, right_byte = _anchors(line, col, end_col)
        if left_byte >= 0:
            assert col >= 0
            left = start + char_offset(line[col:], left_byte)
            right = start + char_offset(line[col:], right_byte)
            primary = '~'
    else:
        # an expression that goes on below: underline to the end of
        # this line
        last = len(line)
        while last > 0 and line[last - 1] in _INDENT:
            last -= 1
        end = char_offset(line, last)
    nindent = char_offset(line, indent)
    stripped_length = char_offset(line, len(line)) - nindent
    has_anchors = left >= 0
    if end - start == stripped_length and not has_anchors:
        return ''
    result = ['    ']
    position = nindent + 1
    while position <= end:
        if position <= start:
            result.append(' ')
        elif has_anchors and left < position <= right:
            result.append(secondary)
        else:
            result.append(primary)
        position += 1
    result.append('\n')
    return ''.join(result)


def char_offset(text, byte_offset):
    """The number of characters in the first `byte_offset` bytes of the
    UTF-8 string `text` (past its end, counted as one byte each)."""
    count = 0
    i = 0
    while i < byte_offset:
        if i >= len(text) or (ord(text[i]) & 0xC0) != 0x80:
            count += 1
        i += 1
    return count


def _anchors(line, col, end_col):
    """(left, right) byte offsets in line[col:end_col] of the part that
    gets `^` when that segment is a binary operation (its operator) or
    a subscript (its brackets and what is between them); (-1, -1)
    otherwise."""
    from interpreter.astcompiler import ast
    from interpreter.pyparser import pyparse
    from interpreter.pyparser.error import SyntaxError
    if col < 0 or end_col < col or end_col > len(line):
        return (-1, -1)
    assert col >= 0 and end_col >= 0
    segment = line[col:end_col]
    try:
        tree = pyparse.parse(segment + '\n', '<segment>', 'exec')
    except SyntaxError:
        return (-1, -1)
    if not isinstance(tree, ast.Module) or len(tree.body) != 1:
        return (-1, -1)
    statement = tree.body[0]
    if not isinstance(statement, ast.Expr):
        return (-1, -1)
    expr = statement.value
    if isinstance(expr, ast.BinOp):
        stop = expr.right.col_offset
        i = _skip(segment, expr.left.end_col_offset, stop)
        if i >= stop:
            return (-1, -1)
        right = i + 1
        # a two-character operator (`//`, `**`, `<<`, ...)
        if i + 1 < stop and segment[i + 1] not in _SKIPPED:
            right += 1
        return (i, right)
    if isinstance(expr, ast.Subscript):
        left = _skip(segment, expr.value.end_col_offset, len(segment))
        right = _skip(segment, expr.slice.end_col_offset, len(segment))
        return (left, min(right + 1, len(segment)))
    return (-1, -1)


def _skip(segment, i, stop):
    """The first index from i on (before stop) that holds neither white
    space nor a closing parenthesis."""
    while 0 <= i < stop and i < len(segment) and segment[i] in _SKIPPED:
        i += 1
    return i


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


def _format_notes(space, w_value, lines):
    """The notes added with add_note(): str() of each item of
    `__notes__` on its own line (repr() of `__notes__` itself when it is
    not a sequence)."""
    try:
        w_notes = space.findattr(w_value, space.newtext('__notes__'))
    except OperationError:
        return
    if w_notes is None:
        return
    if space.isinstance_w(w_notes, space.w_list) or \
            space.isinstance_w(w_notes, space.w_tuple) or \
            space.isinstance_w(w_notes, space.w_str):
        try:
            length = space.len_w(w_notes)
            for i in range(length):
                w_note = space.getitem(w_notes, space.newint(i))
                lines.append(_str_or_placeholder(space, w_note, 'note str()')
                             + '\n')
        except OperationError:
            return
    else:
        lines.append(_str_or_placeholder(space, w_notes, '__notes__ repr()',
                                         use_repr=True) + '\n')


def _str_or_placeholder(space, w_obj, what, use_repr=False):
    try:
        if use_repr:
            return space.text_w(space.repr(w_obj))
        return space.text_w(space.str(w_obj))
    except OperationError:
        return '<%s failed>' % what


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
        # the caret would point into the indentation (an unexpected
        # indent): CPython prints none
        return
    if column > len(body):
        column = len(body)
    ncarets = 1
    if end_lineno == lineno and end_offset > offset:
        ncarets = end_offset - offset
        if column + ncarets > len(body) + 1:
            ncarets = max(len(body) + 1 - column, 1)
    lines.append('    %s%s\n' % (' ' * column, '^' * ncarets))


def get_raw_source_line(filename, lineno):
    """Line `lineno` of the file without its end of line (UTF-8 bytes),
    or '' when it cannot be read."""
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
    while end > start and data[end - 1] == '\r':
        end -= 1
    assert end >= start >= 0
    return data[start:end]

