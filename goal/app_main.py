"""The command line of pypy-c, at app level.

The translated binary calls `entry_point(executable, argv, root, environ)`
with the absolute path of the program, its arguments, the directory that
holds lib_pypy/ (found by the interp-level entry point, '' if none) and
the PYTHON* environment variables; the result is the exit status.  An
exception that escapes from the user's program propagates out of here,
and the interp-level entry point reports it through sys.excepthook (as
CPython does), so the frames of this module never show in tracebacks.
"""

import sys
import posix

USAGE_LINE = ('usage: %s [option] ... [-c cmd | -m mod | file | -] '
              '[arg] ...\n')
USAGE = """Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance) (accepted, no effect)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : sys.flags.optimize (-OO: 2)
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         also PYTHONUNBUFFERED=x
-v     : verbose (sys.flags.verbose); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source
-X opt : set implementation-specific option
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""

# Options that take an argument, and the flags that take none.
ARG_OPTIONS = 'cmWX'
FLAG_OPTIONS = 'bBdEhiIOPqRsSuvVx?'


def write_stderr(text):
    posix.write(2, text.encode('utf-8'))


def read_fd(fd):
    """Everything that can be read from a file descriptor, as bytes."""
    chunks = []
    chunk = posix.read(fd, 65536)
    while chunk:
        chunks.append(chunk)
        chunk = posix.read(fd, 65536)
    return b''.join(chunks)


class UsageError(Exception):
    pass


class Options:
    """What the command line asks for."""

    def __init__(self):
        self.command = None        # -c
        self.module = None         # -m
        self.filename = None       # a script, or '-' for stdin
        self.args = []             # what follows in sys.argv
        self.counts = {}           # flag letter -> how many times
        self.warnoptions = []
        self.xoptions = {}

    def count(self, letter):
        return self.counts.get(letter, 0)


def parse_command_line(argv):
    """Options from the arguments; raises UsageError."""
    options = Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == '--':
            break
        if not arg.startswith('-') or arg == '-':
            i -= 1
            break
        if arg.startswith('--'):
            if arg == '--help':
                arg = '-h'
            elif arg == '--version':
                arg = '-V'
            else:
                raise UsageError('unknown option ' + arg)
        j = 1
        while j < len(arg):
            letter = arg[j]
            j += 1
            if letter in ARG_OPTIONS:
                if j < len(arg):
                    value = arg[j:]
                elif i < len(argv):
                    value = argv[i]
                    i += 1
                else:
                    raise UsageError('Argument expected for the -%s option'
                                     % letter)
                if letter == 'c':
                    options.command = value
                    options.args = argv[i:]
                    return options
                if letter == 'm':
                    options.module = value
                    options.args = argv[i:]
                    return options
                if letter == 'W':
                    options.warnoptions.append(value)
                else:
                    key, sep, xvalue = value.partition('=')
                    options.xoptions[key] = xvalue if sep else True
                break
            if letter not in FLAG_OPTIONS:
                raise UsageError('Unknown option: -' + letter)
            options.counts[letter] = options.count(letter) + 1
    if i < len(argv):
        options.filename = argv[i]
        options.args = argv[i + 1:]
    return options


# --- sys at start-up -------------------------------------------------------

def absolute(path):
    if path.startswith('/'):
        return path
    cwd = posix.getcwd()
    if not path:
        return cwd
    return cwd.rstrip('/') + '/' + path


def realpath(path):
    """The path with its symbolic links resolved (as far as posix can
    tell)."""
    path = absolute(path)
    readlink = getattr(posix, 'readlink', None)
    for i in range(40):
        if readlink is None:
            break
        try:
            target = readlink(path)
        except OSError:
            break
        if not target.startswith('/'):
            target = path.rpartition('/')[0] + '/' + target
        path = target
    return path


def dirname(path):
    head = path.rpartition('/')[0]
    return head or '/'


def set_flags(options, environ):
    """sys.flags, sys.dont_write_bytecode, sys.warnoptions, sys._xoptions
    from the options and the environment."""
    isolated = options.count('I')
    ignore_environment = 1 if options.count('E') or isolated else 0
    env = {} if ignore_environment else environ
    def flag(letter, variable):
        value = options.count(letter)
        if not value and env.get(variable):
            value = 1
        return value
    dont_write_bytecode = flag('B', 'PYTHONDONTWRITEBYTECODE')
    no_user_site = 1 if isolated else flag('s', 'PYTHONNOUSERSITE')
    safe_path = bool(isolated or flag('P', 'PYTHONSAFEPATH'))
    optimize = options.count('O')
    if not optimize and env.get('PYTHONOPTIMIZE'):
        optimize = int(env['PYTHONOPTIMIZE']) if \
            env['PYTHONOPTIMIZE'].isdigit() else 1
    interactive = options.count('i')
    inspect = 1 if interactive else flag('i', 'PYTHONINSPECT')
    sys.flags = type(sys.flags)((
        options.count('d'), inspect, interactive, optimize,
        dont_write_bytecode, no_user_site, options.count('S'),
        ignore_environment, flag('v', 'PYTHONVERBOSE'), options.count('b'),
        options.count('q'), 1, isolated, False, 0, 0, safe_path, -1))
    sys.dont_write_bytecode = bool(dont_write_bytecode)
    # -O: the compiler drops asserts and `if __debug__:` blocks (its level
    # is sys.flags.optimize); the builtin name says the same
    import builtins
    builtins.__debug__ = not optimize
    warnoptions = []
    if env.get('PYTHONWARNINGS'):
        warnoptions = [w for w in env['PYTHONWARNINGS'].split(',') if w]
    sys.warnoptions = warnoptions + options.warnoptions
    sys._xoptions = options.xoptions
    return env


def set_path(options, root, env):
    """sys.path: the directory of the program, PYTHONPATH, then our
    library and CPython's."""
    path = []
    if not sys.flags.safe_path:
        if options.module is not None:
            path.append(posix.getcwd())
        elif options.command is not None or options.filename in (None, '-'):
            path.append('')
        else:
            script = realpath(options.filename)
            if is_directory(script):
                path.append(script)
            else:
                path.append(dirname(script))
    if env.get('PYTHONPATH'):
        for entry in env['PYTHONPATH'].split(':'):
            path.append(absolute(entry))
    if root:
        sys.prefix = sys.exec_prefix = root
        sys.base_prefix = sys.base_exec_prefix = root
        path.append(root + '/lib_pypy')
        path.append(root + '/.toolchain/lib-python')
    sys.path = path


