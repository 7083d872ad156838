"""The _sre engine against CPython 3.11's, without our interpreter importing
the `re` package: python3 compiles each pattern of the corpus below
(tests/interpreter/sre_oracle.py) and gives the code list and the
expected results; our interpreter gets the same code through
_sre.compile and computes the results with the same app-level function.
"""

from __future__ import absolute_import

import json
import os
import subprocess

import pytest

from interpreter.error import OperationError
from interpreter.module._sre import opcodes
from tests.support import run_app, unwrap, format_operror, raises_app

I = 2       # re.IGNORECASE
L = 4       # re.LOCALE
M = 8       # re.MULTILINE
S = 16      # re.DOTALL
X = 64      # re.VERBOSE
A = 256     # re.ASCII


def b(s):
    """A bytes subject or pattern in the JSON sent to python3."""
    return ["b", [ord(c) for c in s]]


CASES = [
    # literals, anchors
    ('abc', 0, ['abc', 'xabcy', 'ab', '', 'aabcabc']),
    ('^abc$', 0, ['abc', 'abc\n', 'xabc']),
    ('^a', M, ['a\na', 'b\na']),
    ('a$', M, ['a\nb', 'ba\n', 'a']),
    (r'\Aab\Z', 0, ['ab', 'ab\n']),
    (r'\bfoo\b', 0, ['foo', 'a foo b', 'foobar', 'xfoo']),
    (r'\Bo\B', 0, ['foo', 'o', 'xoox']),
    (r'\b', 0, ['', 'ab cd']),
    ('', 0, ['', 'abc']),
    # classes and categories
    ('[a-c]+', 0, ['xxabcabd', 'zzz']),
    ('[^a-c]+', 0, ['abxyzc']),
    (r'\d+\s*\w+', 0, ['12  ab', '\u0663\u0664 x', 'a']),
    (r'\d+\s*\w+', A, ['12  ab', '\u0663\u0664 x']),
    (r'[\d\s]+', 0, ['1 2\t3x']),
    (r'[\D]+', 0, ['ab12']),
    (r'\W+', 0, ['ab, cd!']),
    ('.+', 0, ['ab\ncd']),
    ('.+', S, ['ab\ncd']),
    ('[\u0100-\u0200\u4e00]+', 0, ['x\u0150\u4e00\u0300']),
    ('[^\u4e00-\u9fa5]+', 0, ['ab\u4e2dcd']),
    ('[a\U0001f600-\U0001f64f]+', 0, ['xa\U0001f601y']),
    # repeats
    ('a*', 0, ['', 'aaa', 'baaa']),
    ('a+?', 0, ['aaa']),
    ('a{2,3}', 0, ['a', 'aaaa', 'aaaaaaa']),
    ('a{2,3}?', 0, ['aaaa']),
    ('a{3}', 0, ['aa', 'aaaa']),
    ('(ab)*c', 0, ['ababc', 'c', 'abab']),
    ('(ab)*?c', 0, ['ababc']),
    ('(a|bc)+d', 0, ['abcad', 'abc']),
    ('(a|bc)+?d', 0, ['abcad']),
    ('(?:a|b)*?b', 0, ['aab']),
    ('(a*)*b', 0, ['aab', 'c']),
    ('(a*)+', 0, ['b', 'aa']),
    ('(a|)*b', 0, ['aab']),
    ('(?:x?)*y', 0, ['xxy']),
    ('x*', 0, ['abxd', 'xx']),
    ('(a{2})*', 0, ['aaaaa']),
    ('(?:ab){2,}?x', 0, ['abababx']),
    ('.*?x', 0, ['abxcx']),
    ('.*x', 0, ['abxcx']),
    ('a++', 0, ['aaa']),
    ('a*+a', 0, ['aaa']),
    ('(?:ab)++', 0, ['ababa']),
    ('(?:ab|a)*+b', 0, ['abab', 'aab']),
    ('(?:a|ab){2,}+c', 0, ['aabc', 'ababc']),
    ('x?+y', 0, ['xy', 'y']),
    ('(?>a|ab)c', 0, ['abc', 'ac']),
    ('(?>a+)b', 0, ['aaab']),
    ('(?>(a+))a', 0, ['aaa']),
    # groups
    ('(a)(b)?(c)', 0, ['ac', 'abc']),
    ('(?P<first>a+)(?P<second>b+)?', 0, ['aab', 'aa']),
    ('(?:(a)|b)*', 0, ['ab', 'ba']),
    ('((a)|(b))+', 0, ['ab', 'abba']),
    ('(a)|(b)', 0, ['b', 'a']),
    (r'(a)\1', 0, ['aa', 'ab']),
    (r'(?P<x>ab)(?P=x)', 0, ['abab', 'abac']),
    (r'(a)?b\1', 0, ['b', 'aba']),
    (r'(a)(?(1)b|c)', 0, ['ab', 'ac']),
    (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'b']),
    (r'(?P<q>")?\w+(?(q)")', 0, ['"ab"', 'ab', '"ab']),
    # lookarounds
    ('a(?=b)', 0, ['ab', 'ac']),
    ('a(?!b)', 0, ['ab', 'ac']),
    ('(?<=a)b', 0, ['ab', 'cb']),
    ('(?<!a)b', 0, ['ab', 'cb', 'b']),
    ('(?<=ab)c', 0, ['abc', 'c']),
    ('(?=(a+))a*b', 0, ['aaab']),
    ('(?!(a))b', 0, ['b']),
    (r'\w+(?=,)', 0, ['ab, cd, e']),
    # case folding
    ('abc', I, ['ABC', 'aBc', 'abd']),
    ('[a-z]+', I, ['ABCxyz']),
    ('[^a-z]+', I, ['AB12cd']),
    ('\u00df', I, ['\u1e9e', '\u00df', 'ss']),
    ('\u03c3+', I, ['\u03a3\u03c2\u03c3']),
    ('k', I, ['K', '\u212a']),
    ('k', I | A, ['K', '\u212a']),
    ('[k-m]+', I, ['\u212aLm']),
    (r'(a)\1', I, ['aA', 'ab']),
    (r'(\u0130)\1', I, ['\u0130i']),
    ('[\U00010400]', I, ['\U00010428']),
    ('[\U00010400-\U00010410]', I, ['\U00010430']),
    # flags inline
    ('(?i)ab', 0, ['AB']),
    ('a(?i:b)c', 0, ['aBc', 'ABc', 'abC']),
    ('(?x) a b # comment', 0, ['ab']),
    ('(?s).', 0, ['\n']),
    ('(?m)^b', 0, ['a\nb']),
    ('(?a)\\w+', 0, ['ab\u00e9']),
    # alternation
    ('foo|foobar', 0, ['foobar']),
    ('(?:foo|bar|baz)+', 0, ['foobazbarx']),
    ('a|b|c|d', 0, ['xxd']),
    ('(|a)*', 0, ['aa']),
    # bytes
    (b('ab+'), 0, [b('xabbb'), b('a')]),
    (b(r'\w+'), 0, [b('ab\xe9cd')]),
    (b('AB'), I, [b('ab'), b('\xc1')]),
    (b('[a-z]+'), I | L, [b('ABc')]),
    (b(r'\w+'), L, [b('ab_1')]),
    (b(r'(a)\1'), I | L, [b('aA')]),
    (b('\xe9'), I, [b('\xc9'), b('\xe9')]),
    (b('[\x00-\x7f]+'), 0, [b('ab\xff')]),
    # longer and realistic
    (r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', 0,
     ['-12.5e+3', '0.1', 'x', '007']),
    (r'(.*?)(["\\\x00-\x1f])', 0, ['abc"def', 'no']),
    (r'[ \t\n\r]*', 0, ['  \n x']),
    (r'(?P<key>\w+)\s*=\s*(?P<value>[^;]*);?', 0, ['a = 1; bb=two;c=']),
    (r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)', 0, ['2024-01-31T12:30']),
    (r'([a-z]+)@([a-z]+)\.com', 0, ['mail x@y.com and z@w.com']),
    (r'\s+|(?<=-)', 0, ['a b-c  d']),
    (r'(\s+)', 0, [' a  b ']),
    (r'[\s\S]+?(?=\n|$)', 0, ['line1\nline2']),
]


