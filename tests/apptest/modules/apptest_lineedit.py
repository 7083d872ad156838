"""lib_pypy/_lineedit.py, the prompt's line editor, fed with key bytes
(no terminal): editing keys, history, ctrl-c and ctrl-d, the history
file."""
# apptest: pypy-only

import os
import tempfile

import _lineedit

LEFT, RIGHT, UP, DOWN = b'\x1b[D', b'\x1b[C', b'\x1b[A', b'\x1b[B'
HOME, END, DELETE = b'\x1b[H', b'\x1b[F', b'\x1b[3~'


def editor(keys, history=None):
    data = list(keys)
    output = []
    def read_byte():
        return bytes([data.pop(0)]) if data else b''
    return _lineedit.LineEditor(read_byte, output.append, history), output


def line(keys, history=None):
    return editor(keys, history)[0].readline('>>> ')


def test_plain_line_and_echo():
    ed, output = editor(b'print(1)\r')
    assert ed.readline('>>> ') == 'print(1)'
    assert ''.join(output) == '>>> print(1)\n'


def test_cursor_movement_and_insertion():
    assert line(b'ac' + LEFT + b'b\r') == 'abc'
    assert line(b'bc\x01a\x05d\r') == 'abcd'             # ctrl-a, ctrl-e
    assert line(b'bc' + HOME + b'a' + END + b'd\r') == 'abcd'
    assert line(b'ac\x02b\x06d\r') == 'abcd'             # ctrl-b, ctrl-f
    assert line(b'x' + LEFT + LEFT + RIGHT + RIGHT + b'y\r') == 'xy'
    assert line(b'\x1bOH' + b'z\x1b[1~' + b'y\x1b[4~!\r') == 'yz!'


def test_deleting():
    assert line(b'abc\x7f\r') == 'ab'                    # backspace
    assert line(b'abc\x08\x08\r') == 'a'
    assert line(b'abc' + LEFT + LEFT + DELETE + b'\r') == 'ac'
    assert line(b'abc' + HOME + b'\x04\r') == 'bc'       # ctrl-d deletes
    assert line(b'abcdef' + LEFT * 3 + b'\x0b\r') == 'abc'   # ctrl-k
    assert line(b'abcdef' + LEFT * 2 + b'\x15\r') == 'ef'    # ctrl-u
    assert line(b'one two three\x17\r') == 'one two '       # ctrl-w
    assert line(b'one two  \x17\r') == 'one '
    assert line(b'\x7f' + DELETE + b'ok\r') == 'ok'


def test_utf8_and_tab():
    assert line('é€x'.encode('utf-8') + LEFT + b'\x7f\r') == 'éx'
    assert line(b'\tx\r') == '    x'


def test_history_browsing():
    history = []
    ed, output = editor(b'first\rsecond\r' + UP + UP + b'!\r' + UP + DOWN +
                        DOWN + b'new\r', history)
    assert ed.readline('>>> ') == 'first'
    assert ed.readline('>>> ') == 'second'
    assert ed.readline('>>> ') == 'first!'
    assert ed.readline('>>> ') == 'new'
    assert history == ['first', 'second', 'first!', 'new']


def test_history_edits_are_dropped():
    history = ['a', 'b']
    assert line(b'x' + UP + b'!' + UP + DOWN + DOWN + b'\r', history) == 'x'
    assert history == ['a', 'b', 'x']


def test_history_skips_blank_and_repeats():
    history = []
    ed, _ = editor(b'a\ra\r  \rb\r', history)
    for i in range(4):
        ed.readline('>>> ')
    assert history == ['a', 'b']


def test_ctrl_c_and_ctrl_d():
    ed, output = editor(b'abc\x03\x04')
    try:
        ed.readline('>>> ')
    except KeyboardInterrupt:
        pass
    else:
        assert False
    assert ''.join(output).endswith('^C\n')
    try:
        ed.readline('>>> ')
    except EOFError:
        pass
    else:
        assert False
    ed, _ = editor(b'')
    try:
        ed.readline('>>> ')
    except EOFError:
        pass
    else:
        assert False


def test_redraw_puts_cursor_back():
    ed, output = editor(b'abc' + LEFT + LEFT + b'\r')
    ed.readline('... ')
    assert output[-2] == '\r... abc\x1b[K\x1b[2D'


def test_history_file_round_trip():
    directory = tempfile.mkdtemp()
    filename = os.path.join(directory, '.python_history')
    ed, _ = editor(b'x = 1\rprint(x)\r')
    ed.load_history(filename)            # missing: nothing
    ed.readline('>>> ')
    ed.readline('>>> ')
    ed.save_history(filename)
    with open(filename) as f:
        assert f.read() == 'x = 1\nprint(x)\n'
    other, _ = editor(b'')
    other.load_history(filename)
    assert other.history == ['x = 1', 'print(x)']
