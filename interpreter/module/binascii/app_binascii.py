"""The app-level part of `binascii`: its exceptions, hexlify (through
bytes.hex), and the uu and quoted-printable codecs, which are rarely used
on bulk data."""


class Error(ValueError):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


_NO_SEP = object()


def _binary(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        with memoryview(data) as view:
            return view.tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    try:
        with memoryview(data) as view:
            return view.tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, "
                        "not '%s'" % type(data).__name__) from None


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary(data)
    if sep is _NO_SEP:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return b2a_hex(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    import binascii
    return binascii.a2b_hex(hexstr)


def _one_positional(name, args):
    if len(args) != 1:
        raise TypeError("%s() takes exactly 1 positional argument (%d given)"
                        % (name, len(args)))
    return args[0]


def b2a_base64(*args, newline=True):
    """Base64-code line of data."""
    import binascii
    data = _one_positional('b2a_base64', args)
    return binascii._b2a_base64(data, bool(newline))


def a2b_base64(*args, strict_mode=False):
    """Decode a line of base64 data."""
    import binascii
    data = _one_positional('a2b_base64', args)
    return binascii._a2b_base64(data, bool(strict_mode))


# ----------------------------------------------------------------- uu

def b2a_uu(data, *, backtick=False):
    """Uuencode line of data."""
    data = _binary(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def encode(value):
        if backtick and value == 0:
            return 0x60
        return 0x20 + value
    out = bytearray([encode(len(data))])
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3] + bytes(3 - len(data[i:i + 3]))
        word = (chunk[0] << 16) | (chunk[1] << 8) | chunk[2]
        for shift in (18, 12, 6, 0):
            out.append(encode((word >> shift) & 0x3f))
    out.append(0x0a)
    return bytes(out)


def a2b_uu(data):
    """Decode a line of uuencoded data."""
    data = _ascii(data)
    if not data:
        # an empty line: 32 zero bytes, as CPython answers
        return bytes(32)
    length = (data[0] - 0x20) & 0x3f
    out = bytearray()
    bits = 0
    nbits = 0
    pos = 1
    while len(out) < length:
        if pos < len(data):
            c = data[pos]
            pos += 1
            if c in (0x0a, 0x0d):
                c = 0x20
                pos -= 1
                data = data[:pos]
            elif c < 0x20 or c > 0x60:
                raise Error("Illegal char")
        else:
            c = 0x20                    # whitespace is zero
        bits = (bits << 6) | ((c - 0x20) & 0x3f)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xff)
            bits &= (1 << nbits) - 1
    # what follows must be padding
    for c in data[pos:]:
        if c not in (0x20, 0x60, 0x0a, 0x0d):
            raise Error("Trailing garbage")
    return bytes(out)


# ---------------------------------------------------- quoted-printable

def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _ascii(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x3d:                   # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 0x0a or c == 0x0d:
                # a soft line break
                if c == 0x0d and i + 1 < n and data[i + 1] == 0x0a:
                    i += 1
                i += 1
                continue
            if c == 0x3d:
                out.append(0x3d)
                i += 1
                continue
            pair = data[i:i + 2]
            if len(pair) == 2 and all(ch in b'0123456789abcdefABCDEF'
                                      for ch in pair):
                out.append(int(pair, 16))
                i += 2
            else:
                out.append(0x3d)
        elif header and c == 0x5f:      # '_' is a space in headers
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _binary(data)
    # the line ends of the output are those of the first line of the input
    nl = data.find(b'\n')
    crlf = nl > 0 and data[nl - 1] == 0x0d
    soft_break = b'=\r\n' if crlf else b'=\n'
    out = bytearray()
    linelen = 0
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else -1
        if (c > 126 or c == 0x3d or (header and c == 0x5f) or
                (c == 0x2e and linelen == 0 and
                 nxt in (-1, 0x0a, 0x0d, 0)) or
                (not istext and c in (0x0d, 0x0a)) or
                (c in (0x09, 0x20) and nxt == -1) or
                (c < 33 and c not in (0x0d, 0x0a) and
                 (quotetabs or c not in (0x09, 0x20)))):
            if linelen + 3 >= 76:
                out += soft_break
                linelen = 0
            out += b'=%02X' % c
            linelen += 3
            i += 1
        elif istext and (c == 0x0a or (c == 0x0d and nxt == 0x0a)):
            linelen = 0
            # whitespace must not end a line: quote what was written last
            if out and out[-1] in (0x20, 0x09):
                out[-1:] = b'=%02X' % out[-1]
            out += b'\r\n' if crlf else b'\n'
            i += 2 if c == 0x0d else 1
        else:
            if nxt != -1 and nxt != 0x0a and linelen + 1 >= 76:
                out += soft_break
                linelen = 0
            linelen += 1
            out.append(0x5f if header and c == 0x20 else c)
            i += 1
    return bytes(out)
