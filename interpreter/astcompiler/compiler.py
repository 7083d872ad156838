"""The compiler's entry point: source text -> PyCode.

`compile_source` parses (interpreter/pyparser), builds the symbol table
(symtable.py), and runs one CodeGenerator per scope (codegen.py), each
nested scope's code becoming a constant of the enclosing one.  Syntax errors of any stage come
out as an app-level SyntaxError (or IndentationError, TabError) with
CPython's attributes.
"""


from __future__ import absolute_import
from rpython.rlib import rstackovf

from interpreter.astcompiler import ast
from interpreter.astcompiler.codegen import CodeGenerator
from interpreter.astcompiler.symtable import SymtableBuilder
from interpreter.error import OperationError
from interpreter.pyparser import error, pyparse
from objspace.std.unicodeobject import utf8_to_unicode_replace


class Compiler(object):
    """The state shared by the code generators of one compilation.
    `optimize` is the level of -O: 1 drops `assert` statements and makes
    `__debug__` False, 2 also drops docstrings."""

    def __init__(self, space, filename, optimize=0):
        self.space = space
        self.filename = filename
        self.scopes = None
        self.hidden_applevel = False
        self.optimize = optimize

    def compile(self, tree, mode):
        self.scopes = SymtableBuilder(self.filename).build(tree)
        scope = self.scopes[tree]
        gen = CodeGenerator(self.space, self, scope, '<module>', '<module>',
                            1, mode)
        if isinstance(tree, ast.Expression):
            return gen.compile_expression(tree)
        if isinstance(tree, ast.Module):
            return gen.compile_module(tree.body, is_module=True)
        assert isinstance(tree, ast.Interactive)
        return gen.compile_module(tree.body)

    def constant_value(self, node):
        """The wrapped value of a Constant node."""
        space = self.space
        kind = node.value_type
        if kind == ast.CONST_NONE:
            return space.w_None
        if kind == ast.CONST_TRUE:
            return space.w_True
        if kind == ast.CONST_FALSE:
            return space.w_False
        if kind == ast.CONST_ELLIPSIS:
            return space.w_Ellipsis
        if kind == ast.CONST_INT:
            return space.newbigint(ast.int_literal_value(node.text))
        if kind == ast.CONST_FLOAT:
            return space.newfloat(ast.float_literal_value(node.text))
        if kind == ast.CONST_STR:
            return space.newunicode(node.ustr)
        if kind == ast.CONST_BYTES:
            return space.newbytes(node.text)
        return space.newcomplex(0.0, ast.float_literal_value(node.text))


def interpreter_optimize_level(space):
    """sys.flags.optimize: the level of -O / PYTHONOPTIMIZE."""
    w_flags = space.builtin_modules['sys'].get('flags')
    if w_flags is None:
        return 0
    try:
        return space.int_w(space.getattr(w_flags, space.newtext('optimize')))
    except OperationError:
        return 0


def compile_source(space, source, filename, mode, hidden_applevel=False,
                   optimize=-1):
    """Compile `source` (UTF-8 bytes) in mode 'exec', 'eval' or 'single'
    into a PyCode; errors raise an app-level SyntaxError.  With
    hidden_applevel, the code's frames never show in tracebacks.
    `optimize` is the -O level; -1 means the interpreter's (for
    user code; the interpreter's own app-level code keeps its asserts)."""
    if optimize < 0:
        optimize = 0 if hidden_applevel else interpreter_optimize_level(space)
    try:
        try:
            tree = pyparse.parse(source, filename, mode)
            compiler = Compiler(space, filename, optimize)
            compiler.hidden_applevel = hidden_applevel
            return compiler.compile(tree, mode)
        except rstackovf.StackOverflow:
            rstackovf.check_stack_overflow()
            raise error.SyntaxError("too many nested parentheses", 0, 0,
                                    None, filename)
    except error.SyntaxError as e:
        raise syntax_error_to_app_level(space, e, filename)


def syntax_error_to_app_level(space, e, filename):
    if isinstance(e, error.TabError):
        w_type = space.w_TabError
    elif isinstance(e, error.IndentationError):
        w_type = space.w_IndentationError
    else:
        w_type = space.w_SyntaxError
    if e.filename is not None:
        filename = e.filename
    if e.text is None:
        w_text = space.w_None
    else:
        # the line may hold bytes that are not UTF-8 (the error may be
        # about them): decode as CPython does, replacing them
        w_text = space.newunicode(utf8_to_unicode_replace(e.text))
    w_details = space.newtuple([
        space.newfilename(filename), space.newint(e.lineno),
        space.newint(e.offset), w_text, space.newint(e.end_lineno),
        space.newint(e.end_offset)])
    w_value = space.call_function(w_type, space.newtext(e.msg), w_details)
    return OperationError(w_type, w_value)
