"""interpreter/matching.py: what counts as a sequence or a mapping for
`match`.  Classes other than the builtin ones are asked about through
`_collections_abc` when it has been imported; here a stand-in module
plays its part."""

from tests.support import run_app, unwrap

SOURCE = '''
import sys

class Sequence:
    pass

class Mapping:
    pass

fake = type(sys)('_collections_abc')
fake.Sequence = Sequence
fake.Mapping = Mapping
saved = sys.modules.get('_collections_abc')
sys.modules['_collections_abc'] = fake

class Seq(Sequence):
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([10, 20])

class Map(Mapping):
    def __len__(self):
        return 1
    def get(self, key, default=None):
        return 'v' if key == 'k' else default

class Plain:
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([10, 20])

def kind(x):
    match x:
        case [a, b]:
            return ('seq', a, b)
        case {'k': v}:
            return ('map', v)
    return 'other'

try:
    result = [kind(Seq()), kind(Map()), kind(Plain()), kind('ab'),
              kind(b'ab'), kind([1, 2]), kind({'k': 1})]
finally:
    if saved is None:
        del sys.modules['_collections_abc']
    else:
        sys.modules['_collections_abc'] = saved
'''


def test_sequence_and_mapping_through_collections_abc(space):
    result = unwrap(space, run_app(space, SOURCE, name='result'))
    assert result == [('seq', 10, 20), ('map', 'v'), 'other', 'other',
                      'other', ('seq', 1, 2), ('map', 1)]
