"""The option tree: every option documented, parsing, binary names."""

from __future__ import absolute_import

import os

import pytest

from translator.options import (pypy_optiondescription, get_pypy_config,
                                parse_options, executable_suffix)

DOCS = os.path.join(os.path.dirname(__file__), '..', '..', 'docs',
                    'options.rst')


def all_option_paths(description, prefix=''):
    from rpython.config.config import OptionDescription
    for child in description._children:
        path = prefix + child._name
        if isinstance(child, OptionDescription):
            for sub in all_option_paths(child, path + '.'):
                yield sub
        else:
            yield path


def test_every_option_is_documented():
    with open(DOCS) as f:
        docs = f.read()
    paths = list(all_option_paths(pypy_optiondescription))
    assert 'objspace.withtproxy' in paths
    missing = [path for path in paths
               if '.. option:: %s\n' % path not in docs]
    assert missing == []


def test_parse_options():
    config = get_pypy_config()
    assert config.objspace.withtproxy
    parse_options(config, ['--no-withtproxy', '--objspace=std'])
    assert not config.objspace.withtproxy
    config = get_pypy_config()
    parse_options(config, ['--withtproxy'])
    assert config.objspace.withtproxy
    assert config.objspace.name == 'std'


def test_parse_options_rejects_unknown():
    with pytest.raises(SystemExit):
        parse_options(get_pypy_config(), ['--no-such-option'])


def test_executable_suffix():
    assert executable_suffix(get_pypy_config()) == ''
    config = get_pypy_config({'objspace.withtproxy': False})
    assert executable_suffix(config) == '-notproxy'
