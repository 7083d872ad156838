"""The tokenizer: UTF-8 source bytes -> Token objects, produced on demand.

The parser pulls tokens one at a time (`Tokenizer.get(i)`), as CPython's
parser does, because the order of errors depends on it: a syntax error
found by the parser early in the file wins over a bad token further down,
except for the generic "invalid syntax", for which CPython tokenizes the
rest of the source and prefers a tokenizer error (`check_rest`).

Columns are byte offsets into the UTF-8 line (what the AST wants);
SyntaxError offsets are converted to 1-based character columns.
Strings are returned undecoded (prefix and quotes included): the parser
decodes them with `stringparse`.
"""


from __future__ import absolute_import
from interpreter.pyparser import error
from interpreter.pyparser.normalize import nfkc

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
ERRORTOKEN = 8

token_names = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE',
               'INDENT', 'DEDENT', 'ERRORTOKEN']

MAXINDENT = 100

# keywords that may directly follow a number (`1if x else y`)
_NUMBER_FOLLOWERS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']
MAXLEVEL = 200
TABSIZE = 8

# longest first, so that the first match is the longest one
_OPERATORS3 = ['**=', '//=', '>>=', '<<=', '...', '!=']
_OPERATORS2 = ['**', '//', '>>', '<<', '<=', '>=', '==', '->', ':=',
               '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']
_OPERATORS1 = '+-*/%@&|^~<>()[]{},:;.=!'

KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async',
            'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
            'else', 'except', 'finally', 'for', 'from', 'global', 'if',
            'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
            'raise', 'return', 'try', 'while', 'with', 'yield']


class Token(object):
    """One token.  `value` is the source text (for NEWLINE/INDENT/DEDENT:
    '' or the newline).  Positions: lineno is 1-based, col 0-based bytes.
    `level` is the bracket depth after the token (a closing bracket is at
    the depth outside it), as in CPython."""
    _immutable_fields_ = ['type', 'value', 'lineno', 'col', 'end_lineno',
                          'end_col', 'level']

    def __init__(self, type, value, lineno, col, end_lineno, end_col,
                 level=0):
        self.type = type
        self.value = value
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col
        self.level = level

    def __repr__(self):
        return 'Token(%s, %r, %d:%d-%d:%d)' % (
            token_names[self.type], self.value, self.lineno, self.col,
            self.end_lineno, self.end_col)


