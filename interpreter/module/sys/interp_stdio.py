"""sys.stdin, sys.stdout and sys.stderr: `_io` text streams on the file
descriptors 0, 1 and 2.

They are made when the space is built (so that untranslated runs and
tests have them) and made again by `init_stdio` when the translated
binary starts, because whether stdout is a terminal (hence
line-buffered) is only known then.  `flush_stdio` runs at exit.
"""


from __future__ import absolute_import

from interpreter.error import OperationError

def init_stdio(space, unbuffered=False):
    """Make the standard streams and store them in sys (both as stdxxx and
    __stdxxx__): _io._init_std_streams."""
    w_io = space.builtin_modules['_io']
    w_init = space.getattr(w_io, space.newtext('_init_std_streams'))
    space.call_function(w_init, space.newbool(unbuffered))


def flush_stdio(space):
    """At exit: flush the files that were not closed, then sys.stdout and
    sys.stderr; an error on those is reported on fd 2 and gives exit
    status 120, as in CPython."""
    status = 0
    try:
        space.call_method(space.builtin_modules['_io'],
                          '_flush_unclosed_writers')
    except OperationError:
        pass
    for name in ['stdout', 'stderr']:
        w_stream = space.finditem_str(space.sys.w_dict, name)
        if w_stream is None or space.is_none(w_stream):
            continue
        try:
            space.call_method(w_stream, 'flush')
        except OperationError as e:
            from interpreter.module.builtins.interp_io import write_fd
            try:
                write_fd(space, 2, 'Exception ignored on flushing sys.%s:'
                         '\n%s\n' % (name, e.errorstr(space)))
            except OperationError:
                pass
            status = 120
    return status
