"""The `_sre` module: the regular expression engine under CPython 3.11's
pure-Python `re` package (interp_sre.py, engine.py)."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """The regular expression engine of the re module."""
    applevel_name = '_sre'

    interpleveldefs = {
        'compile': 'interp_sre.compile',
        'getcodesize': 'interp_sre.getcodesize',
        'ascii_iscased': 'interp_sre.ascii_iscased',
        'unicode_iscased': 'interp_sre.unicode_iscased',
        'ascii_tolower': 'interp_sre.ascii_tolower',
        'unicode_tolower': 'interp_sre.unicode_tolower',
        'CODESIZE': 'interp_sre.codesize()',
        'MAGIC': 'interp_sre.magic()',
        'MAXREPEAT': 'interp_sre.maxrepeat()',
        'MAXGROUPS': 'interp_sre.maxgroups()',
        'copyright': 'interp_sre.copyright()',
    }