def _run_oracle(cases):
    here = os.path.dirname(os.path.abspath(__file__))
    proc = subprocess.Popen(['python3', os.path.join(here, 'sre_oracle.py')],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = proc.communicate(json.dumps(cases).encode('ascii'))
    assert proc.returncode == 0
    return json.loads(out.decode('ascii'))


def _oracle_functions():
    """The app-level source of `encode` and `results` (Python 3, shared
    with the oracle)."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'sre_oracle.py')) as f:
        source = f.read()
    start = source.index('def encode(')
    stop = source.index('def main(')
    return source[start:stop]


def _py3_literal(x):
    """x (from JSON: unicode, int, None, list, dict) as Python 3 source."""
    if isinstance(x, list):
        return '[%s]' % ', '.join(_py3_literal(y) for y in x)
    if isinstance(x, dict):
        return '{%s}' % ', '.join('%s: %s' % (_py3_literal(k),
                                              _py3_literal(v))
                                  for k, v in sorted(x.items()))
    if isinstance(x, unicode):
        return repr(x)[1:]      # drop the u prefix
    return repr(x)


@pytest.fixture(scope='module')
def oracle():
    cases = []
    for pattern, flags, subjects in CASES:
        if not isinstance(pattern, list):
            pattern = pattern.decode('unicode_escape') \
                if '\\u' in pattern or '\\U' in pattern else \
                pattern.decode('latin-1')
        subjects = [s if isinstance(s, list) else
                    s.decode('unicode_escape') for s in subjects]
        cases.append([pattern, flags, subjects])
    return _run_oracle(cases), cases


def test_opcode_numbers():
    source = ('import json\nfrom re import _constants as c\n'
              'print(json.dumps([[str(x) for x in c.OPCODES], '
              '[str(x) for x in c.ATCODES], [str(x) for x in c.CHCODES], '
              'c.MAGIC]))')
    out = subprocess.check_output(['python3', '-c', source])
    names = json.loads(out.decode('ascii'))
    assert names == [opcodes.OPCODE_NAMES, opcodes.AT_NAMES,
                     opcodes.CATEGORY_NAMES, opcodes.MAGIC]


def _check_against_oracle(space, expected, cases):
    """Run every case on our interpreter (one app-level run) and list the
    differences from CPython's results."""
    kept = [i for i, case in enumerate(expected) if case is not None]
    expected = [expected[i] for i in kept]
    cases = [cases[i] for i in kept]
    source = _oracle_functions()
    source += '''
import _sre
def decode(x):
    if isinstance(x, list):
        return bytes(x[1])
    return x
def check(case, subjects):
    pattern, flags, code, groups, groupindex, indexgroup, rep, res = case
    try:
        p = _sre.compile(decode(pattern), flags, code, groups,
                         groupindex, tuple(indexgroup))
        return [repr(p), encode(results(p, [decode(s) for s in subjects]))]
    except Exception as e:
        return ['error', repr(e)]
'''
    source += '\n[check(c, s) for c, s in zip(%s, %s)]' % (
        _py3_literal(expected), _py3_literal([c[2] for c in cases]))
    try:
        got_all = unwrap(space, run_app(space, source))
    except OperationError as e:
        return [format_operror(space, e)]
    failures = []
    for case, (pattern, flags, subjects), got in zip(expected, cases,
                                                      got_all):
        got_repr, got_results = got
        if got_repr == 'error':
            failures.append((pattern, flags, got_results))
            continue
        want = json.loads(json.dumps(case[7]))
        got_results = json.loads(json.dumps(_listify(got_results)))
        if got_repr != case[6]:
            failures.append((pattern, flags, 'repr', got_repr, case[6]))
        for subject, g, w in zip(subjects, got_results, want):
            if g != w:
                failures.append((pattern, flags, subject, g, w))
    return failures


def test_corpus(space, oracle):
    expected, cases = oracle
    assert _check_against_oracle(space, expected, cases) == []


_FUZZ_ATOMS = ['a', 'b', 'ab', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s',
               '\\b', '^', '$', 'A', '(?i:a)', '[a-cA]', r'\B']
_FUZZ_SUFFIXES = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{1,2}',
                  '{2}', '{0,1}?', '*+', '++', '?+']


