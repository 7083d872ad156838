"""A proxy that logs every access to a dict, with the arguments, using
ProxyOperation's readable repr."""

from tputil import make_proxy


def logged(mapping, log):
    def controller(operation):
        log.append(repr(operation))
        return operation.delegate()
    return make_proxy(controller, obj=mapping)


def main():
    log = []
    d = logged({}, log)
    d['a'] = 1
    d.get('a')
    'a' in d
    del d['a']
    for line in log:
        print(line)
    assert log == ["<ProxyOperation dict.__setitem__('a', 1)>",
                   "<ProxyOperation dict.__getattribute__('get')>",
                   "<ProxyOperation dict.get('a')>",
                   "<ProxyOperation dict.__contains__('a')>",
                   "<ProxyOperation dict.__delitem__('a')>"]


main()
