"""_locale's functions for the C locale (see moduledef.py)."""

from __future__ import absolute_import

from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec

# Linux's values
CONSTANTS = {
    'LC_CTYPE': 0, 'LC_NUMERIC': 1, 'LC_TIME': 2, 'LC_COLLATE': 3,
    'LC_MONETARY': 4, 'LC_MESSAGES': 5, 'LC_ALL': 6, 'CHAR_MAX': 127,
    'CODESET': 14, 'RADIXCHAR': 65536, 'THOUSEP': 65537,
    'AM_STR': 131110, 'PM_STR': 131111, 'D_T_FMT': 131112, 'D_FMT': 131113,
    'T_FMT': 131114, 'T_FMT_AMPM': 131115, 'CRNCYSTR': 262159,
    'YESEXPR': 327680, 'NOEXPR': 327681,
}

# nl_langinfo in the C locale (with UTF-8 text, as the interpreter reads
# and writes it)
_LANGINFO = {
    14: 'UTF-8', 65536: '.', 65537: '', 131110: 'AM', 131111: 'PM',
    131112: '%a %b %e %H:%M:%S %Y', 131113: '%m/%d/%y', 131114: '%H:%M:%S',
    131115: '%I:%M:%S %p', 262159: '-', 327680: '^[yY]', 327681: '^[nN]',
}

_ACCEPTED = ['C', 'POSIX', 'C.UTF-8', 'C.utf8']


def _make_constant(value):
    def constant(space):
        return space.newint(value)
    return constant


for _name, _value in CONSTANTS.items():
    globals()['constant_' + _name] = _make_constant(_value)
del _name, _value


class _LocaleState(object):
    def __init__(self):
        self.name = 'C'


_state = _LocaleState()


def _error(space, message):
    w_error = space.builtin_modules['_locale'].get('Error')
    return OperationError(w_error, space.call_function(
        w_error, space.newtext(message)))


@unwrap_spec(category=int)
def setlocale(space, category, w_locale=None):
    """Activates/queries locale processing."""
    if category < 0 or category > 6:
        if w_locale is None or space.is_none(w_locale):
            raise _error(space, 'locale query failed')
        raise _error(space, 'unsupported locale setting')
    if w_locale is None or space.is_none(w_locale):
        return space.newtext(_state.name)
    name = space.text_w(w_locale)
    if name == '' or name == 'POSIX':
        name = 'C'
    if name not in _ACCEPTED:
        raise _error(space, 'unsupported locale setting')
    _state.name = name
    return space.newtext(name)


def localeconv(space):
    """Returns numeric and monetary locale-specific parameters."""
    w_result = space.newdict()
    for key in ['int_curr_symbol', 'currency_symbol', 'mon_decimal_point',
                'mon_thousands_sep', 'positive_sign', 'negative_sign',
                'thousands_sep']:
        space.setitem(w_result, space.newtext(key), space.newtext(''))
    for key in ['mon_grouping', 'grouping']:
        space.setitem(w_result, space.newtext(key), space.newlist([]))
    for key in ['int_frac_digits', 'frac_digits', 'p_cs_precedes',
                'p_sep_by_space', 'n_cs_precedes', 'n_sep_by_space',
                'p_sign_posn', 'n_sign_posn']:
        space.setitem(w_result, space.newtext(key), space.newint(127))
    space.setitem(w_result, space.newtext('decimal_point'),
                  space.newtext('.'))
    return w_result


@unwrap_spec(key=int)
def nl_langinfo(space, key):
    """Return the value for the locale information associated with key."""
    try:
        return space.newtext(_LANGINFO[key])
    except KeyError:
        raise oefmt(space.w_ValueError, "unsupported langinfo constant")


def getencoding(space):
    """Get the current locale encoding."""
    return space.newtext('UTF-8')


def _text_arg(space, w_obj, funcname, index):
    if not space.isinstance_w(w_obj, space.w_str):
        raise oefmt(space.w_TypeError,
                    "%s() argument %d must be str, not %T", funcname, index,
                    w_obj)
    return space.unicode_w(w_obj)


def strcoll(space, w_os1, w_os2):
    """Compares two strings according to the locale."""
    s1 = _text_arg(space, w_os1, 'strcoll', 1)
    s2 = _text_arg(space, w_os2, 'strcoll', 2)
    if s1 < s2:
        return space.newint(-1)
    if s1 > s2:
        return space.newint(1)
    return space.newint(0)


def strxfrm(space, w_string):
    """Return a string that can be used as a key for locale-aware
    comparisons."""
    _text_arg(space, w_string, 'strxfrm', 1)
    return w_string
