"""Run the machine's CPython 3 (the oracle) on sources, in one subprocess
per batch.  Used by the differential tests."""

import json
import os
import subprocess
import tempfile

try:
    from distutils.spawn import find_executable
except ImportError:
    find_executable = None

PYTHON3 = find_executable('python3') if find_executable else None

_SCRIPT = r'''
import ast, json, sys
out = []
for path in json.load(open(sys.argv[1])):
    src = open(path, 'rb').read()
    try:
        tree = ast.parse(src)
        out.append({'ok': True, 'dump': ast.dump(tree),
                    'dump_attrs': ast.dump(tree, include_attributes=True)})
    except SyntaxError as e:
        out.append({'ok': False, 'cls': type(e).__name__, 'msg': e.msg,
                    'lineno': e.lineno, 'offset': e.offset})
    try:
        compile(src, path, 'exec')
    except SyntaxError as e:
        if out[-1]['ok']:
            out[-1] = {'ok': False, 'cls': type(e).__name__, 'msg': e.msg,
                       'lineno': e.lineno, 'offset': e.offset}
json.dump(out, sys.stdout)
'''


def run_oracle(paths):
    """List of result dicts (see _SCRIPT), one per path."""
    fd, listing = tempfile.mkstemp(suffix='.json')
    os.write(fd, json.dumps(paths))
    os.close(fd)
    try:
        p = subprocess.Popen([PYTHON3, '-c', _SCRIPT, listing],
                             stdout=subprocess.PIPE)
        out, _ = p.communicate()
    finally:
        os.unlink(listing)
    return json.loads(out)
