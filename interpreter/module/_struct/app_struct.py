"""The app-level part of `_struct`: its exception class."""


class error(Exception):
    __module__ = 'struct'
