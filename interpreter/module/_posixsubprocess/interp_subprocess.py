"""`_posixsubprocess.fork_exec`: what `subprocess.Popen` calls to start a
child on POSIX.  The parent converts every argument first; the child
(RPython code after fork(), running no Python code but `preexec_fn`)
rearranges its file descriptors, changes directory, umask, session and
ids, then tries each candidate executable.  A failure before or at exec
goes back through the error pipe as "ExceptionName:hex errno:detail",
the format subprocess.py parses ("noexec" when exec was never reached)."""

from __future__ import absolute_import

import errno
import os

from rpython.rlib import rposix, rsignal
from rpython.rlib.rarithmetic import intmask

from interpreter.error import OperationError, oefmt, wrap_oserror
from interpreter.gateway import unwrap_spec
from interpreter.module.posix.interp_posix import fsencode, fspath_w


def _fsbytes_w(space, w_obj):
    w_path = fspath_w(space, w_obj)
    if space.isinstance_w(w_path, space.w_bytes):
        data = space.bytes_w(w_path)
    else:
        data = fsencode(space.unicode_w(w_path))
    if '\x00' in data:
        raise oefmt(space.w_ValueError, "embedded null byte")
    return data


def _optional_id(space, w_value):
    if space.is_none(w_value):
        return -1
    return space.int_w(w_value)


def _write_error(fd, name, err, detail):
    """Tell the parent why the child failed (best effort: the child is
    about to _exit anyway)."""
    message = '%s:%x:%s' % (name, err, detail)
    try:
        rposix.write(fd, message)
    except OSError:
        pass


def _open_fds():
    """The descriptors open in this process (from /proc/self/fd, else the
    first thousand)."""
    try:
        names = rposix.listdir('/proc/self/fd')
    except OSError:
        return range(1024)
    fds = []
    for name in names:
        if name.isdigit():
            fds.append(int(name))
    return fds


def _child(space, args, executables, close_fds, fds_to_keep, cwd, has_cwd,
           env, has_env, p2cread, p2cwrite, c2pread, c2pwrite, errread,
           errwrite, errpipe_read, errpipe_write, restore_signals,
           call_setsid, pgid_to_set, gid, groups, has_groups, uid,
           child_umask, w_preexec_fn):
    """In the child: never returns."""
    reached_exec = False
    try:
        # the parent's ends of the pipes
        for fd in [p2cwrite, c2pread, errread, errpipe_read]:
            if fd != -1:
                os.close(fd)
        # the descriptors to keep are inherited by the new program
        for fd in fds_to_keep:
            if fd != errpipe_write:
                rposix.set_inheritable(fd, True)
        # move the child's ends out of the way of 0, 1 and 2 first
        if c2pwrite == 0:
            c2pwrite = rposix.dup(c2pwrite)
        while errwrite == 0 or errwrite == 1:
            errwrite = rposix.dup(errwrite)
        targets = [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)]
        for fd, target in targets:
            if fd == target:
                rposix.set_inheritable(fd, True)
            elif fd != -1:
                rposix.dup2(fd, target)
        closed = []
        for fd, target in targets:
            # (stderr=STDOUT gives the same descriptor twice)
            if fd > 2 and fd not in closed:
                os.close(fd)
                closed.append(fd)
        if has_cwd:
            os.chdir(cwd)
        if child_umask >= 0:
            os.umask(child_umask)
        if restore_signals:
            rsignal.pypysig_default(rsignal.SIGPIPE)
            rsignal.pypysig_default(rsignal.SIGXFSZ)
        if call_setsid:
            rposix.setsid()
        if pgid_to_set >= 0:
            rposix.setpgid(0, pgid_to_set)
        if has_groups:
            rposix.setgroups(groups)
        if gid >= 0:
            rposix.setregid(gid, gid)
        if uid >= 0:
            rposix.setreuid(uid, uid)
        if w_preexec_fn is not None:
            try:
                space.call_function(w_preexec_fn)
            except OperationError:
                _write_error(errpipe_write, 'SubprocessError', 0,
                             'Exception occurred in preexec_fn.')
                os._exit(255)
        if close_fds:
            for fd in _open_fds():
                if fd > 2 and fd not in fds_to_keep:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
        reached_exec = True
        # as os.execvpe(): the first error that is not "no such file"
        # is the one to report
        saved = 0
        last = errno.ENOENT
        for executable in executables:
            try:
                if has_env:
                    rposix.execve(executable, args, env)
                else:
                    rposix.execv(executable, args)
            except OSError as e:
                if saved == 0 and e.errno != errno.ENOENT and \
                        e.errno != errno.ENOTDIR:
                    saved = e.errno
                last = e.errno
        err = saved if saved != 0 else last
        _write_error(errpipe_write, 'OSError', err, '')
    except OSError as e:
        _write_error(errpipe_write, 'OSError', e.errno,
                     '' if reached_exec else 'noexec')
    except Exception:
        _write_error(errpipe_write, 'SubprocessError', 0,
                     'Exception in the child before exec.')
    os._exit(255)
    return 0


