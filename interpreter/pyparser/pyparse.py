"""Entry point of the front end: `parse(source, filename, mode)`.

Handles what comes before tokenizing: the UTF-8 BOM, the PEP 263 coding
declaration (utf-8, latin-1 and ascii; anything else is "unknown
encoding"), NUL bytes.  Latin-1 sources are converted to UTF-8 first, so
the rest of the front end only ever sees UTF-8 (as in CPython, columns are
then UTF-8 byte offsets).
"""


from __future__ import absolute_import
import sys

from rpython.rlib.objectmodel import we_are_translated
from interpreter.pyparser import error
from interpreter.pyparser.tokenizer import Tokenizer, hexpad, NEWLINE, \
    ENDMARKER
from interpreter.pyparser.parser import Parser

# Untranslated, the host's Python stack runs the recursive descent; the
# parser bounds its own depth, so only make sure the host allows it.
if sys.getrecursionlimit() < 30000:
    sys.setrecursionlimit(30000)

_UTF8_NAMES = ['utf-8', 'utf8', 'utf_8', 'u8', 'utf', 'cp65001']
_LATIN1_NAMES = ['latin-1', 'latin1', 'latin_1', 'iso-8859-1', 'iso8859-1',
                 'iso_8859_1', 'iso-latin-1', 'l1', '8859', 'cp819',
                 'iso88591', 'latin']
_ASCII_NAMES = ['ascii', 'us-ascii', '646', 'us', 'ansi_x3.4-1968']


def _find_coding(line):
    """The encoding named by a coding declaration on `line`, or None."""
    i = 0
    n = len(line)
    while i < n and line[i] in ' \t\f':
        i += 1
    if i >= n or line[i] != '#':
        return None
    k = line.find('coding', i)
    if k < 0:
        return None
    k += 6
    if k >= n or (line[k] != ':' and line[k] != '='):
        return None
    k += 1
    while k < n and line[k] in ' \t':
        k += 1
    start = k
    while k < n and (line[k].isalnum() or line[k] in '-_.'):
        k += 1
    if k == start:
        return None
    return line[start:k]


def _normal_name(name):
    low = name.lower().replace('_', '-')
    if low == 'utf-8' or low.startswith('utf-8-'):
        return 'utf-8'
    for prefix in ['latin-1', 'iso-8859-1', 'iso-latin-1']:
        if low == prefix or low.startswith(prefix + '-'):
            return 'iso-8859-1'
    return name


def _is_blank_or_comment(line):
    for c in line:
        if c == '#' or c == '\n' or c == '\r':
            return True
        if c not in ' \t\f':
            return False
    return True


def _line_end(source, pos):
    nl = source.find('\n', pos)
    if nl < 0:
        return len(source)
    return nl + 1


def declared_encoding(source):
    """The encoding declared on the first two lines, or None."""
    end1 = _line_end(source, 0)
    line1 = source[:end1]
    enc = _find_coding(line1)
    if enc is None and _is_blank_or_comment(line1):
        end2 = _line_end(source, end1)
        enc = _find_coding(source[end1:end2])
    return enc


def _latin1_to_utf8(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(c)
        else:
            out.append(chr(0xC0 | (o >> 6)))
            out.append(chr(0x80 | (o & 0x3F)))
    return ''.join(out)


def prepare_source(source, filename):
    """BOM, coding declaration and NUL checks; returns UTF-8 source."""
    bom = source.startswith('\xef\xbb\xbf')
    if bom:
        source = source[3:]
    if '\x00' in source:
        raise error.SyntaxError("source code string cannot contain null "
                                "bytes", 0, 0, None, filename, 0, 0)
    enc = declared_encoding(source)
    if enc is None:
        return source
    norm = _normal_name(enc)
    low = norm.lower()
    if bom and norm != 'utf-8':
        raise error.SyntaxError("encoding problem: %s with BOM" % norm,
                                0, -1, None, filename, 0, 0)
    if norm == 'utf-8' or low in _UTF8_NAMES:
        return source
    if norm == 'iso-8859-1' or low in _LATIN1_NAMES:
        return _latin1_to_utf8(source)
    if low in _ASCII_NAMES:
        for i in range(len(source)):
            if ord(source[i]) >= 128:
                lineno = source.count('\n', 0, i) + 1
                raise error.SyntaxError(
                    "(unicode error) 'ascii' codec can't decode byte 0x%s "
                    "in position %d: ordinal not in range(128)"
                    % (hexpad(ord(source[i]), 2), i), lineno, 1, None, filename,
                    lineno, 0)
        return source
    raise error.SyntaxError("unknown encoding: %s" % enc, 0, -1, None,
                            filename, 0, 0)


def parse(source, filename, mode):
    """Parse `source` (str of UTF-8 bytes) in `mode` ('exec', 'eval' or
    'single'); returns ast.Module / ast.Expression / ast.Interactive.
    Raises error.SyntaxError (or a subclass) for bad input."""
    source = prepare_source(source, filename)
    tokenizer = Tokenizer(source, filename)
    parser = Parser(tokenizer, filename)
    try:
        if mode == 'exec':
            return parser.parse_file()
        elif mode == 'eval':
            return parser.parse_eval()
        elif mode == 'single':
            return parser.parse_interactive()
    except error.SyntaxError as e:
        if not tokenizer.raised:
            _check_rest(tokenizer, parser)
        raise e
    raise error.SyntaxError("invalid parse mode %s" % mode, 0, 0, None,
                            filename, 0, 0)


def _check_rest(tokenizer, parser):
    """After an error found by the parser, CPython tokenizes the rest of
    the source: a tokenizer error there wins, and so does a bracket left
    open at EOF if the parser had already read past its line (or had
    reached EOF inside it)."""
    at_eof = tokenizer.eof_in_paren and \
        tokenizer.get(parser.furthest).type in (NEWLINE, ENDMARKER)
    last_line = 0
    if tokenizer.tokens:
        last_line = tokenizer.tokens[-1].lineno
    tokenizer.check_rest()
    if tokenizer.eof_in_paren:
        if at_eof or last_line > tokenizer.unclosed_paren_line():
            tokenizer.unclosed_paren_error()
