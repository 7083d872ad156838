"""Implicit concatenation of string literals, and f-strings.

`concatenate(parser, toks)` turns a run of adjacent STRING tokens into one
node, as Python 3.11 does:

  * bytes literals give a bytes Constant (bytes and str cannot be mixed);
  * str literals without any f-string give a str Constant;
  * as soon as one f-string takes part, the result is a JoinedStr whose
    values alternate Constant and FormattedValue nodes: adjacent literal
    text (from plain strings, from the f-strings, from `{{`/`}}` and from
    the text of `=` expressions) is merged into one Constant, and empty
    text is dropped.

In 3.11 an f-string is a single STRING token.  Its text is scanned here
(`_Scanner`): literal parts are decoded like ordinary string bodies, and
each replacement field `{expr!c:spec}` is cut out, then `expr` is parsed by
a separate expression parser over the text "(" + expr + ")" whose tokenizer
shifts positions so that the nodes get their place in the file.  The
format spec is itself scanned as an f-string (one level deep only).

Positions follow CPython 3.11 exactly, quirks included: every Constant and
FormattedValue, and the JoinedStr, span the whole run of tokens, except a
format spec's JoinedStr and its trailing Constant, which span the one
token the spec is in.  Errors of the scanner (and decoding errors) are
reported at the token after the run, where CPython's parser is when it
concatenates; errors inside an expression are prefixed with "f-string: "
and positioned relative to the "(expr)" text (see ExprParser.raise_error).
"""


from __future__ import absolute_import
from interpreter.astcompiler import ast
from interpreter.pyparser import stringparse
from interpreter.pyparser.tokenizer import decode_utf8_char, \
    utf8_sequence_length

# bracket nesting inside one replacement field
MAXLEVEL = 200


class _Parts(object):
    """The values of a JoinedStr being built, plus the literal text not yet
    turned into a Constant (CPython's FstringParser)."""

    def __init__(self):
        self.values = []
        self.text = []          # unicode pieces of pending literal text
        self.fmode = False      # an f-string took part

    def add_text(self, u):
        if len(u) > 0:
            self.text.append(u)

    def flush(self, first, last):
        """Turn pending text into a Constant spanning first..last."""
        if self.text:
            self.values.append(make_str(u''.join(self.text), first, last))
            self.text = []

    def finish(self, first, last):
        """The node for everything added: a Constant or a JoinedStr."""
        if not self.fmode:
            return make_str(u''.join(self.text), first, last)
        self.flush(first, last)
        return ast.JoinedStr(self.values, first.lineno, first.col,
                             last.end_lineno, last.end_col)


def make_str(u, first, last):
    kind = None
    if first.value.startswith('u'):
        kind = 'u'
    return ast.Constant(ast.CONST_STR, '', u, kind, first.lineno, first.col,
                        last.end_lineno, last.end_col)


def concatenate(parser, toks):
    """The node for the adjacent STRING tokens `toks` (already consumed:
    parser.peek() is the token after them)."""
    first = toks[0]
    last = toks[-1]
    after = parser.peek()
    is_bytes = False
    bparts = []
    parts = _Parts()
    for i in range(len(toks)):
        tok = toks[i]
        lit = stringparse.split_literal(tok.value)
        value = u''
        if lit.is_bytes:
            try:
                bparts.append(stringparse.decode_bytes(lit.body, lit.is_raw))
            except stringparse.DecodeError as e:
                parser.literal_error(e, tok, after)
        elif not lit.is_fstring:
            value = decode_piece(parser, lit.body, lit.is_raw, tok, after)
        if i == 0:
            is_bytes = lit.is_bytes
        elif lit.is_bytes != is_bytes:
            parser.raise_error("cannot mix bytes and nonbytes literals",
                               after)
        if lit.is_fstring:
            parts.fmode = True
            scanner = _Scanner(parser, tok, lit, first, last, after)
            scanner.scan(parts, 0)
        elif not lit.is_bytes:
            parts.add_text(value)
    if is_bytes:
        return ast.Constant(ast.CONST_BYTES, ''.join(bparts), u"", None,
                            first.lineno, first.col, last.end_lineno,
                            last.end_col)
    return parts.finish(first, last)


