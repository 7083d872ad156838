"""The benchmark programs of bench/ run on our interpreter (untranslated,
in-process) with tiny arguments and print the checksum that CPython 3.11
prints.  (bench/run.py times them at full size on the translated
binary.)"""

from __future__ import absolute_import

import os
import subprocess

import pytest

from tests.support import new_module_globals, exec_app

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'bench')

# program -> the tiny arguments
TINY = {
    'exceptions': ['1'],
    'fannkuch': ['5'],
    'generators': ['1'],
    'nbody': ['10'],
    'proxy_overhead': ['1'],
    'pystone': ['100'],
    'raytrace': ['12'],
    'richards': ['1', '120'],
    'spectralnorm': ['8'],
    'strdict': ['1'],
}

# collects what the program prints instead of writing it to fd 1
CAPTURE = '''
_printed = []
def print(*args):
    _printed.append(' '.join([str(arg) for arg in args]))
'''


def test_every_program_has_tiny_arguments():
    names = sorted(name[:-3] for name in os.listdir(BENCH)
                   if name.endswith('.py') and
                   name[:-3] not in ('run', 'instructions'))
    assert names == sorted(TINY)


def cpython_output(path, args):
    try:
        out = subprocess.check_output(['python3', path] + args)
    except OSError:
        pytest.skip('no python3')
    return out.decode('ascii').strip()


@pytest.mark.slow
@pytest.mark.parametrize('name', sorted(TINY))
def test_same_checksum_as_cpython(space, name):
    path = os.path.join(BENCH, name + '.py')
    args = TINY[name]
    with open(path) as f:
        source = f.read()
    w_sys_argv = space.getattr(space.sys, space.newtext('argv'))
    saved = space.listview(w_sys_argv)
    space.setattr(space.sys, space.newtext('argv'), space.newlist(
        [space.newtext(path)] + [space.newtext(arg) for arg in args]))
    try:
        w_globals = new_module_globals(space, '__main__', path)
        exec_app(space, CAPTURE, w_globals)
        exec_app(space, source, w_globals, filename=path)
    finally:
        space.setattr(space.sys, space.newtext('argv'), space.newlist(saved))
    w_printed = space.getitem(w_globals, space.newtext('_printed'))
    printed = '\n'.join(space.text_w(w_line)
                        for w_line in space.listview(w_printed))
    assert printed == cpython_output(path, args)
