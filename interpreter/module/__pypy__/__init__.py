"""The `__pypy__` builtin module: interpreter-specific helpers."""
