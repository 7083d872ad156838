"""Character predicates and case mappings of the regular expression
engine, on code points (ints).

Three families, as in CPython's _sre: ASCII (the default for bytes
patterns), "locale" (bytes patterns with re.LOCALE; we use the C
locale, which is ASCII) and Unicode (str patterns), whose data comes from
the same Unicode database as the str methods (rpython.rlib.unicodedata).
"""

from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from interpreter.module._sre import opcodes


def ascii_tolower(ch):
    if ord('A') <= ch <= ord('Z'):
        return ch + 32
    return ch


def ascii_toupper(ch):
    if ord('a') <= ch <= ord('z'):
        return ch - 32
    return ch


def ascii_iscased(ch):
    return ch < 128 and (ord('a') <= ch <= ord('z') or
                         ord('A') <= ch <= ord('Z'))


def uni_tolower(ch):
    if ch < 128:
        return ascii_tolower(ch)
    if ch > 0x10ffff:
        return ch
    # as CPython's simple mapping: a character with a special (multi-
    # character) mapping maps to the first character of it (U+0130 -> i)
    return unicodedb.tolower_full(ch)[0]


def uni_toupper(ch):
    if ch < 128:
        return ascii_toupper(ch)
    if ch > 0x10ffff:
        return ch
    return unicodedb.toupper_full(ch)[0]     # (U+00DF -> S, see above)


def uni_iscased(ch):
    return ch != uni_tolower(ch) or ch != uni_toupper(ch)


def is_digit(ch):
    return ord('0') <= ch <= ord('9')


def is_space(ch):
    return ch == 32 or 9 <= ch <= 13


def is_word(ch):
    return (ch < 128 and (is_digit(ch) or ord('a') <= ch <= ord('z') or
                          ord('A') <= ch <= ord('Z') or ch == ord('_')))


def is_uni_digit(ch):
    if ch < 128:
        return is_digit(ch)
    return ch <= 0x10ffff and unicodedb.isdecimal(ch)


def is_uni_space(ch):
    if ch < 128:
        return is_space(ch) or 28 <= ch <= 31
    return ch <= 0x10ffff and unicodedb.isspace(ch)


def is_uni_word(ch):
    if ch < 128:
        return is_word(ch)
    return ch <= 0x10ffff and unicodedb.isalnum(ch)


def is_uni_linebreak(ch):
    if ch < 128:
        return ch == 10 or ch == 11 or ch == 12 or ch == 13 or \
            28 <= ch <= 30
    return ch <= 0x10ffff and unicodedb.islinebreak(ch)


def category(cat, ch):
    """Whether ch is in the CATEGORY_* `cat`."""
    if cat == opcodes.CATEGORY_DIGIT:
        return is_digit(ch)
    elif cat == opcodes.CATEGORY_NOT_DIGIT:
        return not is_digit(ch)
    elif cat == opcodes.CATEGORY_SPACE:
        return is_space(ch)
    elif cat == opcodes.CATEGORY_NOT_SPACE:
        return not is_space(ch)
    elif cat == opcodes.CATEGORY_WORD or cat == opcodes.CATEGORY_LOC_WORD:
        return is_word(ch)
    elif (cat == opcodes.CATEGORY_NOT_WORD or
          cat == opcodes.CATEGORY_LOC_NOT_WORD):
        return not is_word(ch)
    elif cat == opcodes.CATEGORY_LINEBREAK:
        return ch == 10
    elif cat == opcodes.CATEGORY_NOT_LINEBREAK:
        return ch != 10
    elif cat == opcodes.CATEGORY_UNI_DIGIT:
        return is_uni_digit(ch)
    elif cat == opcodes.CATEGORY_UNI_NOT_DIGIT:
        return not is_uni_digit(ch)
    elif cat == opcodes.CATEGORY_UNI_SPACE:
        return is_uni_space(ch)
    elif cat == opcodes.CATEGORY_UNI_NOT_SPACE:
        return not is_uni_space(ch)
    elif cat == opcodes.CATEGORY_UNI_WORD:
        return is_uni_word(ch)
    elif cat == opcodes.CATEGORY_UNI_NOT_WORD:
        return not is_uni_word(ch)
    elif cat == opcodes.CATEGORY_UNI_LINEBREAK:
        return is_uni_linebreak(ch)
    elif cat == opcodes.CATEGORY_UNI_NOT_LINEBREAK:
        return not is_uni_linebreak(ch)
    raise opcodes.BadCode
