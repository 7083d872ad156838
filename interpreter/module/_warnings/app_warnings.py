"""The app-level body of `_warnings`: the filters, the registries and the
two functions that warnings.py takes from this module when it exists
(as it does from CPython's C module).  While `warnings` is imported, its
`filters`, `defaultaction`, `onceregistry` and `_showwarnmsg` are the
ones used, so that code changing them there is obeyed; before, the ones
here, and a warning is printed without the help of `warnings`."""

import sys

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = 'default'
_onceregistry = {}
# bumped whenever the filters change: a registry that remembers another
# version is cleared before use
_filters_version = [0]


def _filters_mutated():
    _filters_version[0] += 1


def _warnings_attr(name, try_import=False):
    """An attribute of the warnings module, or None while it is not
    imported (or lacks it)."""
    if try_import:
        import warnings
        module = warnings
    else:
        module = sys.modules.get('warnings')
        if module is None:
            return None
    return getattr(module, name, None)


def _get_filters():
    result = _warnings_attr('filters')
    if result is None:
        return filters
    if not isinstance(result, list):
        raise ValueError('_warnings.filters must be a list')
    return result


def _get_default_action():
    result = _warnings_attr('defaultaction')
    if result is None:
        return _defaultaction
    if not isinstance(result, str):
        raise TypeError('_warnings.defaultaction must be a string, '
                        'not %r' % (type(result).__name__,))
    return result


def _get_once_registry():
    result = _warnings_attr('onceregistry')
    if result is None:
        return _onceregistry
    if not isinstance(result, dict):
        raise TypeError('_warnings.onceregistry must be a dict, '
                        'not %r' % (type(result).__name__,))
    return result


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        # a plain-text filter (the default ones) matches exactly
        return pattern == text
    return bool(pattern.match(text))


def _get_filter(category, text, lineno, module):
    """The action of the first filter that matches, and the filter."""
    for i, item in enumerate(_get_filters()):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple"
                             % i)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            return action, item
    return _get_default_action(), None


def _already_warned(registry, key, should_set):
    """Whether the registry remembers key (after clearing it if the
    filters changed since it was filled); remember it if should_set."""
    version = registry.get('version')
    if version != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _source_line(filename, lineno):
    """The line of the file, or None (no linecache: this runs before the
    warnings module is there)."""
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, ValueError, TypeError):
        pass
    return None


def _show_warning(category, text, message, filename, lineno, source):
    show = _warnings_attr('_showwarnmsg', source is not None)
    if show is not None:
        if not callable(show):
            raise TypeError('warnings._showwarnmsg() must be set to a '
                            'callable')
        message_class = _warnings_attr('WarningMessage')
        if message_class is None:
            raise RuntimeError('unable to get warnings.WarningMessage')
        show(message_class(message, category, filename, lineno, None, None,
                           source))
        return
    stderr = sys.stderr
    if stderr is None:
        return
    stderr.write('%s:%s: %s: %s\n' % (filename, lineno, category.__name__,
                                      text))
    line = _source_line(filename, lineno)
    if line is not None and line.strip():
        stderr.write('  %s\n' % line.strip())


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError('module_globals must be a dict, not %r'
                        % (type(module_globals).__name__,))
    if module is None:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return None
    action, item = _get_filter(category, text, lineno, module)
    if action == 'error':
        raise message
    if action == 'ignore':
        return None
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'once':
            if registry is None:
                registry = _get_once_registry()
            if _already_warned(registry, (text, category), True):
                return None
        elif action == 'module':
            if (registry is not None and
                    _already_warned(registry, (text, category), True)):
                return None
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in '
                               'warnings.filters:\n %r' % (action, item))
    _show_warning(category, text, message, filename, lineno, source)
    return None


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % (type(category).__name__,))
    stacklevel = stacklevel.__index__()
    frame = sys._getframe(1)          # the caller of warn()
    if stacklevel <= 0 or _is_internal_frame(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        # frames of the import machinery do not count
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            stacklevel -= 1
    if frame is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = globals.get('__warningregistry__')
    if registry is None:
        registry = {}
        globals['__warningregistry__'] = registry
    module = globals.get('__name__')
    if not isinstance(module, str):
        module = '<string>'
    return warn_explicit(message, category, filename, lineno, module,
                         registry, None, source)
