"""App-level tests (apptest_*.py, Python 3) and the harness self-test;
tests/conftest.py says how they are collected and run."""
