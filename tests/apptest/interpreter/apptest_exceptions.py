"""Exception objects: chaining attributes, add_note/__notes__, the
Unicode error classes, and sys.excepthook's output for chained
exceptions."""

import sys


def test_add_note():
    e = ValueError("x")
    assert not hasattr(e, "__notes__")
    e.add_note("first")
    e.add_note("second")
    assert e.__notes__ == ["first", "second"]


def test_add_note_requires_str():
    e = ValueError()
    try:
        e.add_note(42)
    except TypeError as t:
        assert str(t) == "note must be a str, not 'int'"
    else:
        assert False, "no TypeError"


def test_add_note_needs_a_list():
    e = KeyError()
    e.__notes__ = ("a",)
    try:
        e.add_note("b")
    except TypeError as t:
        assert str(t) == "Cannot add note: __notes__ is not a list"
    else:
        assert False, "no TypeError"


def test_notes_survive_reraise():
    try:
        try:
            1 // 0
        except ZeroDivisionError as e:
            e.add_note("context")
            raise
    except ZeroDivisionError as e:
        assert e.__notes__ == ["context"]


def test_unicode_decode_error():
    e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
    assert e.encoding == "utf-8"
    assert e.object == b"ab\xff"
    assert (e.start, e.end, e.reason) == (2, 3, "invalid start byte")
    assert e.args == ("utf-8", b"ab\xff", 2, 3, "invalid start byte")
    assert str(e) == ("'utf-8' codec can't decode byte 0xff in position 2: "
                      "invalid start byte")
    e = UnicodeDecodeError("utf-8", b"ab\xff", 1, 3, "bad")
    assert str(e) == "'utf-8' codec can't decode bytes in position 1-2: bad"
    assert isinstance(e, UnicodeError) and isinstance(e, ValueError)


def test_unicode_decode_error_attributes_change_str():
    e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "x")
    e.start = 0
    e.reason = "zz"
    assert str(e) == "'utf-8' codec can't decode bytes in position 0-2: zz"


def test_unicode_decode_error_bad_arguments():
    for args, message in [
            (("a", "b"), "function takes exactly 5 arguments (2 given)"),
            (("a", "b", 0, 1, "r"),
             "a bytes-like object is required, not 'str'"),
            ((1, b"", 0, 0, "r"), "argument 1 must be str, not int")]:
        try:
            UnicodeDecodeError(*args)
        except TypeError as e:
            assert str(e) == message, str(e)
        else:
            assert False, args


def test_unicode_decode_error_bytearray():
    e = UnicodeDecodeError("utf-8", bytearray(b"ab"), 0, 1, "r")
    assert type(e.object) is bytes and e.object == b"ab"


def test_unicode_encode_error():
    s = "a\xe9\u1234\U00012345"
    e = UnicodeEncodeError("ascii", s, 1, 2, "ordinal not in range(128)")
    assert (e.encoding, e.object, e.start, e.end) == ("ascii", s, 1, 2)
    assert str(e) == ("'ascii' codec can't encode character '\\xe9' in "
                      "position 1: ordinal not in range(128)")
    assert str(UnicodeEncodeError("ascii", s, 2, 3, "r")) == \
        "'ascii' codec can't encode character '\\u1234' in position 2: r"
    assert str(UnicodeEncodeError("ascii", s, 3, 4, "r")) == \
        "'ascii' codec can't encode character '\\U00012345' in position 3: r"
    assert str(UnicodeEncodeError("ascii", s, 0, 4, "r")) == \
        "'ascii' codec can't encode characters in position 0-3: r"
    try:
        UnicodeEncodeError("a", b"x", 0, 1, "r")
    except TypeError as e:
        assert str(e) == "argument 2 must be str, not bytes"
    else:
        assert False


def test_unicode_translate_error():
    e = UnicodeTranslateError("a\xe9", 1, 2, "no")
    assert e.encoding is None
    assert e.args == ("a\xe9", 1, 2, "no")
    assert str(e) == "can't translate character '\\xe9' in position 1: no"
    assert str(UnicodeTranslateError("ab", 0, 2, "no")) == \
        "can't translate characters in position 0-1: no"


def test_real_decode_error():
    try:
        b"ab\xff".decode("utf-8")
    except UnicodeDecodeError as e:
        assert str(e) == ("'utf-8' codec can't decode byte 0xff in "
                          "position 2: invalid start byte")
    else:
        assert False


