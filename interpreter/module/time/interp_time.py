"""The interp-level functions of `time`: the clocks (clock_gettime through
rtime), sleep, and the calendar functions of the C library (gmtime_r,
localtime_r, mktime, strftime) on a `struct tm`."""


from __future__ import absolute_import

from rpython.rlib import rtime
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from interpreter.error import oefmt
from interpreter.gateway import unwrap_spec
from interpreter.module._signal.interp_signal import (
    signals_pending, run_pending_handlers)

_eci = ExternalCompilationInfo(includes=['time.h'])


class CConfig:
    _compilation_info_ = _eci
    TM = rffi_platform.Struct('struct tm', [
        ('tm_sec', rffi.INT), ('tm_min', rffi.INT), ('tm_hour', rffi.INT),
        ('tm_mday', rffi.INT), ('tm_mon', rffi.INT), ('tm_year', rffi.INT),
        ('tm_wday', rffi.INT), ('tm_yday', rffi.INT), ('tm_isdst', rffi.INT),
        ('tm_gmtoff', rffi.LONG), ('tm_zone', rffi.CCHARP)])


TM = rffi_platform.configure(CConfig)['TM']
TMP = lltype.Ptr(TM)
TIME_TP = rffi.CArrayPtr(rffi.TIME_T)


def _external(name, args, result):
    return rffi.llexternal(name, args, result, compilation_info=_eci,
                           save_err=rffi.RFFI_SAVE_ERRNO)


c_gmtime_r = _external('gmtime_r', [TIME_TP, TMP], TMP)
c_localtime_r = _external('localtime_r', [TIME_TP, TMP], TMP)
c_mktime = _external('mktime', [TMP], rffi.TIME_T)
c_strftime = _external('strftime', [rffi.CCHARP, rffi.SIZE_T, rffi.CCHARP,
                                    TMP], rffi.SIZE_T)
c_tzset = _external('tzset', [], lltype.Void)

TM_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
             'tm_wday', 'tm_yday', 'tm_isdst']


# --- clocks -------------------------------------------------------------

def _clock_ns(clock_id):
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        rtime.c_clock_gettime(clock_id, ts)
        return (intmask(rffi.getintfield(ts, 'c_tv_sec')) * 1000000000 +
                intmask(rffi.getintfield(ts, 'c_tv_nsec')))


