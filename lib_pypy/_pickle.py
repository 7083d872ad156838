"""`_pickle` for pypy-c: CPython 3.11's own pure-Python pickler
(`pickle._Pickler`), with one rule added: a transparent proxy is never
pickled by reading it as the type it claims to be.  Pickling one raises
TypeError, unless the pickler's `persistent_id` gives it an id (the way to
pickle references to remote or persistent objects).

`pickle.py` imports from `_pickle` twice: `PickleBuffer` at the top (we
have none: it gets ImportError and does without), then at the bottom the
picklers and functions that replace its pure-Python ones.  By then the
module `pickle` defines everything we build on, so the names below are
made on first access (PEP 562's module `__getattr__`), never at import
time, whichever of `pickle` and `_pickle` is imported first.
"""

import sys

try:
    from __pypy__ import get_tproxy_controller as _get_controller
except ImportError:
    # built without transparent proxies: nothing to refuse
    def _get_controller(obj):
        return None

_EXPORTS = ('PickleError', 'PicklingError', 'UnpicklingError', 'Pickler',
            'Unpickler', 'dump', 'dumps', 'load', 'loads')


def __getattr__(name):
    if name in _EXPORTS:
        _build()
        return globals()[name]
    raise AttributeError("module '_pickle' has no attribute %r" % (name,))


def _build():
    if 'Pickler' in globals():
        return
    import pickle as py
    import io

    class Pickler(py._Pickler):
        __doc__ = py._Pickler.__doc__

        def save(self, obj, save_persistent_id=True):
            if _get_controller(obj) is not None and (
                    not save_persistent_id or self.persistent_id(obj) is None):
                raise TypeError("cannot pickle a transparent proxy of %r"
                                % type(obj).__name__)
            py._Pickler.save(self, obj, save_persistent_id)

    Pickler.__module__ = '_pickle'
    Pickler.__qualname__ = 'Pickler'

    def dump(obj, file, protocol=None, *, fix_imports=True,
             buffer_callback=None):
        Pickler(file, protocol, fix_imports=fix_imports,
                buffer_callback=buffer_callback).dump(obj)

    def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
        f = io.BytesIO()
        dump(obj, f, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback)
        return f.getvalue()

    dump.__qualname__ = 'dump'
    dumps.__qualname__ = 'dumps'
    names = globals()
    names.update(PickleError=py.PickleError, PicklingError=py.PicklingError,
                 UnpicklingError=py.UnpicklingError, Unpickler=py._Unpickler,
                 load=py._load, loads=py._loads, dump=dump, dumps=dumps)
    # last: its presence says the module is complete
    names['Pickler'] = Pickler
