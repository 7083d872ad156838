"""The buffered streams and BytesIO (part of the `_io` namespace, see
moduledef.py)."""


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
        return _readinto(self.read, buffer)

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
        # The data leaves the buffer before raw.write(), which may let
        # another thread run (and flush): what it does not take goes back
        # in front, so no byte is written twice or lost.
        while self._wbuf:
            data = bytes(self._wbuf)
            del self._wbuf[:len(data)]
            try:
                n = self.raw.write(data)
            except BaseException:
                self._wbuf[:0] = data
                raise
            if n is None:
                self._wbuf[:0] = data
                raise BlockingIOError(11, "write could not complete without "
                                      "blocking", 0)
            if n < len(data):
                self._wbuf[:0] = data[n:]

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

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._check_closed()
        # a view of the bytearray itself: writes through it show in the
        # file, and the bytearray refuses to resize while it is exported
        return memoryview(self._buffer)

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