def _fuzz_pattern(rnd, depth, ngroups):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        r = rnd.random()
        if depth < 3 and r < 0.3:
            kind = rnd.choice(['(', '(?:', '(?>', '(?=', '(?!', '(?<=a)',
                               'alt'])
            inner = _fuzz_pattern(rnd, depth + 1, ngroups)
            if kind == '(':
                ngroups[0] += 1
                atom = '(' + inner + ')'
            elif kind == 'alt':
                atom = '(?:' + inner + '|' + _fuzz_pattern(
                    rnd, depth + 1, ngroups) + ')'
            elif kind == '(?<=a)':
                atom = '(?<=a)' + inner
            else:
                atom = kind + inner + ')'
        elif r < 0.35 and ngroups[0]:
            atom = '\\%d' % rnd.randint(1, ngroups[0])
        elif r < 0.4 and ngroups[0]:
            atom = '(?(%d)a|b)' % rnd.randint(1, ngroups[0])
        else:
            atom = rnd.choice(_FUZZ_ATOMS)
        if not atom.startswith(('(?=', '(?!', '(?<', '^', '$', '\\b',
                                '\\B', '(?(')):
            atom += rnd.choice(_FUZZ_SUFFIXES)
        parts.append(atom)
    return ''.join(parts)


def fuzz_cases(seed, count):
    import random
    rnd = random.Random(seed)
    cases = []
    for _ in range(count):
        pattern = _fuzz_pattern(rnd, 0, [0])
        subjects = [''.join(rnd.choice('abA \n1') for _ in range(
            rnd.randint(0, 8))) for _ in range(3)]
        flags = rnd.choice([0, 0, I, M, S])
        cases.append([pattern.decode('ascii'), flags,
                      [s.decode('ascii') for s in subjects]])
    return cases


