"""FileIO: raw bytes on a file descriptor (part of the `_io` namespace,
see moduledef.py)."""


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
        return _readinto(self.read, buffer)

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
