"""bdb/pdb on top of sys.settrace: a scripted session (break, continue,
where, p, next, step, clear), post-mortem, breakpoint() and the
`profile` module."""

import io
import re
import sys


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def main():
    a = fact(3)
    b = fact(4)
    return a + b


def session(commands, function):
    import pdb
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO(commands), stdout=out,
                       nosigint=True, readrc=False)
    debugger.use_rawinput = False
    result = debugger.runcall(function)
    # the debugger's own frames (bdb.py's line numbers) vary by version
    text = re.sub(r'.*bdb\.py\(\d+\)runcall\(\)\n-> .*\n', '', out.getvalue())
    return result, text.replace(__file__, 'FILE')


def line_of(function, offset):
    return function.__code__.co_firstlineno + offset


def test_break_continue_where_print_next_step():
    result, text = session(
        'break fact\ncontinue\nwhere\np n\nnext\nnext\np r\nstep\n'
        'continue\nclear 1\ncontinue\n', main)
    assert result == 30
    f, m = line_of(fact, 0), line_of(main, 0)
    assert text.splitlines() == [
        '> FILE(%d)main()' % (m + 1), '-> a = fact(3)',
        '(Pdb) Breakpoint 1 at FILE:%d' % f,
        '(Pdb) > FILE(%d)fact()' % (f + 1), '-> r = 1',
        '  FILE(%d)main()' % (m + 1), '-> a = fact(3)',
        '> FILE(%d)fact()' % (f + 1), '-> r = 1',
        '(Pdb) 3',
        '(Pdb) > FILE(%d)fact()' % (f + 2),
        '-> for i in range(2, n + 1):',
        '(Pdb) > FILE(%d)fact()' % (f + 3), '-> r *= i',
        '(Pdb) 1',
        '(Pdb) > FILE(%d)fact()' % (f + 2),
        '-> for i in range(2, n + 1):',
        '(Pdb) > FILE(%d)fact()' % (f + 1), '-> r = 1',
        '(Pdb) Deleted breakpoint 1 at FILE:%d' % f,
        '(Pdb) ']


def test_return_and_until():
    result, text = session('step\nreturn\np r\ncontinue\n', main)
    assert result == 30
    f = line_of(fact, 0)
    lines = text.splitlines()
    assert lines[2:9] == [
        '(Pdb) --Call--', '> FILE(%d)fact()' % f, '-> def fact(n):',
        '(Pdb) --Return--', '> FILE(%d)fact()->6' % (f + 4), '-> return r',
        '(Pdb) 6']


def boom(x):
    y = x + 1
    raise ValueError(y)


def outer():
    boom(1)


def test_post_mortem():
    import pdb
    try:
        outer()
    except ValueError:
        tb = sys.exc_info()[2]
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO('where\np y\nup\np x\nquit\n'),
                       stdout=out, nosigint=True, readrc=False)
    debugger.use_rawinput = False
    debugger.reset()
    debugger.interaction(None, tb)
    text = out.getvalue().replace(__file__, 'FILE')
    b, o = line_of(boom, 0), line_of(outer, 0)
    assert text.splitlines()[:10] == [
        '> FILE(%d)boom()' % (b + 2), '-> raise ValueError(y)',
        '(Pdb)   FILE(%d)test_post_mortem()' % line_of(test_post_mortem, 3),
        '-> outer()',
        '  FILE(%d)outer()' % (o + 1), '-> boom(1)',
        '> FILE(%d)boom()' % (b + 2), '-> raise ValueError(y)',
        '(Pdb) 2',
        '(Pdb) > FILE(%d)outer()' % (o + 1)]


def test_breakpoint_uses_the_hook():
    calls = []
    old = sys.breakpointhook
    sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or 'done'
    try:
        assert breakpoint(1, x=2) == 'done'
    finally:
        sys.breakpointhook = old
    assert calls == [((1,), {'x': 2})]
    assert sys.__breakpointhook__ is not None


def test_lost_breakpointhook():
    old = sys.breakpointhook
    del sys.breakpointhook
    try:
        breakpoint()
    except RuntimeError as e:
        assert str(e) == 'lost sys.breakpointhook'
    else:
        assert False
    finally:
        sys.breakpointhook = old


def test_breakpointhook_honours_pythonbreakpoint():
    import os
    import warnings
    if sys.flags.ignore_environment:
        return      # (-E: the variable is not read)
    saved = os.environ.get('PYTHONBREAKPOINT')
    try:
        os.environ['PYTHONBREAKPOINT'] = '0'
        assert sys.breakpointhook() is None
        os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
        assert sys.breakpointhook([1, 2]) == 2
        os.environ['PYTHONBREAKPOINT'] = 'no_such_module_xyz.f'
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            assert sys.breakpointhook() is None
        assert str(caught[0].message) == \
            'Ignoring unimportable $PYTHONBREAKPOINT: "no_such_module_xyz.f"'
        assert caught[0].category is RuntimeWarning
    finally:
        if saved is None:
            del os.environ['PYTHONBREAKPOINT']
        else:
            os.environ['PYTHONBREAKPOINT'] = saved


def test_profile_module():
    import profile
    import pstats
    profiler = profile.Profile()
    assert profiler.runcall(main) == 30
    stats = pstats.Stats(profiler, stream=io.StringIO())
    counts = dict((key[2], value[1]) for key, value in stats.stats.items())
    assert counts['fact'] == 2 and counts['main'] == 1
