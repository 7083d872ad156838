"""The `__pypy__` module: what only this interpreter offers.  The
transparent-proxy functions exist only in a build with
`objspace.withtproxy`."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module.__pypy__.interp_tproxy import TPROXY_DEFS


class Module(MixedModule):
    """Interpreter-specific helpers."""
    applevel_name = '__pypy__'

    interpleveldefs = {}

    def __init__(self, space):
        MixedModule.__init__(self, space)
        defs = dict(self.interpleveldefs)
        if space.config.objspace.withtproxy:
            defs.update(TPROXY_DEFS)
        self.interpleveldefs = defs
