"""The _warnings module (warnings.py takes filters, warn, warn_explicit
from it): filters and actions, registries, categories, stack levels, the
errors of bad arguments."""

import sys
import warnings
import _warnings


def test_warnings_uses_builtin_module():
    assert warnings.filters is _warnings.filters
    assert warnings.warn is _warnings.warn
    assert warnings.warn_explicit is _warnings.warn_explicit
    assert warnings.onceregistry is _warnings._onceregistry
    assert _warnings._defaultaction == 'default'


def test_default_filters():
    actions = [(f[0], f[2]) for f in _warnings.filters]
    assert ('ignore', ImportWarning) in actions
    assert ('ignore', ResourceWarning) in actions
    assert ('ignore', PendingDeprecationWarning) in actions


def test_record_and_category():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        warnings.warn('plain')
        warnings.warn('old', DeprecationWarning)
        warnings.warn(RuntimeWarning('instance'))
    assert [str(w.message) for w in log] == ['plain', 'old', 'instance']
    assert [w.category for w in log] == [UserWarning, DeprecationWarning,
                                         RuntimeWarning]
    assert log[0].filename == __file__
    assert isinstance(log[0].message, UserWarning)


def helper(message):
    warnings.warn(message, stacklevel=2)


def test_stacklevel():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        helper('level two'); line = sys._getframe().f_lineno
    assert log[0].lineno == line
    assert log[0].filename == __file__


def test_error_action_raises():
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            warnings.warn('boom', UserWarning)
        except UserWarning as e:
            assert str(e) == 'boom'
        else:
            assert False, 'no exception'


def test_ignore_and_message_filter():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        warnings.filterwarnings('ignore', message='skip.*')
        warnings.warn('skip me')
        warnings.warn('keep me')
    assert [str(w.message) for w in log] == ['keep me']


def test_default_action_once_per_location():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('default')
        for i in range(3):
            warnings.warn('repeated')
    assert len(log) == 1


def test_once_action():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('once')
        warnings.warn('once-only')
        warnings.warn('once-only')
    assert len(log) == 1


def test_registry_keys():
    registry = {}
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('default')
        warnings.warn_explicit('text', UserWarning, 'file.py', 7,
                               registry=registry)
        warnings.warn_explicit('text', UserWarning, 'file.py', 7,
                               registry=registry)
    assert len(log) == 1
    assert registry[('text', UserWarning, 7)] is True
    assert 'version' in registry


def test_warn_explicit_module_filter():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        warnings.filterwarnings('ignore', module='quiet')
        warnings.warn_explicit('a', UserWarning, 'quiet.py', 1)
        warnings.warn_explicit('b', UserWarning, 'loud.py', 1)
    assert [str(w.message) for w in log] == ['b']


def test_bad_category():
    try:
        warnings.warn('x', 1)
    except TypeError as e:
        assert str(e) == "category must be a Warning subclass, not 'int'"
    else:
        assert False


def test_bad_registry():
    try:
        warnings.warn_explicit('x', UserWarning, 'f', 1, registry=[])
    except TypeError as e:
        assert str(e) == "'registry' must be a dict or None"
    else:
        assert False


def test_unknown_action():
    with warnings.catch_warnings():
        warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
        try:
            warnings.warn('x')
        except RuntimeError as e:
            assert str(e).startswith("Unrecognized action ('bogus')")
        else:
            assert False


def test_showwarning_override():
    seen = []
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.showwarning = lambda *args: seen.append(args[:2])
        warnings.warn('shown')
    assert seen == [(seen[0][0], UserWarning)]
    assert str(seen[0][0]) == 'shown'
