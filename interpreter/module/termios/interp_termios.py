"""The interp-level part of `termios`: the calls of the C library on a
file descriptor.  They raise OSError; the app-level wrappers
(app_termios.py) turn it into termios.error and accept objects with
fileno().  The constants come from rpython.rlib.rtermios; `struct
termios` is declared here with the layout that rffi_platform measures."""


from __future__ import absolute_import

from rpython.rlib import rposix, rtermios
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from interpreter.error import oefmt
from interpreter.gateway import unwrap_spec
from interpreter.module.posix.interp_posix import oserror

NCCS = rtermios.NCCS
_eci = ExternalCompilationInfo(includes=['termios.h', 'unistd.h'])


class _CConfig:
    _compilation_info_ = _eci
    TERMIOS = rffi_platform.Struct('struct termios', [
        ('c_iflag', rffi.UINT), ('c_oflag', rffi.UINT),
        ('c_cflag', rffi.UINT), ('c_lflag', rffi.UINT),
        ('c_cc', rffi.CFixedArray(rffi.UCHAR, NCCS))])
    SPEED_T = rffi_platform.SimpleType('speed_t', rffi.UINT)

_config = rffi_platform.configure(_CConfig)
TERMIOSP = lltype.Ptr(_config['TERMIOS'])
SPEED_T = _config['SPEED_T']


def _external(name, args):
    return rffi.llexternal(name, args, rffi.INT, compilation_info=_eci,
                           save_err=rffi.RFFI_SAVE_ERRNO)

c_tcgetattr = _external('tcgetattr', [rffi.INT, TERMIOSP])
c_tcsetattr = _external('tcsetattr', [rffi.INT, rffi.INT, TERMIOSP])
c_cfsetispeed = _external('cfsetispeed', [TERMIOSP, SPEED_T])
c_cfsetospeed = _external('cfsetospeed', [TERMIOSP, SPEED_T])
c_tcsendbreak = _external('tcsendbreak', [rffi.INT, rffi.INT])
c_tcdrain = _external('tcdrain', [rffi.INT])
c_tcflush = _external('tcflush', [rffi.INT, rffi.INT])
c_tcflow = _external('tcflow', [rffi.INT, rffi.INT])
c_cfgetispeed = rffi.llexternal('cfgetispeed', [TERMIOSP], SPEED_T,
                                compilation_info=_eci)
c_cfgetospeed = rffi.llexternal('cfgetospeed', [TERMIOSP], SPEED_T,
                                compilation_info=_eci)


def _cc_pointer(tio):
    # through a pointer: indexing the inline array directly crashes
    # ll2ctypes once the space exists (untranslated only)
    return rffi.cast(rffi.UCHARP, lltype.direct_fieldptr(tio, 'c_c_cc'))


def constants(space):
    """The constants of <termios.h> as a dict (moduledef.py copies them
    into the module)."""
    w_dict = space.newdict()
    for name, value in sorted(rtermios.all_constants.items()):
        space.setitem(w_dict, space.newtext(name), space.newint(value))
    return w_dict


def _fail(space, name):
    raise oserror(space, OSError(rposix.get_saved_errno(), name))


@unwrap_spec(fd=int)
def tcgetattr(space, fd):
    """[iflag, oflag, cflag, lflag, ispeed, ospeed, cc] of the terminal
    on fd; cc holds ints (app level makes the characters)."""
    with lltype.scoped_alloc(TERMIOSP.TO) as tio:
        if intmask(c_tcgetattr(fd, tio)) < 0:
            _fail(space, 'tcgetattr')
        cc = _cc_pointer(tio)
        cc_w = [space.newint(intmask(cc[i])) for i in range(NCCS)]
        return space.newlist([
            space.newint(intmask(tio.c_c_iflag)),
            space.newint(intmask(tio.c_c_oflag)),
            space.newint(intmask(tio.c_c_cflag)),
            space.newint(intmask(tio.c_c_lflag)),
            space.newint(intmask(c_cfgetispeed(tio))),
            space.newint(intmask(c_cfgetospeed(tio))),
            space.newlist(cc_w)])


@unwrap_spec(fd=int, when=int, iflag=int, oflag=int, cflag=int, lflag=int,
             ispeed=int, ospeed=int)
def tcsetattr(space, fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed,
              w_cc):
    """Set the attributes of the terminal on fd; w_cc is a list of NCCS
    ints."""
    cc_w = space.listview(w_cc)
    if len(cc_w) != NCCS:
        raise oefmt(space.w_TypeError,
                    "tcsetattr: attributes[6] must be %d element list",
                    NCCS)
    with lltype.scoped_alloc(TERMIOSP.TO) as tio:
        # start from the current state: fields we do not set (c_line)
        # keep their value
        if intmask(c_tcgetattr(fd, tio)) < 0:
            _fail(space, 'tcsetattr')
        rffi.setintfield(tio, 'c_c_iflag', iflag)
        rffi.setintfield(tio, 'c_c_oflag', oflag)
        rffi.setintfield(tio, 'c_c_cflag', cflag)
        rffi.setintfield(tio, 'c_c_lflag', lflag)
        cc = _cc_pointer(tio)
        for i in range(NCCS):
            cc[i] = rffi.cast(rffi.UCHAR, space.int_w(cc_w[i]) & 0xff)
        if intmask(c_cfsetispeed(
                tio, rffi.cast(SPEED_T, ispeed))) < 0:
            _fail(space, 'tcsetattr')
        if intmask(c_cfsetospeed(
                tio, rffi.cast(SPEED_T, ospeed))) < 0:
            _fail(space, 'tcsetattr')
        if intmask(c_tcsetattr(fd, when, tio)) < 0:
            _fail(space, 'tcsetattr')


@unwrap_spec(fd=int, duration=int)
def tcsendbreak(space, fd, duration):
    """Send a break on file descriptor fd."""
    if intmask(c_tcsendbreak(fd, duration)) < 0:
        _fail(space, 'tcsendbreak')


@unwrap_spec(fd=int)
def tcdrain(space, fd):
    """Wait until all output written to file descriptor fd has been
    transmitted."""
    if intmask(c_tcdrain(fd)) < 0:
        _fail(space, 'tcdrain')


@unwrap_spec(fd=int, queue=int)
def tcflush(space, fd, queue):
    """Discard queued data on file descriptor fd."""
    if intmask(c_tcflush(fd, queue)) < 0:
        _fail(space, 'tcflush')


@unwrap_spec(fd=int, action=int)
def tcflow(space, fd, action):
    """Suspend or resume input or output on file descriptor fd."""
    if intmask(c_tcflow(fd, action)) < 0:
        _fail(space, 'tcflow')
