"""The `_io` module at app level: the I/O class hierarchy on top of the
`posix` file-descriptor functions.

    FileIO                     raw bytes on a file descriptor
    BufferedReader/Writer/Random/RWPair   a bytes buffer over a raw stream
    TextIOWrapper              str over a buffered stream: encoding and
                               universal newlines
    BytesIO, StringIO          in-memory streams
    open()                     picks and stacks the above from a mode string

The posix module is imported when first used (this file runs while the
builtin modules are being made, before imports work).
"""

DEFAULT_BUFFER_SIZE = 8192

BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


def _posix():
    import posix
    return posix


def _unsupported(name):
    raise UnsupportedOperation(name)


# --- the abstract bases -------------------------------------------------

class _IOBase:
    """The abstract base class for all I/O classes.

This class provides dummy implementations for many methods that
derived classes can override selectively; the default implementations
represent a file that cannot be read, written or seeked."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _check_writable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _check_seekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def close(self):
        """Flush and close the IO object.

This method has no effect if the file is already closed."""
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        """Flush write buffers, if applicable."""
        self._check_closed()

    def seek(self, pos, whence=0):
        """Change the stream position to the given byte offset."""
        _unsupported("seek")

    def tell(self):
        """Return current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate file to size bytes."""
        _unsupported("truncate")

    def fileno(self):
        """Returns underlying file descriptor if one exists."""
        _unsupported("fileno")

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._check_closed()
        return False

    def readable(self):
        """Return whether object was opened for reading."""
        return False

    def writable(self):
        """Return whether object was opened for writing."""
        return False

    def seekable(self):
        """Return whether object supports random access."""
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        """Read and return a line from the stream."""
        size = _size_arg(size)
        result = bytearray()
        while size < 0 or len(result) < size:
            byte = self.read(1)
            if not byte:
                break
            result += byte
            if byte == b'\n':
                break
        return bytes(result)

    def readlines(self, hint=-1):
        """Return a list of lines from the stream."""
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to stream."""
        self._check_closed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        return bytes(buf[:n])

    def readall(self):
        """Read until EOF, using multiple read() call."""
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)


class _BufferedIOBase(_IOBase):
    """Base class for buffered IO objects."""

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        return _readinto(self.read, buffer)

    def detach(self):
        _unsupported("detach")


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    encoding = None
    errors = None
    newlines = None

    def detach(self):
        _unsupported("detach")


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return size.__index__()


def _bytes_like(data):
    if isinstance(data, bytes):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None
    # released at once, so that it does not keep a bytearray from resizing
    with view:
        return view.tobytes()


def _readinto(read, buffer):
    """readinto() through read(): fill the bytes of buffer (a bytearray,
    memoryview, array...) from the start."""
    with memoryview(buffer) as view, view.cast('B') as target:
        data = read(len(target))
        if data is None:
            return None
        target[:len(data)] = data
    return len(data)