def is_directory(path):
    try:
        fd = posix.open(path + '/.', posix.O_RDONLY)
    except OSError:
        return False
    posix.close(fd)
    return True


def exists(path):
    try:
        posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def user_site(env):
    """site.USER_SITE: the user's site-packages, or None."""
    base = env.get('PYTHONUSERBASE')
    if not base:
        home = posix.environ.get(b'HOME')
        if not home:
            return None
        base = home.decode('utf-8', 'surrogateescape') + '/.local'
    info = sys.version_info
    return '%s/lib/python%d.%d/site-packages' % (base, info[0], info[1])


def site_has_work(env):
    """Whether CPython's site.py would change anything: a site-packages
    directory (ours or the user's), a pyvenv.cfg, a sitecustomize or
    usercustomize module on the path.  Importing site costs more than the
    rest of the start-up (docs/performance.rst), so without these its
    only other job, the builtins of _sitebuiltins, is done directly."""
    info = sys.version_info
    candidates = []
    for prefix in (sys.prefix, sys.exec_prefix):
        if prefix:
            candidates.append('%s/%s/python%d.%d/site-packages' % (
                prefix, sys.platlibdir, info[0], info[1]))
    if not sys.flags.no_user_site:
        candidates.append(user_site(env))
    for directory in candidates:
        if directory and is_directory(directory):
            return True
    here = dirname(sys.executable)
    if exists(here + '/pyvenv.cfg') or exists(dirname(here) + '/pyvenv.cfg'):
        return True
    # (Debian's stdlib, which we use, has an apport sitecustomize that
    # does nothing without apport: not a reason)
    stdlib = sys.prefix + '/.toolchain/lib-python'
    for entry in sys.path:
        if isinstance(entry, str) and entry != stdlib:
            for name in ('sitecustomize', 'usercustomize'):
                if exists((entry or '.') + '/' + name + '.py'):
                    return True
    return False


