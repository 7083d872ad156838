"""The app-level part of _locale."""


class Error(Exception):
    pass


Error.__module__ = 'locale'
