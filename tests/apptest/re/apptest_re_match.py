"""re: matching (anchors, classes, repeats, groups, backreferences,
lookarounds, conditionals, atomic groups, flags) through the public API."""

import re


def test_literal_and_anchors():
    assert re.match('abc', 'abcd').span() == (0, 3)
    assert re.match('abc', 'xabc') is None
    assert re.search('abc', 'xabc').span() == (1, 4)
    assert re.fullmatch('abc', 'abcd') is None
    assert re.fullmatch('abc|abcd', 'abcd').group() == 'abcd'
    assert re.search('^b', 'a\nb') is None
    assert re.search('^b', 'a\nb', re.M).start() == 2
    assert re.search('a$', 'a\n').span() == (0, 1)
    assert re.search(r'a\Z', 'a\n') is None
    assert re.search(r'\Aa', 'ba') is None
    assert re.findall(r'\bw\w*', 'word wide awake') == ['word', 'wide']
    assert re.findall(r'\Bo\B', 'foo boot') == ['o', 'o', 'o']


def test_classes_and_categories():
    assert re.findall('[a-c]+', 'xxabcabd') == ['abcab']
    assert re.findall('[^a-c]+', 'abxyzc') == ['xyz']
    assert re.match(r'\d+', '\u0663\u0664x').group() == '\u0663\u0664'
    assert re.match(r'\d+', '\u0663', re.A) is None
    assert re.findall(r'\w+', 'h\u00e9llo w\u00f6rld') == ['h\u00e9llo',
                                                            'w\u00f6rld']
    assert re.findall(r'\w+', 'h\u00e9llo', re.ASCII) == ['h', 'llo']
    assert re.findall(r'\s+', 'a \t\nb\u2003c') == [' \t\n', '\u2003']
    assert re.match('.', '\n') is None
    assert re.match('.', '\n', re.S).group() == '\n'
    assert re.findall('[\u4e00-\u9fa5]+', 'ab\u4e2d\u6587cd') == [
        '\u4e2d\u6587']
    assert re.findall('[\U0001f600-\U0001f64f]', 'a\U0001f601b') == [
        '\U0001f601']
    assert re.match(r'[\d\-x]+', '1-2x3y').group() == '1-2x3'


def test_repeats():
    assert re.match('a*', 'aaab').group() == 'aaa'
    assert re.match('a*?', 'aaab').group() == ''
    assert re.match('a+?', 'aaab').group() == 'a'
    assert re.match('a{2,3}', 'aaaa').group() == 'aaa'
    assert re.match('a{2,3}?', 'aaaa').group() == 'aa'
    assert re.match('a{3}', 'aa') is None
    assert re.match('(ab)*c', 'ababc').group(1) == 'ab'
    assert re.match('(a|bc)+d', 'abcad').groups() == ('a',)
    assert re.match('.*x', 'abxcx').group() == 'abxcx'
    assert re.match('.*?x', 'abxcx').group() == 'abx'
    assert re.match('(a*)*b', 'aab').groups() == ('',)
    assert re.match('(a*)+', 'b').groups() == ('',)
    assert re.match('(?:ab){2,}?x', 'abababx').group() == 'abababx'
    assert re.match('(?:ab|c)*', 'ab' * 500 + 'c').end() == 1001


def test_possessive_and_atomic():
    assert re.match('a*+a', 'aaa') is None
    assert re.match('a++', 'aaa').group() == 'aaa'
    assert re.match('(?:ab|a)*+b', 'aab') is None
    assert re.match('(?:ab|a)*+b', 'abab') is None
    assert re.match('x?+y', 'xy').group() == 'xy'
    assert re.match('(?>a|ab)c', 'abc') is None
    assert re.match('(?>a|ab)c', 'ac').group() == 'ac'
    assert re.match('(?>(a+))a', 'aaa') is None
    assert re.match('(?>a+)b', 'aaab').group() == 'aaab'


def test_groups_and_backreferences():
    m = re.match('(a)(b)?(c)', 'ac')
    assert m.groups() == ('a', None, 'c')
    assert m.groups('-') == ('a', '-', 'c')
    assert m.span(2) == (-1, -1)
    assert m.lastindex == 3
    assert re.match('(?:(a)|b)*', 'ab').groups() == ('a',)
    assert re.match('((a)|(b))+', 'ab').groups() == ('b', 'a', 'b')
    assert re.match(r'(a)\1', 'aa').group() == 'aa'
    assert re.match(r'(a)\1', 'ab') is None
    assert re.match(r'(?P<x>ab)(?P=x)', 'abab').group('x') == 'ab'
    assert re.match(r'(a)?b\1', 'b') is None
    assert re.match(r'(a)\1', 'aA', re.I).group() == 'aA'


