"""Run the benchmark programs of bench/ on several interpreters, side
by side, and print a table of median times.

    python3 bench/run.py [-n RUNS] [--pypy-c PATH] [--size ARG] [name ...]

The interpreters: our pypy-c (./pypy-c, else the newest
.cache/pypy-c-*, or --pypy-c), the python3 that runs this script, and
pypy3 when it is on PATH.  Each round runs every program once on every
interpreter, interleaved, so that a change in the machine's load hits
them alike; the figure is the median over the rounds of the CPU time
(user + system) of the whole process, start-up included, which a busy
machine disturbs less than the wall-clock time (--wall measures that
instead).  The ratios are to CPython's time; the last line is their
geometric mean.  Every program prints a checksum: a result that differs
from CPython's is reported as an error.
"""

import argparse
import glob
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
# the files of bench/ that are tools, not benchmark programs
TOOLS = ('run', 'instructions')


def programs():
    names = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.py'))):
        name = os.path.basename(path)[:-3]
        if name not in TOOLS:
            names.append(name)
    return names


def find_pypy_c(explicit):
    if explicit:
        return os.path.abspath(explicit)
    local = os.path.join(TOP, 'pypy-c')
    if os.access(local, os.X_OK):
        return local
    found = [path for path in glob.glob(os.path.join(TOP, '.cache',
                                                     'pypy-c-*'))
             if os.access(path, os.X_OK) and not os.path.splitext(path)[1]]
    if not found:
        return None
    return max(found, key=os.path.getmtime)


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(interpreter, name, size, wall):
    """(seconds, output) of one run: the child's CPU time, or the wall
    clock time with wall=True."""
    command = [interpreter, os.path.join(HERE, name + '.py')]
    if size is not None:
        command.append(str(size))
    start = time.perf_counter()
    start_cpu = cpu_of_children()
    proc = subprocess.run(command, capture_output=True, text=True)
    if wall:
        elapsed = time.perf_counter() - start
    else:
        elapsed = cpu_of_children() - start_cpu
    if proc.returncode != 0:
        return elapsed, 'exit %d: %s' % (proc.returncode,
                                          proc.stderr.strip()[-200:])
    return elapsed, proc.stdout.strip()


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('-n', '--runs', type=int, default=3,
                        help='rounds (the median is reported; default 3)')
    parser.add_argument('--pypy-c', help='the pypy-c binary to measure')
    parser.add_argument('--size', help='the argument given to every '
                        'program (default: their own, 1-3 s on CPython)')
    parser.add_argument('--wall', action='store_true',
                        help='measure wall-clock time, not CPU time')
    parser.add_argument('names', nargs='*', help='programs to run '
                        '(default: all)')
    args = parser.parse_args(argv)
    names = args.names or programs()

    interpreters = []
    pypy_c = find_pypy_c(args.pypy_c)
    if pypy_c is None:
        print('no pypy-c found (make pypy-c, or --pypy-c PATH)',
              file=sys.stderr)
    else:
        interpreters.append(('pypy-c', pypy_c))
    interpreters.append(('CPython', sys.executable))
    pypy3 = shutil.which('pypy3')
    if pypy3:
        interpreters.append(('pypy3', pypy3))
    for label, path in interpreters:
        print('%-8s %s' % (label, path))
    print()

    times = {}
    outputs = {}
    for round_number in range(args.runs):
        for name in names:
            for label, path in interpreters:
                elapsed, output = run_once(path, name, args.size,
                                           args.wall)
                times.setdefault((name, label), []).append(elapsed)
                outputs.setdefault((name, label), output)

    header = '%-14s' % 'benchmark'
    for label, path in interpreters:
        header += '%12s' % (label + ' s')
        if label != 'CPython':
            header += '%10s' % 'ratio'
    print(header)
    print('-' * len(header))
    ratios = {label: [] for label, path in interpreters}
    errors = []
    for name in names:
        line = '%-14s' % name
        reference = statistics.median(times[(name, 'CPython')])
        expected = outputs[(name, 'CPython')]
        for label, path in interpreters:
            median = statistics.median(times[(name, label)])
            line += '%12.3f' % median
            if label == 'CPython':
                continue
            if outputs[(name, label)] != expected:
                line += '%10s' % 'ERROR'
                errors.append('%s on %s: %r, CPython: %r' % (
                    name, label, outputs[(name, label)], expected))
            else:
                ratio = median / reference
                ratios[label].append(ratio)
                line += '%10.2f' % ratio
        print(line)
    print('-' * len(header))
    line = '%-14s' % 'geometric mean'
    for label, path in interpreters:
        line += '%12s' % ''
        if label != 'CPython':
            values = ratios[label]
            if values:
                mean = math.exp(sum(math.log(r) for r in values) /
                                len(values))
                line += '%10.2f' % mean
            else:
                line += '%10s' % '-'
    print(line)
    print('(%s time in seconds, median of %d rounds; ratio: time / '
          'CPython\'s time, lower is faster)'
          % ('wall-clock' if args.wall else 'CPU', args.runs))
    for error in errors:
        print('ERROR', error)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
