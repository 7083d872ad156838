# The time and errno modules.
import errno
import time


def test_clocks():
    t = time.time()
    assert t > 1.6e9
    assert abs(time.time_ns() / 1e9 - t) < 5
    a = time.monotonic()
    b = time.monotonic()
    assert b >= a
    assert isinstance(time.monotonic_ns(), int)
    assert isinstance(time.perf_counter(), float)
    assert isinstance(time.perf_counter_ns(), int)
    assert time.process_time() >= 0.0
    assert isinstance(time.process_time_ns(), int)


def test_sleep():
    start = time.monotonic()
    time.sleep(0.05)
    assert time.monotonic() - start >= 0.05
    time.sleep(0)
    try:
        time.sleep(-1)
    except ValueError as e:
        assert str(e) == 'sleep length must be non-negative'
    else:
        assert False
    try:
        time.sleep('1')
    except TypeError:
        pass
    else:
        assert False


def test_gmtime_and_struct_time():
    t = time.gmtime(1234567890)
    assert tuple(t) == (2009, 2, 13, 23, 31, 30, 4, 44, 0)
    assert t.tm_year == 2009 and t.tm_mon == 2 and t.tm_wday == 4
    assert t.tm_zone == 'GMT' and t.tm_gmtoff == 0
    assert len(t) == 9
    assert repr(time.gmtime(0)) == (
        'time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, '
        'tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)')
    s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
    assert s.tm_mday == 2 and s.tm_zone is None


def test_localtime_mktime_round_trip():
    now = int(time.time())
    assert time.mktime(time.localtime(now)) == now
    assert isinstance(time.timezone, int)
    assert isinstance(time.altzone, int)
    assert time.daylight in (0, 1)
    assert len(time.tzname) == 2


def test_strftime_asctime_ctime():
    t = time.gmtime(1234567890)
    assert time.strftime('%Y-%m-%d %H:%M:%S', t) == '2009-02-13 23:31:30'
    assert time.strftime('%a %b %j %%', t) == 'Fri Feb 044 %'
    assert time.strftime('', t) == ''
    assert time.asctime(t) == 'Fri Feb 13 23:31:30 2009'
    assert time.asctime(time.gmtime(0)) == 'Thu Jan  1 00:00:00 1970'
    assert isinstance(time.ctime(), str)
    assert isinstance(time.strftime('%H'), str)
    try:
        time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))
    except ValueError as e:
        assert str(e) == 'month out of range'
    else:
        assert False


def test_get_clock_info():
    info = time.get_clock_info('monotonic')
    assert info.monotonic and not info.adjustable
    assert info.resolution > 0
    assert not time.get_clock_info('time').monotonic


def test_errno():
    assert errno.ENOENT == 2
    assert errno.EAGAIN == errno.EWOULDBLOCK == 11
    assert errno.errorcode[2] == 'ENOENT'
    assert errno.errorcode[11] == 'EAGAIN'
    assert errno.errorcode[errno.EPIPE] == 'EPIPE'
    for name in ('EPERM', 'EINTR', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL',
                 'ENOSPC', 'ETIMEDOUT', 'ECONNREFUSED', 'ENOTSUP'):
        assert errno.errorcode[getattr(errno, name)] in (name, 'EOPNOTSUPP')
    assert len(errno.errorcode) > 100