def _seconds(ns):
    return float(ns // 1000000000) + float(ns % 1000000000) * 1e-9


def time(space):
    """time() -> floating point number

Return the current time in seconds since the Epoch."""
    return space.newfloat(rtime.time())


def time_ns(space):
    """Return the current time in nanoseconds since the Epoch."""
    return space.newint(_clock_ns(rtime.CLOCK_REALTIME))


def monotonic(space):
    """Monotonic clock, cannot go backward."""
    return space.newfloat(_seconds(_clock_ns(rtime.CLOCK_MONOTONIC)))


def monotonic_ns(space):
    """Monotonic clock, cannot go backward, as nanoseconds."""
    return space.newint(_clock_ns(rtime.CLOCK_MONOTONIC))


def process_time(space):
    """Process time for profiling: sum of the kernel and user-space CPU
time."""
    return space.newfloat(_seconds(_clock_ns(rtime.CLOCK_PROCESS_CPUTIME_ID)))


def process_time_ns(space):
    """Process time for profiling as nanoseconds."""
    return space.newint(_clock_ns(rtime.CLOCK_PROCESS_CPUTIME_ID))


def sleep(space, w_secs):
    """sleep(seconds)

Delay execution for a given number of seconds.  The argument may be
a floating point number for subsecond precision."""
    if not (space.isinstance_w(w_secs, space.w_int) or
            space.isinstance_w(w_secs, space.w_float)):
        raise oefmt(space.w_TypeError,
                    "'%T' object cannot be interpreted as an integer",
                    w_secs)
    secs = space.float_w(w_secs)
    if secs < 0.0:
        raise oefmt(space.w_ValueError, "sleep length must be non-negative")
    # a signal cuts the sleep short: run its Python handler (which may
    # raise KeyboardInterrupt), then sleep the rest (PEP 475)
    deadline = _clock_ns(rtime.CLOCK_MONOTONIC) + int(secs * 1e9)
    while True:
        rtime.sleep(secs)
        if signals_pending(space):
            run_pending_handlers(space, None)
        remaining = deadline - _clock_ns(rtime.CLOCK_MONOTONIC)
        if remaining <= 0:
            break
        secs = _seconds(remaining)


def clock_info(space, name):
    """(implementation, monotonic, adjustable, resolution) of a clock, for
    get_clock_info()."""
    if name == 'time':
        return space.newtuple([space.newtext('clock_gettime(CLOCK_REALTIME)'),
                               space.w_False, space.w_True,
                               space.newfloat(1e-09)])
    if name in ('monotonic', 'perf_counter'):
        return space.newtuple([
            space.newtext('clock_gettime(CLOCK_MONOTONIC)'),
            space.w_True, space.w_False, space.newfloat(1e-09)])
    if name == 'process_time':
        return space.newtuple([
            space.newtext('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)'),
            space.w_True, space.w_False, space.newfloat(1e-09)])
    raise oefmt(space.w_ValueError, "unknown clock")


@unwrap_spec(name='text')
def get_clock_info_raw(space, name):
    return clock_info(space, name)


# --- calendar -----------------------------------------------------------

def _tm_tuple(space, tm):
    """The 11 values of a struct_time (the 9 fields, tm_zone,
    tm_gmtoff) from a struct tm."""
    items_w = [space.newint(intmask(tm.c_tm_year) + 1900),
               space.newint(intmask(tm.c_tm_mon) + 1),
               space.newint(intmask(tm.c_tm_mday)),
               space.newint(intmask(tm.c_tm_hour)),
               space.newint(intmask(tm.c_tm_min)),
               space.newint(intmask(tm.c_tm_sec)),
               space.newint((intmask(tm.c_tm_wday) + 6) % 7),
               space.newint(intmask(tm.c_tm_yday) + 1),
               space.newint(intmask(tm.c_tm_isdst))]
    if tm.c_tm_zone:
        items_w.append(space.newtext(rffi.charp2str(tm.c_tm_zone)))
    else:
        items_w.append(space.w_None)
    items_w.append(space.newint(intmask(tm.c_tm_gmtoff)))
    return space.newtuple(items_w)


def _seconds_arg(space, w_seconds):
    if w_seconds is None or space.is_none(w_seconds):
        return int(rtime.time())
    if space.isinstance_w(w_seconds, space.w_float):
        value = space.float_w(w_seconds)
        if value != value:
            raise oefmt(space.w_ValueError, "Invalid value NaN (not a number)")
        if not -1e18 < value < 1e18:
            raise oefmt(space.w_OverflowError,
                        "timestamp out of range for platform time_t")
        return int(value)
    return space.int_w(w_seconds)


@unwrap_spec(local='truth')
def convert_raw(space, w_seconds=None, local=False):
    """gmtime()/localtime() as the raw 11-tuple."""
    seconds = _seconds_arg(space, w_seconds)
    with lltype.scoped_alloc(TIME_TP.TO, 1) as t_p:
        t_p[0] = rffi.cast(rffi.TIME_T, seconds)
        with lltype.scoped_alloc(TM) as tm:
            if local:
                c_tzset()
                result = c_localtime_r(t_p, tm)
            else:
                result = c_gmtime_r(t_p, tm)
            if not result:
                raise oefmt(space.w_OverflowError,
                            "timestamp out of range for platform time_t")
            return _tm_tuple(space, tm)


def _fill_tm(space, tm, w_tuple):
    items_w = space.fixedview(w_tuple)
    if len(items_w) < 9:
        raise oefmt(space.w_TypeError,
                    "function takes exactly 9 arguments (%d given)",
                    len(items_w))
    values = [space.int_w(items_w[i]) for i in range(9)]
    rffi.setintfield(tm, 'c_tm_year', values[0] - 1900)
    rffi.setintfield(tm, 'c_tm_mon', values[1] - 1)
    rffi.setintfield(tm, 'c_tm_mday', values[2])
    rffi.setintfield(tm, 'c_tm_hour', values[3])
    rffi.setintfield(tm, 'c_tm_min', values[4])
    rffi.setintfield(tm, 'c_tm_sec', values[5])
    rffi.setintfield(tm, 'c_tm_wday', (values[6] + 1) % 7)
    rffi.setintfield(tm, 'c_tm_yday', values[7] - 1)
    rffi.setintfield(tm, 'c_tm_isdst', values[8])
    rffi.setintfield(tm, 'c_tm_gmtoff', 0)
    tm.c_tm_zone = lltype.nullptr(rffi.CCHARP.TO)
    return values


def mktime(space, w_tuple):
    """mktime(tuple) -> floating point number

Convert a time tuple in local time to seconds since the Epoch."""
    with lltype.scoped_alloc(TM) as tm:
        _fill_tm(space, tm, w_tuple)
        rffi.setintfield(tm, 'c_tm_wday', -1)
        c_tzset()
        result = intmask(c_mktime(tm))
        if result == -1 and intmask(tm.c_tm_wday) == -1:
            raise oefmt(space.w_OverflowError,
                        "mktime argument out of range")
        return space.newfloat(float(result))


@unwrap_spec(format='text')
def strftime_raw(space, format, w_tuple):
    """strftime(format, tuple) on a checked 9-tuple."""
    if '\x00' in format:
        raise oefmt(space.w_ValueError, "embedded null character")
    with lltype.scoped_alloc(TM) as tm:
        values = _fill_tm(space, tm, w_tuple)
        if not 1 <= values[1] <= 12:
            raise oefmt(space.w_ValueError, "month out of range")
        if not 1 <= values[2] <= 31:
            raise oefmt(space.w_ValueError, "day of month out of range")
        if not 0 <= values[3] <= 23:
            raise oefmt(space.w_ValueError, "hour out of range")
        if not 0 <= values[4] <= 59:
            raise oefmt(space.w_ValueError, "minute out of range")
        if not 0 <= values[5] <= 61:
            raise oefmt(space.w_ValueError, "seconds out of range")
        if not 1 <= values[7] <= 366:
            raise oefmt(space.w_ValueError, "day of year out of range")
        if format == '':
            return space.newtext('')
        size = 1024
        while True:
            with lltype.scoped_alloc(rffi.CCHARP.TO, size) as buf:
                with rffi.scoped_str2charp(format) as fmt:
                    n = intmask(c_strftime(buf, size, fmt, tm))
                if n > 0 or size >= 256 * len(format):
                    return space.newtext(rffi.charpsize2str(buf, n))
            size *= 2


def tzset(space):
    """tzset()

Initialize, or reinitialize, the local timezone to the value stored in
os.environ['TZ']. The TZ environment variable should be specified in
standard Unix timezone format as documented in the tzset man page
(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently
fall back to UTC. If the TZ environment variable is not set, the local
timezone is set to the systems best guess of wallclock time.
Changing the TZ environment variable without calling tzset *may* change
the local timezone used by methods such as localtime, but this behaviour
should not be relied on."""
    store_tz(space, space.builtin_modules['time'].w_dict)


def store_tz(space, w_dict):
    """Set timezone, altzone, daylight and tzname in the module's
    dict."""
    # from the C library's view of January and July of this year; the
    # module is built before translation, so app_main calls tzset() at
    # start-up too
    c_tzset()
    now = int(rtime.time())
    year_start = now - now % (365 * 24 * 3600)
    offsets = [0, 0]
    names = ['UTC', 'UTC']
    with lltype.scoped_alloc(TIME_TP.TO, 1) as t_p:
        with lltype.scoped_alloc(TM) as tm:
            for i in range(2):
                t_p[0] = rffi.cast(rffi.TIME_T,
                                   year_start + i * 182 * 24 * 3600)
                if c_localtime_r(t_p, tm):
                    offsets[i] = -intmask(tm.c_tm_gmtoff)
                    if tm.c_tm_zone:
                        names[i] = rffi.charp2str(tm.c_tm_zone)
    # the standard time is the one further west
    if offsets[0] < offsets[1]:
        offsets = [offsets[1], offsets[0]]
        names = [names[1], names[0]]
    daylight = 1 if offsets[0] != offsets[1] else 0
    space.setitem(w_dict, space.newtext('timezone'), space.newint(offsets[0]))
    space.setitem(w_dict, space.newtext('altzone'), space.newint(offsets[1]))
    space.setitem(w_dict, space.newtext('daylight'), space.newint(daylight))
    space.setitem(w_dict, space.newtext('tzname'),
                  space.newtuple([space.newtext(names[0]),
                                  space.newtext(names[1])]))
