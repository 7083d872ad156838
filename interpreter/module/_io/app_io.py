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
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

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
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


# --- FileIO -------------------------------------------------------------

class FileIO(_RawIOBase):
    """Open a file: the raw bytes of a file descriptor."""

    _fd = -1

    def __init__(self, file, mode='r', closefd=True, opener=None):
        posix = _posix()
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s"
                            % type(mode).__name__)
        readable = writable = created = appending = plus = False
        for c in mode:
            if c == 'r' and not (readable or writable):
                readable = True
            elif c == 'w' and not (readable or writable):
                writable = True
            elif c == 'x' and not (readable or writable):
                writable = created = True
            elif c == 'a' and not (readable or writable):
                writable = appending = True
            elif c == '+' and not plus:
                readable = writable = plus = True
            elif c == 'b':
                pass
            else:
                if c in 'rwxa':
                    raise ValueError("Must have exactly one of "
                                     "create/read/write/append mode and at "
                                     "most one plus")
                raise ValueError("invalid mode: %s" % mode)
        if not (readable or writable):
            raise ValueError("Must have exactly one of create/read/write/"
                             "append mode and at most one plus")
        if readable and writable:
            flags = posix.O_RDWR
        elif readable:
            flags = posix.O_RDONLY
        else:
            flags = posix.O_WRONLY
        if created:
            flags |= posix.O_EXCL | posix.O_CREAT
        elif appending:
            flags |= posix.O_APPEND | posix.O_CREAT
        elif writable and 'w' in mode:
            flags |= posix.O_TRUNC | posix.O_CREAT
        self._readable = readable
        self._writable = writable
        self._created = created
        self._appending = appending
        self._plus = plus
        self._seekable = None
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
            self._closefd = closefd
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            self._closefd = True
            path = posix.fspath(file)
            if opener is None:
                fd = posix.open(path, flags, 0o666)
            else:
                fd = opener(path, flags | posix.O_CLOEXEC)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
        self._fd = fd
        self.name = file
        try:
            st = posix.fstat(fd)
            if st.st_mode & 0o170000 == 0o040000:
                raise IsADirectoryError(21, posix.strerror(21), file)
            self._blksize = st.st_blksize or DEFAULT_BUFFER_SIZE
            if appending:
                posix.lseek(fd, 0, 2)
        except:
            if self._closefd:
                posix.close(fd)
            self._fd = -1
            raise

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (
            self.name, self.mode, self._closefd)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            mode = 'xb'
        elif self._appending:
            mode = 'ab'
        elif self._readable:
            mode = 'rb' if not self._writable else 'rb+'
            return mode
        else:
            mode = 'wb'
        if self._plus:
            mode += '+'
        return mode

    def close(self):
        """Close the file."""
        if self._fd >= 0:
            fd = self._fd
            try:
                _RawIOBase.close(self)
            finally:
                self._fd = -1
                if self._closefd:
                    _posix().close(fd)

    def fileno(self):
        """Return the underlying file descriptor (an integer)."""
        self._check_closed()
        return self._fd

    def readable(self):
        """True if file was opened in a read mode."""
        self._check_closed()
        return self._readable

    def writable(self):
        """True if file was opened in a write mode."""
        self._check_closed()
        return self._writable

    def seekable(self):
        """True if file supports random-access."""
        self._check_closed()
        if self._seekable is None:
            try:
                _posix().lseek(self._fd, 0, 1)
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def isatty(self):
        """True if the file is connected to a TTY device."""
        self._check_closed()
        return _posix().isatty(self._fd)

    def read(self, size=-1):
        """Read at most size bytes, returned as bytes."""
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        try:
            return _posix().read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        """Read all data from the file, returned as bytes."""
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        posix = _posix()
        chunks = []
        while True:
            try:
                data = posix.read(self._fd, max(self._blksize,
                                                DEFAULT_BUFFER_SIZE))
            except BlockingIOError:
                if chunks:
                    break
                return None
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, buffer):
        """Same as RawIOBase.readinto()."""
        data = self.read(len(buffer))
        if data is None:
            return None
        buffer[:len(data)] = data
        return len(data)

    def write(self, b):
        """Write buffer b to file, return number of bytes written."""
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        try:
            return _posix().write(self._fd, _bytes_like(b))
        except BlockingIOError:
            return None

    def seek(self, pos, whence=0):
        """Move to new file position and return the file position."""
        self._check_closed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _posix().lseek(self._fd, pos, whence)

    def tell(self):
        """Current file position."""
        self._check_closed()
        return _posix().lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        """Truncate the file to at most size bytes and return the
        truncated size."""
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _posix().ftruncate(self._fd, size)
        return size


