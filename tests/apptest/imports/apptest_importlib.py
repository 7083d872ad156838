"""importlib, pkgutil and runpy on top of the import system:
import_module, reload, util.find_spec, the path hook of sys.path_hooks,
pkgutil.iter_modules, runpy.run_path and run_module."""

import importlib
import importlib.util
import os
import pkgutil
import runpy
import sys
import tempfile


def make_package(files):
    directory = tempfile.mkdtemp()
    for name, text in files.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    return directory


def test_import_module():
    json = importlib.import_module('json')
    assert json is sys.modules['json']
    decoder = importlib.import_module('.decoder', 'json')
    assert decoder is sys.modules['json.decoder']
    try:
        importlib.import_module('no_such_module_here')
    except ModuleNotFoundError as e:
        assert e.name == 'no_such_module_here'
    else:
        assert False


def test_find_spec():
    spec = importlib.util.find_spec('email.mime')
    assert spec.name == 'email.mime'
    assert spec.submodule_search_locations
    assert spec.origin.endswith('__init__.py')
    assert importlib.util.find_spec('no_such_module_here') is None
    assert importlib.util.find_spec('sys').origin == 'built-in'


def test_reload_and_fresh_import():
    directory = make_package({'reloadme.py': 'VALUE = 1\n'})
    sys.path.insert(0, directory)
    try:
        module = importlib.import_module('reloadme')
        assert module.VALUE == 1
        with open(os.path.join(directory, 'reloadme.py'), 'w') as f:
            f.write('VALUE = 2  # changed, and longer than before\n')
        again = importlib.reload(module)
        assert again is module
        assert module.VALUE == 2
    finally:
        sys.path.remove(directory)
        sys.modules.pop('reloadme', None)


def test_path_hook():
    directory = tempfile.mkdtemp()
    finder = pkgutil.get_importer(directory)
    assert finder is not None
    assert pkgutil.get_importer(os.path.join(directory, 'missing')) is None


def test_iter_modules():
    directory = make_package({'pkg/__init__.py': '', 'pkg/a.py': '',
                              'pkg/sub/__init__.py': '', 'pkg/data.txt': '',
                              'pkg/nopkg/readme.txt': ''})
    infos = list(pkgutil.iter_modules([os.path.join(directory, 'pkg')]))
    assert sorted((m.name, m.ispkg) for m in infos) == [('a', False),
                                                        ('sub', True)]
    names = [m.name for m in pkgutil.iter_modules(
        [os.path.join(directory, 'pkg')], 'pkg.')]
    assert sorted(names) == ['pkg.a', 'pkg.sub']


def test_iter_modules_of_stdlib_package():
    import email
    names = [m.name for m in pkgutil.iter_modules(email.__path__)]
    assert 'mime' in names and 'utils' in names


def test_run_path():
    directory = make_package({'script.py': 'x = 6 * 7\nname = __name__\n'})
    result = runpy.run_path(os.path.join(directory, 'script.py'))
    assert result['x'] == 42
    assert result['name'] == '<run_path>'
    result = runpy.run_path(os.path.join(directory, 'script.py'),
                            run_name='custom')
    assert result['name'] == 'custom'


def test_run_module():
    directory = make_package({'runme.py': 'answer = 42\n'})
    sys.path.insert(0, directory)
    try:
        result = runpy.run_module('runme')
        assert result['answer'] == 42
        assert result['__name__'] == 'runme'
    finally:
        sys.path.remove(directory)
