"""open(), open_code() and the standard streams (part of the `_io`
namespace, see moduledef.py)."""


# --- open ---------------------------------------------------------------

def open(file, mode='r', buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, (str, bytes, int)) and \
            not hasattr(type(file), '__fspath__'):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s"
                        % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, "
                        "not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, "
                        "not %s" % type(errors).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: '%s'" % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/"
                         "append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/"
                         "append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in "
                      "binary mode, the default buffer size will be used",
                      RuntimeWarning, 2)
    if not binary:
        _check_newline(newline)
    rawmode = ('x' if creating else 'r' if reading else 'w' if writing
               else 'a') + ('+' if updating else '')
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = max(raw._blksize, DEFAULT_BUFFER_SIZE) \
                if raw._blksize > 1 else DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline,
                             line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, 'rb')


# --- the standard streams -----------------------------------------------

def _make_std_streams(unbuffered=False):
    """(stdin, stdout, stderr): text streams on the file descriptors 0, 1
    and 2.  stdout is line-buffered on a terminal, stderr always, with
    backslashreplace errors; `unbuffered` (-u) writes stdout and stderr
    straight to their file descriptors."""
    posix = _posix()
    streams = []
    for fd, mode, errors in [(0, 'r', 'strict'), (1, 'w', 'strict'),
                             (2, 'w', 'backslashreplace')]:
        try:
            posix.fstat(fd)
        except OSError:
            streams.append(None)
            continue
        raw = FileIO(fd, mode, closefd=False)
        raw.name = '<%s>' % ('stdin', 'stdout', 'stderr')[fd]
        if fd == 0:
            buffer = BufferedReader(raw)
        elif unbuffered:
            buffer = raw
        else:
            buffer = BufferedWriter(raw)
            # flushed at exit as sys.stdout/stderr, after the other files
            _unclosed_writers.pop(id(buffer), None)
        line_buffering = fd == 2 or (fd == 1 and raw.isatty())
        stream = TextIOWrapper(buffer, 'utf-8', errors, None,
                               line_buffering,
                               write_through=unbuffered and fd != 0)
        stream.mode = mode
        streams.append(stream)
    return tuple(streams)


def _init_std_streams(unbuffered=False):
    """Set sys.stdin/stdout/stderr and sys.__stdin__/... to new standard
    streams (the old ones are flushed first).  The command line calls
    _init_std_streams(True) for -u."""
    import sys
    for name in ('stdout', 'stderr'):
        old = getattr(sys, name, None)
        if old is not None:
            try:
                old.flush()
            except (OSError, ValueError):
                pass
    streams = _make_std_streams(unbuffered)
    for name, stream in zip(('stdin', 'stdout', 'stderr'), streams):
        setattr(sys, name, stream)
        setattr(sys, '__%s__' % name, stream)
