"""sys.breakpointhook: what breakpoint() calls (PEP 553)."""


def breakpointhook(*args, **kws):
    """This hook function is called by built-in breakpoint().

By default it calls pdb.set_trace(); the PYTHONBREAKPOINT environment
variable names another callable ('module.function'), or '0' to make
breakpoint() do nothing."""
    import sys
    hookname = None
    if not sys.flags.ignore_environment:
        import os
        hookname = os.environ.get('PYTHONBREAKPOINT')
    if not hookname:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modname, dot, funcname = hookname.rpartition('.')
    if not dot:
        modname = 'builtins'
    try:
        __import__(modname)
        hook = getattr(sys.modules[modname], funcname)
    except Exception:
        import warnings
        # blame the caller of breakpoint() (a builtin in CPython)
        level = 2
        if sys._getframe(1).f_code is _builtin_breakpoint_code():
            level = 3
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"'
                      % hookname, RuntimeWarning, stacklevel=level)
        return None
    return hook(*args, **kws)


def _builtin_breakpoint_code():
    import builtins
    return getattr(builtins.breakpoint, '__code__', None)
