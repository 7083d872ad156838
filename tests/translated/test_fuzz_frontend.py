"""Fuzzing the front end of the translated binary.

Valid programs (the parser's corpus and the app-level tests) are mutated
deterministically: tokens deleted, duplicated or swapped; bytes deleted,
duplicated, swapped or replaced (NUL, bytes that are invalid UTF-8,
brackets, quotes, backslashes, tabs).  Every mutant must end in normal
output or a SyntaxError-family exception: never a crash, a hang or an
exception of the host.

* `test_compile_thousands`: FUZZ_COUNT mutants compiled by one pypy-c
  process (a driver program calling compile() on each, in a
  try/except): fast, and any crash names the mutant it died on.
* `test_command_line_mutants`: mutants of straight-line snippets run as
  `pypy-c -c MUTANT`, one process each; they may also raise an ordinary
  Python exception (a mutant can divide by zero), but must exit through
  the interpreter's own error reporting.

Seeds and mutations depend only on FUZZ_SEED, so a failure reproduces.
"""

from __future__ import absolute_import

import glob
import os
import random
import re
import struct

import pytest

from tests import support

pytestmark = [pytest.mark.translated, pytest.mark.slow]

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUZZ_SEED = 20261121
FUZZ_COUNT = 3000
COMMAND_LINE_COUNT = 200

_TOKEN_RE = re.compile(r'\s+|\w+|"[^"\n]*"|\'[^\'\n]*\'|.', re.S)
_NASTY_BYTES = ['\x00', '\xff', '\xc3', '\xe2\x82', '(', ')', '[', ']',
                '{', '}', '"', "'", '"""', '\\', '\t', '\n', ':', '\r',
                'f"{', 'lambda', '*', '**', '@', '=', ';', '#', 'b"\\x']

SNIPPETS = [
    "x = 6\nprint(x * 7)\n",
    "a, b = 1, 2\nprint(a + b, a - b, a * b, a / b)\n",
    "s = 'abc' + \"def\"\nprint(s[1:4], len(s), s.upper())\n",
    "d = {1: 'one', 2: 'two'}\nprint(d[1], d.get(3), len(d))\n",
    "t = (1, 2, 3)\nl = [4, 5]\nprint(t + (4,), l * 2, 2 ** 70)\n",
    "print(1 < 2 <= 3, not None, 7 // 2, -7 % 3, 1.5e3, 0x1f, 0b101)\n",
    "def f(a, b=2, *c, d=4, **e):\n    return a + b + d\nprint(f(1))\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n",
    "print(f'{1 + 1}', f\"{'x'!r:>5}\", b'\\x00'.hex if False else 0)\n",
    "if 1:\n    y = [i for i in (1, 2)] if False else [3]\nprint(y)\n",
]


def seed_sources():
    paths = sorted(glob.glob(os.path.join(TESTS, 'interpreter', 'pyparser',
                                          'corpus', '*.py')))
    paths += sorted(support.find_apptest_files(os.path.join(TESTS,
                                                            'apptest')))
    sources = []
    for path in paths:
        with open(path, 'rb') as f:
            sources.append(f.read())
    return sources


def mutate(rng, source):
    """One random mutation (token- or byte-level) of source."""
    kind = rng.randrange(6)
    if kind < 3:
        tokens = _TOKEN_RE.findall(source) or ['']
        i = rng.randrange(len(tokens))
        j = rng.randrange(len(tokens))
        if kind == 0:
            del tokens[i]
        elif kind == 1:
            tokens.insert(i, tokens[j])
        else:
            tokens[i], tokens[j] = tokens[j], tokens[i]
        return ''.join(tokens)
    if not source:
        return rng.choice(_NASTY_BYTES)
    i = rng.randrange(len(source))
    j = rng.randrange(len(source))
    if kind == 3:
        return source[:i] + source[i + 1:]
    if kind == 4:
        return source[:i] + source[j:j + rng.randrange(1, 20)] + source[i:]
    return source[:i] + rng.choice(_NASTY_BYTES) + source[i + 1:]


def mutants(rng, seeds, count):
    result = []
    for _ in range(count):
        source = rng.choice(seeds)
        for _ in range(rng.randrange(1, 4)):
            source = mutate(rng, source)
        result.append(source)
    return result


# The driver runs inside pypy-c: it can only use what our interpreter
# supports (posix for reading, compile(), try/except).
DRIVER = r'''
import posix, sys
fd = posix.open(sys.argv[1], posix.O_RDONLY)
data = b''
chunk = posix.read(fd, 1 << 20)
while chunk:
    data = data + chunk
    chunk = posix.read(fd, 1 << 20)
posix.close(fd)
pos = 0
index = 0
syntax_errors = 0
compiled = 0
while pos < len(data):
    size = int(data[pos:pos + 8].decode('ascii'))
    source = data[pos + 8:pos + 8 + size]
    pos = pos + 8 + size
    print('start', index)
    try:
        compile(source, '<fuzz>', 'exec')
        compiled += 1
    except SyntaxError:
        syntax_errors += 1
    except BaseException as e:
        print('UNEXPECTED', index, type(e).__name__, e)
    index += 1
print('done', index, compiled, syntax_errors)
'''


def test_compile_thousands(pypy_c, tmpdir):
    rng = random.Random(FUZZ_SEED)
    inputs = mutants(rng, seed_sources(), FUZZ_COUNT)
    blob = ''.join(['%08d%s' % (len(s), s) for s in inputs])
    data = tmpdir.join('mutants.bin')
    data.write(blob, mode='wb')
    returncode, stdout, stderr, timed_out = support.run_subprocess(
        [pypy_c, '-c', DRIVER, str(data)], 600)
    lines = stdout.splitlines()
    last_started = [l for l in lines if l.startswith('start ')][-1:]
    where = ''
    if last_started:
        index = int(last_started[0].split()[1])
        where = ' (last input started: #%d: %r)' % (index, inputs[index])
    assert not timed_out, 'timed out' + where
    assert returncode == 0, 'exit %d%s\n%s' % (returncode, where, stderr)
    unexpected = [l for l in lines if l.startswith('UNEXPECTED')]
    assert unexpected == []
    summary = lines[-1].split()
    assert summary[0] == 'done' and int(summary[1]) == FUZZ_COUNT
    # the mutants must exercise both outcomes
    assert int(summary[2]) > 50 and int(summary[3]) > 50
    print('fuzz: %s inputs, %s compiled, %s SyntaxError' % tuple(
        summary[1:4]))


_CLEAN_ERROR = re.compile(r'^[A-Za-z_][\w.]*(: .*)?$')


def test_command_line_mutants(pypy_c):
    rng = random.Random(FUZZ_SEED + 1)
    for source in mutants(rng, SNIPPETS, COMMAND_LINE_COUNT):
        if '\x00' in source:
            continue       # a NUL cannot be passed in an argv string
        returncode, stdout, stderr, timed_out = support.run_subprocess(
            [pypy_c, '-c', source], 30)
        assert not timed_out, repr(source)
        assert returncode in (0, 1), (returncode, source, stderr)
        if returncode == 1:
            last = stderr.splitlines()[-1] if stderr else ''
            assert _CLEAN_ERROR.match(last), (source, stderr)
