"""The values of `errno`: Linux's error numbers, as the host knows them
(the translation host and the target are the same Linux)."""


from __future__ import absolute_import
import errno as _host_errno

# errno.h names the host's Python 2 may lack, with Linux's values
_LINUX_EXTRA = {'ENOTSUP': 95, 'ECANCELED': 125, 'EOWNERDEAD': 130,
                'ENOTRECOVERABLE': 131, 'ERFKILL': 132,
                'EKEYEXPIRED': 127, 'EKEYREJECTED': 129, 'EKEYREVOKED': 128,
                'EMEDIUMTYPE': 124, 'ENOKEY': 126, 'ENOMEDIUM': 123}

ERRNO_NAMES = {}
for _name in dir(_host_errno):
    if _name.startswith('E') and isinstance(getattr(_host_errno, _name),
                                            int):
        ERRNO_NAMES[_name] = getattr(_host_errno, _name)
for _name, _value in _LINUX_EXTRA.items():
    ERRNO_NAMES.setdefault(_name, _value)
del _name, _value


def _preferred_names():
    """{value: name}: for values with several names, the one CPython's
    errorcode gives (the last one in its table: the names below)."""
    preferred = {}
    for name, value in sorted(ERRNO_NAMES.items()):
        preferred.setdefault(value, name)
    for name in ['EDEADLOCK', 'ENOTSUP']:
        if name in ERRNO_NAMES:
            preferred[ERRNO_NAMES[name]] = name
    return preferred


def errorcode(space):
    """errno.errorcode: {value: name}."""
    w_dict = space.newdict()
    for value, name in sorted(_preferred_names().items()):
        space.setitem(w_dict, space.newint(value), space.newtext(name))
    return w_dict


def _make_constants():
    for name, value in ERRNO_NAMES.items():
        func = lambda space, value=value: space.newint(value)
        func.__name__ = 'constant_' + name
        globals()[func.__name__] = func


_make_constants()