def run_site(env):
    """What CPython does with site at start-up (not with -S)."""
    if site_has_work(env):
        import site
        return
    import builtins
    try:
        import _sitebuiltins
    except ImportError:
        return          # no standard library beside the binary
    builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.copyright = _sitebuiltins._Printer('copyright', sys.copyright)
    builtins.credits = _sitebuiltins._Printer(
        'credits', '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation '
        'and a cast of thousands\n    for supporting Python development.  '
        'See www.python.org for more information.')
    builtins.license = _sitebuiltins._Printer(
        'license', 'See https://www.python.org/psf/license/')
    builtins.help = _sitebuiltins._Helper()


# --- running programs -------------------------------------------------------

def main_module():
    """A fresh __main__ module, registered in sys.modules."""
    module_type = type(sys)
    main = module_type('__main__')
    main.__builtins__ = sys.modules['builtins']
    main.__spec__ = None
    main.__package__ = None
    sys.modules['__main__'] = main
    return main


def run_source(main, source, filename):
    if filename != '<string>' and filename != '<stdin>':
        main.__file__ = filename
        main.__cached__ = None
    code = compile(source, filename, 'exec')
    exec(code, main.__dict__)
    return 0


def skip_first_line(source):
    # -x: the line is dropped but counted, so that line numbers match
    index = source.find(b'\n')
    if index < 0:
        return b''
    return b'\n' + source[index + 1:]


def run_file(main, filename, skip_first):
    target = filename
    if is_directory(filename):
        target = filename.rstrip('/') + '/__main__.py'
    try:
        fd = posix.open(target, posix.O_RDONLY)
        try:
            source = read_fd(fd)
        finally:
            posix.close(fd)
    except OSError as e:
        if target != filename:
            write_stderr(sys.executable + ": can't find '__main__' module "
                         'in ' + repr(filename) + '\n')
            return 1
        write_stderr(sys.executable + ": can't open file " +
                     repr(absolute(filename)) + ': [Errno ' + str(e.errno) +
                     '] ' + e.strerror + '\n')
        return 2
    if skip_first:
        source = skip_first_line(source)
    return run_source(main, source, target)


def find_main_spec(name):
    """The spec of the module that -m runs (a package's __main__); raises
    ImportError with CPython's message."""
    import _imp
    parent, _, tail = name.rpartition('.')
    path = None
    if parent:
        package = __import__(parent, None, None, ['__name__'])
        path = getattr(package, '__path__', None)
        if path is None:
            raise ImportError('No module named ' + name)
    spec = None
    for finder in sys.meta_path:
        spec = finder.find_spec(name, path)
        if spec is not None:
            break
    if spec is None:
        raise ImportError('No module named ' + name)
    if spec.submodule_search_locations is not None:
        if name == '__main__' or name.endswith('.__main__'):
            raise ImportError('Cannot use package as __main__ module')
        __import__(name)
        try:
            return find_main_spec(name + '.__main__')
        except ImportError as e:
            raise ImportError(str(e) + "; '" + name + "' is a package and "
                              'cannot be directly executed')
    return spec


def run_module(main, name):
    try:
        spec = find_main_spec(name)
        code = spec.loader.get_code(spec.name)
        if code is None:
            raise ImportError('No code object available for ' + name)
    except ImportError as e:
        write_stderr(sys.executable + ': ' + str(e) + '\n')
        return 1
    sys.argv[0] = spec.origin
    main.__file__ = spec.origin
    main.__cached__ = spec.cached
    main.__loader__ = spec.loader
    main.__spec__ = spec
    main.__package__ = spec.parent
    exec(code, main.__dict__)
    return 0


def version_text():
    info = sys.version_info
    return 'Python ' + str(info[0]) + '.' + str(info[1]) + '.' + str(info[2])


def make_unbuffered():
    for stream in (getattr(sys, 'stdout', None), getattr(sys, 'stderr', None)):
        reconfigure = getattr(stream, 'reconfigure', None)
        if reconfigure is not None:
            reconfigure(write_through=True)


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


class PlainReader:
    """Lines of stdin read as they come (stdin or stdout is not a
    terminal): the prompt goes to stderr, as in CPython."""

    def readline(self, prompt):
        write_stderr(prompt)
        return read_line()

    def close(self):
        pass


