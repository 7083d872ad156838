"""The option tree of the interpreter: every translation-time switch, one
documented option each (docs/options.rst documents them too; a test
checks that each option has its entry there).

Options are read only through `space.config.objspace.<name>`.
"""


from __future__ import absolute_import
from rpython.config.config import (OptionDescription, BoolOption,
                                   ChoiceOption, Config)

class NegatableBoolOption(BoolOption):
    """A BoolOption switched off by --no-<flag> (RPython's own negation
    of --withtproxy would be --withouttproxy)."""

    def add_optparse_option(self, argnames, parser, config):
        from rpython.config.config import BoolConfigUpdate
        parser.add_option(help=self.doc + " %default", action='callback',
                          callback=BoolConfigUpdate(config, self, True),
                          *argnames)
        no_argnames = ['--no-' + name.lstrip('-') for name in argnames]
        parser.add_option(help="unset " + argnames[0], action='callback',
                          callback=BoolConfigUpdate(config, self, False),
                          *no_argnames)


pypy_optiondescription = OptionDescription("pypy", "Interpreter options", [
    OptionDescription("objspace", "Object space options", [
        ChoiceOption("name", "Object space: the standard one, or the taint "
                     "space that tracks tainted values (not built yet)",
                     ["std"], "std", cmdline="--objspace"),
        NegatableBoolOption("withtproxy", "Support transparent proxies "
                   "(__pypy__.tproxy, pypymagic)",
                   default=True, cmdline="--withtproxy"),
        NegatableBoolOption("threads", "Real OS threads for _thread and "
                   "threading, with a GIL (translation.thread)",
                   default=True, cmdline="--threads"),
    ]),
    BoolOption("translating", "True while the interpreter is being "
               "translated (set by the target, not by users)",
               default=False, cmdline=None),
])


def get_pypy_config(overrides=None, translating=False):
    """A fresh Config of the interpreter's options, with `overrides`
    ({'objspace.name': 'std', ...}) applied."""
    config = Config(pypy_optiondescription)
    config.translating = translating
    if overrides:
        for key, value in overrides.items():
            parts = key.split('.')
            sub = config
            for part in parts[:-1]:
                sub = getattr(sub, part)
            setattr(sub, parts[-1], value)
    return config


def executable_suffix(config):
    """The non-default options, for the name of a translated binary
    (e.g. '-taint'); empty for the default build."""
    suffix = []
    if config.objspace.name != 'std':
        suffix.append(config.objspace.name)
    if not config.objspace.withtproxy:
        suffix.append('notproxy')
    if not config.objspace.threads:
        suffix.append('nothreads')
    return ''.join(['-' + s for s in suffix])


def parse_options(config, args):
    """Apply command-line options (--withtproxy, --objspace=std, ...) to
    config; an unknown option is an error."""
    from rpython.config.config import to_optparse
    parser = to_optparse(config)
    values, rest = parser.parse_args(args)
    if rest:
        raise SystemExit('unknown arguments: %s' % ' '.join(rest))
    return config
