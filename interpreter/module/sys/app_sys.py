"""The app-level part of `sys`: struct sequences (flags, version_info,
float_info, ...), sys.implementation (a types.SimpleNamespace), intern
and the audit hooks."""


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    __module__ = 'types'

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace \
            else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return name + '(' + ', '.join(items) + ')'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and \
                isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__hash__ = None
_repr_running = set()


def _field(index):
    return property(lambda self: self[index])


def structseq(name, fields):
    """A tuple type whose items are also named attributes, like CPython's
    struct sequences (sys.flags, sys.version_info, ...)."""

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError('sys.%s() takes a %d-sequence (%d-sequence '
                            'given)' % (name, len(fields), len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return 'sys.%s(%s)' % (name, ', '.join(
            '%s=%r' % (field, value) for field, value in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {'__new__': __new__, '__repr__': __repr__,
                 '__reduce__': __reduce__, '__slots__': (),
                 '__module__': 'sys', 'n_fields': len(fields),
                 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for index, field in enumerate(fields):
        namespace[field] = _field(index)
    return type(name, (tuple,), namespace)


_flags_type = structseq('flags', [
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose',
    'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
    'utf8_mode', 'warn_default_encoding', 'safe_path',
    'int_max_str_digits'])
# the command line (goal/app_main.py) replaces it with its options
flags = _flags_type((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0,
                     False, -1))

version_info = structseq('version_info', [
    'major', 'minor', 'micro', 'releaselevel', 'serial'])((3, 11, 0, 'final',
                                                             0))

float_info = structseq('float_info', [
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds'])((
        1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
        -307, 15, 53, 2.220446049250313e-16, 2, 1))

int_info = structseq('int_info', [
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'])((30, 4, 4300, 640))

hash_info = structseq('hash_info', [
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff'])((64, 2305843009213693951, 314159, 0, 1000003,
                             'siphash13', 64, 128, 0))

thread_info = structseq('thread_info', ['name', 'lock', 'version'])((
    None, None, None))

implementation = SimpleNamespace(
    name='pypyc', cache_tag='pypyc-311', version=version_info,
    hexversion=0x30b00f0, _multiarch='x86_64-linux-gnu')


_interned = {}


def intern(string, /):
    """``Intern'' the given string.

This enters the string in the (global) table of interned strings whose
purpose is to speed up dictionary lookups. Return the string itself or
the previously interned string object with the same value."""
    if type(string) is not str:
        raise TypeError('intern() argument must be str, not %s'
                        % type(string).__name__)
    return _interned.setdefault(string, string)


_audit_hooks = []


def addaudithook(hook):
    """Adds a new audit hook callback."""
    _audit_hooks.append(hook)


def audit(event, /, *args):
    """Passes the event to any audit hooks that are attached."""
    if type(event) is not str:
        raise TypeError('expected str for argument \'event\', not %s'
                        % type(event).__name__)
    for hook in _audit_hooks:
        hook(event, args)