def decode_piece(parser, s, raw, tok, after):
    """Value of (part of) a str literal body."""
    try:
        if raw:
            return stringparse.decode_str(s, True)
        # in f-strings, a literal part may end with the backslash of `\{`:
        # it stands for itself
        n = 0
        while n < len(s) and s[len(s) - 1 - n] == '\\':
            n += 1
        if n % 2 == 1:
            stop = len(s) - 1
            assert stop >= 0
            return stringparse.decode_str(s[:stop], False) + u'\\'
        return stringparse.decode_str(s, False)
    except stringparse.DecodeError as e:
        parser.literal_error(e, tok, after)
    return u''


def _slice(s, start, stop):
    assert 0 <= start <= stop
    return s[start:stop]


def _utf8_to_unicode(s):
    out = []
    i = 0
    while i < len(s):
        k = utf8_sequence_length(s, i)
        if k < 0:
            k = 1
            out.append(u'\ufffd')
        else:
            out.append(unichr(decode_utf8_char(s, i, k)))
        i += k
    return u''.join(out)


def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\f' or \
        c == '\v'


class _Scanner(object):
    """Scans the text of one f-string token; `pos` indexes `text` (the
    whole token, prefix and quotes included), `end` is where the closing
    quote starts."""

    def __init__(self, parser, tok, lit, first, last, after):
        self.parser = parser
        self.tok = tok
        self.first = first
        self.last = last
        self.after = after
        self.text = tok.value
        self.raw = lit.is_raw
        self.pos = lit.body_offset
        self.end = lit.body_offset + len(lit.body)

    def error(self, msg):
        self.parser.raise_error(msg, self.after)

    def scan(self, parts, level):
        """Literal text and replacement fields up to the end of the body
        (level 0) or up to the '}' closing a format spec (level 1)."""
        while True:
            start = self.pos
            doubled = self.find_literal(level)
            stop = self.pos
            if doubled:
                stop -= 1       # keep one brace of the two
            if stop > start:
                piece = _slice(self.text, start, stop)
                parts.add_text(decode_piece(self.parser, piece, self.raw,
                                            self.tok, self.after))
            if doubled:
                continue
            if self.pos >= self.end or self.text[self.pos] == '}':
                break
            node = self.field(parts, level)
            parts.flush(self.first, self.last)
            parts.values.append(node)
        if level > 0 and (self.pos >= self.end or
                          self.text[self.pos] != '}'):
            self.error("f-string: expecting '}'")

    def find_literal(self, level):
        """Advance over literal text, up to a '{' or '}' that is not part
        of a `\\N{...}` escape.  Returns True (and skips both) for a
        doubled brace at the top level."""
        s = self.text
        end = self.end
        i = self.pos
        while i < end:
            c = s[i]
            i += 1
            if not self.raw and c == '\\' and i < end:
                c = s[i]
                i += 1
                if c == 'N':
                    if i < end:
                        i += 1
                        if s[i - 1] == '{':
                            while i < end:
                                i += 1
                                if s[i - 1] == '}':
                                    break
                    continue
            if c == '{' or c == '}':
                if level == 0:
                    if i < end and s[i] == c:
                        self.pos = i + 1
                        return True
                    if c == '}':
                        self.pos = i - 1
                        self.error("f-string: single '}' is not allowed")
                i -= 1
                break
        self.pos = i
        return False

    def field(self, parts, level):
        """A replacement field, at its '{': returns the FormattedValue.
        The text of a `=` expression goes to `parts`."""
        if level >= 2:
            self.error("f-string: expressions nested too deeply")
        s = self.text
        end = self.end
        self.pos += 1
        expr_start = self.pos
        i = self.find_expr_end()
        expr = self.compile_expr(expr_start, i)
        if s[i] == '=':
            i += 1
            while i < end and _is_space(s[i]):
                i += 1
            if i >= end:
                self.error("f-string: expecting '}'")
            parts.add_text(_utf8_to_unicode(_slice(s, expr_start, i)))
            has_text = True
        else:
            has_text = False
        conversion = -1
        if s[i] == '!':
            i += 1
            if i >= end:
                self.error("f-string: expecting '}'")
            conversion = ord(s[i])
            i += 1
            if not (s[i - 1] == 's' or s[i - 1] == 'r' or s[i - 1] == 'a'):
                self.error("f-string: invalid conversion character: "
                           "expected 's', 'r', or 'a'")
        spec = None
        if i < end and s[i] == ':':
            i += 1
            if i >= end:
                self.error("f-string: expecting '}'")
            self.pos = i
            spec_parts = _Parts()
            spec_parts.fmode = True
            self.scan(spec_parts, level + 1)
            spec = spec_parts.finish(self.tok, self.tok)
            i = self.pos
        if i >= end or s[i] != '}':
            self.error("f-string: expecting '}'")
        self.pos = i + 1
        if has_text and spec is None and conversion == -1:
            conversion = ord('r')
        first = self.first
        last = self.last
        return ast.FormattedValue(expr, conversion, spec, first.lineno,
                                  first.col, last.end_lineno, last.end_col)

    def find_expr_end(self):
        """Index of the '!', ':', '=' or '}' ending the expression that
        starts at self.pos (brackets and strings are skipped)."""
        s = self.text
        end = self.end
        quote = '\0'
        triple = False
        stack = []
        i = self.pos
        while i < end:
            c = s[i]
            if c == '\\':
                self.error("f-string expression part cannot include a "
                           "backslash")
            if quote != '\0':
                if c == quote:
                    if not triple:
                        quote = '\0'
                    elif i + 2 < end and s[i + 1] == c and s[i + 2] == c:
                        quote = '\0'
                        i += 2
                i += 1
                continue
            if c == "'" or c == '"':
                quote = c
                triple = i + 2 < end and s[i + 1] == c and s[i + 2] == c
                if triple:
                    i += 2
            elif c == '(' or c == '[' or c == '{':
                if len(stack) >= MAXLEVEL:
                    self.error("f-string: too many nested parenthesis")
                stack.append(c)
            elif c == '#':
                self.error("f-string expression part cannot include '#'")
            elif not stack and (c == '!' or c == ':' or c == '}' or
                                c == '=' or c == '<' or c == '>'):
                if i + 1 < end and s[i + 1] == '=' and c != ':' and c != '}':
                    i += 2          # '!=', '==', '<=', '>='
                    continue
                if c != '<' and c != '>':
                    break
            elif c == ')' or c == ']' or c == '}':
                if not stack:
                    self.error("f-string: unmatched '%s'" % c)
                opening = stack.pop()
                if not ((opening == '(' and c == ')') or
                        (opening == '[' and c == ']') or
                        (opening == '{' and c == '}')):
                    self.error("f-string: closing parenthesis '%s' does not "
                               "match opening parenthesis '%s'"
                               % (c, opening))
            i += 1
        if quote != '\0':
            self.error("f-string: unterminated string")
        if stack:
            self.error("f-string: unmatched '%s'" % stack[-1])
        if i >= end:
            self.error("f-string: expecting '}'")
        return i

    def compile_expr(self, start, stop):
        """Parse text[start:stop] (the '{' is at start - 1)."""
        s = self.text
        k = start
        while k < stop and (s[k] == ' ' or s[k] == '\t' or s[k] == '\n' or
                            s[k] == '\f'):
            k += 1
        if k == stop:
            c = s[stop]
            if c == '!' or c == ':' or c == '=':
                self.error("f-string: expression required before '%s'" % c)
            self.error("f-string: empty expression not allowed")
        # where the '(' standing for the '{' is: lines and columns as
        # CPython 3.11 computes them
        brace = start - 1
        lines = 0
        line_start = 0
        for j in range(brace):
            if s[j] == '\n':
                lines += 1
                line_start = j + 1
        cols = brace - line_start
        k = start
        while k < len(s) and s[k] != '}' and s[k] != '\n':
            if s[k] != ' ' and s[k] != '\t' and s[k] != '\f':
                break
            k += 1
        if k < len(s) and (s[k] == '}' or s[k] == '\n'):
            cols = 0        # the expression starts on a later line
        tok = self.tok
        col_base = cols
        if lines == 0:
            col_base += tok.col
        source = '(' + _slice(s, start, stop) + ')'
        sub = self.parser.fstring_parser(source, tok.lineno + lines - 1,
                                         col_base)
        return sub.parse_fstring_expr()
