"""breakpoint(): calls sys.breakpointhook (see sys/app_breakpoint.py)."""


def breakpoint(*args, **kws):
    """breakpoint(*args, **kws)

Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept
whatever arguments are passed.

By default, this drops you into the pdb debugger."""
    import sys
    try:
        hook = sys.breakpointhook
    except AttributeError:
        raise RuntimeError('lost sys.breakpointhook') from None
    return hook(*args, **kws)
