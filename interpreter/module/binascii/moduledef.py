"""The `binascii` module: conversions between binary data and ASCII
encodings (base64, hex, uu, quoted-printable) and two CRCs."""

from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """Conversion between binary data and ASCII"""
    applevel_name = 'binascii'

    interpleveldefs = {
        '_a2b_base64': 'interp_binascii.a2b_base64',
        '_b2a_base64': 'interp_binascii.b2a_base64',
        'a2b_hex': 'interp_binascii.a2b_hex',
        'crc32': 'interp_binascii.crc32',
        'crc_hqx': 'interp_binascii.crc_hqx',
    }
    appleveldefs = {
        'Error': 'app_binascii.Error',
        'Incomplete': 'app_binascii.Incomplete',
        'a2b_base64': 'app_binascii.a2b_base64',
        'b2a_base64': 'app_binascii.b2a_base64',
        'b2a_hex': 'app_binascii.b2a_hex',
        'hexlify': 'app_binascii.hexlify',
        'unhexlify': 'app_binascii.unhexlify',
        'a2b_uu': 'app_binascii.a2b_uu',
        'b2a_uu': 'app_binascii.b2a_uu',
        'a2b_qp': 'app_binascii.a2b_qp',
        'b2a_qp': 'app_binascii.b2a_qp',
    }
