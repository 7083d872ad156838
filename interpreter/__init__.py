"""Package marker."""

from __future__ import absolute_import
