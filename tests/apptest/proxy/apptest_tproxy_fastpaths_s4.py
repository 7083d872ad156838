"""Proxies of int, str, list, set and tuple never take the shortcuts of
session 4 (the opcodes' inlined operators and comparisons, `in`, str(),
format(), join, %-formatting): their controller sees every operation."""
# apptest: pypy-only

from __pypy__ import tproxy


def recording(obj):
    """(proxy of type(obj) forwarding to obj, the list of operation names)"""
    log = []

    def controller(opname, *args, **kwargs):
        log.append(opname)
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return tproxy(type(obj), controller), log


def test_int_operators_and_comparisons():
    p, log = recording(7)
    assert p // 2 == 3
    assert 15 % p == 1
    x = 1
    x += p
    assert x == 8
    assert p < 8 and 8 > p
    assert '%d' % p == '7' and f'{p}' == '7' and str(p) == '7'
    assert log[:4] == ['__floordiv__', '__rmod__', '__radd__', '__lt__']
    assert '__gt__' in log or log[4] == '__lt__'
    assert '__format__' in log and '__str__' in log


def test_str_operations():
    p, log = recording('abc')
    assert p + 'd' == 'abcd'
    assert 'b' in p
    assert p == 'abc'
    assert f'{p}' == 'abc' and '%s' % p == 'abc' and str(p) == 'abc'
    assert p.upper() == 'ABC'
    assert log[:3] == ['__add__', '__contains__', '__eq__']
    assert '__getattribute__' in log     # p.upper


def test_containers():
    for real in ([1, 2], (1, 2), {1, 2}, frozenset([1, 2])):
        p, log = recording(real)
        assert 2 in p
        assert log == ['__contains__']


def test_join_of_proxied_items():
    p, log = recording('b')
    assert '-'.join(['a', p]) == 'a-b'
    assert log
    q, log = recording(['x', 'y'])
    assert '-'.join(q) == 'x-y'
    assert '__iter__' in log
