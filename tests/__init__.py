"""Test package (needed so that tests/interpreter does not shadow the interpreter package)."""
