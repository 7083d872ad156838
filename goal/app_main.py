"""The command line of pypy-c, at app level.

The translated binary calls `entry_point(executable, argv)` with the
program's name and its arguments; the result is the exit status.  An
exception that escapes from the user's program propagates out of here,
and the interp-level entry point reports it through sys.excepthook (as
CPython does), so the frames of this module never show in tracebacks.
"""

import sys
import posix

USAGE = """usage: pypy-c [option] ... [-c cmd | file | -] [arg] ...
Options and arguments:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""


def write_stderr(text):
    posix.write(2, text.encode('utf-8'))


def read_fd(fd):
    """Everything that can be read from a file descriptor, as bytes."""
    data = b''
    chunk = posix.read(fd, 65536)
    while chunk:
        data = data + chunk
        chunk = posix.read(fd, 65536)
    return data


def main_module():
    """A fresh __main__ module, registered in sys.modules."""
    module_type = type(sys)
    main = module_type('__main__')
    main.__builtins__ = sys.modules['builtins']
    sys.modules['__main__'] = main
    return main


def run_source(source, filename):
    main = main_module()
    if filename != '<string>' and filename != '<stdin>':
        main.__file__ = filename
    code = compile(source, filename, 'exec')
    exec(code, main.__dict__)
    return 0


def run_file(filename):
    try:
        fd = posix.open(filename, posix.O_RDONLY)
        try:
            source = read_fd(fd)
        finally:
            posix.close(fd)
    except OSError as e:
        write_stderr(sys.executable + ": can't open file " + repr(filename) +
                     ': [Errno ' + str(e.errno) + '] ' + e.strerror + '\n')
        return 2
    return run_source(source, filename)


def version_text():
    info = sys.version_info
    return 'Python ' + str(info[0]) + '.' + str(info[1]) + '.' + str(info[2])


# --- the interactive prompt -----------------------------------------------

# Syntax errors that only say the input stops too early: the prompt then
# asks for more lines.
INCOMPLETE_MESSAGES = ['was never closed', 'unexpected EOF',
                       'expected an indented block',
                       'unterminated triple-quoted string']

# Bytes read from stdin but not yet returned as lines.
_pending = [b'']


def read_line():
    """The next line of stdin as str (with its newline), or None at the
    end of the input."""
    data = _pending[0]
    while b'\n' not in data:
        chunk = posix.read(0, 4096)
        if not chunk:
            _pending[0] = b''
            if data:
                return data.decode('utf-8', 'replace')
            return None
        data = data + chunk
    index = data.find(b'\n')
    _pending[0] = data[index + 1:]
    return data[:index + 1].decode('utf-8', 'replace')


def is_incomplete(error):
    message = str(error.msg)
    for fragment in INCOMPLETE_MESSAGES:
        if fragment in message:
            return True
    return False


COMPOUND_KEYWORDS = ['if', 'while', 'for', 'def', 'class', 'try', 'with',
                     'async']


def starts_compound_statement(source):
    text = source.lstrip()
    if text.startswith('@'):
        return True
    word = ''
    for char in text:
        if not (char.isalnum() or char == '_'):
            break
        word = word + char
    return word in COMPOUND_KEYWORDS


def compile_interactive(source):
    """The code for the lines typed so far, or None if more are needed.
    As at CPython's prompt, a compound statement ends with an empty
    line."""
    if starts_compound_statement(source) and not source.endswith('\n\n'):
        try:
            compile(source, '<stdin>', 'single')
        except SyntaxError as e:
            if not is_incomplete(e):
                raise
        return None
    try:
        return compile(source, '<stdin>', 'single')
    except SyntaxError as e:
        if is_incomplete(e) and source.strip() != '':
            return None
        raise


def report_exception():
    info = sys.exc_info()
    sys.excepthook(info[0], info[1], info[2])


def run_interactive(main):
    """The read-eval-print loop; returns the exit status."""
    write_stderr(version_text() + ' [pypy-c, RPython]\n')
    write_stderr('Type "help", "copyright", "credits" or "license" for more '
                 'information.\n')
    source = ''
    while True:
        if source:
            write_stderr('... ')
        else:
            write_stderr('>>> ')
        line = read_line()
        if line is None:
            write_stderr('\n')
            return 0
        source = source + line
        try:
            code = compile_interactive(source)
        except SyntaxError:
            source = ''
            report_exception()
            continue
        if code is None:
            continue
        source = ''
        try:
            exec(code, main.__dict__)
        except SystemExit as e:
            return exit_code(e)
        except BaseException:
            report_exception()


def exit_code(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    write_stderr(str(code) + '\n')
    return 1


def entry_point(executable, argv):
    sys.executable = executable
    sys.orig_argv = [executable] + argv
    if not argv:
        sys.argv = ['']
        if posix.isatty(0):
            return run_interactive(main_module())
        return run_source(read_fd(0), '<stdin>')
    if argv[0] == '-i' and len(argv) == 1:
        sys.argv = ['']
        return run_interactive(main_module())
    arg = argv[0]
    if arg == '-c':
        if len(argv) < 2:
            write_stderr('Argument expected for the -c option\n')
            write_stderr(USAGE.split('\n')[0] + '\n')
            return 2
        sys.argv = ['-c'] + argv[2:]
        return run_source(argv[1], '<string>')
    if arg == '-h' or arg == '--help' or arg == '-?':
        print(USAGE, end='')
        return 0
    if arg == '-V' or arg == '--version':
        print(version_text())
        return 0
    if arg == '-':
        sys.argv = argv
        return run_source(read_fd(0), '<stdin>')
    if arg.startswith('-'):
        write_stderr('Unknown option: ' + arg + '\n')
        write_stderr(USAGE.split('\n')[0] + '\n')
        write_stderr("Try `pypy-c -h' for more information.\n")
        return 2
    sys.argv = argv
    return run_file(arg)
