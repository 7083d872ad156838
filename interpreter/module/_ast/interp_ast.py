"""What compile() asks of `_ast`: the PyCF_* flags, parsing to an
app-level tree (PyCF_ONLY_AST) and compiling one."""

from __future__ import absolute_import
from interpreter.error import oefmt

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


def flag_only_ast(space):
    return space.newint(PyCF_ONLY_AST)


def flag_type_comments(space):
    return space.newint(PyCF_TYPE_COMMENTS)


def flag_top_level_await(space):
    return space.newint(PyCF_ALLOW_TOP_LEVEL_AWAIT)


def parse_to_app(space, source, filename, mode):
    """compile(source, filename, mode, PyCF_ONLY_AST): the app-level tree
    of UTF-8 `source`."""
    from rpython.rlib import rstackovf
    from interpreter.astcompiler.compiler import syntax_error_to_app_level
    from interpreter.module._ast.moduledef import get_module
    from interpreter.module._ast.toapp import to_app
    from interpreter.pyparser import error, pyparse
    try:
        try:
            tree = pyparse.parse(source, filename, mode)
        except rstackovf.StackOverflow:
            rstackovf.check_stack_overflow()
            raise error.SyntaxError("too many nested parentheses", 0, 0,
                                    None, filename)
    except error.SyntaxError as e:
        raise syntax_error_to_app_level(space, e, filename)
    try:
        return to_app(space, get_module(space), tree)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise oefmt(space.w_RecursionError,
                    "maximum recursion depth exceeded during ast "
                    "construction")


def is_ast(space, w_obj):
    """Whether w_obj is an instance of _ast.AST."""
    from interpreter.module._ast.moduledef import get_module
    return space.isinstance_w(w_obj, get_module(space).w_classes['AST'])


def compile_app_tree(space, w_tree, filename, mode):
    """compile(tree, filename, mode) of an app-level tree: checked and
    converted to the front end's AST (CPython's errors for a malformed
    one), then compiled to a code object."""
    from rpython.rlib import rstackovf
    from interpreter.astcompiler.compiler import (Compiler,
                                                  syntax_error_to_app_level)
    from interpreter.module._ast.fromapp import from_app
    from interpreter.module._ast.moduledef import get_module
    from interpreter.module._ast.validate import validate
    from interpreter.pyparser import error
    try:
        tree = from_app(space, get_module(space), w_tree, mode)
        validate(space, tree)
        try:
            return Compiler(space, filename).compile(tree, mode)
        except error.SyntaxError as e:
            raise syntax_error_to_app_level(space, e, filename)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise oefmt(space.w_RecursionError,
                    "maximum recursion depth exceeded during compilation")
