"""Interp-level syntax errors raised by the tokenizer and the parser.

They carry the same information as CPython's SyntaxError: `offset` and
`end_offset` are 1-based *character* columns (CPython converts its byte
columns before raising), `text` is the source line as a str (UTF-8) with the
trailing newline when CPython keeps it.  The compiler turns them into
app-level SyntaxError / IndentationError / TabError instances.
"""



from __future__ import absolute_import
class SyntaxError(Exception):
    """A syntax error in the source; `lineno` is 1-based, 0 when unknown."""
    kind = "SyntaxError"

    def __init__(self, msg, lineno=0, offset=0, text=None, filename=None,
                 end_lineno=0, end_offset=0):
        self.msg = msg
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.filename = filename
        self.end_lineno = end_lineno
        self.end_offset = end_offset

    def __str__(self):
        return "%s: %s (line %d, offset %d)" % (self.kind, self.msg,
                                                 self.lineno, self.offset)

    def format_lines(self):
        """The lines CPython 3.11 prints for this exception when uncaught
        (without trailing newlines)."""
        lines = []
        filename = self.filename
        if filename is None:
            filename = "<string>"
        lines.append('  File "%s", line %d' % (filename, self.lineno))
        text = self.text
        if text is not None:
            offset = self.offset - 1
            # leading whitespace is not shown; the caret moves with it
            start = 0
            while start < len(text) and text[start] in ' \t\f':
                start += 1
                offset -= 1
            body = text[start:]
            if body.endswith('\n'):
                body = body[:-1]
            length = _char_len(body)
            if offset > length:
                offset = length
            lines.append('    ' + body)
            if offset >= 0 and self.offset > 0:
                ncarets = 1
                if self.end_lineno == self.lineno and \
                        self.end_offset > self.offset:
                    end = self.end_offset
                    if end > length + 1 + (self.offset - 1 - offset):
                        end = length + 1 + (self.offset - 1 - offset)
                    ncarets = end - self.offset
                    if ncarets < 1:
                        ncarets = 1
                lines.append('    ' + ' ' * offset + '^' * ncarets)
        lines.append('%s: %s' % (self.kind, self.msg))
        return lines


class IndentationError(SyntaxError):
    kind = "IndentationError"


class TabError(IndentationError):
    kind = "TabError"


def _char_len(s):
    """Number of characters in a UTF-8 string."""
    n = 0
    for c in s:
        if not (0x80 <= ord(c) < 0xC0):
            n += 1
    return n
