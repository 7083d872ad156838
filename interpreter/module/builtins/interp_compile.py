"""compile(), exec() and eval()."""


from __future__ import absolute_import
from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec
from interpreter.pycode import PyCode


def _source_w(space, w_source, funcname):
    """The source text of a compile/exec/eval argument, as UTF-8."""
    if space.isinstance_w(w_source, space.w_str):
        return space.text_w(w_source)
    if space.isinstance_w(w_source, space.w_bytes):
        return space.bytes_w(w_source)
    raise oefmt(space.w_TypeError,
                "%s() arg 1 must be a string, bytes or code object", funcname)


@unwrap_spec(filename='text', mode='text', flags=int, dont_inherit='truth',
             optimize=int, _feature_version=int)
def compile_(space, w_source, filename, mode, flags=0, dont_inherit=False,
             optimize=-1, _feature_version=-1):
    """Compile source into a code object that can be executed by exec() or
    eval()."""
    from interpreter.astcompiler.compiler import compile_source
    from interpreter.module._ast import interp_ast
    if isinstance(w_source, PyCode):
        return w_source
    only_ast = flags & interp_ast.PyCF_ONLY_AST != 0
    if mode == 'func_type' and only_ast:
        raise oefmt(space.w_ValueError,
                    "compile() mode 'func_type' is not supported")
    if mode not in ('exec', 'eval', 'single'):
        raise oefmt(space.w_ValueError,
                    "compile() mode must be 'exec', 'eval' or 'single'")
    if interp_ast.is_ast(space, w_source):
        if only_ast:
            return w_source
        return interp_ast.compile_app_tree(space, w_source, filename, mode)
    source = _source_w(space, w_source, 'compile')
    if only_ast:
        return interp_ast.parse_to_app(space, source, filename, mode)
    if optimize < -1 or optimize > 2:
        raise oefmt(space.w_ValueError, "compile(): invalid optimize value")
    return compile_source(space, source, filename, mode, optimize=optimize)


def _namespaces(space, w_globals, w_locals, funcname):
    if w_globals is None or space.is_none(w_globals):
        frame = space.getexecutioncontext().gettopframe()
        if frame is None:
            raise oefmt(space.w_SystemError, "%s(): no current frame",
                        funcname)
        w_globals = frame.w_globals
        if w_locals is None or space.is_none(w_locals):
            w_locals = frame.getdictscope()
    elif not space.isinstance_w(w_globals, space.w_dict):
        raise oefmt(space.w_TypeError,
                    "%s() globals must be a dict, not %T", funcname,
                    w_globals)
    if w_locals is None or space.is_none(w_locals):
        w_locals = w_globals
    if space.finditem_str(w_globals, '__builtins__') is None:
        space.setitem(w_globals, space.newtext('__builtins__'),
                      space.builtin)
    return w_globals, w_locals


def _lstrip_blanks(s):
    # eval() ignores leading spaces and tabs
    i = 0
    while i < len(s) and (s[i] == ' ' or s[i] == '\t'):
        i += 1
    return s[i:]


def exec_(space, w_source, w_globals=None, w_locals=None):
    """Execute the given source in the context of globals and locals."""
    from interpreter.astcompiler.compiler import compile_source
    w_globals, w_locals = _namespaces(space, w_globals, w_locals, 'exec')
    if isinstance(w_source, PyCode):
        code = w_source
        if code.co_freevars:
            # no closure= argument yet: the free variables have no cells
            raise oefmt(space.w_TypeError,
                        "code object requires a closure of exactly length "
                        "%d", len(code.co_freevars))
    else:
        code = compile_source(space, _source_w(space, w_source, 'exec'),
                              '<string>', 'exec')
    space.createframe(code, w_globals, w_locals).run()


def eval_(space, w_source, w_globals=None, w_locals=None):
    """Evaluate the given source in the context of globals and locals."""
    from interpreter.astcompiler.compiler import compile_source
    w_globals, w_locals = _namespaces(space, w_globals, w_locals, 'eval')
    if isinstance(w_source, PyCode):
        code = w_source
    else:
        source = _lstrip_blanks(_source_w(space, w_source, 'eval'))
        code = compile_source(space, source, '<string>', 'eval')
    return space.createframe(code, w_globals, w_locals).run()