def test_cause_and_context_attributes():
    try:
        try:
            {}["k"]
        except KeyError as inner:
            raise ValueError("outer") from inner
    except ValueError as e:
        assert isinstance(e.__cause__, KeyError)
        assert e.__context__ is e.__cause__
        assert e.__suppress_context__ is True
    try:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("outer") from None
    except ValueError as e:
        assert e.__cause__ is None
        assert isinstance(e.__context__, KeyError)
        assert e.__suppress_context__ is True


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def _hook_output(exc, keep_source=False):
    """What sys.excepthook prints for exc (source lines and carets
    dropped unless keep_source: then only the shape of the output is
    compared)."""
    capture = _Capture()
    had_stderr = hasattr(sys, "stderr")
    old = getattr(sys, "stderr", None)
    sys.stderr = capture
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        if had_stderr:
            sys.stderr = old
        else:
            del sys.stderr
    return [line for line in "".join(capture.parts).split("\n")
            if keep_source or not line.startswith("    ")]


def test_excepthook_prints_cause_first():
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            raise ValueError("b") from e
    except ValueError as e:
        lines = _hook_output(e)
    assert lines[0] == "Traceback (most recent call last):"
    assert "KeyError: 'a'" in lines
    i = lines.index("KeyError: 'a'")
    assert lines[i + 1:i + 4] == [
        "", "The above exception was the direct cause of the following "
        "exception:", ""]
    assert lines[-2:] == ["ValueError: b", ""]


def test_excepthook_context_cycle_ends():
    a = ValueError("a")
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    lines = _hook_output(b)
    assert lines == [
        "ValueError: a", "",
        "During handling of the above exception, another exception "
        "occurred:", "",
        "TypeError: b", ""]


def test_excepthook_suppressed_context_and_notes():
    e = RuntimeError("r")
    e.__context__ = KeyError("hidden")
    e.__suppress_context__ = True
    e.add_note("note one")
    e.add_note("note two")
    assert _hook_output(e) == ["RuntimeError: r", "note one", "note two", ""]


def test_excepthook_cause_already_printed_hides_context():
    a = ValueError("a")
    b = TypeError("b")
    b.__cause__ = a
    a.__context__ = b
    assert _hook_output(b) == [
        "ValueError: a", "",
        "The above exception was the direct cause of the following "
        "exception:", "",
        "TypeError: b", ""]


def test_excepthook_carets_under_subscript_and_operator():
    def lookup(d):
        return d["key"] + 1

    def add(a, b):
        return a.x + b
    try:
        lookup({})
    except KeyError as e:
        lines = _hook_output(e, keep_source=True)
    assert lines[-4:] == [
        '    return d["key"] + 1',
        '           ~^^^^^^^',
        "KeyError: 'key'", ""]

    class A:
        x = 1
    try:
        add(A(), None)
    except TypeError as e:
        lines = _hook_output(e, keep_source=True)
    assert lines[-4:] == [
        '    return a.x + b',
        '           ~~~~^~~',
        "TypeError: unsupported operand type(s) for +: 'int' and "
        "'NoneType'", ""]


def test_excepthook_no_carets_for_whole_line():
    def fail():
        raise ValueError("v")
    try:
        fail()
    except ValueError as e:
        lines = _hook_output(e, keep_source=True)
    assert lines[-3:] == ['    raise ValueError("v")', "ValueError: v", ""]


def test_oserror_picks_the_subclass_of_its_errno():
    import errno
    assert type(OSError(errno.ENOENT, 'x')) is FileNotFoundError
    assert type(OSError(errno.EACCES, 'x', 'file')) is PermissionError
    assert type(OSError(True, 'x')) is PermissionError       # EPERM
    assert type(OSError(errno.ENOENT)) is OSError             # one argument
    assert type(OSError(errno.ENOENT, 'x', 'f', 'g', 0, 1)) is OSError
    assert type(OSError('2', 'x')) is OSError
    assert type(OSError(10 ** 30, 'x')) is OSError

    class Mine(OSError):
        pass
    assert type(Mine(errno.ENOENT, 'x')) is Mine
    e = OSError(errno.ENOENT, 'No such file', 'f')
    assert (e.errno, e.strerror, e.filename) == (errno.ENOENT,
                                                 'No such file', 'f')
