"""The app-level parts of `time`: struct_time and the functions that take
or give one."""

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and
strptime(), and accepted by asctime(), mktime() and strftime().  May be
considered as a sequence of 9 integers."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(values))
        if len(values) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(values))
        self = tuple.__new__(cls, values[:9])
        extra = list(values[9:]) + [None] * (11 - len(values))
        object.__setattr__(self, '_extra', extra)
        return self

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            ['%s=%r' % (name, value) for name, value in zip(_FIELDS, self)])

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0],
                                            'tm_gmtoff': self._extra[1]}))


def _field(index):
    return property(lambda self: self[index])


for _i in range(9):
    setattr(struct_time, _FIELDS[_i], _field(_i))
del _i
struct_time.__module__ = 'time'


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC
(a.k.a. GMT)."""
    import time
    return struct_time(time._convert_raw(seconds, False))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local
time."""
    import time
    return struct_time(time._convert_raw(seconds, True))


def _checked_tuple(t, funcname):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % funcname)
    return t


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format
specification."""
    import time
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(format).__name__)
    t = _checked_tuple(t, 'strftime')
    values = list(t[:9])
    # CPython accepts 0 for the fields that are 1-based
    for index in (1, 2, 7):
        if values[index] == 0:
            values[index] = 1
    if values[8] < -1:
        values[8] = -1
    elif values[8] > 1:
        values[8] = 1
    return time._strftime_raw(format, tuple(values))


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec']


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11
1998'."""
    t = _checked_tuple(t, 'asctime')
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    if not 0 <= t[6] <= 6:
        raise ValueError("day of week out of range")
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local
time."""
    return asctime(localtime(seconds))


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return ('namespace(implementation=%r, monotonic=%r, adjustable=%r, '
                'resolution=%r)' % (self.implementation, self.monotonic,
                                    self.adjustable, self.resolution))


def get_clock_info(name):
    """Get information of the specified clock."""
    import time
    return _ClockInfo(*time._get_clock_info_raw(name))
