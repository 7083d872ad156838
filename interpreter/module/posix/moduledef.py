"""The `posix` module (what `os` is built on)."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module.posix import interp_posix


class Module(MixedModule):
    """This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard."""
    applevel_name = 'posix'

    interpleveldefs = {
        'environ': 'interp_posix.initial_environ()',
        '_have_functions': 'interp_posix.have_functions()',
        'error': 'space.w_OSError',
        '_stat_raw': 'interp_posix.stat_raw',
        '_fstat_raw': 'interp_posix.fstat_raw',
        '_get_terminal_size_raw': 'interp_posix.get_terminal_size_raw',
        '_times_raw': 'interp_posix.times_raw',
        '_uname_raw': 'interp_posix.uname_raw',
    }
    for _name in (['open', 'read', 'write', 'close', 'lseek', 'ftruncate',
                   'truncate', 'fsync', 'pipe', 'dup', 'dup2',
                   'get_inheritable', 'set_inheritable', 'get_blocking',
                   'set_blocking', 'isatty', 'device_encoding', 'getcwd',
                   'getcwdb', 'chdir', 'listdir', 'mkdir', 'rmdir', 'unlink',
                   'rename', 'symlink', 'readlink', 'access', 'chmod', 'utime',
                   'umask', 'getpid', 'getppid', 'getuid', 'geteuid', 'getgid',
                   'getegid', 'kill', 'fork', 'register_at_fork', 'openpty',
                   'waitpid', 'execv', 'execve',
                   '_exit', 'cpu_count', 'urandom', 'strerror', 'putenv',
                   'unsetenv', 'fspath', 'waitstatus_to_exitcode'] +
                  interp_posix.WAIT_MACROS):
        interpleveldefs[_name] = 'interp_posix.%s' % _name
    for _name, _value in interp_posix.CONSTANTS:
        interpleveldefs[_name] = 'interp_posix.constant_%s()' % _name
    del _name, _value

    appleveldefs = {}
    for _name in ['stat_result', 'stat', 'lstat', 'fstat', 'terminal_size',
                  'get_terminal_size', 'times_result', 'times',
                  'uname_result', 'uname', 'remove', 'replace', 'DirEntry',
                  'scandir']:
        appleveldefs[_name] = 'app_posix.%s' % _name
    del _name
