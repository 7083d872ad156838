"""The `_io` module: the I/O stack that `io` and `open()` are built on.

Written at app level (app_iobase.py ... app_open.py, one namespace) over the interp-level `posix` functions:
the hot work (reading and writing bytes, encoding and decoding text) is
done by builtin calls, the classes only keep buffers and positions."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """The io module provides the Python interfaces to stream handling."""
    applevel_name = '_io'

    # one namespace in five files, run in this order (later files use the
    # classes of earlier ones)
    applevel_parts = ['app_iobase', 'app_fileio', 'app_buffered', 'app_text',
                      'app_open']
    appleveldefs = {}
    for _file, _names in [
            ('app_iobase', ['DEFAULT_BUFFER_SIZE', 'BlockingIOError',
                            'UnsupportedOperation', '_IOBase', '_RawIOBase',
                            '_BufferedIOBase', '_TextIOBase']),
            ('app_fileio', ['FileIO']),
            ('app_buffered', ['BufferedReader', 'BufferedWriter',
                              'BufferedRandom', 'BufferedRWPair', 'BytesIO',
                              '_flush_unclosed_writers']),
            ('app_text', ['StringIO', 'IncrementalNewlineDecoder',
                          'TextIOWrapper', 'text_encoding']),
            ('app_open', ['open', 'open_code', '_init_std_streams'])]:
        for _name in _names:
            appleveldefs[_name] = '%s.%s' % (_file, _name)
    del _file, _names, _name
