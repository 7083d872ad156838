"""The functions of `pypymagic`: those of `__pypy__` (one implementation)."""

from __future__ import absolute_import
from interpreter.module.__pypy__.interp_tproxy import (  # noqa: F401
    tproxy, get_tproxy_controller)
