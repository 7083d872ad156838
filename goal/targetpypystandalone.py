"""The RPython target: builds the object space with the chosen options and
returns the entry point of the translated `pypy-c`.

    rpython [rpython options] goal/targetpypystandalone.py [our options]

(`make pypy-c OPTS=...` does this through translator/translate.py.)  The
entry point hands the command line to `entry_point` of goal/app_main.py,
which runs at app level, and reports an exception that escapes from it
as CPython does: SystemExit becomes the exit status, anything else is
printed by sys.excepthook and gives status 1.
"""

from __future__ import absolute_import

import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
_top = os.path.dirname(_here)
if _top not in sys.path:
    sys.path.insert(0, _top)

from rpython.rlib import rpath, rstackovf
from rpython.rlib.objectmodel import we_are_translated

from interpreter.error import OperationError
from translator.options import get_pypy_config, parse_options


def create_entry_point(space):
    """The RPython entry point for a space built at translation time."""
    from interpreter.astcompiler.compiler import compile_source
    from interpreter.module.builtins.interp_io import write_fd

    app_main_path = os.path.join(_here, 'app_main.py')
    with open(app_main_path) as f:
        source = f.read()
    code = compile_source(space, source, app_main_path, 'exec',
                          hidden_applevel=True)
    w_globals = space.newdict()
    space.setitem(w_globals, space.newtext('__name__'),
                  space.newtext('app_main'))
    space.setitem(w_globals, space.newtext('__builtins__'), space.builtin)
    space.createframe(code, w_globals, w_globals).run()
    w_app_entry_point = space.finditem_str(w_globals, 'entry_point')
    assert w_app_entry_point is not None

    def entry_point(argv):
        # the standard streams, posix.environ and SIGINT at start-up: a
        # terminal and the environment are known only now
        from interpreter.module.sys.interp_stdio import (init_stdio,
                                                         flush_stdio)
        from interpreter.module.posix.interp_posix import reset_environ
        from interpreter.module._signal.interp_signal import (
            install_sigint_handler)
        try:
            init_stdio(space)
            reset_environ(space)
            install_sigint_handler(space)
        except OperationError as e:
            return report_uncaught(space, e)
        status = run(argv)
        # as CPython at exit: wait for the non-daemon threads
        from interpreter.module._thread.interp_thread import (
            wait_for_thread_shutdown)
        wait_for_thread_shutdown(space)
        return flush_stdio(space) or status

    def run(argv):
        try:
            try:
                executable = find_executable(argv[0])
                w_executable = space.newfilename(executable)
                w_argv = space.newlist([space.newfilename(arg)
                                        for arg in argv[1:]])
                w_root = space.newfilename(find_root(executable))
                w_status = space.call_function(w_app_entry_point,
                                               w_executable, w_argv, w_root,
                                               python_environ(space))
                return exit_status(space, w_status)
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                write_fd(space, 2, 'Fatal Python error: stack overflow\n')
                return 1
            except MemoryError:
                write_fd(space, 2, 'MemoryError\n')
                return 1
        except OperationError as e:
            return report_uncaught(space, e)

    return entry_point


def find_executable(program):
    """The absolute path of the running program: argv[0], looked up
    along $PATH when it has no slash."""
    if '/' not in program:
        search_path = os.environ.get('PATH')   # RPython: one argument
        if search_path is None:
            search_path = ''
        for directory in search_path.split(':'):
            candidate = rpath.rjoin(directory or '.', program)
            if os.access(candidate, os.X_OK) and not rpath.risdir(candidate):
                program = candidate
                break
    return rpath.rabspath(program)


def parent_directory(path):
    """os.path.dirname for absolute, normalised paths, in RPython."""
    i = path.rfind('/')
    if i <= 0:
        return '/' if i == 0 else ''
    return path[:i]


def resolve_links(path):
    """The path with the symbolic links of its last component followed
    (a copy or symlink of the binary finds the sources of the real
    one)."""
    for i in range(40):
        try:
            target = os.readlink(path)
        except OSError:
            break
        if not target.startswith('/'):
            target = rpath.rjoin(parent_directory(path), target)
        path = rpath.rnormpath(target)
    return path


def find_root(executable):
    """The nearest directory above the executable that holds lib_pypy/
    (the root of the sources), or ''."""
    directory = parent_directory(resolve_links(executable))
    while directory:
        if rpath.risdir(rpath.rjoin(directory, 'lib_pypy')):
            return directory
        parent = parent_directory(directory)
        if parent == directory:
            break
        directory = parent
    return ''


def python_environ(space):
    """The PYTHON* environment variables, as a dict of str."""
    w_environ = space.newdict()
    for key, value in os.environ.items():
        if key.startswith('PYTHON'):
            if key == 'PYTHONPATH' and not we_are_translated():
                value = user_pythonpath(value)
            space.setitem(w_environ, space.newfilename(key),
                          space.newfilename(value))
    return w_environ


def user_pythonpath(value):
    """Untranslated, we run on the host, whose wrapper
    (.toolchain/bin/hostpython) puts the toolchain's own directories in
    PYTHONPATH: they are the host's, not the user's."""
    host_entries = [_top, _top + '/.toolchain/rpython',
                    _top + '/.toolchain/site']
    return ':'.join([entry for entry in value.split(':')
                     if entry not in host_entries])


def exit_status(space, w_status):
    """The process exit status for sys.exit()'s argument."""
    from interpreter.module.sys.interp_excepthook import write_stderr
    if space.is_none(w_status):
        return 0
    if space.isinstance_w(w_status, space.w_int):
        try:
            return space.int_w(w_status) & 0xff
        except OperationError:
            return 1
    write_stderr(space, space.text_w(space.str(w_status)) + '\n')
    return 1


def report_uncaught(space, operr):
    """Print an exception that nobody caught; return the exit status."""
    from interpreter.module.builtins.interp_io import write_fd
    from interpreter.pyopcode import set_traceback_attribute
    try:
        w_value = operr.get_w_value(space)
        status = 1
        if operr.match(space, space.w_KeyboardInterrupt):
            status = 130
        if operr.match(space, space.w_SystemExit):
            w_code = space.findattr(w_value, space.newtext('code'))
            if w_code is None:
                return 1
            return exit_status(space, w_code)
        w_tb = operr.get_traceback()
        # __traceback__ was last set where the exception was caught, if
        # ever: a hook that reads it must see the whole way up
        set_traceback_attribute(space, w_value, w_tb)
        if w_tb is None:
            w_tb = space.w_None
        w_hook = space.sys.get('excepthook')
        space.call_function(w_hook, space.type(w_value), w_value, w_tb)
        return status
    except OperationError as e2:
        write_fd(space, 2, 'Error in sys.excepthook:\n')
        try:
            write_fd(space, 2, e2.errorstr(space) + '\n')
        except OperationError:
            pass
    return 1


def make_space(config):
    from objspace.std.objspace import StdObjSpace
    return StdObjSpace(config)


def target(driver, args):
    """Called by rpython with the arguments after the target's name."""
    config = get_pypy_config(translating=True)
    parse_options(config, args)
    # real threads need RPython's thread support (a GIL, thread-locals,
    # one shadow stack per thread)
    driver.config.translation.thread = config.objspace.threads
    space = make_space(config)
    return create_entry_point(space), None


if __name__ == '__main__':
    # untranslated: run the interpreter on the host (slow, for debugging)
    config = get_pypy_config()
    sys.exit(create_entry_point(make_space(config))(sys.argv))
