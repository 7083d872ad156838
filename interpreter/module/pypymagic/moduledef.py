"""The `pypymagic` module: transparent proxies' tproxy() and
get_tproxy_controller(), also named transparent_proxy() and
get_transparent_controller().  Only in a build with
`objspace.withtproxy`."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Transparent proxies (the same functions as in __pypy__)."""
    applevel_name = 'pypymagic'

    interpleveldefs = {
        'tproxy': 'interp_pypymagic.tproxy',
        'get_tproxy_controller': 'interp_pypymagic.get_tproxy_controller',
        'transparent_proxy': 'interp_pypymagic.tproxy',
        'get_transparent_controller':
            'interp_pypymagic.get_tproxy_controller',
    }

    @staticmethod
    def enabled(config):
        return config.objspace.withtproxy
