"""A small line editor for the interactive prompt (goal/app_main.py uses it
when stdin and stdout are terminals; CPython uses GNU readline there).

Keys: left/right (ctrl-b/ctrl-f), home/end (ctrl-a/ctrl-e), backspace,
delete, ctrl-d (delete, or end of input on an empty line), ctrl-k (kill
to the end), ctrl-u (kill to the start), ctrl-w (kill the word before the
cursor), ctrl-l (clear the screen), up/down (ctrl-p/ctrl-n: history),
tab (four spaces), ctrl-c (KeyboardInterrupt), enter.

The editing itself (`LineEditor`) works on bytes read from and written to
two functions, so that it can be tested without a terminal; `Terminal`
puts a file descriptor in raw mode (termios) while a line is read.  The
line is redrawn after each key, on one terminal line (no wrapping).
"""

import posix

HISTORY_LENGTH = 1000

_CTRL = {
    0x01: 'home', 0x02: 'left', 0x03: 'interrupt', 0x04: 'eof-or-delete',
    0x05: 'end', 0x06: 'right', 0x08: 'backspace', 0x09: 'tab',
    0x0a: 'accept', 0x0b: 'kill-end', 0x0c: 'clear', 0x0d: 'accept',
    0x0e: 'down', 0x10: 'up', 0x15: 'kill-start', 0x17: 'kill-word',
    0x7f: 'backspace',
}

# the final byte of ESC [ ... and ESC O ... sequences, and the number of
# ESC [ n ~ sequences
_CSI_FINAL = {'A': 'up', 'B': 'down', 'C': 'right', 'D': 'left',
              'H': 'home', 'F': 'end'}
_CSI_NUMBER = {'1': 'home', '7': 'home', '4': 'end', '8': 'end',
               '3': 'delete'}


