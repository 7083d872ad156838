"""_locale in the C locale."""

import _locale


def raises(exc, func, *args):
    try:
        func(*args)
    except exc as e:
        return str(e)
    raise AssertionError(exc.__name__ + ' not raised')


def test_constants():
    assert _locale.LC_ALL == 6 and _locale.LC_CTYPE == 0
    assert _locale.LC_NUMERIC == 1 and _locale.CHAR_MAX == 127
    assert _locale.CODESET == 14


def test_setlocale():
    saved = _locale.setlocale(_locale.LC_ALL)
    try:
        assert _locale.setlocale(_locale.LC_ALL, 'C') == 'C'
        assert _locale.setlocale(_locale.LC_NUMERIC) == 'C'
        assert _locale.setlocale(_locale.LC_ALL, 'POSIX') == 'C'
        assert raises(_locale.Error, _locale.setlocale, _locale.LC_ALL,
                      'no_SUCH.locale') == 'unsupported locale setting'
    finally:
        _locale.setlocale(_locale.LC_ALL, 'C')
    assert issubclass(_locale.Error, Exception)
    assert _locale.Error.__module__ == 'locale'


def test_localeconv():
    _locale.setlocale(_locale.LC_ALL, 'C')
    conv = _locale.localeconv()
    assert conv['decimal_point'] == '.'
    assert conv['thousands_sep'] == ''
    assert conv['grouping'] == []
    assert conv['frac_digits'] == 127


def test_nl_langinfo():
    assert _locale.nl_langinfo(_locale.RADIXCHAR) == '.'
    assert _locale.nl_langinfo(_locale.D_FMT) == '%m/%d/%y'
    assert isinstance(_locale.nl_langinfo(_locale.CODESET), str)
    assert raises(ValueError, _locale.nl_langinfo, 99999) == \
        'unsupported langinfo constant'


def test_strcoll_strxfrm():
    assert _locale.strcoll('a', 'b') < 0
    assert _locale.strcoll('b', 'a') > 0
    assert _locale.strcoll('a', 'a') == 0
    assert _locale.strxfrm('abc') == 'abc'
