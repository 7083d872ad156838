"""The `time` module."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides various functions to manipulate time values."""
    applevel_name = 'time'

    interpleveldefs = {
        'time': 'interp_time.time',
        'time_ns': 'interp_time.time_ns',
        'monotonic': 'interp_time.monotonic',
        'monotonic_ns': 'interp_time.monotonic_ns',
        'perf_counter': 'interp_time.monotonic',
        'perf_counter_ns': 'interp_time.monotonic_ns',
        'process_time': 'interp_time.process_time',
        'process_time_ns': 'interp_time.process_time_ns',
        'sleep': 'interp_time.sleep',
        'mktime': 'interp_time.mktime',
        '_convert_raw': 'interp_time.convert_raw',
        '_strftime_raw': 'interp_time.strftime_raw',
        '_get_clock_info_raw': 'interp_time.get_clock_info_raw',
        'tzset': 'interp_time.tzset',
    }

    appleveldefs = {}
    for _name in ['struct_time', 'gmtime', 'localtime', 'strftime',
                  'asctime', 'ctime', 'get_clock_info']:
        appleveldefs[_name] = 'app_time.%s' % _name
    del _name

    def install_interplevel(self, space):
        from interpreter.module.time.interp_time import store_tz
        MixedModule.install_interplevel(self, space)
        store_tz(space, self.w_dict)
