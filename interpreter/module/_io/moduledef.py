"""The `_io` module: the I/O stack that `io` and `open()` are built on.

Written at app level (app_io.py) over the interp-level `posix` functions:
the hot work (reading and writing bytes, encoding and decoding text) is
done by builtin calls, the classes only keep buffers and positions."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """The io module provides the Python interfaces to stream handling."""
    applevel_name = '_io'

    appleveldefs = {}
    for _name in ['DEFAULT_BUFFER_SIZE', 'BlockingIOError',
                  'UnsupportedOperation', '_IOBase', '_RawIOBase',
                  '_BufferedIOBase', '_TextIOBase', 'FileIO',
                  'BufferedReader', 'BufferedWriter', 'BufferedRandom',
                  'BufferedRWPair', 'BytesIO', 'StringIO',
                  'IncrementalNewlineDecoder', 'TextIOWrapper',
                  'text_encoding', 'open', 'open_code', '_init_std_streams',
                  '_flush_unclosed_writers']:
        appleveldefs[_name] = 'app_io.%s' % _name
    del _name
