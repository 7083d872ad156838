"""Count the instructions each benchmark of bench/ executes on two (or
more) interpreters, and print them side by side with their ratio to the
first one.

    python3 bench/instructions.py BINARY [BINARY ...] [--names a,b]

Meant for comparing builds of pypy-c, e.g. with and without transparent
proxies (docs/transparent-proxies.rst, "What proxies cost"):

    python3 bench/instructions.py ./pypy-c ./pypy-c-notproxy

Instruction counts come from valgrind's cachegrind with the cache
simulation off ("I refs"): unlike times, they are the same from one run
to the next for the same binary and input, whatever else the machine
does, so a 1 % difference is a real one.  Each program runs at a small
size (SMALL below, a few hundred million instructions) so that the run
under valgrind stays short; start-up is included in every count.
"""

import argparse
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# program -> its arguments for this measurement
SMALL = {
    'exceptions': ['100'],
    'fannkuch': ['7'],
    'generators': ['45'],
    'nbody': ['20000'],
    'proxy_overhead': ['2'],
    'pystone': ['40000'],
    'raytrace': ['60'],
    'richards': ['2', '1000'],
    'spectralnorm': ['100'],
    'strdict': ['45'],
}

_IREFS = re.compile(r'I\s+refs:\s+([\d,]+)')


def count(binary, name):
    """(instructions, output) of one run of bench/<name>.py."""
    command = ['valgrind', '--tool=cachegrind', '--cache-sim=no',
               '--cachegrind-out-file=/dev/null', binary,
               os.path.join(HERE, name + '.py')] + SMALL[name]
    proc = subprocess.run(command, capture_output=True, text=True)
    found = _IREFS.search(proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit('%s %s failed:\n%s' % (binary, name,
                                                proc.stderr[-2000:]))
    return int(found.group(1).replace(',', '')), proc.stdout


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('binaries', nargs='+')
    parser.add_argument('--names', help='comma-separated programs '
                        '(default: all of SMALL)')
    args = parser.parse_args(argv)
    names = args.names.split(',') if args.names else sorted(SMALL)
    binaries = [os.path.abspath(b) for b in args.binaries]
    for i, binary in enumerate(binaries):
        print('[%d] %s' % (i, binary))
    header = '%-15s' % 'program'
    for i in range(len(binaries)):
        header += '%16s' % ('[%d] instr' % i)
        if i:
            header += '%9s' % 'ratio'
    print(header)
    print('-' * len(header))
    logs = [[] for b in binaries]
    failed = False
    for name in names:
        line = '%-15s' % name
        first = None
        for i, binary in enumerate(binaries):
            instructions, output = count(binary, name)
            line += '%16s' % '{:,}'.format(instructions)
            if i == 0:
                first = (instructions, output)
                continue
            if output != first[1]:
                line += '%9s' % 'OUTPUT?'
                failed = True
            else:
                ratio = float(instructions) / first[0]
                logs[i].append(math.log(ratio))
                line += '%9.4f' % ratio
        print(line)
        sys.stdout.flush()
    print('-' * len(header))
    line = '%-15s' % 'geometric mean'
    for i in range(len(binaries)):
        line += '%16s' % ''
        if i:
            values = logs[i]
            line += '%9.4f' % (math.exp(sum(values) / len(values))
                               if values else float('nan'))
    print(line)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