# --- buffered streams ---------------------------------------------------

# The buffered writers not closed yet, by id: flushed at exit, as
# CPython's finalizers would do (there are no finalizers here yet).
_unclosed_writers = {}


def _flush_unclosed_writers():
    """Flush every buffered writer that was not closed (at exit)."""
    for writer in list(_unclosed_writers.values()):
        try:
            writer.flush()
        except (OSError, ValueError):
            pass


class _BufferedBase(_BufferedIOBase):
    """A read buffer and a write buffer over a raw stream; the subclasses
    say which ones they use.  The raw position is always the position
    after the read buffer (or before the write buffer)."""

    _can_read = False
    _can_write = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._can_read and not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if self._can_write and not raw.writable():
            raise OSError('"raw" argument must be writable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()
        self._detached = False
        if self._can_write:
            _unclosed_writers[id(self)] = self

    def __repr__(self):
        name = type(self).__module__ + '.' + type(self).__qualname__
        if name.startswith('_io.'):
            name = '_io.' + type(self).__name__
        try:
            return '<%s name=%r>' % (name, self.name)
        except AttributeError:
            return '<%s>' % name

    def _check_attached(self):
        if self._detached:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        self._check_attached()
        return self.raw.closed

    @property
    def name(self):
        self._check_attached()
        return self.raw.name

    @property
    def mode(self):
        self._check_attached()
        return self.raw.mode

    def fileno(self):
        self._check_attached()
        return self.raw.fileno()

    def isatty(self):
        self._check_attached()
        return self.raw.isatty()

    def readable(self):
        self._check_attached()
        return self._can_read and self.raw.readable()

    def writable(self):
        self._check_attached()
        return self._can_write and self.raw.writable()

    def seekable(self):
        self._check_attached()
        return self.raw.seekable()

    def detach(self):
        """Disconnect this buffer from its underlying raw stream and
        return it."""
        self._check_attached()
        self.flush()
        raw = self.raw
        self._detached = True
        _unclosed_writers.pop(id(self), None)
        return raw

    def close(self):
        self._check_attached()
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            _unclosed_writers.pop(id(self), None)
            self.raw.close()

    # reading

    def _drop_read_buffer(self):
        """Put the raw position back where the caller believes it is."""
        unread = len(self._rbuf) - self._rpos
        if unread and self.raw.seekable():
            self.raw.seek(-unread, 1)
        self._rbuf = b''
        self._rpos = 0

    def _prepare_read(self):
        self._check_attached()
        self._check_closed()
        if not self._can_read:
            raise UnsupportedOperation("read")
        if self._wbuf:
            self._flush_unlocked()

    def _fill(self):
        """Read one more chunk into the buffer; False at EOF."""
        data = self.raw.read(self.buffer_size)
        if not data:
            return False
        if self._rpos:
            self._rbuf = self._rbuf[self._rpos:] + data
            self._rpos = 0
        else:
            self._rbuf += data
        return True

    def read(self, size=-1):
        """Read and return up to size bytes (all of them until EOF when
        size is negative or omitted)."""
        size = _size_arg(size)
        self._prepare_read()
        if size < 0:
            chunks = [self._rbuf[self._rpos:]]
            self._rbuf = b''
            self._rpos = 0
            rest = self.raw.readall() if hasattr(self.raw, 'readall') \
                else self.raw.read()
            if rest is None and chunks[0] == b'':
                return None
            if rest:
                chunks.append(rest)
            return b''.join(chunks)
        while len(self._rbuf) - self._rpos < size:
            if not self._fill():
                break
        result = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(result)
        return result

    def read1(self, size=-1):
        """Read and return up to size bytes, with at most one call to the
        raw stream's read()."""
        size = _size_arg(size)
        self._prepare_read()
        if self._rpos >= len(self._rbuf):
            self._rbuf = b''
            self._rpos = 0
            if size == 0:
                return b''
            self._fill()
        if size < 0:
            size = len(self._rbuf) - self._rpos
        result = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(result)
        return result

    def peek(self, size=0):
        """Return buffered bytes without advancing the position."""
        self._prepare_read()
        if self._rpos >= len(self._rbuf):
            self._rbuf = b''
            self._rpos = 0
            self._fill()
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        size = _size_arg(size)
        self._prepare_read()
        start = self._rpos
        while True:
            end = self._rbuf.find(b'\n', start)
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._rbuf) - self._rpos:
                end = len(self._rbuf)
                break
            start = len(self._rbuf)
            before = self._rpos
            if not self._fill():
                end = len(self._rbuf)
                break
            start -= before - self._rpos
        if 0 <= size < end - self._rpos:
            end = self._rpos + size
        result = self._rbuf[self._rpos:end]
        self._rpos = end
        return result

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    # writing

    def write(self, b):
        """Write the bytes b to the buffer; return the number of bytes
        written."""
        self._check_attached()
        if not self._can_write:
            raise UnsupportedOperation("write")
        if self.closed:
            raise ValueError("write to closed file")
        data = _bytes_like(b)
        if self._rbuf:
            self._drop_read_buffer()
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_unlocked()
        return len(data)

    def _flush_unlocked(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without "
                                      "blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._check_attached()
        if self._can_write:
            if self.closed:
                raise ValueError("flush on closed file")
            self._flush_unlocked()
        else:
            self._check_closed()

    # positioning

    def tell(self):
        self._check_attached()
        pos = self.raw.tell() - (len(self._rbuf) - self._rpos)
        pos += len(self._wbuf)
        if pos < 0:
            pos = 0
        return pos

    def seek(self, pos, whence=0):
        self._check_attached()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._check_closed()
        if self._wbuf:
            self._flush_unlocked()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_attached()
        self._check_closed()
        if not self._can_write:
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_read_buffer()
        return self.raw.truncate(pos)


class BufferedReader(_BufferedBase):
    """Create a new buffered reader using the given readable raw IO
    object."""
    _can_read = True


class BufferedWriter(_BufferedBase):
    """A buffer for a writeable sequential RawIO object."""
    _can_write = True


class BufferedRandom(_BufferedBase):
    """A buffered interface to random access streams."""
    _can_read = True
    _can_write = True


class BufferedRWPair(_BufferedIOBase):
    """A buffered reader object and buffered writer object put together
    to form a sequential IO object that can read and write."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, buffer):
        return self.reader.readinto(buffer)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


# --- in-memory streams --------------------------------------------------

class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buffer = bytearray()
        if initial_bytes is not None:
            self._buffer += _bytes_like(initial_bytes)
        self._pos = 0

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._check_closed()
        return bytes(self._buffer)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def close(self):
        self._closed = True

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        if size < 0:
            end = len(self._buffer)
        else:
            end = min(self._pos + size, len(self._buffer))
        if end <= self._pos:
            return b''
        result = bytes(self._buffer[self._pos:end])
        self._pos = end
        return result

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        end = self._buffer.find(b'\n', self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        if end <= self._pos:
            return b''
        result = bytes(self._buffer[self._pos:end])
        self._pos = end
        return result

    def write(self, b):
        self._check_closed()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += bytes(pos - len(self._buffer))
        self._buffer[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        size = size.__index__()
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buffer[size:]
        return size


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def _check_closed(self):
        # (CPython's message for StringIO has no final period)
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._value = ''
        self._pos = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None:
            return None
        return _newlines_attr(self._seen)

    def close(self):
        self._closed = True

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_closed()
        return self._value

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def write(self, s):
        """Write string to file; return the number of characters
        written."""
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        if self._newline is None:
            _note_newlines(self._seen, s)
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        pos = self._pos
        value = self._value
        if pos > len(value):
            value += '\0' * (pos - len(value))
        self._value = value[:pos] + s + value[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        if size < 0:
            end = len(self._value)
        else:
            end = min(self._pos + size, len(self._value))
        if end <= self._pos:
            return ''
        result = self._value[self._pos:end]
        self._pos = end
        return result

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        end = _find_line_end(self._value, self._pos, self._newline,
                             final=True)
        if size >= 0:
            end = min(end, self._pos + size)
        result = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._value)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        pos = pos.__index__()
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        self._value = self._value[:pos]
        return pos

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


# --- newlines -----------------------------------------------------------

def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("newline must be str or None, not %s"
                        % type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError("illegal newline value: %s" % newline)


def _note_newlines(seen, text):
    if '\r\n' in text:
        seen.add('\r\n')
        text = text.replace('\r\n', '')
    if '\r' in text:
        seen.add('\r')
    if '\n' in text:
        seen.add('\n')


def _newlines_attr(seen):
    found = tuple([nl for nl in ('\r', '\n', '\r\n') if nl in seen])
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    return found


def _find_line_end(text, start, newline, final):
    """The index after the end of the line that starts at `start` (the
    text already has universal newlines translated when newline is None),
    or len(text) if the line is not complete; -1 in that case if more
    text may come (not `final`)."""
    if newline is None or newline == '\n':
        end = text.find('\n', start)
        if end >= 0:
            return end + 1
    elif newline == '':
        n = text.find('\n', start)
        r = text.find('\r', start)
        if r >= 0 and (n < 0 or r < n):
            if r + 1 < len(text):
                return r + 2 if text[r + 1] == '\n' else r + 1
            if final:
                return r + 1
            return -1
        if n >= 0:
            return n + 1
    else:
        end = text.find(newline, start)
        if end >= 0:
            return end + len(newline)
    return len(text) if final else -1


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode: wraps
    another decoder (or none) and translates \\r\\n and \\r into \\n when
    translate is true."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pending_cr = False
        self._seen = set()

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self._pending_cr and (output or final):
            output = '\r' + output
            self._pending_cr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pending_cr = True
        _note_newlines(self._seen, output)
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | int(self._pending_cr)

    def setstate(self, state):
        buf, flag = state
        self._pending_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = set()
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _newlines_attr(self._seen)


# --- text ---------------------------------------------------------------

def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding: `encoding` itself,
    or "locale" for None."""
    if encoding is None:
        return "locale"
    return encoding


_ENCODING_NAMES = {'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8',
                   'latin-1': 'latin-1', 'latin1': 'latin-1',
                   'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
                   'l1': 'latin-1', 'ascii': 'ascii', 'us-ascii': 'ascii'}


def _utf8_complete_length(data):
    """How many leading bytes of `data` can be decoded now: a UTF-8
    sequence cut at the end of a chunk waits for the next chunk."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        byte = data[n - back]
        if byte < 0x80:
            return n
        if byte >= 0xc0:
            need = 2 if byte < 0xe0 else 3 if byte < 0xf0 else 4
            return n if back >= need else n - back
    return n


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object,
    buffer."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be "
                            "str or None, not %s" % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str "
                            "or None, not %s" % type(errors).__name__)
        ''.encode(encoding)          # LookupError for an unknown encoding
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._detached = False
        self._reset_read_state()
        self._seen = set()

    def _set_newline(self, newline):
        self._newline = newline
        self._translate_in = newline is None
        self._writenl = '\n' if newline in (None, '') else newline

    def _reset_read_state(self):
        self._text = ''            # decoded text not yet returned
        self._text_pos = 0
        self._pending = b''        # bytes read but not decoded yet
        self._chunk_start = None   # raw position of the current text
        self._reset_position_map()

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append('name=%r' % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append('mode=%r' % (self.mode,))
        except AttributeError:
            pass
        parts.append('encoding=%r>' % (self._encoding,))
        return ' '.join(parts)

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return _newlines_attr(self._seen)

    @property
    def closed(self):
        self._check_attached()
        return self.buffer.closed

    @property
    def name(self):
        self._check_attached()
        return self.buffer.name

    def fileno(self):
        self._check_attached()
        return self.buffer.fileno()

    def isatty(self):
        self._check_attached()
        return self.buffer.isatty()

    def readable(self):
        self._check_attached()
        return self.buffer.readable()

    def writable(self):
        self._check_attached()
        return self.buffer.writable()

    def seekable(self):
        self._check_attached()
        return self.buffer.seekable()

    def flush(self):
        self._check_attached()
        self.buffer.flush()

    def close(self):
        self._check_attached()
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        """Separate the underlying buffer from the TextIOBase and return
        it."""
        self._check_attached()
        self.flush()
        buffer = self.buffer
        self._detached = True
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Reconfigure the text stream with new parameters."""
        if self._text_pos < len(self._text) and (
                encoding is not None or errors is not None or
                newline is not Ellipsis):
            raise UnsupportedOperation("It is not possible to set the "
                                       "encoding or newline of stream after "
                                       "the first read")
        if encoding is not None:
            ''.encode(encoding)
            self._encoding = encoding
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._set_newline(newline)
        self.flush()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # writing

    def write(self, s):
        """Write string to stream.  Returns the number of characters
        written (which is always equal to the length of the string)."""
        self._check_attached()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        n = len(s)
        has_newline = '\n' in s or '\r' in s
        text = s
        if self._writenl != '\n' and '\n' in text:
            text = text.replace('\n', self._writenl)
        if self._text_pos < len(self._text) or self._pending:
            self._rewind_to_logical_position()
        # no text is kept here: write_through holds whatever the flag
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and has_newline:
            self.buffer.flush()
        return n

    def _rewind_to_logical_position(self):
        pos = self.tell()
        self._reset_read_state()
        self.buffer.seek(pos)

    # reading

    def _read_chunk(self):
        """Decode one more chunk of the buffer into self._text; False at
        EOF."""
        if self._text_pos >= len(self._text):
            self._text = ''
            self._text_pos = 0
            self._reset_position_map()
            try:
                self._chunk_start = self.buffer.tell() - len(self._pending)
            except (OSError, ValueError, AttributeError):
                self._chunk_start = None
        elif self._text_pos:
            self._drop_consumed_text()
        if hasattr(self.buffer, 'read1'):
            data = self.buffer.read1(self._CHUNK_SIZE)
        else:
            data = self.buffer.read(self._CHUNK_SIZE)
        final = not data
        self._decode_more(data or b'', final)
        return not final

    def _decode_more(self, data, final):
        """Decode self._pending + data and append it to self._text.  An
        incomplete UTF-8 sequence at the end waits for more data, and so
        does a final '\r' (it may be the start of '\r\n')."""
        data = self._pending + data
        if final:
            cut = len(data)
        elif _ENCODING_NAMES.get(self._encoding.lower()) == 'utf-8':
            cut = _utf8_complete_length(data)
        else:
            cut = len(data)
        if (not final and cut > 0 and data[cut - 1] == 13 and
                self._newline in (None, '')):
            cut -= 1
        self._pending = data[cut:]
        raw = data[:cut].decode(self._encoding, self._errors)
        _note_newlines(self._seen, raw)
        text = raw
        if self._translate_in:
            # where each '\r\n' (one character once translated) is
            start = 0
            while True:
                found = raw.find('\r\n', start)
                if found < 0:
                    break
                self._crlf_at.append(len(self._raw_text) + found -
                                     len(self._crlf_at))
                start = found + 2
            text = raw.replace('\r\n', '\n').replace('\r', '\n')
        self._raw_text += raw
        self._text += text

    # The way back from a position in self._text to a byte offset, for
    # tell(): self._raw_text is the same text before newline translation,
    # self._crlf_at the indexes in self._text of the '\n' that were
    # '\r\n'; the caches hold the last answers (tell() after each
    # readline() then only looks at the new line).

    def _reset_position_map(self):
        self._raw_text = ''
        self._crlf_at = []
        self._crlf_cache = (0, 0)      # (text index, CRLFs before it)
        self._bytes_cache = (0, 0)     # (raw index, its length in bytes)

    def _consumed_raw_index(self):
        """The index in self._raw_text of self._text[self._text_pos]."""
        done_j, crlfs = self._crlf_cache
        if done_j > self._text_pos:
            crlfs = 0
        while crlfs < len(self._crlf_at) and \
                self._crlf_at[crlfs] < self._text_pos:
            crlfs += 1
        self._crlf_cache = (self._text_pos, crlfs)
        return self._text_pos + crlfs

    def _consumed_bytes(self):
        """The length in bytes of self._text[:self._text_pos]."""
        i = self._consumed_raw_index()
        if _ENCODING_NAMES.get(self._encoding.lower()) in ('latin-1',
                                                            'ascii'):
            return i
        done_i, done_bytes = self._bytes_cache
        if done_i > i:
            done_i, done_bytes = 0, 0
        done_bytes += len(self._raw_text[done_i:i].encode(self._encoding,
                                                          self._errors))
        self._bytes_cache = (i, done_bytes)
        return done_bytes

    def _drop_consumed_text(self):
        """Forget the text already returned (and move _chunk_start past
        its bytes)."""
        j = self._text_pos
        i = self._consumed_raw_index()
        if self._chunk_start is not None:
            self._chunk_start += self._consumed_bytes()
        self._crlf_at = [t - j for t in self._crlf_at if t >= j]
        self._crlf_cache = (0, 0)
        self._raw_text = self._raw_text[i:]
        self._text = self._text[j:]
        self._text_pos = 0
        self._bytes_cache = (0, 0)

    def _prepare_read(self):
        self._check_attached()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if self.buffer.writable():
            self.buffer.flush()

    def read(self, size=-1):
        """Read at most size characters from stream (all of them until
        EOF when size is negative or omitted)."""
        self._prepare_read()
        size = _size_arg(size)
        if size < 0:
            # everything at once (chunk by chunk would copy the text
            # again for each chunk)
            result = self._text[self._text_pos:]
            self._text = ''
            self._text_pos = 0
            self._reset_position_map()
            data = self.buffer.read()
            self._decode_more(data or b'', True)
            result += self._text
            self._reset_read_state()
            return result
        while len(self._text) - self._text_pos < size:
            if not self._read_chunk():
                break
        result = self._text[self._text_pos:self._text_pos + size]
        self._text_pos += len(result)
        return result

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._prepare_read()
        size = _size_arg(size)
        while True:
            end = _find_line_end(self._text, self._text_pos, self._newline,
                                 final=False)
            if end >= 0:
                break
            if 0 <= size <= len(self._text) - self._text_pos:
                end = len(self._text)
                break
            if not self._read_chunk():
                end = _find_line_end(self._text, self._text_pos,
                                     self._newline, final=True)
                break
        if 0 <= size < end - self._text_pos:
            end = self._text_pos + size
        result = self._text[self._text_pos:end]
        self._text_pos = end
        return result

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # positioning

    def tell(self):
        """Return the stream position as an opaque number (here: a byte
        offset)."""
        self._check_attached()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        if self._text_pos >= len(self._text) and not self._pending:
            return self.buffer.tell()
        if self._chunk_start is None:
            raise OSError("can't reconstruct logical file position")
        return self._chunk_start + self._consumed_bytes()

    def seek(self, cookie, whence=0):
        """Set the stream position (a value from tell(), or 0 from the
        end or the current position)."""
        self._check_attached()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative "
                                           "seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative "
                                           "seeks")
            self.flush()
            self._reset_read_state()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)"
                             % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._reset_read_state()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


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
