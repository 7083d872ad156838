"""The `_codecs` module (what `codecs` and `encodings` are built on): the
codec and error-handler registries and the codecs built into the
interpreter (interp_codecs.py, interp_escapes.py, and
objspace/std/textcodecs.py which str.encode and bytes.decode use)."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule
from interpreter.module._codecs import interp_codecs


class Module(MixedModule):
    """Codec registry and support functions."""
    applevel_name = '_codecs'

    interpleveldefs = {
        'register': 'interp_codecs.register',
        'unregister': 'interp_codecs.unregister',
        'lookup': 'interp_codecs.lookup',
        '_forget_codec': 'interp_codecs._forget_codec',
        'encode': 'interp_codecs.encode',
        'decode': 'interp_codecs.decode',
        'register_error': 'interp_codecs.register_error',
        'lookup_error': 'interp_codecs.lookup_error',
        'utf_16_ex_decode': 'interp_codecs.utf_16_ex_decode',
        'utf_32_ex_decode': 'interp_codecs.utf_32_ex_decode',
        'readbuffer_encode': 'interp_codecs.readbuffer_encode',
    }
    for _name in sorted(interp_codecs.CODEC_FUNCTIONS):
        interpleveldefs[_name] = 'interp_codecs.CODEC_FUNCTIONS_%s' % _name
    for _name in ['escape_encode', 'escape_decode', 'unicode_escape_encode',
                  'unicode_escape_decode', 'raw_unicode_escape_encode',
                  'raw_unicode_escape_decode', 'charmap_encode',
                  'charmap_decode', 'charmap_build']:
        interpleveldefs[_name] = 'interp_escapes.' + _name
    del _name

    def __init__(self, space):
        MixedModule.__init__(self, space)
        self.state = interp_codecs.CodecState()
        interp_codecs.register_standard_handlers(space, self.state)
