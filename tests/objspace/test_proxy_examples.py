"""The runnable examples of docs/transparent-proxies.rst
(docs/examples/*.py) run on our interpreter without error (each checks
its own results with assert)."""

from __future__ import absolute_import
import os

import pytest

from interpreter.error import OperationError
from tests.support import new_module_globals, exec_app, format_operror

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, 'docs', 'examples')
NAMES = sorted(name for name in os.listdir(EXAMPLES)
               if name.endswith('.py'))


def test_every_example_is_documented():
    with open(os.path.join(ROOT, 'docs', 'transparent-proxies.rst')) as f:
        docs = f.read()
    assert [name for name in NAMES if 'examples/' + name not in docs] == []


@pytest.mark.parametrize('name', NAMES)
def test_example(space, name):
    path = os.path.join(EXAMPLES, name)
    with open(path) as f:
        source = f.read()
    try:
        exec_app(space, source, new_module_globals(space, filename=path),
                 path)
    except OperationError as e:
        pytest.fail(format_operror(space, e))
