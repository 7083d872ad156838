"""Tests of the translated interpreter (conftest.py: the pypy_c fixture)."""
