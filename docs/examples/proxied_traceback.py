"""A proxied traceback re-raised: a traceback received from elsewhere (here
faked by a controller) is attached to a local exception, which is raised;
the printed traceback shows the proxied frames after the local ones."""

import sys
from __pypy__ import tproxy


class RemoteCode:
    co_filename = 'server.py'
    co_name = 'handle_request'


class RemoteFrame:
    f_code = RemoteCode()
    f_locals = {}
    f_globals = {}
    f_back = None


def remote_traceback():
    """A traceback of a frame that does not exist here."""
    try:
        raise ValueError
    except ValueError as e:
        local_tb = e.__traceback__
    fields = {'tb_frame': RemoteFrame(), 'tb_lineno': 12, 'tb_next': None,
              'tb_lasti': 0}

    def controller(opname, *args):
        if opname == '__getattribute__' and args[0] in fields:
            return fields[args[0]]
        return getattr(type(local_tb), opname)(local_tb, *args)
    return tproxy(type(local_tb), controller)


def call_server():
    raise ConnectionError('request failed').with_traceback(
        remote_traceback())


def main():
    try:
        call_server()
    except ConnectionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        assert names == ['main', 'call_server', 'handle_request'], names
        sys.excepthook(type(e), e, e.__traceback__)   # prints all three


main()