@pytest.mark.slow
def test_fuzz(space):
    # random patterns (groups, alternation, every kind of repeat,
    # lookarounds, atomic groups, backreferences, conditionals) on random
    # subjects; run with -m slow (other seeds found nothing either)
    cases = fuzz_cases(1, 100)
    expected = _run_oracle(cases)
    assert _check_against_oracle(space, expected, cases) == []


def _listify(x):
    if isinstance(x, (list, tuple)):
        return [_listify(y) for y in x]
    if isinstance(x, dict):
        return dict((k, _listify(v)) for k, v in x.items())
    return x


def test_module_constants(space):
    w = run_app(space, '''
import _sre
(_sre.MAGIC, _sre.CODESIZE, _sre.getcodesize(), _sre.MAXREPEAT,
 _sre.MAXGROUPS, _sre.ascii_iscased(ord('a')), _sre.ascii_iscased(0xe9),
 _sre.unicode_iscased(0xe9), _sre.unicode_iscased(ord('1')),
 _sre.ascii_tolower(ord('A')), _sre.ascii_tolower(0xc9),
 _sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130))
''')
    assert unwrap(space, w) == (20220615, 4, 4, 2 ** 32 - 1, 2 ** 31 - 1,
                                True, False, True, False, 97, 0xc9, 0xe9,
                                0x69)


