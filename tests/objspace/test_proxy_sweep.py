"""The type-equivalence sweep of transparent proxies: every method of
every builtin type and every builtin function is called with a proxy in
each argument position (a proxy that forwards to a real object of the
same value), and the call must

- never crash: an interp-level exception escaping (an AssertionError, a
  wrong-class cast...) is a bug, while an app-level exception is fine;
- give the same result as with the real object, when the real call
  succeeds and its result is a plain value.

The calls are listed from the app-level types themselves (their
__dict__), so a method added later is swept too.
"""

from __future__ import absolute_import

import pytest

from interpreter.error import OperationError
from tests.support import new_module_globals, exec_app

# about a minute untranslated: run by `make test`, not by `make test-fast`
pytestmark = pytest.mark.slow

SETUP = '''
from __pypy__ import tproxy

FACTORIES = {
    'int': lambda: 7, 'bool': lambda: True, 'float': lambda: 2.5,
    'complex': lambda: 1 + 2j, 'str': lambda: 'abc', 'bytes': lambda: b'ab',
    'bytearray': lambda: bytearray(b'ab'), 'list': lambda: [3, 1, 2],
    'tuple': lambda: (1, 2), 'dict': lambda: {'a': 1},
    'set': lambda: {1, 2}, 'frozenset': lambda: frozenset({1, 2}),
    'range': lambda: range(5), 'slice': lambda: slice(1, 3),
    'object': lambda: object(), 'type': lambda: int,
}

# the arguments tried for one- and two-argument calls (made fresh for
# each call: methods may mutate them)
ARGS_1 = [lambda: 1, lambda: 'a', lambda: [1, 2], lambda: (1,),
          lambda: {'a': 2}, lambda: b'a']
ARGS_2 = [(lambda: 0, lambda: 1), (lambda: 'a', lambda: 'b'),
          (lambda: 1, lambda: [4])]

PLAIN = (int, float, complex, str, bytes, bool, type(None), tuple, list,
         dict, set, frozenset, bytearray, range, slice)


def proxy_of(obj):
    def controller(opname, *args, **kwargs):
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return tproxy(type(obj), controller)


def outcome(func, args):
    """('ok', repr of a plain result or None) or ('error', class name)"""
    try:
        result = func(*args)
    except Exception as e:
        return ('error', type(e).__name__)
    if result is NotImplemented:
        # a binary method refusing the other operand: the operator then
        # tries the reflected method, which a proxy forwards (checked by
        # the apptests of operators)
        return ('notimplemented', None)
    if type(result) in PLAIN:
        try:
            return ('ok', repr(result))
        except Exception:
            return ('ok', None)
    return ('ok', None)
'''

BUILTIN_TYPES = ['int', 'bool', 'float', 'complex', 'str', 'bytes',
                 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset',
                 'range', 'slice', 'object', 'type']

# builtins that read input, stop the program or need the import system
SKIPPED_FUNCTIONS = set(['input', 'breakpoint', 'exit', 'quit', 'help',
                         '__import__', 'open', 'print', 'exec', 'eval',
                         'compile', 'copyright', 'credits', 'license'])

# results that depend on the object's identity (a proxy is another object)
IDENTITY_DEPENDENT = set(['id', 'object.__hash__', 'object.__repr__',
                          'object.__str__'])

# methods that wait or change global state whatever their arguments
SKIPPED_METHODS = set(['__init_subclass__', '__subclasshook__',
                       '__new__', '__init__', '__setattr__', '__delattr__',
                       'mro', '__reduce__', '__reduce_ex__', '__sizeof__',
                       '__class_getitem__', '__subclasses__'])


