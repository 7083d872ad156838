"""A lazily loaded object: the proxy has the final type from the start,
and the (expensive) object is built by the first operation on it."""

from __pypy__ import tproxy


def lazy(typ, load):
    state = []

    def controller(opname, *args, **kwargs):
        if not state:
            state.append(load())
        obj = state[0]
        return getattr(type(obj), opname)(obj, *args, **kwargs)
    return tproxy(typ, controller), state


def main():
    loads = []

    def load_table():
        loads.append(1)
        return {'x': 1, 'y': 2}
    table, state = lazy(dict, load_table)
    assert type(table) is dict and loads == []     # not loaded yet
    assert table['y'] == 2                         # loaded now
    assert len(table) == 2 and loads == [1]        # and only once
    print('loaded', len(loads), 'time(s):', dict(table))


main()
