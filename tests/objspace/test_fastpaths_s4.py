"""Interp-level checks of the session 4 shortcuts: the ASCII tables of
str agree with the Unicode database, the operator shortcuts that the
opcodes inline answer only for exact builtin operands (None otherwise, so
that subclasses and proxies take the protocol), and the exact-type
branches of contains/str/format/join/%-formatting."""

from __future__ import absolute_import

from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from objspace.descroperation import binop_shortcut, compare_shortcut
from objspace.std import unicodeobject
from objspace.std.unicodeobject import W_UnicodeObject
from objspace.std.intobject import W_IntObject
from objspace.std.floatobject import W_FloatObject
from tests.support import run_app, unwrap, raises_app


def test_ascii_tables_agree_with_the_database():
    for code in range(128):
        assert unicodeobject._ASCII_UPPER[code] == \
            unichr(unicodedb.toupper_full(code)[0])
        assert unicodeobject._ASCII_LOWER[code] == \
            unichr(unicodedb.tolower_full(code)[0])
        assert unicodeobject._ASCII_TITLE[code] == \
            unichr(unicodedb.totitle_full(code)[0])
        for _, flag, test in unicodeobject._PREDICATES:
            assert unicodeobject._has_flag(code, flag, test) == \
                bool(test(code))
        assert unicodeobject._isupper(code) == bool(unicodedb.isupper(code))
        assert unicodeobject._iscased(code) == bool(unicodedb.iscased(code))
    # beyond ASCII the database answers
    assert unicodeobject._isupper(0x3a3) and unicodeobject._islower(0x3c3)
    assert unicodeobject._isupper_or_title(0x1c5)


def test_case_methods_beyond_ascii(space):
    w_s = W_UnicodeObject(u'a\xdf\u03a3')
    assert space.unicode_w(w_s.descr_upper(space)) == u'ASS\u03a3'
    assert space.unicode_w(w_s.descr_lower(space)) == u'a\xdf\u03c2'
    assert space.is_true(W_UnicodeObject(u'ab_9').descr_isidentifier(space))
    assert not space.is_true(W_UnicodeObject(u'9a').descr_isidentifier(space))


def test_binop_shortcuts_exact_types_only(space):
    add = binop_shortcut('add')
    assert binop_shortcut('inplace_add') is add
    assert binop_shortcut('inplace_and') is binop_shortcut('and_')
    assert binop_shortcut('matmul') is None
    w_res = add(space, W_IntObject(40), W_IntObject(2))
    assert space.int_w(w_res) == 42
    w_res = add(space, W_FloatObject(0.5), W_IntObject(2))
    assert space.float_w(w_res) == 2.5
    w_res = add(space, W_UnicodeObject(u'a'), W_UnicodeObject(u'b'))
    assert space.unicode_w(w_res) == u'ab'
    # overflow, bool and subclasses: the space method decides
    assert add(space, W_IntObject(2 ** 62), W_IntObject(2 ** 62)) is None
    assert add(space, space.w_True, W_IntObject(1)) is None
    w_sub = run_app(space, "class I(int): pass\nI(3)")
    assert add(space, W_IntObject(1), w_sub) is None
    assert binop_shortcut('floordiv')(space, W_IntObject(1),
                                      W_IntObject(0)) is None


def test_compare_shortcuts(space):
    lt = compare_shortcut('lt')
    assert lt(space, W_IntObject(1), W_IntObject(2)) is space.w_True
    assert lt(space, W_UnicodeObject(u'b'), W_UnicodeObject(u'a')) is \
        space.w_False
    assert lt(space, W_IntObject(1), W_FloatObject(1.5)) is space.w_True
    assert lt(space, W_IntObject(2 ** 60), W_FloatObject(1.5)) is None
    assert lt(space, space.w_False, W_IntObject(1)) is None
    assert lt(space, W_IntObject(1), W_UnicodeObject(u'a')) is None


def test_contains_and_str_of_exact_types(space):
    assert unwrap(space, run_app(space, """
        class L(list):
            def __contains__(self, item):
                return 'L'
        class S(str):
            def __str__(self):
                return 'S.__str__'
        ('a' in {'a'}, 2 in (1, 2), 'b' in 'abc', 9 in L(),
         str(S('x')), str(-7), '%s=%d' % (S('k'), -3), '-'.join(['a', S('b')]))
    """)) == (True, True, True, True, u'S.__str__', u'-7', u'S.__str__=-3',
              u'a-b')
    raises_app(space, 'TypeError', "1 in 'abc'",
               match="'in <string>' requires string as left operand, not int")
    raises_app(space, 'TypeError', "'-'.join(('a', 2))",
               match='sequence item 1: expected str instance, int found')


def test_join_reads_exact_lists_without_copying(space):
    w_list = space.newlist([W_UnicodeObject(u'x'), W_UnicodeObject(u'y')])
    assert unicodeobject._str_parts(w_list) == [u'x', u'y']
    w_mixed = space.newlist([W_UnicodeObject(u'x'), W_IntObject(1)])
    assert unicodeobject._str_parts(w_mixed) is None
    assert unicodeobject._str_parts(W_UnicodeObject(u'xy')) is None


def test_subscript_shortcuts(space):
    from objspace.descroperation import getitem_shortcut, setitem_shortcut
    w_list = space.newlist([W_IntObject(1), W_IntObject(2)])
    w_tuple = space.newtuple([W_IntObject(3)])
    assert space.int_w(getitem_shortcut(space, w_list, W_IntObject(-1))) == 2
    assert space.int_w(getitem_shortcut(space, w_tuple, W_IntObject(0))) == 3
    # out of range, bool index, other containers: the protocol answers
    assert getitem_shortcut(space, w_list, W_IntObject(2)) is None
    assert getitem_shortcut(space, w_list, space.w_True) is None
    assert getitem_shortcut(space, W_UnicodeObject(u'ab'),
                            W_IntObject(0)) is None
    assert setitem_shortcut(space, w_list, W_IntObject(-2), W_IntObject(5))
    assert not setitem_shortcut(space, w_list, W_IntObject(-3),
                                W_IntObject(5))
    assert not setitem_shortcut(space, w_tuple, W_IntObject(0),
                                W_IntObject(5))
    assert unwrap(space, w_list) == [5, 2]