class EditingReader:
    """Lines typed at a terminal, with lib_pypy/_lineedit.py's editing and
    the history of ~/.python_history."""

    def __init__(self, lineedit):
        self.terminal = lineedit.Terminal(0, 1)
        self.editor = lineedit.LineEditor(self.terminal.read_byte,
                                          self.terminal.write)
        self.history_file = lineedit.history_file()
        if self.history_file is not None:
            self.editor.load_history(self.history_file)

    def readline(self, prompt):
        import termios
        try:
            return self.terminal.readline(self.editor, prompt) + '\n'
        except (EOFError, OSError, termios.error):
            # ctrl-d, or the terminal went away
            return None

    def close(self):
        if self.history_file is not None:
            self.editor.save_history(self.history_file)


def make_reader():
    """The editing reader at a terminal, else the plain one."""
    if not (posix.isatty(0) and posix.isatty(1)):
        return PlainReader()
    try:
        import _lineedit
        import termios
    except ImportError:
        return PlainReader()
    try:
        termios.tcgetattr(0)
    except termios.error:
        return PlainReader()
    return EditingReader(_lineedit)


def flush_std_streams():
    for stream in (getattr(sys, 'stdout', None), getattr(sys, 'stderr', None)):
        try:
            stream.flush()
        except Exception:
            pass


def run_interactive(main, banner):
    """The read-eval-print loop; returns the exit status."""
    if banner:
        write_stderr(version_text() + ' [pypy-c, RPython]\n')
        write_stderr('Type "help", "copyright", "credits" or "license" for '
                     'more information.\n')
    if not hasattr(sys, 'ps1'):
        sys.ps1 = '>>> '
    if not hasattr(sys, 'ps2'):
        sys.ps2 = '... '
    reader = make_reader()
    try:
        return read_eval_print(main, reader)
    finally:
        reader.close()


def read_eval_print(main, reader):
    source = ''
    while True:
        flush_std_streams()
        try:
            line = reader.readline(str(sys.ps2 if source else sys.ps1))
        except KeyboardInterrupt:
            # ctrl-c drops what was typed (the editor has ended the line)
            if isinstance(reader, PlainReader):
                write_stderr('\n')
            write_stderr('KeyboardInterrupt\n')
            source = ''
            continue
        if line is None:
            if isinstance(reader, PlainReader):
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


def usage_error(message):
    write_stderr(message + '\n')
    write_stderr(USAGE_LINE % sys.orig_argv[0])
    write_stderr("Try `pypy-c -h' for more information.\n")
    return 2


def run_program(options, main):
    """Run what the options ask for; returns the exit status."""
    if options.command is not None:
        sys.argv = ['-c'] + options.args
        return run_source(main, options.command, '<string>')
    if options.module is not None:
        sys.argv = ['-m'] + options.args
        return run_module(main, options.module)
    if options.filename is not None and options.filename != '-':
        sys.argv = [options.filename] + options.args
        return run_file(main, options.filename, options.count('x'))
    sys.argv = ['-'] + options.args
    return run_source(main, read_fd(0), '<stdin>')


def entry_point(executable, argv, root, environ):
    sys.executable = executable
    sys.orig_argv = [executable] + argv
    try:
        options = parse_command_line(argv)
    except UsageError as e:
        return usage_error(str(e))
    if options.count('h') or options.count('?'):
        print(USAGE_LINE % sys.orig_argv[0] + USAGE, end='')
        return 0
    if options.count('V'):
        if options.count('V') > 1:
            print('Python ' + sys.version)
        else:
            print(version_text())
        return 0
    env = set_flags(options, environ)
    set_path(options, root, env)
    # the time zone of the machine that runs us (the time module was made
    # when the interpreter was built)
    import time
    time.tzset()
    if sys.warnoptions:
        import warnings
    if not sys.flags.no_site:
        run_site(env)
    if options.count('u') or env.get('PYTHONUNBUFFERED'):
        make_unbuffered()
    main = main_module()
    if options.command is None and options.module is None and \
            options.filename is None:
        if sys.flags.inspect or posix.isatty(0):
            sys.argv = ['']
            return run_interactive(main, not sys.flags.quiet)
        sys.argv = ['']
        return run_source(main, read_fd(0), '<stdin>')
    if not sys.flags.inspect:
        return run_program(options, main)
    # -i: the prompt follows the program, even after an exception
    try:
        status = run_program(options, main)
    except SystemExit:
        raise
    except BaseException:
        report_exception()
        status = 0
    if status:
        return status
    return run_interactive(main, False)