class Sweep(object):
    def __init__(self, space):
        self.space = space
        self.w_globals = new_module_globals(space)
        w_pypy = space.builtin_modules['__pypy__']
        space.setitem(self.w_globals, space.newtext('tproxy'),
                      space.getattr(w_pypy, space.newtext('tproxy')))
        exec_app(space, SETUP.replace('from __pypy__ import tproxy', ''),
                 self.w_globals)
        self.crashes = []
        self.mismatches = []

    def get(self, name):
        return self.space.getitem(self.w_globals, self.space.newtext(name))

    def factories(self, name):
        return self.space.listview(self.get(name))

    def call(self, w_func, factories_w, proxy_position, label):
        """Call w_func with fresh arguments, the one at proxy_position
        (or none when -1) replaced by a proxy; compare with the real
        call."""
        space = self.space
        real_args_w = [space.call_function(w_f) for w_f in factories_w]
        args_w = [space.call_function(w_f) for w_f in factories_w]
        if proxy_position >= 0:
            args_w[proxy_position] = space.call_function(
                self.get('proxy_of'), args_w[proxy_position])
        w_outcome = self.get('outcome')
        w_real = space.call_function(w_outcome, w_func,
                                     space.newtuple(real_args_w))
        try:
            w_proxied = space.call_function(w_outcome, w_func,
                                            space.newtuple(args_w))
        except OperationError:
            raise
        except Exception as e:
            self.crashes.append('%s, proxy at %d: %s: %s' % (
                label, proxy_position, e.__class__.__name__, e))
            return
        real = _unwrap(space, w_real)
        proxied = _unwrap(space, w_proxied)
        if proxied[0] == 'notimplemented' and proxy_position > 0:
            return
        if label in IDENTITY_DEPENDENT:
            return
        if real[0] == 'ok' and real[1] is not None and real != proxied:
            self.mismatches.append('%s, proxy at %d: %r != %r' % (
                label, proxy_position, proxied, real))

    def sweep_callable(self, w_func, nself, label):
        """Try w_func with nself receivers (0 or 1) and 0..2 arguments."""
        space = self.space
        self_factories_w = []
        if nself:
            self_factories_w = [self.self_factory]
        arg_lists = [[]]
        arg_lists += [[w_f] for w_f in self.factories('ARGS_1')]
        arg_lists += [space.listview(w_pair)
                      for w_pair in self.factories('ARGS_2')]
        for extra_w in arg_lists:
            factories_w = self_factories_w + extra_w
            for position in range(-1, len(factories_w)):
                self.call(w_func, factories_w, position, label)


def _unwrap(space, w_outcome):
    w_kind, w_value = space.fixedview(w_outcome)
    if space.is_none(w_value):
        return (space.text_w(w_kind), None)
    return (space.text_w(w_kind), space.text_w(w_value))


@pytest.fixture(scope='module')
def sweep(space):
    return Sweep(space)


@pytest.mark.parametrize('typename', BUILTIN_TYPES)
def test_methods_of_builtin_type(space, sweep, typename):
    w_factories = sweep.get('FACTORIES')
    sweep.self_factory = space.getitem(w_factories, space.newtext(typename))
    w_type = space.getattr(space.builtin, space.newtext(typename))
    w_dict = space.getattr(w_type, space.newtext('__dict__'))
    names = sorted(space.text_w(w_key) for w_key in
                   space.listview(space.call_method(w_dict, 'keys')))
    sweep.crashes = []
    sweep.mismatches = []
    for name in names:
        if name in SKIPPED_METHODS:
            continue
        w_method = space.getitem(w_dict, space.newtext(name))
        if space.lookup(w_method, '__call__') is None:
            continue
        if typename == 'type' and name == '__call__':
            continue
        sweep.sweep_callable(w_method, 1, '%s.%s' % (typename, name))
    assert sweep.crashes == []
    assert sweep.mismatches == []


def test_builtin_functions(space, sweep):
    w_builtins = space.builtin.w_dict
    names = sorted(space.text_w(w_key) for w_key in
                   space.listview(space.call_method(w_builtins, 'keys')))
    sweep.crashes = []
    sweep.mismatches = []
    w_function_type = space.type(space.getattr(space.builtin,
                                               space.newtext('len')))
    for name in names:
        if name in SKIPPED_FUNCTIONS or name.startswith('_'):
            continue
        w_func = space.getitem(w_builtins, space.newtext(name))
        if not space.is_w(space.type(w_func), w_function_type):
            continue
        sweep.sweep_callable(w_func, 0, name)
    assert sweep.crashes == []
    assert sweep.mismatches == []
