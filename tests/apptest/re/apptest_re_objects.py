"""re: Pattern and Match objects, findall/finditer/split/sub/subn and
re.Scanner."""

import copy
import re


def test_pattern_attributes_and_repr():
    p = re.compile('(?P<a>x)(y)', re.I)
    assert p.pattern == '(?P<a>x)(y)'
    assert p.flags == re.I | re.U
    assert p.groups == 2
    assert p.groupindex == {'a': 1}
    try:
        p.groupindex['b'] = 2
    except TypeError:
        pass
    else:
        assert False
    assert repr(p) == "re.compile('(?P<a>x)(y)', re.IGNORECASE)"
    assert repr(re.compile('a+')) == "re.compile('a+')"
    assert repr(re.compile(b'a', re.I)) == "re.compile(b'a', re.IGNORECASE)"
    assert repr(re.compile('a', re.A | re.M | re.S)) == \
        "re.compile('a', re.MULTILINE|re.DOTALL|re.ASCII)"
    long = repr(re.compile('a' * 300))
    assert long == "re.compile(%s)" % repr('a' * 300)[:200]
    assert type(p).__name__ == 'Pattern' and type(p) is re.Pattern


def test_pattern_eq_hash_copy():
    p1 = re.compile('ab+')
    p2 = re.compile('ab' + '+')
    assert p1 == p2 and hash(p1) == hash(p2)
    assert re.compile('ab+', re.I) != p1
    assert re.compile(b'ab+') != p1
    assert copy.copy(p1) is p1
    assert copy.deepcopy(p1) is p1


def test_match_object():
    m = re.match(r'(?P<first>\w+) (?P<last>\w+)(!)?', 'Jane Doe rest')
    assert m.group() == 'Jane Doe'
    assert m.group(0, 1, 'last') == ('Jane Doe', 'Jane', 'Doe')
    assert m[1] == 'Jane' and m['last'] == 'Doe'
    assert m.groups() == ('Jane', 'Doe', None)
    assert m.groupdict() == {'first': 'Jane', 'last': 'Doe'}
    assert m.groupdict('?') == {'first': 'Jane', 'last': 'Doe'}
    assert m.start(2) == 5 and m.end('last') == 8 and m.span() == (0, 8)
    assert m.start(3) == -1
    assert m.regs == ((0, 8), (0, 4), (5, 8), (-1, -1))
    assert m.lastindex == 2 and m.lastgroup == 'last'
    assert m.re.pattern.startswith('(?P<first>')
    assert m.string == 'Jane Doe rest'
    assert m.pos == 0 and m.endpos == 13
    assert repr(m) == "<re.Match object; span=(0, 8), match='Jane Doe'>"
    assert copy.copy(m) is m and copy.deepcopy(m) is m
    assert bool(m)
    assert type(m) is re.Match
    for bad in (4, -1, 'nope'):
        try:
            m.group(bad)
        except IndexError as e:
            assert str(e) == 'no such group'
        else:
            assert False
    assert re.match('(a)|b', 'b').lastindex is None
    assert re.match('(a)|(?P<n>b)', 'b').lastgroup == 'n'


def test_match_repr_truncated_and_bytes():
    m = re.match('.*', 'x' * 100)
    assert repr(m) == "<re.Match object; span=(0, 100), match=%s>" % (
        repr('x' * 100)[:50],)
    assert repr(re.match(b'ab', b'abc')) == \
        "<re.Match object; span=(0, 2), match=b'ab'>"


def test_expand():
    m = re.match(r'(?P<a>\w+) (\w+)', 'hello world')
    assert m.expand(r'\2 \g<a> \g<1>!') == 'world hello hello!'
    assert m.expand('plain') == 'plain'


def test_findall_finditer():
    assert re.findall(r'\d+', 'a1b22c333') == ['1', '22', '333']
    assert re.findall(r'(\w)(\d)?', 'a1b') == [('a', '1'), ('b', '')]
    assert re.findall(r'(\w)=', 'a=b=') == ['a', 'b']
    assert re.findall('', 'ab') == ['', '', '']
    assert re.findall('x*', 'axxb') == ['', 'xx', '', '']
    spans = [m.span() for m in re.finditer(r'\w+', 'ab cd  e')]
    assert spans == [(0, 2), (3, 5), (7, 8)]
    assert [m.span() for m in re.finditer('x*', 'axb')] == [
        (0, 0), (1, 2), (2, 2), (3, 3)]
    assert re.compile(r'\w').findall('abcd', 1, 3) == ['b', 'c']


def test_split():
    assert re.split(r'\W+', 'Words, words, words.') == [
        'Words', 'words', 'words', '']
    assert re.split(r'(\W+)', 'Words, words.') == [
        'Words', ', ', 'words', '.', '']
    assert re.split(r'\W+', 'Words, words, words.', 1) == [
        'Words', 'words, words.']
    assert re.split(r'\W+', 'a b c', maxsplit=1) == ['a', 'b c']
    assert re.split('x*', 'axbc') == ['', 'a', '', 'b', 'c', '']
    assert re.split(r'(a)|b', 'xbyaz') == ['x', None, 'y', 'a', 'z']
    assert re.split('', 'ab') == ['', 'a', 'b', '']
    assert re.split(b',', b'a,b') == [b'a', b'b']
    assert re.split('a', 'bab', -1) == ['bab']


def test_sub_and_subn():
    assert re.sub(r'\d', '#', 'a1b22') == 'a#b##'
    assert re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world') == 'world hello'
    assert re.sub(r'(?P<x>a)', r'[\g<x>\g<0>]', 'bab') == 'b[aa]b'
    assert re.sub('a', r'\n', 'bab') == 'b\nb'
    assert re.sub('x*', '-', 'abxd') == '-a-b--d-'
    assert re.sub('a', lambda m: m.group().upper(), 'banana') == 'bAnAnA'
    assert re.sub('a', 'o', 'banana', count=2) == 'bonona'
    assert re.subn('a', 'o', 'banana') == ('bonono', 3)
    assert re.subn('z', 'o', 'banana') == ('banana', 0)
    assert re.sub('a', 'x', 'aaa', count=-1) == 'aaa'
    assert re.sub(b'a', b'o', b'banana') == b'bonono'
    assert re.sub(b'(a)', rb'<\1>', b'ba') == b'b<a>'
    assert re.sub('(a)|b', r'[\1]', 'ab') == '[a][]'
    try:
        re.sub('a', lambda m: 1, 'a')
    except TypeError:
        pass
    else:
        assert False
    try:
        re.sub('(a)', r'\2', 'a')
    except re.error as e:
        assert str(e) == 'invalid group reference 2 at position 1'
    else:
        assert False


def test_scanner():
    scanner = re.Scanner([
        (r'[a-z]+', lambda s, tok: ('word', tok)),
        (r'\d+', lambda s, tok: ('num', int(tok))),
        (r'\s+', None),
    ])
    assert scanner.scan('ab 12 cd!') == (
        [('word', 'ab'), ('num', 12), ('word', 'cd')], '!')
    sc = re.compile(r'\d').scanner('a1b2')
    assert sc.search().group() == '1'
    assert sc.search().group() == '2'
    assert sc.search() is None
    sc = re.compile(r'\d').scanner('1a2')
    assert sc.match().group() == '1'
    assert sc.match() is None
    assert sc.search() is None      # a failed step ends the scan
    assert sc.pattern.pattern == r'\d'


def test_module_functions():
    assert re.escape('a.b*c') == 'a\\.b\\*c'
    assert re.purge() is None
    p = re.compile('a')
    assert re.compile(p) is p