def test_type_errors(space):
    setup = '''
import _sre
p = _sre.compile('a', 32, [14, 4, 0, 1, 1, 16, 97, 1], 0, {}, ())
bp = _sre.compile(b'a', 0, [14, 4, 0, 1, 1, 16, 97, 1], 0, {}, ())
'''
    raises_app(space, 'TypeError', setup + 'p.match(b"a")',
               match='cannot use a string pattern on a bytes-like object')
    raises_app(space, 'TypeError', setup + 'bp.match("a")',
               match='cannot use a bytes pattern on a string-like object')
    raises_app(space, 'TypeError', setup + 'p.match(1)',
               match="expected string or bytes-like object, got 'int'")


@pytest.mark.parametrize('code, groups', [
    ([], 0),
    ([99, 1], 0),                           # unknown opcode
    ([16], 0),                              # no SUCCESS
    ([16, 1], 0),                           # LITERAL without its argument
    ([15, 100, 1], 0),                      # a lone JUMP
    ([13, 100, 16, 97, 0, 1], 0),           # IN skips out of the code
    ([13, 4, 16, 97, 99, 1], 0),            # a set not ended by FAILURE
    ([17, 0, 17, 1, 1], 0),                 # MARK of a group that is not
    ([11, 0, 1], 0),                        # GROUPREF likewise
    ([7, 4, 16, 97, 15, 50, 0, 1], 0),      # BRANCH jumping away
    ([24, 6, 0, 5, 16, 97, 16, 1], 0),      # REPEAT_ONE item not ended
    ([24, 6, 5, 0, 16, 97, 1, 1], 0),       # min > max
    ([23, 6, 0, 5, 16, 97, 1], 0),          # REPEAT without MAX_UNTIL
    ([18, 1], 0),                           # MAX_UNTIL is accepted alone:
])
def test_invalid_code(space, code, groups):
    source = '''
import _sre
_sre.compile('a', 32, %r, %d, {}, ()).match('a')
''' % (code, groups)
    if code == [18, 1]:
        # the engine refuses it when it runs, without reading outside
        raises_app(space, 'RuntimeError', source,
                   match='internal error in regular expression engine')
    else:
        raises_app(space, 'RuntimeError', source, match='invalid SRE code')


def test_bytearray_subject(space):
    w = run_app(space, '''
import _sre
bp = _sre.compile(b'a', 0, [14, 4, 0, 1, 1, 16, 97, 1], 0, {}, ())
s = bytearray(b'xa')
m = bp.search(s)
(m.string is s, m.group(), m.span())
''')
    assert unwrap(space, w) == (True, 'a', (1, 2))


def test_sub_callable_and_count(space):
    w = run_app(space, '''
import _sre
p = _sre.compile('a', 32, [14, 4, 0, 1, 1, 16, 97, 1], 0, {}, ())
(p.sub(lambda m: 'X', 'banana', 2), p.subn('', 'aaa'),
 p.sub(lambda m: None, 'xax'), p.subn('b', 'aaa', -1),
 p.split('bab', -1), p.split('babab', 1))
''')
    assert unwrap(space, w) == (u'bXnXna', (u'', 3), u'xx', (u'aaa', 0),
                                [u'bab'], [u'b', u'bab'])


def test_deep_backtracking_does_not_crash(space):
    # (?:ab|c)* recurses once per iteration (a REPEAT with MAX_UNTIL)
    w = run_app(space, '''
import _sre
code = [14, 4, 0, 0, 4294967295, 23, 17, 0, 4294967295, 7, 7, 16, 97,
        16, 98, 15, 7, 5, 16, 99, 15, 2, 0, 18, 1]
p = _sre.compile('(?:ab|c)*', 32, code, 0, {}, ())
p.match('ab' * 300 + 'c').end()
''')
    assert space.int_w(w) == 601