class LineEditor:
    """Reads one line at a time with editing and a history."""

    def __init__(self, read_byte, write, history=None):
        # read_byte() -> a bytes object of length 1 (b'' at the end of the
        # input); write(str)
        self.read_byte = read_byte
        self.write = write
        self.history = history if history is not None else []

    # --- input -------------------------------------------------------

    def read_key(self):
        """The next key: ('insert', text) or (action, None); ('eof',
        None) at the end of the input."""
        byte = self.read_byte()
        if not byte:
            return 'eof', None
        code = byte[0]
        if code == 0x1b:
            return self._read_escape(), None
        if code in _CTRL:
            return _CTRL[code], None
        if code < 0x20:
            return 'ignore', None
        # a UTF-8 sequence: its first byte says how long it is
        data = byte
        length = 1
        if code >= 0xf0:
            length = 4
        elif code >= 0xe0:
            length = 3
        elif code >= 0xc0:
            length = 2
        while len(data) < length:
            more = self.read_byte()
            if not more:
                break
            data += more
        return 'insert', data.decode('utf-8', 'replace')

    def _read_escape(self):
        kind = self.read_byte()
        if kind not in (b'[', b'O'):
            return 'ignore'
        params = ''
        while True:
            byte = self.read_byte()
            if not byte:
                return 'ignore'
            char = chr(byte[0])
            if char.isdigit() or char == ';':
                params += char
                continue
            if char == '~':
                return _CSI_NUMBER.get(params.split(';')[0], 'ignore')
            return _CSI_FINAL.get(char, 'ignore')

    # --- one line ----------------------------------------------------

    def readline(self, prompt):
        """The line typed after the prompt, without its newline.  Raises
        EOFError for ctrl-d on an empty line (or the end of the input),
        KeyboardInterrupt for ctrl-c."""
        self.prompt = prompt
        self.buffer = []
        self.pos = 0
        # the history being browsed: its entries plus the line being
        # typed, each editable (edits are dropped when the line is taken)
        self.browsing = self.history[:] + ['']
        self.index = len(self.history)
        self.write(prompt)
        while True:
            action, text = self.read_key()
            if action == 'accept':
                line = ''.join(self.buffer)
                self.write('\n')
                self.add_history(line)
                return line
            if action == 'eof' or (action == 'eof-or-delete' and
                                   not self.buffer):
                self.write('\n')
                raise EOFError
            if action == 'interrupt':
                self.write('^C\n')
                raise KeyboardInterrupt
            if action == 'insert' and self.pos == len(self.buffer):
                # typing at the end of the line: just echo
                self.edit(action, text)
                self.write(text)
            else:
                self.edit(action, text)
                self.redraw()

    def edit(self, action, text):
        """Change the buffer or the cursor for one key."""
        buffer = self.buffer
        if action == 'insert':
            buffer[self.pos:self.pos] = list(text)
            self.pos += len(text)
        elif action == 'tab':
            buffer[self.pos:self.pos] = list('    ')
            self.pos += 4
        elif action == 'left':
            self.pos = max(0, self.pos - 1)
        elif action == 'right':
            self.pos = min(len(buffer), self.pos + 1)
        elif action == 'home':
            self.pos = 0
        elif action == 'end':
            self.pos = len(buffer)
        elif action == 'backspace':
            if self.pos > 0:
                del buffer[self.pos - 1]
                self.pos -= 1
        elif action == 'delete' or action == 'eof-or-delete':
            if self.pos < len(buffer):
                del buffer[self.pos]
        elif action == 'kill-end':
            del buffer[self.pos:]
        elif action == 'kill-start':
            del buffer[:self.pos]
            self.pos = 0
        elif action == 'kill-word':
            start = self.pos
            while start > 0 and buffer[start - 1] == ' ':
                start -= 1
            while start > 0 and buffer[start - 1] != ' ':
                start -= 1
            del buffer[start:self.pos]
            self.pos = start
        elif action == 'clear':
            self.write('\x1b[H\x1b[2J')
        elif action == 'up' or action == 'down':
            self.browse(-1 if action == 'up' else 1)

    def browse(self, step):
        index = self.index + step
        if not 0 <= index < len(self.browsing):
            return
        self.browsing[self.index] = ''.join(self.buffer)
        self.index = index
        self.buffer = list(self.browsing[index])
        self.pos = len(self.buffer)

    def redraw(self):
        """Rewrite the prompt and the line, then put the cursor back."""
        text = ''.join(self.buffer)
        out = '\r' + self.prompt + text + '\x1b[K'
        back = len(self.buffer) - self.pos
        if back:
            out += '\x1b[%dD' % back
        self.write(out)

    # --- history -----------------------------------------------------

    def add_history(self, line):
        if line.strip() and (not self.history or self.history[-1] != line):
            self.history.append(line)
            del self.history[:-HISTORY_LENGTH]

    def load_history(self, filename):
        """Add the lines of the history file (missing: nothing)."""
        try:
            with open(filename, encoding='utf-8', errors='replace') as f:
                lines = f.read().splitlines()
        except OSError:
            return
        for line in lines:
            self.add_history(line)

    def save_history(self, filename):
        """Write the history, one line per entry (errors are ignored, as
        CPython's site does)."""
        try:
            with open(filename, 'w', encoding='utf-8') as f:
                for line in self.history:
                    f.write(line + '\n')
        except OSError:
            pass


class Terminal:
    """A terminal on a pair of file descriptors: raw mode while a line is
    read, the previous mode restored afterwards."""

    def __init__(self, fd_in=0, fd_out=1):
        self.fd_in = fd_in
        self.fd_out = fd_out

    def read_byte(self):
        while True:
            try:
                return posix.read(self.fd_in, 1)
            except InterruptedError:
                continue

    def write(self, text):
        data = text.encode('utf-8', 'replace')
        while data:
            data = data[posix.write(self.fd_out, data):]

    def readline(self, editor, prompt):
        import termios
        saved = termios.tcgetattr(self.fd_in)
        raw = termios.tcgetattr(self.fd_in)
        # no line buffering, no echo, ctrl-c and ctrl-d as bytes; output
        # processing (\n -> \r\n) stays on, the editor relies on it
        raw[0] &= ~(termios.ICRNL | termios.IXON | termios.INLCR)
        raw[3] &= ~(termios.ICANON | termios.ECHO | termios.ISIG |
                    termios.IEXTEN)
        raw[6][termios.VMIN] = 1
        raw[6][termios.VTIME] = 0
        termios.tcsetattr(self.fd_in, termios.TCSADRAIN, raw)
        try:
            return editor.readline(prompt)
        finally:
            termios.tcsetattr(self.fd_in, termios.TCSADRAIN, saved)


def history_file():
    """~/.python_history, or None without a home directory."""
    home = posix.environ.get(b'HOME')
    if not home:
        return None
    return home.decode('utf-8', 'surrogateescape') + '/.python_history'
