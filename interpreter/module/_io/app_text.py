"""StringIO, universal newlines and TextIOWrapper (part of the `_io`
namespace, see moduledef.py)."""


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
