"""The app-level part of `termios`: termios.error, the file descriptor
argument (an int or an object with fileno()), the characters of the cc
list, and the translation of OSError into termios.error."""


class error(Exception):
    pass


error.__module__ = 'termios'


def _fd(fd):
    if isinstance(fd, int):
        return fd
    fileno = getattr(type(fd), 'fileno', None)
    if fileno is None:
        raise TypeError('argument must be an int, or have a fileno() '
                        'method.')
    result = fileno(fd)
    if not isinstance(result, int):
        raise TypeError('fileno() returned a non-integer')
    if result < 0:
        raise ValueError('file descriptor cannot be a negative integer '
                         '(%d)' % result)
    return result


def _call(function, *args):
    try:
        return function(*args)
    except OSError as e:
        raise error(e.errno, e.strerror) from None


def tcgetattr(fd):
    """Get the tty attributes for file descriptor fd.

Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]
where cc is a list of the tty special characters (each a string of
length 1, except the items with indices VMIN and VTIME, which are
integers when these fields are defined).  The interpretation of the
flags and the speeds as well as the indexing in the cc array must be
done using the symbolic constants defined in this module."""
    import termios
    attrs = _call(termios._tcgetattr, _fd(fd))
    cc = [bytes((c,)) for c in attrs[6]]
    if not attrs[3] & termios.ICANON:
        # non-canonical mode: VMIN and VTIME are counts, not characters
        cc[termios.VMIN] = attrs[6][termios.VMIN]
        cc[termios.VTIME] = attrs[6][termios.VTIME]
    attrs[6] = cc
    return attrs


def tcsetattr(fd, when, attributes):
    """Set the tty attributes for file descriptor fd.

The attributes to be set are taken from the attributes argument, which
is a list like the one returned by tcgetattr(). The when argument
determines when the attributes are changed: termios.TCSANOW to
change immediately, termios.TCSADRAIN to change after transmitting all
queued output, or termios.TCSAFLUSH to change after transmitting all
queued output and discarding all queued input."""
    import termios
    fd = _fd(fd)
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError('tcsetattr, arg 3: must be 7 element list')
    # as in C, the terminal is read first (an fd that is not one fails
    # before the attributes are looked at)
    _call(termios._tcgetattr, fd)
    cc = attributes[6]
    if not isinstance(cc, list) or len(cc) != termios.NCCS:
        raise TypeError('tcsetattr: attributes[6] must be %d element list'
                        % termios.NCCS)
    values = []
    for c in cc:
        if isinstance(c, bytes) and len(c) == 1:
            values.append(c[0])
        elif isinstance(c, int):
            values.append(c)
        else:
            raise TypeError('tcsetattr: elements of attributes must be '
                            'characters or integers')
    _call(termios._tcsetattr, fd, when, *attributes[:6], values)


def tcsendbreak(fd, duration):
    """Send a break on file descriptor fd.

A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration
has a system dependent meaning."""
    import termios
    _call(termios._tcsendbreak, _fd(fd), duration)


def tcdrain(fd):
    """Wait until all output written to file descriptor fd has been
transmitted."""
    import termios
    _call(termios._tcdrain, _fd(fd))


def tcflush(fd, queue):
    """Discard queued data on file descriptor fd.

The queue selector specifies which queue: termios.TCIFLUSH for the input
queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for
both queues."""
    import termios
    _call(termios._tcflush, _fd(fd), queue)


def tcflow(fd, action):
    """Suspend or resume input or output on file descriptor fd.

The action argument can be termios.TCOOFF to suspend output,
termios.TCOON to restart output, termios.TCIOFF to suspend input,
or termios.TCION to restart input."""
    import termios
    _call(termios._tcflow, _fd(fd), action)
