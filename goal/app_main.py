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
    fd = posix.open(filename, posix.O_RDONLY)
    source = read_fd(fd)
    posix.close(fd)
    return run_source(source, filename)


def version_text():
    info = sys.version_info
    return 'Python ' + str(info[0]) + '.' + str(info[1]) + '.' + str(info[2])


def entry_point(executable, argv):
    sys.executable = executable
    sys.orig_argv = [executable] + argv
    if not argv:
        sys.argv = ['']
        return run_source(read_fd(0), '<stdin>')
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
