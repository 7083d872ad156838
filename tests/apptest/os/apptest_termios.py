"""termios and tty on a pseudo-terminal (os.openpty), terminal sizes, and
the time zone attributes of time recomputed by tzset()."""

import os
import shutil
import termios
import time
import tty


def test_error_class():
    assert issubclass(termios.error, Exception)
    assert not issubclass(termios.error, OSError)
    r, w = os.pipe()
    try:
        termios.tcgetattr(r)
    except termios.error as e:
        assert e.args[0] == 25          # ENOTTY
        assert isinstance(e.args[1], str)
    else:
        assert False
    finally:
        os.close(r)
        os.close(w)


def test_bad_fd_argument():
    try:
        termios.tcgetattr('x')
    except TypeError as e:
        assert str(e) == 'argument must be an int, or have a fileno() method.'
    else:
        assert False


def test_tcgetattr_and_setraw():
    master, slave = os.openpty()
    try:
        attrs = termios.tcgetattr(slave)
        assert len(attrs) == 7 and len(attrs[6]) == termios.NCCS
        assert attrs[3] & termios.ICANON
        assert attrs[6][termios.VINTR] == b'\x03'
        tty.setraw(slave)
        raw = termios.tcgetattr(slave)
        assert not raw[3] & (termios.ICANON | termios.ECHO)
        assert raw[6][termios.VMIN] == 1
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        assert termios.tcgetattr(slave) == attrs
        termios.tcflush(slave, termios.TCIOFLUSH)
        termios.tcdrain(slave)
    finally:
        os.close(master)
        os.close(slave)


def test_tcsetattr_errors():
    master, slave = os.openpty()
    try:
        for bad in ([1, 2], 5):
            try:
                termios.tcsetattr(slave, termios.TCSANOW, bad)
            except TypeError as e:
                assert str(e) == 'tcsetattr, arg 3: must be 7 element list'
            else:
                assert False
        attrs = termios.tcgetattr(slave)
        attrs[6] = attrs[6][:3]
        try:
            termios.tcsetattr(slave, termios.TCSANOW, attrs)
        except TypeError as e:
            assert str(e) == ('tcsetattr: attributes[6] must be %d element '
                              'list' % termios.NCCS)
        else:
            assert False
    finally:
        os.close(master)
        os.close(slave)


def test_file_object_argument():
    master, slave = os.openpty()
    with open(slave, 'rb', buffering=0) as f:
        assert termios.tcgetattr(f) == termios.tcgetattr(slave)
    os.close(master)


def test_get_terminal_size():
    master, slave = os.openpty()
    try:
        size = os.get_terminal_size(slave)
        assert size == (size.columns, size.lines)
        assert isinstance(size.columns, int)
    finally:
        os.close(master)
        os.close(slave)
    r, w = os.pipe()
    try:
        os.get_terminal_size(r)
    except OSError as e:
        assert e.errno == 25
    else:
        assert False
    finally:
        os.close(r)
        os.close(w)
    size = shutil.get_terminal_size((33, 44))
    assert size.columns > 0 and size.lines > 0


def test_tzset():
    old = os.environ.get('TZ')
    try:
        os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
        time.tzset()
        assert time.timezone == 5 * 3600
        assert time.altzone == 4 * 3600
        assert time.daylight == 1
        assert time.tzname == ('EST', 'EDT')
        os.environ['TZ'] = 'UTC0'
        time.tzset()
        assert (time.timezone, time.altzone, time.daylight) == (0, 0, 0)
        assert time.tzname[0] == 'UTC'
        assert time.localtime(0).tm_hour == 0
    finally:
        if old is None:
            del os.environ['TZ']
        else:
            os.environ['TZ'] = old
        time.tzset()