def is_ident_start(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or ord(c) >= 128


def is_ident_char(c):
    return (('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or
            ('0' <= c <= '9') or ord(c) >= 128)


def is_digit(c):
    return '0' <= c <= '9'


def is_hex(c):
    return ('0' <= c <= '9') or ('a' <= c <= 'f') or ('A' <= c <= 'F')


def hexpad(n, width, upper=False):
    """'%0*x' % (width, n), which RPython's formatting lacks."""
    digits = "0123456789abcdef"
    if upper:
        digits = "0123456789ABCDEF"
    out = []
    while n > 0 or len(out) < width:
        out.append(digits[n & 15])
        n >>= 4
    out.reverse()
    return ''.join(out)


def char_offset(line, bytecol):
    """1-based character column of the byte column `bytecol` in `line`."""
    n = 1
    i = 0
    end = min(bytecol, len(line))
    while i < end:
        if not (0x80 <= ord(line[i]) < 0xC0):
            n += 1
        i += 1
    if bytecol > len(line):
        n += bytecol - len(line)
    return n


def utf8_sequence_length(s, i):
    """Length of the valid UTF-8 sequence at s[i] (i < len(s)), or a
    negative number: -1 invalid start byte, -2 invalid continuation byte,
    -3 unexpected end of data."""
    c = ord(s[i])
    if c < 0x80:
        return 1
    if 0xC2 <= c <= 0xDF:
        n = 2
    elif 0xE0 <= c <= 0xEF:
        n = 3
    elif 0xF0 <= c <= 0xF4:
        n = 4
    else:
        return -1
    for k in range(1, n):
        if i + k >= len(s):
            return -3
        d = ord(s[i + k])
        if not (0x80 <= d <= 0xBF):
            return -2
        if k == 1:
            if c == 0xE0 and d < 0xA0:
                return -2
            if c == 0xED and d >= 0xA0:
                return -2
            if c == 0xF0 and d < 0x90:
                return -2
            if c == 0xF4 and d >= 0x90:
                return -2
    return n


def utf8_error_message(s, i, code):
    """CPython's message for a UTF-8 decoding error at s[i]."""
    if code == -1:
        reason = "invalid start byte"
    elif code == -2:
        reason = "invalid continuation byte"
    else:
        reason = "unexpected end of data"
    if code == -3 and len(s) - i > 1:
        where = "bytes in position %d-%d" % (i, len(s) - 1)
    else:
        where = "byte 0x%s in position %d" % (hexpad(ord(s[i]), 2), i)
    return "(unicode error) 'utf-8' codec can't decode %s: %s" % (where,
                                                                  reason)


def decode_utf8_char(s, i, n):
    """Code point of the n-byte valid UTF-8 sequence at s[i]."""
    c = ord(s[i])
    if n == 1:
        return c
    if n == 2:
        cp = c & 0x1F
    elif n == 3:
        cp = c & 0x0F
    else:
        cp = c & 0x07
    for k in range(1, n):
        cp = (cp << 6) | (ord(s[i + k]) & 0x3F)
    return cp


def encode_utf8(code, out):
    """Append the UTF-8 bytes of the code point `code` to the list `out`."""
    if code < 0x80:
        out.append(chr(code))
    elif code < 0x800:
        out.append(chr(0xC0 | (code >> 6)))
        out.append(chr(0x80 | (code & 0x3F)))
    elif code < 0x10000:
        out.append(chr(0xE0 | (code >> 12)))
        out.append(chr(0x80 | ((code >> 6) & 0x3F)))
        out.append(chr(0x80 | (code & 0x3F)))
    else:
        out.append(chr(0xF0 | (code >> 18)))
        out.append(chr(0x80 | ((code >> 12) & 0x3F)))
        out.append(chr(0x80 | ((code >> 6) & 0x3F)))
        out.append(chr(0x80 | (code & 0x3F)))


def normalize_name(name):
    """NFKC form of an identifier (valid UTF-8), as PEP 3131 wants.  A
    name that would become a keyword is left alone (CPython keeps it a
    name; we keep its spelling)."""
    points = []
    i = 0
    while i < len(name):
        k = utf8_sequence_length(name, i)
        points.append(decode_utf8_char(name, i, k))
        i += k
    out = []
    for code in nfkc(points):
        encode_utf8(code, out)
    result = ''.join(out)
    if result in KEYWORDS:
        return name
    return result


class Tokenizer(object):
    """Produces the tokens of `source` (UTF-8 bytes) on demand."""

    def __init__(self, source, filename):
        self.source = source
        self.filename = filename
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.tokens = []
        self.indents = [0]
        self.alt_indents = [0]
        self.parens = []          # the opening bracket chars
        self.paren_pos = []       # (lineno, col) of each, flattened pairs
        self.at_line_start = True
        self.done = False
        self.eof_in_paren = False  # CPython's E_EOF inside brackets
        self.pending_dedents = 0
        # Where the source sits in an enclosing file: set for the
        # expressions of f-strings (see fstring.py).  Token line numbers
        # are shifted by `line_base`; tokens ending on the first line also
        # have their columns shifted by `col_base`, as CPython does.
        self.line_base = 0
        self.col_base = 0
        self.raised = False     # a tokenizer error was raised

    # -- access -----------------------------------------------------------

    def get(self, i):
        while i >= len(self.tokens):
            if self.done:
                return self.tokens[-1]
            self._produce()
        return self.tokens[i]

    def check_rest(self):
        """Tokenize to the end (raises the first tokenizer error)."""
        while not self.done:
            self._produce()

    def line_text(self, lineno):
        """The source line `lineno` (1-based), with its newline."""
        s = self.source
        pos = 0
        n = 1
        while n < lineno:
            nl = s.find('\n', pos)
            if nl < 0:
                return ''
            pos = nl + 1
            n += 1
        nl = s.find('\n', pos)
        if nl < 0:
            return s[pos:]
        return s[pos:nl + 1]

    def error(self, msg, lineno, bytecol, end_lineno=0, end_bytecol=-1,
              with_newline=False, cls=error.SyntaxError):
        """Raise `cls` at a byte column; the text keeps its newline only
        when `with_newline` (CPython's tokenizer errors drop it)."""
        text = self.line_text(lineno)
        offset = char_offset(text, bytecol)
        if end_lineno == 0:
            end_lineno = lineno
            end_offset = offset
        elif end_bytecol < 0:
            end_offset = end_bytecol
        else:
            end_offset = char_offset(self.line_text(end_lineno), end_bytecol)
        if not with_newline and text.endswith('\n'):
            text = text[:-1]
        self.raised = True
        raise cls(msg, lineno + self.line_base, offset, text, self.filename,
                  end_lineno + self.line_base, end_offset)

    def _err_here(self, msg, pos):
        """Error whose 1-based offset is the character at byte `pos`."""
        self.error(msg, self.lineno, pos - self.line_start)

    # -- production -------------------------------------------------------

    def _add(self, type, value, start, end):
        self._token(type, value, self.lineno, start - self.line_start,
                    end - self.line_start)

    def _token(self, type, value, lineno, col, end_col):
        """Append a token from `lineno` to the current line."""
        if self.lineno == 1:
            col += self.col_base
            end_col += self.col_base
        self.tokens.append(Token(type, value, lineno + self.line_base, col,
                                 self.lineno + self.line_base, end_col,
                                 len(self.parens)))

    def _newline_here(self, pos):
        self.lineno += 1
        self.line_start = pos

    def _produce(self):
        if self.pending_dedents > 0:
            self.pending_dedents -= 1
            self._add(DEDENT, '', self.pos, self.pos)
            return
        if self.at_line_start and not self.parens:
            if self._handle_indentation():
                return
        s = self.source
        n = len(s)
        comment = -1
        while True:
            pos = self.pos
            if pos >= n:
                self._at_eof()
                return
            c = s[pos]
            if c == ' ' or c == '\t' or c == '\f':
                self.pos = pos + 1
                continue
            if c == '#':
                comment = pos
                while pos < n and s[pos] != '\n' and s[pos] != '\r':
                    pos += 1
                self.pos = pos
                continue
            if c == '\\':
                nl = 0
                if pos + 1 < n and s[pos + 1] == '\n':
                    nl = 1
                elif pos + 2 < n and s[pos + 1] == '\r' and \
                        s[pos + 2] == '\n':
                    nl = 2
                if nl > 0 and (pos + 1 + nl < n or self.parens):
                    self.pos = pos + 1 + nl
                    self._newline_here(pos + 1 + nl)
                    continue
                if pos + 1 + nl >= n and not self.parens:
                    # a continuation line that never comes
                    self.pos = n
                    self.error("unexpected EOF while parsing", self.lineno,
                               pos + 1 - self.line_start, self.lineno, -1,
                               with_newline=True)
                self.error(
                    "unexpected character after line continuation character",
                    self.lineno, pos + 1 - self.line_start, self.lineno, 0,
                    with_newline=True)
            if c == '\n' or c == '\r':
                end = pos + 1
                if c == '\r' and end < n and s[end] == '\n':
                    end += 1
                if self.parens:
                    self.pos = end
                    self._newline_here(end)
                    continue
                # as in CPython, the NEWLINE starts where a comment does
                if comment < 0:
                    comment = pos
                self._add(NEWLINE, '\n', comment, pos + 1)
                self.pos = end
                self._newline_here(end)
                self.at_line_start = True
                return
            break
        self.at_line_start = False
        if is_ident_start(c):
            self._name_or_string(pos)
        elif is_digit(c) or (c == '.' and pos + 1 < n and is_digit(s[pos + 1])):
            self._number(pos)
        elif c == '"' or c == "'":
            self._string(pos, pos)
        else:
            self._operator(pos)

    def _at_eof(self):
        n = len(self.source)
        if self.parens:
            # CPython reports this through the parser ("was never closed")
            self.eof_in_paren = True
            self.parens = []
        if self.tokens and self.tokens[-1].type != NEWLINE and \
                self.tokens[-1].type != DEDENT and \
                self.tokens[-1].type != INDENT:
            self._eof_token(NEWLINE)
            return
        if len(self.indents) > 1:
            self.indents.pop()
            self.alt_indents.pop()
            self._eof_token(DEDENT)
            return
        self._eof_token(ENDMARKER)
        self.done = True

    def _eof_token(self, type):
        """A token at the end of the source.  When the source ends with a
        newline, CPython puts these at the end of the last line (on the
        newline), not at the start of a line after it."""
        n = len(self.source)
        if self.line_start == n and n > 0 and self.lineno > 1:
            last = n - 1
            assert last >= 0
            prev = self.source.rfind('\n', 0, last) + 1
            lineno = self.lineno - 1 + self.line_base
            col = n - 1 - prev
            self.tokens.append(Token(type, '', lineno, col, lineno, col))
            return
        self._add(type, '', n, n)

    def _handle_indentation(self):
        """At the start of a line outside brackets: skip blank and comment
        lines, then emit INDENT/DEDENT.  Returns True if a token was made."""
        s = self.source
        n = len(s)
        while True:
            pos = self.pos
            col = 0
            altcol = 0
            while pos < n:
                c = s[pos]
                if c == ' ':
                    col += 1
                    altcol += 1
                elif c == '\t':
                    col = (col // TABSIZE + 1) * TABSIZE
                    altcol += 1
                elif c == '\f':
                    col = 0
                    altcol = 0
                else:
                    break
                pos += 1
            if pos >= n:
                self.pos = pos
                self.at_line_start = False
                return False
            c = s[pos]
            if c == '#' or c == '\n' or c == '\r':
                # blank line: no NEWLINE, no indentation change
                while pos < n and s[pos] != '\n' and s[pos] != '\r':
                    pos += 1
                if pos >= n:
                    self.pos = pos
                    self.at_line_start = False
                    return False
                if s[pos] == '\r' and pos + 1 < n and s[pos + 1] == '\n':
                    pos += 1
                pos += 1
                self.pos = pos
                self._newline_here(pos)
                continue
            if c == '\\' and not self.tokens:
                break
            break
        self.pos = pos
        self.at_line_start = False
        indent_bytes = pos - self.line_start
        if col == self.indents[-1]:
            if altcol != self.alt_indents[-1]:
                self._tab_error()
            return False
        if col > self.indents[-1]:
            if len(self.indents) >= MAXINDENT:
                self.error("too many levels of indentation", self.lineno,
                           indent_bytes, cls=error.IndentationError)
            if altcol <= self.alt_indents[-1]:
                self._tab_error()
            self.indents.append(col)
            self.alt_indents.append(altcol)
            self._token(INDENT, '', self.lineno, -1, indent_bytes)
            return True
        count = 0
        while len(self.indents) > 1 and col < self.indents[-1]:
            self.indents.pop()
            self.alt_indents.pop()
            count += 1
        if col != self.indents[-1]:
            self.error("unindent does not match any outer indentation level",
                       self.lineno, indent_bytes + 1, self.lineno, -1,
                       with_newline=True, cls=error.IndentationError)
        if altcol != self.alt_indents[-1]:
            self._tab_error()
        self.pending_dedents = count - 1
        self._add(DEDENT, '', pos, pos)
        return True

    def _tab_error(self):
        self.error("inconsistent use of tabs and spaces in indentation",
                   self.lineno, 0, self.lineno, 0, with_newline=True,
                   cls=error.TabError)

    # -- names ------------------------------------------------------------

    def _name_or_string(self, start):
        s = self.source
        n = len(s)
        pos = start
        while pos < n and is_ident_char(s[pos]):
            if ord(s[pos]) >= 128:
                pos = self._check_ident_char(start, pos)
            else:
                pos += 1
        if pos < n and (s[pos] == '"' or s[pos] == "'") and pos - start <= 2:
            prefix = s[start:pos].lower()
            if prefix in ('r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'):
                self._string(start, pos)
                return
        self.pos = pos
        name = s[start:pos]
        for c in name:
            if ord(c) >= 128:
                name = normalize_name(name)
                break
        self._add(NAME, name, start, pos)

    def _check_ident_char(self, start, pos):
        """Validate the non-ASCII character at `pos` inside an identifier;
        returns the position after it."""
        from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
        s = self.source
        k = utf8_sequence_length(s, pos)
        if k < 0:
            self.error(utf8_error_message(s[start:], pos - start, k),
                       self.lineno, start - self.line_start, self.lineno, -1,
                       with_newline=True)
        cp = decode_utf8_char(s, pos, k)
        if pos == start:
            ok = unicodedb.isxidstart(cp)
        else:
            ok = unicodedb.isxidcontinue(cp)
        if not ok:
            if unicodedb.isprintable(cp):
                msg = "invalid character '%s' (U+%s)" % (s[pos:pos + k],
                                                          hexpad(cp, 4, True))
            else:
                msg = ("invalid non-printable character U+%s" %
                       hexpad(cp, 4, True))
            self._err_here(msg, pos)
        return pos + k

    # -- numbers ----------------------------------------------------------

    def _digits(self, pos, kind):
        """Skip digits of `kind` (10, 16, 8, 2) with single underscores
        between them; returns the end.  Errors like CPython's."""
        s = self.source
        n = len(s)
        while pos < n:
            c = s[pos]
            if c == '_':
                pos += 1
                if pos >= n or not self._is_digit_of(s[pos], kind):
                    self._number_error(kind, pos - 1)
                continue
            if not self._is_digit_of(c, kind):
                break
            pos += 1
        return pos

    def _is_digit_of(self, c, kind):
        if kind == 10:
            return is_digit(c)
        if kind == 16:
            return is_hex(c)
        if kind == 8:
            return '0' <= c <= '7'
        return c == '0' or c == '1'

    def _number_error(self, kind, pos):
        if kind == 16:
            name = "hexadecimal"
        elif kind == 8:
            name = "octal"
        elif kind == 2:
            name = "binary"
        elif kind == 1:
            name = "imaginary"
        else:
            name = "decimal"
        self._err_here("invalid %s literal" % name, pos)

    def _end_of_number(self, pos, kind):
        """CPython's verify_end_of_number: a number may not run into a
        name, except a few keywords (`1if x else y` is accepted)."""
        s = self.source
        if pos < len(s) and is_ident_char(s[pos]):
            for kw in _NUMBER_FOLLOWERS:
                if s[pos:pos + len(kw)] == kw:
                    return
            self._number_error(kind, pos - 1)

    def _number(self, start):
        s = self.source
        n = len(s)
        pos = start
        c = s[pos]
        if c == '0' and pos + 1 < n and s[pos + 1] in 'xXoObB':
            x = s[pos + 1].lower()
            if x == 'x':
                kind = 16
            elif x == 'o':
                kind = 8
            else:
                kind = 2
            pos += 2
            if pos < n and s[pos] == '_':
                pos += 1
            if pos >= n or not self._is_digit_of(s[pos], kind):
                if pos < n and kind != 16 and is_digit(s[pos]):
                    self._err_here("invalid digit '%s' in %s literal" % (
                        s[pos], "octal" if kind == 8 else "binary"), pos)
                self._number_error(kind, pos - 1)
            pos = self._digits(pos, kind)
            if pos < n and kind != 16 and is_digit(s[pos]):
                self._err_here("invalid digit '%s' in %s literal" % (
                    s[pos], "octal" if kind == 8 else "binary"), pos)
            self._end_of_number(pos, kind)
            self._finish_number(start, pos)
            return
        is_float = False
        if c != '.':
            pos = self._digits(pos, 10)
        if pos < n and s[pos] == '.':
            is_float = True
            pos += 1
            if pos < n and is_digit(s[pos]):
                pos = self._digits(pos, 10)
        if pos < n and (s[pos] == 'e' or s[pos] == 'E'):
            e = pos
            pos += 1
            if pos < n and (s[pos] == '+' or s[pos] == '-'):
                pos += 1
                if pos >= n or not is_digit(s[pos]):
                    self._number_error(10, pos - 1)
            if pos >= n or not is_digit(s[pos]):
                # not an exponent after all: the 'e' runs into the number
                self._number_error(10, e - 1)
            pos = self._digits(pos, 10)
            is_float = True
        if pos < n and (s[pos] == 'j' or s[pos] == 'J'):
            pos += 1
            self._end_of_number(pos, 1)
            self._finish_number(start, pos)
            return
        self._end_of_number(pos, 10)
        if not is_float and s[start] == '0':
            # only zeros are allowed after a leading zero
            k = start
            while k < pos and (s[k] == '0' or s[k] == '_'):
                k += 1
            if k < pos:
                self.error("leading zeros in decimal integer literals are "
                           "not permitted; use an 0o prefix for octal "
                           "integers", self.lineno, start - self.line_start,
                           self.lineno, pos - self.line_start + 1)
        self._finish_number(start, pos)

    def _finish_number(self, start, pos):
        self.pos = pos
        self._add(NUMBER, self.source[start:pos], start, pos)

    # -- strings ----------------------------------------------------------

    def _string(self, start, qpos):
        s = self.source
        n = len(s)
        quote = s[qpos]
        triple = qpos + 2 < n and s[qpos + 1] == quote and s[qpos + 2] == quote
        start_lineno = self.lineno
        start_line_start = self.line_start
        if triple:
            pos = qpos + 3
        else:
            pos = qpos + 1
        while True:
            if pos >= n:
                self._unterminated(triple, start, start_lineno,
                                   start_line_start)
            c = s[pos]
            if c == '\\':
                if pos + 1 < n and s[pos + 1] == '\n':
                    pos += 2
                    self._newline_here(pos)
                    continue
                if pos + 2 < n and s[pos + 1] == '\r' and s[pos + 2] == '\n':
                    pos += 3
                    self._newline_here(pos)
                    continue
                pos += 2
                continue
            if c == '\n' or c == '\r':
                if not triple:
                    self._unterminated(triple, start, start_lineno,
                                       start_line_start)
                pos += 1
                if c == '\r' and pos < n and s[pos] == '\n':
                    pos += 1
                self._newline_here(pos)
                continue
            if c == quote:
                if not triple:
                    pos += 1
                    break
                if pos + 2 < n and s[pos + 1] == quote and s[pos + 2] == quote:
                    pos += 3
                    break
            pos += 1
        self.pos = pos
        self._token(STRING, s[start:pos], start_lineno,
                    start - start_line_start, pos - self.line_start)

    def _unterminated(self, triple, start, start_lineno, start_line_start):
        detected = self.lineno
        # at EOF, a final newline does not start a new line
        if self.line_start == len(self.source) and detected > 1:
            detected -= 1
        if triple:
            msg = "unterminated triple-quoted string literal"
        else:
            msg = "unterminated string literal"
        self.error("%s (detected at line %d)" % (msg, detected),
                   start_lineno, start - start_line_start)

    # -- operators --------------------------------------------------------

    def _operator(self, pos):
        s = self.source
        three = s[pos:pos + 3]
        two = s[pos:pos + 2]
        if three in _OPERATORS3 and three != '!=':
            op = three
        elif two in _OPERATORS2 or two == '!=':
            op = two
        elif s[pos] in _OPERATORS1:
            op = s[pos]
        else:
            c = s[pos]
            if ord(c) >= 128:
                self._check_ident_char(pos, pos)
            if ord(c) < 32 or ord(c) == 127:
                if c == '\x00':
                    self._err_here("source code cannot contain null bytes",
                                   pos)
                self._err_here("invalid non-printable character U+%s"
                               % hexpad(ord(c), 4, True), pos)
            # '$', '?', '`': the parser reports "invalid syntax" there
            self.pos = pos + 1
            self._add(ERRORTOKEN, c, pos, pos + 1)
            return
        self.pos = pos + len(op)
        if op == '!':
            self._add(ERRORTOKEN, op, pos, pos + 1)
            return
        if op in ('(', '[', '{'):
            if len(self.parens) >= MAXLEVEL:
                self.error("too many nested parentheses", self.lineno,
                           pos - self.line_start)
            self.parens.append(op)
            self.paren_pos.append(self.lineno)
            self.paren_pos.append(pos - self.line_start)
        elif op in (')', ']', '}'):
            if not self.parens:
                self.error("unmatched '%s'" % op, self.lineno,
                           pos - self.line_start, with_newline=True)
            opening = self.parens.pop()
            olineno = self.paren_pos[-2]
            self.paren_pos.pop()
            self.paren_pos.pop()
            if not ((opening == '(' and op == ')') or
                    (opening == '[' and op == ']') or
                    (opening == '{' and op == '}')):
                if olineno != self.lineno:
                    msg = ("closing parenthesis '%s' does not match opening "
                           "parenthesis '%s' on line %d" % (op, opening,
                                                            olineno))
                else:
                    msg = ("closing parenthesis '%s' does not match opening "
                           "parenthesis '%s'" % (op, opening))
                self.error(msg, self.lineno, pos - self.line_start,
                           with_newline=True)
        self._add(OP, op, pos, pos + len(op))

    def unclosed_paren_line(self):
        """Line of the innermost bracket left open at EOF, or 0."""
        depth = 0
        for i in range(len(self.tokens) - 1, -1, -1):
            tok = self.tokens[i]
            if tok.type == OP:
                if tok.value in (')', ']', '}'):
                    depth += 1
                elif tok.value in ('(', '[', '{'):
                    if depth == 0:
                        return tok.lineno
                    depth -= 1
        return 0

    def unclosed_paren_error(self):
        """"'(' was never closed" for the innermost open bracket at EOF."""
        # the stack was cleared at EOF; recompute it from the tokens
        stack = []
        for tok in self.tokens:
            if tok.type == OP:
                if tok.value in ('(', '[', '{'):
                    stack.append(tok)
                elif tok.value in (')', ']', '}') and stack:
                    stack.pop()
        if stack:
            tok = stack[-1]
            lineno = tok.lineno - self.line_base
            self.error("'%s' was never closed" % tok.value, lineno,
                       tok.col, lineno, 0, with_newline=True)
        self.error("unexpected EOF while parsing", self.lineno, 0)
