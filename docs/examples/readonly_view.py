"""A read-only view of a dict: reads go to the dict, every change raises
TypeError.  The view is a dict for every isinstance() check."""

from tputil import make_proxy

MUTATORS = {'__setitem__', '__delitem__', '__setattr__', '__delattr__',
            '__ior__', 'clear', 'pop', 'popitem', 'setdefault', 'update'}


def readonly(mapping):
    def controller(operation):
        if operation.opname in MUTATORS:
            raise TypeError('read-only view: %s is not allowed'
                            % operation.opname)
        return operation.delegate()
    return make_proxy(controller, obj=mapping)


def main():
    settings = {'debug': False, 'level': 3}
    view = readonly(settings)
    assert isinstance(view, dict)
    assert view['level'] == 3
    assert sorted(view) == ['debug', 'level']
    for change in (lambda: view.__setitem__('level', 4),
                   lambda: view.update(level=4),
                   lambda: view.pop('debug')):
        try:
            change()
        except TypeError as e:
            print(e)
        else:
            raise AssertionError('the view was changed')
    settings['level'] = 5           # the owner still can
    assert view['level'] == 5


main()
