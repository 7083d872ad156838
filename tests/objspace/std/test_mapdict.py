"""Maps (objspace/std/mapdict.py): sharing, indexes, deletion; and the
map storage of user instances (objspace/std/instanceobject.py)."""

from __future__ import absolute_import

from objspace.std.mapdict import (Terminator, map_read, map_write,
                                  map_delete)
from tests.support import run_app, unwrap


def test_maps_are_shared():
    term = Terminator()
    storage1 = []
    storage2 = []
    map1 = map_write(term, storage1, 'x', 1)
    map1 = map_write(map1, storage1, 'y', 2)
    map2 = map_write(term, storage2, 'x', 10)
    map2 = map_write(map2, storage2, 'y', 20)
    assert map1 is map2
    assert map1.length == 2
    assert map1.find_index('x') == 0
    assert map1.find_index('y') == 1
    assert map1.find_index('z') == -1
    assert map1.names() == ['x', 'y']
    assert storage1 == [1, 2] and storage2 == [10, 20]
    # another order is another layout
    storage3 = []
    map3 = map_write(term, storage3, 'y', 0)
    map3 = map_write(map3, storage3, 'x', 0)
    assert map3 is not map1


def test_overwrite_keeps_map():
    term = Terminator()
    storage = []
    amap = map_write(term, storage, 'x', 1)
    assert map_write(amap, storage, 'x', 2) is amap
    assert storage == [2]
    assert map_read(amap, storage, 'x') == 2
    assert map_read(amap, storage, 'nope') is None


def test_delete_rebuilds_from_terminator():
    term = Terminator()
    storage = []
    amap = term
    for name, value in [('a', 1), ('b', 2), ('c', 3)]:
        amap = map_write(amap, storage, name, value)
    new_map, new_storage = map_delete(amap, storage, 'b')
    assert new_map.names() == ['a', 'c']
    assert new_storage == [1, 3]
    assert new_map is term.add_attribute('a').add_attribute('c')
    assert map_delete(amap, storage, 'zz') == (None, None)


def test_user_instances_share_maps(space):
    w_a1, w_a2 = space.fixedview(run_app(space, """
        A = type('A', (), {})
        a1 = A(); a1.x = 1; a1.y = 2
        a2 = A(); a2.x = 3; a2.y = 4
        (a1, a2)
    """))
    assert w_a1.map is w_a2.map
    assert w_a1.map.names() == ['x', 'y']
    assert w_a1.w__dict is None          # no dict was made
    assert space.int_w(w_a2.storage_w[1]) == 4


def test_dict_access_devolves(space):
    w_a = run_app(space, """
        A = type('A', (), {})
        a = A(); a.x = 1
        a.__dict__['y'] = 2
        a
    """)
    assert w_a.w__dict is not None
    assert w_a.map is space.type(w_a).terminator
    assert unwrap(space, w_a.w__dict) == {u'x': 1, u'y': 2}
    assert unwrap(space, run_app(space, """
        A = type('A', (), {})
        a = A(); a.x = 1
        d = a.__dict__
        a.y = 2
        del a.x
        d
    """)) == {u'y': 2}
