"""The bootstrap: a second run is a no-op, and the pieces are there."""

from __future__ import absolute_import

import os
import subprocess

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def test_second_run_does_nothing():
    # the test suite runs after a bootstrap, so this is the second run
    proc = subprocess.Popen(['bash', os.path.join(TOP, 'translator',
                                                  'toolchain.sh')],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    assert proc.returncode == 0
    assert out == '' and err == ''


def test_pieces_are_there():
    tc = os.path.join(TOP, '.toolchain')
    assert os.path.isfile(os.path.join(tc, 'lib-python', 'os.py'))
    assert os.path.isdir(os.path.join(tc, 'lib-python', 'test'))
    assert os.path.isfile(os.path.join(tc, 'rpython', 'rpython',
                                       '__init__.py'))
    assert os.access(os.path.join(tc, 'bin', 'hostpython'), os.X_OK)


def test_no_registry_host_in_the_script():
    with open(os.path.join(TOP, 'translator', 'toolchain.sh')) as f:
        script = f.read()
    assert 'deb.debian.org' not in script
    assert 'pypi.org' not in script
    assert 'http://' not in script and 'https://' not in script
