"""BaseExceptionGroup and ExceptionGroup (PEP 654), written at app level.

`except*` is not compiled yet; these classes exist so that programs and
the stdlib (traceback, asyncio...) can create, inspect, split and print
exception groups."""


def _check_arguments(cls, message, exceptions):
    if not isinstance(message, str):
        raise TypeError('BaseExceptionGroup.__new__() argument 1 must be '
                        'str, not %s' % type(message).__name__)
    if not hasattr(type(exceptions), '__getitem__') or isinstance(
            exceptions, (str, bytes, dict, set, frozenset)):
        raise TypeError('second argument (exceptions) must be a sequence')
    exceptions = tuple(exceptions)
    if not exceptions:
        raise ValueError('second argument (exceptions) must be a non-empty '
                         'sequence')
    all_exceptions = True
    for index, exc in enumerate(exceptions):
        if not isinstance(exc, BaseException):
            raise ValueError('Item %d of second argument (exceptions) is '
                             'not an exception' % index)
        if not isinstance(exc, Exception):
            all_exceptions = False
    if cls is BaseExceptionGroup:
        if all_exceptions:
            cls = ExceptionGroup
    elif issubclass(cls, Exception) and not all_exceptions:
        if cls is ExceptionGroup:
            raise TypeError('Cannot nest BaseExceptions in an '
                            'ExceptionGroup')
        raise TypeError('Cannot nest BaseExceptions in %r' % cls.__name__)
    return cls, exceptions


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda exc: isinstance(exc, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException)
            for c in condition):
        return lambda exc: isinstance(exc, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected an exception type, a tuple of exception '
                    'types, or a callable (other than a class)')


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, message, exceptions, /):
        cls, exceptions = _check_arguments(cls, message, exceptions)
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = exceptions
        return self

    def __init__(self, *args):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """exception message"""
        return self._message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._exceptions

    def __str__(self):
        count = len(self._exceptions)
        return '%s (%d sub-exception%s)' % (self._message, count,
                                           '' if count == 1 else 's')

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._message,
                               list(self._exceptions))

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _copy_metadata(self, group):
        group.__traceback__ = self.__traceback__
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            group.__notes__ = notes
        return group

    def _split(self, match):
        if match(self):
            return self, None
        matched, rest = [], []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        m = self._copy_metadata(self.derive(matched)) if matched else None
        r = self._copy_metadata(self.derive(rest)) if rest else None
        return m, r

    def split(self, condition, /):
        return self._split(_matcher(condition))

    def subgroup(self, condition, /):
        return self._split(_matcher(condition))[0]

    def __class_getitem__(cls, item):
        import _genericalias
        return _genericalias.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'
