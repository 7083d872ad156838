"""Greedy repeats of a group over long subjects: the iterations of a
body that matches in one way only run in a loop (no recursion limit),
with the same groups and backtracking as the general engine."""

import re

N = 100000


def test_long_group_repeats():
    s = 'ab' * (N // 2)
    m = re.match('(a|b)*', s)
    assert m.end() == N and m.span(1) == (N - 1, N) and m.group(1) == 'b'
    m = re.match('(a)*', 'a' * N)
    assert m.end() == N and m.span(1) == (N - 1, N)
    assert re.match('(?:ab)*c?', s).end() == N
    assert re.fullmatch('(?:a|b)*', s) is not None


def test_backtracking_into_the_repeat():
    m = re.match('((a)(b))*ab', 'ababab')
    assert m.groups() == ('ab', 'a', 'b') and m.end() == 6
    m = re.match('(a){2,3}a', 'aaaa')
    assert m.groups() == ('a',) and m.end() == 4
    assert re.match('(a){2,3}', 'a') is None
    m = re.search('(ab)*c', 'xababd ababc')
    assert m.span() == (7, 12) and m.groups() == ('ab',)


def test_groups_of_the_last_iteration():
    m = re.match(r'(?:x(\d))*', 'x1x2x3y')
    assert m.groups() == ('3',) and m.end() == 6
    assert re.fullmatch(r'(\w)*', 'abc').groups() == ('c',)
    assert re.match('(a)*', 'b').groups() == (None,)
    m = re.match(r'(?:(\d)(\w))*(\d)', '1a2b3')
    assert m.groups() == ('2', 'b', '3')
