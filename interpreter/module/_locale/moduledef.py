"""The `_locale` module (what `locale` is built on), for the C locale
only: the interpreter never switches the C library's locale, so this
module keeps the name of the locale a program asked for ('C', 'POSIX' or
'C.UTF-8') and answers with the C locale's conventions."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module._locale import interp_locale


class Module(MixedModule):
    """Support for POSIX locales."""
    applevel_name = '_locale'

    interpleveldefs = {
        'setlocale': 'interp_locale.setlocale',
        'localeconv': 'interp_locale.localeconv',
        'nl_langinfo': 'interp_locale.nl_langinfo',
        'getencoding': 'interp_locale.getencoding',
        'strcoll': 'interp_locale.strcoll',
        'strxfrm': 'interp_locale.strxfrm',
    }
    appleveldefs = {
        'Error': 'app_locale.Error',
    }
    for _name in interp_locale.CONSTANTS:
        interpleveldefs[_name] = 'interp_locale.constant_%s()' % _name
    del _name
