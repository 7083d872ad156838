"""A list controller that records the history of the operations done on
a list: a proxy of list stands in for the real one."""

from tputil import make_proxy


def recording_list(items):
    history = []

    def controller(operation):
        history.append(operation.opname)
        return operation.delegate()
    return make_proxy(controller, obj=list(items)), history


def main():
    numbers, history = recording_list([3, 1])
    numbers.append(2)
    numbers.sort()
    print(numbers, len(numbers))
    assert type(numbers) is list
    print(history)
    # print()'s arguments are evaluated first: len() before str()
    assert history == ['__getattribute__', 'append', '__getattribute__',
                       'sort', '__len__', '__str__']


main()
