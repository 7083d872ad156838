"""The translation lane: where the translated binary of the current
interpreter comes from (the `pypy_c` session fixture of tests/conftest.py
calls get_binary).

The binary is `.cache/pypy-c-<hash>`, where <hash> covers every *.py file
under interpreter/, objspace/, translator/ and goal/ plus the rpython
version, so that a binary is reused until a source changes.  When it does
not exist yet, the tests that need it are skipped unless pytest runs with
--translate, which translates it once for the session with

    .toolchain/bin/hostpython translator/translate.py --output=...

printing the progress lines of rpython (the whole output is kept in
.cache/pypy-c-<hash>.log).  --translated-binary=PATH (or $PYPY_C_BINARY)
tests an existing binary instead.  Only the KEEP newest binaries are kept.
"""

from __future__ import absolute_import

import fcntl
import glob
import os
import subprocess
import sys
import time
import warnings

import pytest

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
CACHE = os.path.join(TOP, '.cache')
SOURCE_DIRS = ('interpreter', 'objspace', 'translator', 'goal')
KEEP = 3


def rpython_version():
    """The version of the rpython of the toolchain."""
    import rpython
    pkg_info = os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(rpython.__file__))), 'PKG-INFO')
    try:
        with open(pkg_info) as f:
            for line in f:
                if line.startswith('Version:'):
                    return line.split(':', 1)[1].strip()
    except IOError:
        pass
    return os.path.dirname(os.path.abspath(rpython.__file__))


def sources_hash():
    """A hash of the interp-level sources and of the rpython version."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        import hashlib
    digest = hashlib.sha1()
    digest.update('rpython %s\n' % (rpython_version(),))
    for dirname in SOURCE_DIRS:
        paths = []
        for dirpath, dirnames, filenames in os.walk(os.path.join(TOP,
                                                                 dirname)):
            for filename in filenames:
                if filename.endswith('.py'):
                    paths.append(os.path.join(dirpath, filename))
        for path in sorted(paths):
            with open(path, 'rb') as f:
                data = f.read()
            digest.update('%s %d\n' % (os.path.relpath(path, TOP),
                                       len(data)))
            digest.update(data)
    return digest.hexdigest()[:16]


def _terminal(config):
    return config.pluginmanager.getplugin('terminalreporter')


def _say(config, text):
    reporter = _terminal(config)
    if reporter is not None:
        reporter.write_line(text)
    else:
        sys.stderr.write(text + '\n')


def _remove_old_files(current):
    """Keep the KEEP newest binaries (with `current`) and their logs;
    remove the other binaries, logs and lock files."""
    binaries = [path for path in glob.glob(os.path.join(CACHE, 'pypy-c-*'))
                if '.' not in os.path.basename(path)]
    binaries.sort(key=os.path.getmtime, reverse=True)
    kept = set([current] + [path for path in binaries
                            if path != current][:KEEP - 1])
    for path in glob.glob(os.path.join(CACHE, 'pypy-c-*')):
        if path.endswith('.lock'):
            base = path[:-len('.lock')]
        elif path.endswith('.log'):
            base = path[:-len('.log')]
        else:
            base = path
        if base not in kept and '.tmp' not in path:
            try:
                os.remove(path)
            except OSError:
                pass


def translate(config, output):
    """Translate the interpreter into `output`; pytest.fail with the end
    of the log if that fails."""
    log_path = output + '.log'
    tmp_output = '%s.tmp%d' % (output, os.getpid())
    args = [sys.executable, os.path.join(TOP, 'translator', 'translate.py'),
            '--output=' + tmp_output]
    capman = config.pluginmanager.getplugin('capturemanager')
    start = time.time()
    with capman.global_and_fixture_disabled():
        _say(config, '\ntranslating the interpreter into %s (log: %s)'
             % (output, log_path))
        with open(log_path, 'w') as log:
            proc = subprocess.Popen(args, cwd=TOP, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT)
            for line in iter(proc.stdout.readline, ''):
                log.write(line)
                log.flush()
                if '[translation:info]' in line or \
                        '[translation:ERROR]' in line:
                    _say(config, '  [%4ds] %s' % (time.time() - start,
                                                  line.rstrip()[:150]))
            returncode = proc.wait()
        _say(config, 'translation %s after %d s'
             % ('done' if returncode == 0 else 'FAILED',
                time.time() - start))
    if returncode != 0 or not os.path.exists(tmp_output):
        with open(log_path) as f:
            tail = f.readlines()[-60:]
        pytest.fail('translation failed (exit status %s); end of %s:\n%s'
                    % (returncode, log_path, ''.join(tail)), pytrace=False)
    os.rename(tmp_output, output)


def get_binary(config):
    """The binary to test: the one given, else the cached one, else a new
    translation if --translate is given; None if there is none."""
    given = (config.getoption('translated_binary') or
             os.environ.get('PYPY_C_BINARY'))
    if given:
        given = os.path.abspath(os.path.expanduser(given))
        if not os.access(given, os.X_OK):
            raise pytest.UsageError('%s is not an executable' % (given,))
        return given
    if not os.path.isdir(CACHE):
        os.makedirs(CACHE)
    output = os.path.join(CACHE, 'pypy-c-' + sources_hash())
    if os.path.exists(output):
        return output
    if not config.getoption('translate'):
        return None
    with open(output + '.lock', 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # another run may translate it
        if not os.path.exists(output):
            try:
                translate(config, output)
            finally:
                _remove_old_files(output)
    return output
