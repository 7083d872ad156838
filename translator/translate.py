"""Translate the interpreter: `make pypy-c OPTS=...` runs this.

    translate.py [--opt=2|jit] [interpreter options] [--output=NAME]

Options that belong to rpython itself (--opt, --lldebug, ...) go before
the target, the interpreter's options (translator/options.py) after it,
as rpython expects.  The binary is written to the project root as
`pypy-c` plus the non-default options (e.g. `pypy-c-notproxy`) unless
--output names it.  rpython's timer summary, printed at the end, says
where the time went.
"""

from __future__ import absolute_import

import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, TOP)

from translator.options import get_pypy_config, parse_options, \
    executable_suffix

RPYTHON_PREFIXES = ('--opt', '-O', '--lldebug', '--gc', '--jit',
                    '--no-shared', '--make-jobs', '--source', '--annotate',
                    '--rtype', '--view', '--pdb')


def main(argv):
    rpython_args = []
    our_args = []
    output = None
    for arg in argv:
        if arg.startswith('--output='):
            output = arg[len('--output='):]
        elif arg.startswith(RPYTHON_PREFIXES):
            rpython_args.append(arg)
        else:
            our_args.append(arg)
    config = get_pypy_config()
    parse_options(config, our_args)        # fail early on a bad option
    if output is None:
        output = os.path.join(TOP, 'pypy-c' + executable_suffix(config))
    target = os.path.join(TOP, 'goal', 'targetpypystandalone.py')
    sys.argv = (['rpython', '--batch', '--output=' + output] + rpython_args +
                [target] + our_args)
    from rpython.translator.goal.translate import main as rpython_main
    rpython_main()


if __name__ == '__main__':
    main(sys.argv[1:])