@unwrap_spec(close_fds='truth', p2cread=int, p2cwrite=int, c2pread=int,
             c2pwrite=int, errread=int, errwrite=int, errpipe_read=int,
             errpipe_write=int, restore_signals='truth', call_setsid='truth',
             pgid_to_set=int, child_umask=int, allow_vfork='truth')
def fork_exec(space, w_args, w_executable_list, close_fds, w_fds_to_keep,
              w_cwd, w_env_list, p2cread, p2cwrite, c2pread, c2pwrite,
              errread, errwrite, errpipe_read, errpipe_write,
              restore_signals, call_setsid, pgid_to_set, w_gid,
              w_extra_groups, w_uid, child_umask, w_preexec_fn,
              allow_vfork):
    """Spawn a fresh new child process.

Fork a child process, close parent file descriptors as appropriate in the
child and duplicate the few that are needed before calling exec() in the
child process.  Returns the child's pid."""
    args = []
    if not space.is_none(w_args):
        for w_arg in space.listview(w_args):
            args.append(_fsbytes_w(space, w_arg))
    executables = []
    for w_exe in space.listview(w_executable_list):
        executables.append(_fsbytes_w(space, w_exe))
    if not space.isinstance_w(w_fds_to_keep, space.w_tuple):
        raise oefmt(space.w_TypeError, "fds_to_keep must be a tuple")
    fds_to_keep = []
    for w_fd in space.fixedview(w_fds_to_keep):
        fd = space.int_w(w_fd)
        if fd < 0 or (fds_to_keep and fd <= fds_to_keep[-1]):
            raise oefmt(space.w_ValueError, "bad value(s) in fds_to_keep")
        fds_to_keep.append(fd)
    has_cwd = not space.is_none(w_cwd)
    cwd = _fsbytes_w(space, w_cwd) if has_cwd else ''
    has_env = not space.is_none(w_env_list)
    env = {}
    if has_env:
        for w_item in space.listview(w_env_list):
            item = space.bytes_w(w_item)
            eq = item.find('=')
            if eq <= 0:
                continue
            env[item[:eq]] = item[eq + 1:]
    has_groups = not space.is_none(w_extra_groups)
    groups = []
    if has_groups:
        for w_group in space.listview(w_extra_groups):
            groups.append(space.int_w(w_group))
    gid = _optional_id(space, w_gid)
    uid = _optional_id(space, w_uid)
    w_preexec_fn = None if space.is_none(w_preexec_fn) else w_preexec_fn
    if w_preexec_fn is not None and \
            space.lookup(w_preexec_fn, '__call__') is None:
        raise oefmt(space.w_TypeError, "preexec_fn must be callable")
    try:
        pid = os.fork()
    except OSError as e:
        raise wrap_oserror(space, e)
    if pid == 0:
        _child(space, args, executables, close_fds, fds_to_keep, cwd,
               has_cwd, env, has_env, p2cread, p2cwrite, c2pread, c2pwrite,
               errread, errwrite, errpipe_read, errpipe_write,
               restore_signals, call_setsid, pgid_to_set, gid, groups,
               has_groups, uid, child_umask, w_preexec_fn)
    return space.newint(intmask(pid))
