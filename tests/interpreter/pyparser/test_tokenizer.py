"""Unit tests of the tokenizer."""

import pytest

from interpreter.pyparser import error
from interpreter.pyparser.tokenizer import (Tokenizer, NAME, NUMBER, STRING,
    OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN)


def tokens(src):
    tz = Tokenizer(src, '<t>')
    tz.check_rest()
    return [(t.type, t.value) for t in tz.tokens]


def test_simple():
    assert tokens('x = 1\n') == [(NAME, 'x'), (OP, '='), (NUMBER, '1'),
                                 (NEWLINE, '\n'), (ENDMARKER, '')]


def test_no_final_newline():
    assert tokens('x') == [(NAME, 'x'), (NEWLINE, ''), (ENDMARKER, '')]


def test_indent_dedent():
    toks = [t for t, v in tokens('if x:\n    y\n    if z:\n        w\nv\n')]
    assert toks.count(INDENT) == 2
    assert toks.count(DEDENT) == 2


def test_blank_and_comment_lines():
    assert tokens('# c\n\n   # d\nx\n') == [(NAME, 'x'), (NEWLINE, '\n'),
                                          (ENDMARKER, '')]


def test_continuation_and_brackets():
    assert [v for t, v in tokens('(1,\n 2)\\\n+3\n')] == \
        ['(', '1', ',', '2', ')', '+', '3', '\n', '']


def test_operators_longest_match():
    vals = [v for t, v in tokens('a **= b //= c >>= d ... -> := != @=\n')
            if t == OP]
    assert vals == ['**=', '//=', '>>=', '...', '->', ':=', '!=', '@=']


@pytest.mark.parametrize('src', ['0x_1f', '0o17', '0b1_0', '1_000', '1.5e-3',
                                 '.5', '1.', '1e10', '3j', '1.5J', '0_0'])
def test_numbers(src):
    assert tokens(src + '\n')[0] == (NUMBER, src)


@pytest.mark.parametrize('src', ["'a'", '"a"', "'''a\nb'''", 'rb"x"',
                                 'Rb"x"', 'bR"x"', 'u"x"', 'F"x"', 'fr"x"',
                                 "'a\\'b'", '"a\\\nb"'])
def test_strings(src):
    assert tokens(src + '\n')[0] == (STRING, src)


def test_positions_are_utf8_bytes():
    tz = Tokenizer('\xc3\xa9 = "\xe2\x82\xac" + x\n', '<t>')
    tz.check_rest()
    x = tz.tokens[4]
    assert x.value == 'x'
    assert (x.col, x.end_col) == (13, 14)


def test_errortoken():
    assert tokens('a $ b\n')[1] == (ERRORTOKEN, '$')


@pytest.mark.parametrize('src,msg', [
    ("'abc\n", "unterminated string literal (detected at line 1)"),
    ('"""abc\n', "unterminated triple-quoted string literal (detected at "
                 "line 1)"),
    ('1__0\n', 'invalid decimal literal'),
    ('0x\n', 'invalid hexadecimal literal'),
    ('0777\n', 'leading zeros in decimal integer literals are not '
               'permitted; use an 0o prefix for octal integers'),
    ('a)\n', "unmatched ')'"),
    ('(]\n', "closing parenthesis ']' does not match opening parenthesis "
             "'('"),
    ('\xe2\x82\xac\n', "invalid character '\xe2\x82\xac' (U+20AC)"),
    ('(' * 201, 'too many nested parentheses'),
])
def test_errors(src, msg):
    with pytest.raises(error.SyntaxError) as e:
        tokens(src)
    assert e.value.msg == msg


def test_indentation_errors():
    with pytest.raises(error.IndentationError) as e:
        tokens('if 1:\n    x\n  y\n')
    assert e.value.msg == ('unindent does not match any outer indentation '
                           'level')
    with pytest.raises(error.TabError):
        tokens('if 1:\n        x\n\ty\n')