def _compile_source(pattern, flags=0, name='p'):
    """App-level source that binds `name` to our compiled pattern, with
    the code from python3's re."""
    case = _run_oracle([[pattern, flags, []]])[0]
    pat, flags, code, groups, groupindex, indexgroup = case[:6]
    return 'import _sre\n%s = _sre.compile(%s, %d, %s, %d, %s, tuple(%s))\n' % (
        name, _py3_literal(pat), flags, _py3_literal(code), groups,
        _py3_literal(groupindex), _py3_literal(indexgroup))


def test_match_api(space):
    source = _compile_source(u'(?P<first>\\w+) (?P<last>\\w+)(!)?')
    w = run_app(space, source + '''
m = p.match('Jane Doe rest')
(m.group(), m.group(0, 1, 'last'), m[1], m['last'], m.groups(),
 m.groups('-'), m.groupdict(), m.start(2), m.end('last'), m.span(),
 m.span(3), m.regs, m.lastindex, m.lastgroup, m.re is p,
 m.string, m.pos, m.endpos, repr(m), type(m).__name__,
 type(m).__module__, type(p).__name__, type(p).__module__,
 type(p.groupindex).__name__, dict(p.groupindex), p.groups,
 p.__copy__() is p, m.__deepcopy__({}) is m)
''')
    assert unwrap(space, w) == (
        u'Jane Doe', (u'Jane Doe', u'Jane', u'Doe'), u'Jane', u'Doe',
        (u'Jane', u'Doe', None), (u'Jane', u'Doe', u'-'),
        {u'first': u'Jane', u'last': u'Doe'}, 5, 8, (0, 8), (-1, -1),
        ((0, 8), (0, 4), (5, 8), (-1, -1)), 2, u'last', True,
        u'Jane Doe rest', 0, 13,
        u"<re.Match object; span=(0, 8), match='Jane Doe'>", u'Match',
        u're', u'Pattern', u're', u'mappingproxy',
        {u'first': 1, u'last': 2}, 3, True, True)
    for bad in ['4', '-1', "'nope'", '[]']:
        raises_app(space, 'IndexError', source + '''
p.match('a b').group(%s)
''' % bad, match='no such group')


def test_pattern_eq_hash(space):
    source = (_compile_source(u'ab+', 0, 'p1') +
              _compile_source(u'ab+', 0, 'p2') +
              _compile_source(u'ab+', 2, 'p3') +
              _compile_source(u'ab+', 0, 'p4').replace("'ab+'", "b'ab+'"))
    w = run_app(space, source + '''
(p1 == p2, hash(p1) == hash(p2), p1 != p3, p1 == p4, p1 == 'ab+')
''')
    assert unwrap(space, w) == (True, True, True, False, False)


def test_scanner_and_finditer(space):
    source = _compile_source(u'\\d')
    w = run_app(space, source + '''
sc = p.scanner('a1b2')
r = [sc.search().group(), sc.search().group(), sc.search(),
     sc.pattern is p]
sc = p.scanner('1a2')
r += [sc.match().group(), sc.match(), sc.search()]
r.append([m.span() for m in p.finditer('1a22', 1)])
r
''')
    assert unwrap(space, w) == [u'1', u'2', None, True, u'1', None, None,
                                [(2, 3), (3, 4)]]


def test_sub_template_calls_re(space):
    # a template with backslashes is parsed by the re package
    # (re._subx, re._expand): here a stand-in module
    source = _compile_source(u'(a)')
    w = run_app(space, source + '''
import sys
class FakeRe:
    def _subx(self, pattern, template):
        return lambda m: '<' + m.group(1) + '>'
    def _expand(self, pattern, match, template):
        return (pattern is p, template)
sys.modules['re'] = FakeRe()
try:
    r = (p.sub(r'\\1', 'bab'), p.match('a').expand(r'\\1'))
finally:
    del sys.modules['re']
r
''')
    assert unwrap(space, w) == (u'b<a>b', (True, u'\\1'))
