"""MixedModule: a builtin module written partly at interp level and
partly at app level, its public names listed in two tables.

    interpleveldefs = {'name': 'interp_x.func'}   an interp-level object:
                       an interp2app or plain function (exposed as a
                       builtin), a W_Root, or 'space.w_xxx'; a trailing
                       '()' calls func(space) for the value
    appleveldefs    = {'name': 'app_x.func'}      a name defined by the
                       Python 3 file app_x.py in the module's package,
                       compiled and run by our interpreter at start-up
    applevel_parts  = ['app_a', 'app_b']          files run in this order
                       in one namespace (one app-level part in several
                       files)

The module is built completely when the space is made (before
translation), so nothing here runs in the translated binary.
"""


from __future__ import absolute_import
import os

from interpreter.gateway import interp2app
from interpreter.moduleobject import W_Module


class MixedModule(W_Module):
    is_builtin_module = True
    interpleveldefs = {}
    appleveldefs = {}
    applevel_name = None     # the app-level module name
    # app-level files that form one namespace, run in this order (a large
    # app-level part split into files that use each other's names); the
    # appleveldefs may name any of them
    applevel_parts = []

    @staticmethod
    def enabled(config):
        """Whether a build with these options has this module."""
        return True

    def __init__(self, space):
        W_Module.__init__(self, space, space.newtext(self.applevel_name))

    def _package(self):
        return self.__class__.__module__.rsplit('.', 1)[0]

    def install_interplevel(self, space):
        from interpreter.function import W_BuiltinFunction
        package = self._package()
        for name, spec in sorted(self.interpleveldefs.items()):
            w_value = self._interplevel_value(space, package, spec, name)
            if (isinstance(w_value, W_BuiltinFunction) and
                    w_value.w_self is None and w_value.w_module is None):
                w_value.w_module = self
            space.setitem(self.w_dict, space.newtext(name), w_value)

    def install_applevel(self, space):
        """Run the app-level parts (needs the builtins module ready)."""
        package = self._package()
        sources = {}
        if self.applevel_parts:
            w_shared = None
            for filename in self.applevel_parts:
                w_shared = self._run_applevel(space, package, filename,
                                              w_shared)
                sources[filename] = w_shared
        for name, spec in sorted(self.appleveldefs.items()):
            filename, attr = spec.split('.')
            if filename not in sources:
                sources[filename] = self._run_applevel(space, package,
                                                       filename)
            w_value = space.finditem_str(sources[filename], attr)
            assert w_value is not None, '%s not defined by %s' % (attr, spec)
            space.setitem(self.w_dict, space.newtext(name), w_value)

    def _interplevel_value(self, space, package, spec, name):
        if spec.startswith('space.'):
            return getattr(space, spec[len('space.'):])
        call = spec.endswith('()')
        if call:
            spec = spec[:-2]
        modname, attr = spec.rsplit('.', 1)
        mod = __import__(package + '.' + modname, None, None, [attr])
        value = getattr(mod, attr)
        if call:
            return value(space)
        if isinstance(value, interp2app):
            return value.get_function(space)
        if callable(value) and not hasattr(value, 'typedef'):
            return interp2app(value, app_name=name).get_function(space)
        return value

    def _run_applevel(self, space, package, filename, w_globals=None):
        """Compile and run the app-level file (in w_globals, or in a fresh
        namespace); return its globals."""
        from interpreter.astcompiler.compiler import compile_source
        pkgdir = os.path.dirname(__import__(package, None, None,
                                            ['__name__']).__file__)
        path = os.path.join(pkgdir, filename + '.py')
        with open(path) as f:
            source = f.read()
        code = compile_source(space, source, path, 'exec',
                              hidden_applevel=True)
        if w_globals is None:
            w_globals = space.newdict()
            space.setitem(w_globals, space.newtext('__name__'),
                          space.newtext(self.applevel_name))
            space.setitem(w_globals, space.newtext('__builtins__'),
                          space.builtin)
        frame = space.createframe(code, w_globals, w_globals)
        frame.run()
        return w_globals