def test_conditionals():
    assert re.match(r'(a)?(?(1)b|c)', 'ab').group() == 'ab'
    assert re.match(r'(a)?(?(1)b|c)', 'c').group() == 'c'
    assert re.match(r'(a)?(?(1)b|c)', 'b') is None
    pat = re.compile(r'(?P<q>")?\w+(?(q)")')
    assert pat.fullmatch('"ab"')
    assert pat.fullmatch('ab')
    assert pat.fullmatch('"ab') is None


def test_lookarounds():
    assert re.findall(r'a(?=b)', 'ab ac ab') == ['a', 'a']
    assert re.findall(r'a(?!b)', 'ab ac') == ['a']
    assert re.findall(r'(?<=a)b', 'ab cb') == ['b']
    assert re.findall(r'(?<!a)b', 'ab cb') == ['b']
    assert re.search(r'(?<=ab)c', 'xabc').start() == 3
    assert re.match(r'(?=(a+))a*b', 'aaab').group(1) == 'aaa'
    assert re.search(r'(?<=a)b', 'ab', 1).span() == (1, 2)
    assert re.findall(r'\w+(?=,)', 'ab, cd, e') == ['ab', 'cd']


def test_ignorecase():
    assert re.match('abc', 'ABC', re.I)
    assert re.match('[a-z]+', 'ABCxyz', re.I).group() == 'ABCxyz'
    assert re.search('[^a-z]+', 'AB12cd', re.I).group() == '12'
    assert re.match('\u00df', '\u1e9e', re.I)
    assert re.fullmatch('\u03c3+', '\u03a3\u03c2\u03c3', re.I)
    assert re.match('k', '\u212a', re.I)
    assert re.match('k', '\u212a', re.I | re.A) is None
    assert re.match('(?i)ab', 'AB')
    assert re.match('a(?i:b)c', 'aBc')
    assert re.match('a(?i:b)c', 'aBC') is None
    assert re.match('[\U00010400]', '\U00010428', re.I)
    assert re.match(b'AB', b'ab', re.I)
    assert re.match(b'\xe9', b'\xc9', re.I) is None
    assert re.match(b'[a-z]+', b'ABc', re.I | re.L).group() == b'ABc'


def test_verbose():
    pat = re.compile(r"""
        (?P<int> \d+ )      # digits
        \s* , \s*           # a comma
        (?P<word> [a-z]+ )
    """, re.X)
    assert pat.match('12 , ab').groupdict() == {'int': '12', 'word': 'ab'}


def test_pos_endpos():
    p = re.compile('a+')
    m = p.search('baaab', 2)
    assert m.span() == (2, 4) and m.pos == 2 and m.endpos == 5
    assert p.search('baaab', 1, 3).span() == (1, 3)
    assert p.match('baaab', 1).group() == 'aaa'
    assert p.match('aaab', -5).group() == 'aaa'
    assert p.search('baaab', 10) is None
    assert p.fullmatch('baaab', 1, 4).group() == 'aaa'
    assert re.compile('^a').search('ba', 1) is None
    assert re.compile('').match('abc', 2, 1).span() == (2, 2)
    assert p.search(string='xa', pos=1).span() == (1, 2)


def test_bytes():
    assert re.findall(rb'\w+', b'ab\xe9cd') == [b'ab', b'cd']
    assert re.match(rb'ab+', b'abbbc').group() == b'abbb'
    m = re.search(b'a', bytearray(b'xa'))
    assert m.group() == b'a' and isinstance(m.string, bytearray)
    assert re.findall(rb'[\x00-\x7f]+', b'ab\xffc') == [b'ab', b'c']
    try:
        re.match('a', b'a')
    except TypeError as e:
        assert str(e) == 'cannot use a string pattern on a bytes-like object'
    else:
        assert False
    try:
        re.match(b'a', 'a')
    except TypeError as e:
        assert str(e) == 'cannot use a bytes pattern on a string-like object'
    else:
        assert False
    try:
        re.match('a', 1)
    except TypeError as e:
        assert str(e) == "expected string or bytes-like object, got 'int'"
    else:
        assert False


def test_errors_from_parser():
    try:
        re.compile('(a')
    except re.error as e:
        assert e.msg == 'missing ), unterminated subpattern'
        assert e.pos == 0
    else:
        assert False
    try:
        re.compile('(?<=a+)b')
    except re.error as e:
        assert 'look-behind requires fixed-width pattern' in str(e)
    else:
        assert False
