"""The code generator: AST -> instructions, one CodeGenerator per scope.

It walks the tree of one module or function body and appends
instructions to an Assembler (assemble.py), which resolves jump labels,
computes the stack depth and builds the PyCode.  Names are loaded and
stored as the symbol table (symtable.py) decides.  Nested scopes
(functions, lambdas, classes, comprehensions) are compiled by their own
CodeGenerator into a constant code object, which MAKE_FUNCTION turns
into a function with the cells of its free variables.
"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import specialize

from interpreter import opcodes as op
from interpreter.astcompiler import ast
from interpreter.astcompiler import symtable
from interpreter.astcompiler.assemble import Assembler, Label
from interpreter.astcompiler.patterns import PatternCompiler
from interpreter.pycode import CO_VARARGS, CO_VARKEYWORDS, CO_NEWLOCALS, \
    CO_OPTIMIZED, CO_GENERATOR, CO_NESTED, CO_COROUTINE, CO_ASYNC_GENERATOR
from interpreter.pyparser.error import SyntaxError

_BINOP = {
    ast.Add: op.BINARY_ADD, ast.Sub: op.BINARY_SUB, ast.Mult: op.BINARY_MUL,
    ast.MatMult: op.BINARY_MATMUL, ast.Div: op.BINARY_TRUEDIV,
    ast.Mod: op.BINARY_MOD, ast.Pow: op.BINARY_POW,
    ast.LShift: op.BINARY_LSHIFT, ast.RShift: op.BINARY_RSHIFT,
    ast.BitOr: op.BINARY_OR, ast.BitXor: op.BINARY_XOR,
    ast.BitAnd: op.BINARY_AND, ast.FloorDiv: op.BINARY_FLOORDIV,
}
_INPLACE = {
    ast.Add: op.INPLACE_ADD, ast.Sub: op.INPLACE_SUB,
    ast.Mult: op.INPLACE_MUL, ast.MatMult: op.INPLACE_MATMUL,
    ast.Div: op.INPLACE_TRUEDIV, ast.Mod: op.INPLACE_MOD,
    ast.Pow: op.INPLACE_POW, ast.LShift: op.INPLACE_LSHIFT,
    ast.RShift: op.INPLACE_RSHIFT, ast.BitOr: op.INPLACE_OR,
    ast.BitXor: op.INPLACE_XOR, ast.BitAnd: op.INPLACE_AND,
    ast.FloorDiv: op.INPLACE_FLOORDIV,
}
_UNARY = {ast.UAdd: op.UNARY_POSITIVE, ast.USub: op.UNARY_NEGATIVE,
          ast.Invert: op.UNARY_INVERT, ast.Not: op.UNARY_NOT}
_COMPARE = {ast.Lt: op.CMP_LT, ast.LtE: op.CMP_LE, ast.Eq: op.CMP_EQ,
            ast.NotEq: op.CMP_NE, ast.Gt: op.CMP_GT, ast.GtE: op.CMP_GE}

# The kinds of "frame blocks": the constructs a `return`, `break` or
# `continue` must leave properly (pop an iterator, a block, run a finally).
F_WHILE_LOOP, F_FOR_LOOP, F_TRY_EXCEPT, F_TRY_FINALLY, F_FINALLY_END, \
    F_HANDLER, F_HANDLER_CLEANUP, F_WITH, F_ASYNC_WITH = range(9)


def _is_debug_name(node):
    """Is the expression `__debug__` (a compile-time constant)?"""
    return isinstance(node, ast.Name) and node.id == '__debug__' and \
        node.ctx == ast.Load


class _FrameBlock(object):
    def __init__(self, kind, continue_label=None, break_label=None,
                 finalbody=None, name=None):
        self.kind = kind
        self.continue_label = continue_label
        self.break_label = break_label
        self.finalbody = finalbody
        self.name = name

    def is_loop(self):
        return self.kind == F_WHILE_LOOP or self.kind == F_FOR_LOOP


class CodeGenerator(PatternCompiler, ast.ASTVisitor):
    """Compiles one scope (module, interactive input, expression, class
    body, function, lambda or comprehension) into a PyCode; the scopes
    nested in it get their own CodeGenerator."""

    def __init__(self, space, compiler, scope, name, qualname, firstlineno,
                 mode):
        self.space = space
        self.compiler = compiler
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.mode = mode
        self.asm = Assembler(space, firstlineno)
        self.fblocks = []
        # compiling a match statement's pattern (patterns.py)
        self.pattern_ctx = None
        self.pattern_loc = None
        self.varnames = []
        self.varindex = {}
        self.names = []
        self.nameindex = {}
        if scope.is_function():
            for name in scope.local_order:
                self._varslot(name)
        # the index of each cell of a frame of this code (frame.cells)
        self.cellindex = {}
        closure_names = scope.closure_names()
        for i in range(len(closure_names)):
            self.cellindex[closure_names[i]] = i

    # --- helpers ------------------------------------------------------

    @specialize.argtype(2)
    def error(self, msg, node):
        raise SyntaxError(msg, node.lineno, node.col_offset + 1, None,
                          self.compiler.filename, node.end_lineno,
                          node.end_col_offset + 1)

    def emit(self, opcode, arg=0):
        self.asm.emit(opcode, arg)

    def emit_jump(self, opcode, label):
        self.asm.emit_jump(opcode, label)

    def set_lineno(self, lineno):
        self.asm.set_lineno(lineno)

    @specialize.argtype(1)
    def set_position(self, node):
        """Instructions emitted from now on come from `node` (a statement,
        expression or handler): tracebacks underline its range."""
        self.asm.set_position(node.lineno, node.end_lineno, node.col_offset,
                              node.end_col_offset)

    def _varslot(self, name):
        try:
            return self.varindex[name]
        except KeyError:
            index = len(self.varnames)
            self.varnames.append(name)
            self.varindex[name] = index
            return index

    def _nameslot(self, name):
        try:
            return self.nameindex[name]
        except KeyError:
            index = len(self.names)
            self.names.append(name)
            self.nameindex[name] = index
            return index

    def load_const(self, w_value):
        self.emit(op.LOAD_CONST, self.asm.add_const(w_value))

    def load_none(self):
        self.load_const(self.space.w_None)

    def _name_op(self, name, ctx, node):
        """Load, store or delete a name as the symbol table says: fast
        locals and cells in functions, dict lookups in modules and class
        bodies (whose free variables are read with LOAD_CLASSDEREF: the
        class namespace first, then the cell)."""
        name = self.scope.mangle(name)
        kind = self.scope.resolve(name)
        scope_kind = self.scope.kind
        if kind == symtable.SCOPE_FREE or kind == symtable.SCOPE_CELL:
            index = self.cellindex[name]
            if ctx == ast.Load:
                if scope_kind == symtable.CLASS:
                    self.emit(op.LOAD_CLASSDEREF, index)
                else:
                    self.emit(op.LOAD_DEREF, index)
            elif ctx == ast.Store:
                self.emit(op.STORE_DEREF, index)
            else:
                self.emit(op.DELETE_DEREF, index)
            return
        if kind == symtable.SCOPE_LOCAL and scope_kind == symtable.FUNCTION:
            slot = self._varslot(name)
            if ctx == ast.Load:
                self.emit(op.LOAD_FAST, slot)
            elif ctx == ast.Store:
                self.emit(op.STORE_FAST, slot)
            else:
                self.emit(op.DELETE_FAST, slot)
            return
        slot = self._nameslot(name)
        if kind == symtable.SCOPE_GLOBAL_EXPLICIT or \
                scope_kind == symtable.FUNCTION:
            if ctx == ast.Load:
                self.emit(op.LOAD_GLOBAL, slot)
            elif ctx == ast.Store:
                self.emit(op.STORE_GLOBAL, slot)
            else:
                self.emit(op.DELETE_GLOBAL, slot)
            return
        if ctx == ast.Load:
            self.emit(op.LOAD_NAME, slot)
        elif ctx == ast.Store:
            self.emit(op.STORE_NAME, slot)
        else:
            self.emit(op.DELETE_NAME, slot)

    def visit_body(self, stmts):
        for stmt in stmts:
            self.set_position(stmt)
            stmt.walkabout(self)

    def _qualname(self, name, is_def):
        """CPython's __qualname__ of a scope defined in this one (is_def:
        a `def` or `class`, whose name may be declared global)."""
        kind = self.scope.kind
        if kind == symtable.MODULE:
            return name
        if is_def and self.scope.resolve(name) == \
                symtable.SCOPE_GLOBAL_EXPLICIT:
            return name
        if kind == symtable.FUNCTION:
            return '%s.<locals>.%s' % (self.qualname, name)
        return '%s.%s' % (self.qualname, name)

    def _child(self, node, name, qualname, lineno):
        scope = self.compiler.scopes[node]
        return CodeGenerator(self.space, self.compiler, scope, name,
                             qualname, lineno, 'exec')

    def _make_function(self, node, code, qualname, flags):
        """Push a new function object for `code`, passing it the cells of
        its free variables; the defaults etc. that `flags` announces are
        already on the stack."""
        scope = self.compiler.scopes[node]
        if scope.freevars:
            for name in scope.freevars:
                self.emit(op.LOAD_CLOSURE, self.cellindex[name])
            self.emit(op.BUILD_TUPLE, len(scope.freevars))
            flags |= op.MAKE_FUNCTION_CLOSURE
        self.load_const(code)
        self.load_const(self.space.newtext(qualname))
        self.emit(op.MAKE_FUNCTION, flags)

    def _docstring(self, body):
        """The docstring node of a body, or None."""
        if not body:
            return None
        first = body[0]
        if isinstance(first, ast.Expr):
            value = first.value
            if isinstance(value, ast.Constant) and \
                    value.value_type == ast.CONST_STR:
                return value
        return None

    # --- entry points -------------------------------------------------

    def compile_module(self, body, is_module=False):
        if self.scope.has_annotations:
            self.emit(op.SETUP_ANNOTATIONS)
        doc = self._docstring(body) if is_module else None
        if doc is not None:
            if self.compiler.optimize < 2:     # -OO drops docstrings
                self.set_lineno(doc.lineno)
                doc.walkabout(self)
                self.emit(op.STORE_NAME, self._nameslot('__doc__'))
            body = body[1:]
        self.visit_body(body)
        self.load_none()
        self.emit(op.RETURN_VALUE)
        return self.make_code(0, 0, 0, 0)

    def compile_expression(self, tree):
        tree.body.walkabout(self)
        self.emit(op.RETURN_VALUE)
        return self.make_code(0, 0, 0, 0)

    def _function_flags(self, args):
        flags = CO_OPTIMIZED | CO_NEWLOCALS
        if args.vararg is not None:
            flags |= CO_VARARGS
        if args.kwarg is not None:
            flags |= CO_VARKEYWORDS
        flags |= self._generator_flags()
        if self.scope.freevars:
            flags |= CO_NESTED
        return flags

    def _generator_flags(self):
        scope = self.scope
        if scope.is_coroutine:
            if scope.is_generator:
                return CO_ASYNC_GENERATOR
            return CO_COROUTINE
        if scope.is_generator:
            return CO_GENERATOR
        return 0

    @specialize.argtype(1)
    def compile_function(self, node):
        args = node.args
        flags = self._function_flags(args)
        body = node.body
        # co_consts[0] is the docstring (None without one)
        doc = self._docstring(body)
        if doc is not None and self.compiler.optimize < 2:
            self.asm.add_const(self.compiler.constant_value(doc))
            body = body[1:]
        elif doc is not None:
            self.asm.add_const(self.space.w_None)   # -OO
            body = body[1:]
        else:
            self.asm.add_const(self.space.w_None)
        self.visit_body(body)
        self.load_none()
        self.emit(op.RETURN_VALUE)
        argcount = len(args.posonlyargs) + len(args.args)
        return self.make_code(argcount, len(args.posonlyargs),
                              len(args.kwonlyargs), flags)

    def compile_lambda(self, node):
        args = node.args
        flags = self._function_flags(args)
        self.asm.add_const(self.space.w_None)    # no docstring
        self.set_lineno(node.lineno)
        node.body.walkabout(self)
        if self.scope.is_generator:
            # a generator lambda returns None, the body's value is lost
            self.emit(op.POP_TOP)
            self.load_none()
        self.emit(op.RETURN_VALUE)
        argcount = len(args.posonlyargs) + len(args.args)
        return self.make_code(argcount, len(args.posonlyargs),
                              len(args.kwonlyargs), flags)

    def compile_class_body(self, node):
        """The body of a class statement: a function without arguments
        run with the class namespace as its locals (see
        interpreter/function.py, run_class_body); it returns the
        `__class__` cell when the methods need one, else None."""
        self.set_lineno(node.lineno)
        self.emit(op.LOAD_NAME, self._nameslot('__name__'))
        self.emit(op.STORE_NAME, self._nameslot('__module__'))
        self.load_const(self.space.newtext(self.qualname))
        self.emit(op.STORE_NAME, self._nameslot('__qualname__'))
        if self.scope.has_annotations:
            self.emit(op.SETUP_ANNOTATIONS)
        body = node.body
        doc = self._docstring(body)
        if doc is not None:
            if self.compiler.optimize < 2:     # -OO drops docstrings
                self.set_lineno(doc.lineno)
                doc.walkabout(self)
                self.emit(op.STORE_NAME, self._nameslot('__doc__'))
            body = body[1:]
        self.visit_body(body)
        if self.scope.needs_class_closure:
            self.emit(op.LOAD_CLOSURE, self.cellindex['__class__'])
            self.emit(op.DUP_TOP)
            self.emit(op.STORE_NAME, self._nameslot('__classcell__'))
        else:
            self.load_none()
        self.emit(op.RETURN_VALUE)
        return self.make_code(0, 0, 0, 0)

    def compile_comprehension(self, node, generators, kind, elt, value):
        """A comprehension is a function of one argument, '.0': the
        iterator of its first iterable (evaluated by the caller)."""
        self.set_lineno(node.lineno)
        if kind == symtable.COMP_LIST:
            self.emit(op.BUILD_LIST, 0)
        elif kind == symtable.COMP_SET:
            self.emit(op.BUILD_SET, 0)
        elif kind == symtable.COMP_DICT:
            self.emit(op.BUILD_MAP, 0)
        self._comp_generator(generators, 0, kind, elt, value)
        if kind == symtable.COMP_GENEXP:
            self.load_none()
        self.emit(op.RETURN_VALUE)
        flags = CO_OPTIMIZED | CO_NEWLOCALS | self._generator_flags()
        if self.scope.freevars:
            flags |= CO_NESTED
        return self.make_code(1, 0, 0, flags)

    def _comp_generator(self, generators, index, kind, elt, value):
        gen = generators[index]
        assert isinstance(gen, ast.comprehension)
        start = Label()
        end = Label()
        if index == 0:
            self.emit(op.LOAD_FAST, self._varslot('.0'))
        else:
            gen.iter.walkabout(self)
            self.emit(op.GET_AITER if gen.is_async else op.GET_ITER)
        self.asm.place_label(start)
        if gen.is_async:
            self._async_next(end)
        else:
            self.emit_jump(op.FOR_ITER, end)
        gen.target.walkabout(self)
        for cond in gen.ifs:
            cond.walkabout(self)
            self.emit_jump(op.POP_JUMP_IF_FALSE, start)
        if index + 1 < len(generators):
            self._comp_generator(generators, index + 1, kind, elt, value)
        else:
            # the container sits below one iterator per generator
            depth = len(generators) + 1
            elt.walkabout(self)
            if kind == symtable.COMP_LIST:
                self.emit(op.LIST_APPEND, depth)
            elif kind == symtable.COMP_SET:
                self.emit(op.SET_ADD, depth)
            elif kind == symtable.COMP_DICT:
                assert value is not None
                value.walkabout(self)
                self.emit(op.MAP_ADD, depth)
            else:
                self.emit(op.YIELD_VALUE)
                self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.asm.place_label(end)
        if gen.is_async:
            self.emit(op.END_ASYNC_FOR)

    def _async_next(self, end):
        """Push the next item of the asynchronous iterator on top (kept
        below it); StopAsyncIteration jumps to `end`, where END_ASYNC_FOR
        must follow."""
        self.emit_jump(op.SETUP_FINALLY, end)
        self.emit(op.GET_ANEXT)
        self.load_none()
        self.emit(op.YIELD_FROM)
        self.emit(op.POP_BLOCK)

    def _await(self, where=op.AWAIT_EXPR):
        self.emit(op.GET_AWAITABLE, where)
        self.load_none()
        self.emit(op.YIELD_FROM)

    def make_code(self, argcount, posonlyargcount, kwonlyargcount, flags):
        code = self.asm.assemble(
            argcount, posonlyargcount, kwonlyargcount, flags, self.names,
            self.varnames, self.compiler.filename, self.name, self.qualname,
            self.scope.cellvars, self.scope.freevars)
        code.hidden_applevel = self.compiler.hidden_applevel
        return code

    # --- statements ---------------------------------------------------

    def visit_Expr(self, node):
        node.value.walkabout(self)
        if self.mode == 'single':
            self.emit(op.PRINT_EXPR)
        else:
            self.emit(op.POP_TOP)

    def visit_Pass(self, node):
        # the line gets an instruction, as in CPython: trace functions
        # see a 'line' event for it (and pdb can stop there)
        self.emit(op.NOP)

    def visit_Assign(self, node):
        node.value.walkabout(self)
        targets = node.targets
        for i in range(len(targets)):
            if i < len(targets) - 1:
                self.emit(op.DUP_TOP)
            targets[i].walkabout(self)

    def visit_AugAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            self.set_position(target)
            self._name_op(target.id, ast.Load, target)
            node.value.walkabout(self)
            self.set_position(node)
            self.emit(_INPLACE[node.op])
            self.set_position(target)
            self._name_op(target.id, ast.Store, target)
        elif isinstance(target, ast.Attribute):
            # the load and the store are located at the target, the
            # operation at the whole statement (as CPython does)
            target.value.walkabout(self)
            self.emit(op.DUP_TOP)
            self.set_position(target)
            self.emit(op.LOAD_ATTR, self._nameslot(self.scope.mangle(target.attr)))
            node.value.walkabout(self)
            self.set_position(node)
            self.emit(_INPLACE[node.op])
            self.emit(op.ROT_TWO)
            self.set_position(target)
            self.emit(op.STORE_ATTR, self._nameslot(self.scope.mangle(target.attr)))
        elif isinstance(target, ast.Subscript):
            target.value.walkabout(self)
            target.slice.walkabout(self)
            self.emit(op.DUP_TOP_TWO)
            self.set_position(target)
            self.emit(op.BINARY_SUBSCR)
            node.value.walkabout(self)
            self.set_position(node)
            self.emit(_INPLACE[node.op])
            self.emit(op.ROT_THREE)
            self.set_position(target)
            self.emit(op.STORE_SUBSCR)
        else:
            self.error("illegal expression for augmented assignment", node)

    def visit_Delete(self, node):
        for target in node.targets:
            target.walkabout(self)

    def visit_If(self, node):
        if _is_debug_name(node.test):
            # `if __debug__:` is decided when compiling, as in CPython
            if self.compiler.optimize == 0:
                self.visit_body(node.body)
            else:
                self.visit_body(node.orelse)
            return
        end = Label()
        orelse = Label() if node.orelse else end
        node.test.walkabout(self)
        self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        self.visit_body(node.body)
        if node.orelse:
            self.emit_jump(op.JUMP_FORWARD, end)
            self.asm.place_label(orelse)
            self.visit_body(node.orelse)
        self.asm.place_label(end)

    def visit_While(self, node):
        start = Label()
        orelse = Label()
        end = Label()
        self.asm.place_label(start)
        node.test.walkabout(self)
        self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        self.fblocks.append(_FrameBlock(F_WHILE_LOOP, start, end))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.asm.place_label(orelse)
        self.visit_body(node.orelse)
        self.asm.place_label(end)

    def visit_For(self, node):
        start = Label()
        orelse = Label()
        end = Label()
        node.iter.walkabout(self)
        self.emit(op.GET_ITER)
        self.asm.place_label(start)
        self.emit_jump(op.FOR_ITER, orelse)
        node.target.walkabout(self)
        self.fblocks.append(_FrameBlock(F_FOR_LOOP, start, end))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.asm.place_label(orelse)
        self.visit_body(node.orelse)
        self.asm.place_label(end)

    def visit_AsyncFor(self, node):
        if not self.scope.is_async_def:
            self.error("'async for' outside async function", node)
        start = Label()
        orelse = Label()
        end = Label()
        node.iter.walkabout(self)
        self.emit(op.GET_AITER)
        self.asm.place_label(start)
        self._async_next(orelse)
        node.target.walkabout(self)
        self.fblocks.append(_FrameBlock(F_FOR_LOOP, start, end))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit_jump(op.JUMP_ABSOLUTE, start)
        self.asm.place_label(orelse)
        self.emit(op.END_ASYNC_FOR)
        self.visit_body(node.orelse)
        self.asm.place_label(end)

    def _innermost_loop(self):
        for i in range(len(self.fblocks) - 1, -1, -1):
            if self.fblocks[i].is_loop():
                return i
        return -1

    def unwind_fblock(self, fblock, preserve_tos):
        """Emit what leaving `fblock` early takes; with preserve_tos the
        value on top of the stack (a return value) is kept above."""
        kind = fblock.kind
        if kind == F_FOR_LOOP:
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_TOP)           # the iterator
        elif kind == F_TRY_EXCEPT:
            self.emit(op.POP_BLOCK)
        elif kind == F_TRY_FINALLY:
            self.emit(op.POP_BLOCK)
            # the finally body runs outside its own block
            saved = self.fblocks
            self.fblocks = saved[:saved.index(fblock)]
            self.visit_body(fblock.finalbody)
            self.fblocks = saved
        elif kind == F_FINALLY_END:
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_TOP)           # the exception
            self.emit(op.POP_EXCEPT)
        elif kind == F_HANDLER:
            self.emit(op.POP_EXCEPT)
        elif kind == F_HANDLER_CLEANUP:
            self.emit(op.POP_BLOCK)
            self.emit(op.POP_EXCEPT)
            self.clear_name(fblock.name)
        elif kind == F_WITH or kind == F_ASYNC_WITH:
            self.emit(op.POP_BLOCK)
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self._call_exit_with_nones(kind == F_ASYNC_WITH)

    def clear_name(self, name):
        """`name = None; del name`, as after `except E as name:`."""
        self.load_none()
        self._name_op(name, ast.Store, None)
        self._name_op(name, ast.Del, None)

    def visit_Break(self, node):
        loop_index = self._innermost_loop()
        if loop_index < 0:
            self.error("'break' outside loop", node)
        for i in range(len(self.fblocks) - 1, loop_index - 1, -1):
            self.unwind_fblock(self.fblocks[i], False)
        self.emit_jump(op.JUMP_FORWARD, self.fblocks[loop_index].break_label)

    def visit_Continue(self, node):
        loop_index = self._innermost_loop()
        if loop_index < 0:
            self.error("'continue' not properly in loop", node)
        for i in range(len(self.fblocks) - 1, loop_index, -1):
            self.unwind_fblock(self.fblocks[i], False)
        self.emit_jump(op.JUMP_ABSOLUTE,
                       self.fblocks[loop_index].continue_label)

    def visit_Return(self, node):
        if not self.scope.is_function():
            self.error("'return' outside function", node)
        if node.value is not None and self.scope.is_coroutine and \
                self.scope.is_generator:
            self.error("'return' with value in async generator", node)
        if node.value is not None:
            node.value.walkabout(self)
        else:
            self.load_none()
        for i in range(len(self.fblocks) - 1, -1, -1):
            self.unwind_fblock(self.fblocks[i], True)
        self.emit(op.RETURN_VALUE)

    def visit_Raise(self, node):
        nargs = 0
        if node.exc is not None:
            node.exc.walkabout(self)
            nargs = 1
            if node.cause is not None:
                node.cause.walkabout(self)
                nargs = 2
        self.emit(op.RAISE_VARARGS, nargs)

    def visit_Assert(self, node):
        if self.compiler.optimize > 0:
            return      # -O
        end = Label()
        node.test.walkabout(self)
        self.emit_jump(op.POP_JUMP_IF_TRUE, end)
        # CPython locates the failing assert at its test
        self.set_position(node.test)
        self.emit(op.LOAD_ASSERTION_ERROR)
        if node.msg is not None:
            node.msg.walkabout(self)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.asm.place_label(end)

    def visit_TryStar(self, node):
        # the parser and the symbol table know `except*`; running it needs
        # ExceptionGroup, which the exception hierarchy lacks so far
        self.error("'except*' clauses are not supported", node)

    def visit_Try(self, node):
        if node.finalbody:
            self._try_finally(node)
        else:
            self._try_except(node)

    def _try_finally(self, node):
        handler = Label()
        end = Label()
        self.emit_jump(op.SETUP_FINALLY, handler)
        fblock = _FrameBlock(F_TRY_FINALLY, finalbody=node.finalbody)
        self.fblocks.append(fblock)
        if node.handlers:
            self._try_except(node)
        else:
            self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(op.POP_BLOCK)
        self.visit_body(node.finalbody)
        self.emit_jump(op.JUMP_FORWARD, end)
        # the exception path: the exception is on the stack
        self.asm.place_label(handler)
        self.fblocks.append(_FrameBlock(F_FINALLY_END))
        self.visit_body(node.finalbody)
        self.fblocks.pop()
        self.emit(op.RERAISE)
        self.asm.place_label(end)

    def _try_except(self, node):
        handlers_label = Label()
        orelse = Label()
        end = Label()
        self.emit_jump(op.SETUP_FINALLY, handlers_label)
        self.fblocks.append(_FrameBlock(F_TRY_EXCEPT))
        self.visit_body(node.body)
        self.fblocks.pop()
        self.emit(op.POP_BLOCK)
        self.emit_jump(op.JUMP_FORWARD, orelse)
        self.asm.place_label(handlers_label)
        handlers = node.handlers
        for i in range(len(handlers)):
            handler = handlers[i]
            assert isinstance(handler, ast.ExceptHandler)
            self.set_position(handler)
            next_handler = Label()
            if handler.type is not None:
                self.emit(op.DUP_TOP)
                handler.type.walkabout(self)
                self.emit_jump(op.JUMP_IF_NOT_EXC_MATCH, next_handler)
            elif i < len(handlers) - 1:
                self.error("default 'except:' must be last", handler)
            if handler.name is not None:
                self._name_op(handler.name, ast.Store, handler)
                cleanup = Label()
                self.emit_jump(op.SETUP_FINALLY, cleanup)
                self.fblocks.append(_FrameBlock(F_HANDLER_CLEANUP,
                                                name=handler.name))
                self.visit_body(handler.body)
                self.fblocks.pop()
                self.emit(op.POP_BLOCK)
                self.emit(op.POP_EXCEPT)
                self.clear_name(handler.name)
                self.emit_jump(op.JUMP_FORWARD, end)
                # the handler raised: clear the name, propagate
                self.asm.place_label(cleanup)
                self.clear_name(handler.name)
                self.emit(op.RERAISE)
            else:
                self.emit(op.POP_TOP)
                self.fblocks.append(_FrameBlock(F_HANDLER))
                self.visit_body(handler.body)
                self.fblocks.pop()
                self.emit(op.POP_EXCEPT)
                self.emit_jump(op.JUMP_FORWARD, end)
            self.asm.place_label(next_handler)
        # no handler matched
        self.emit(op.RERAISE)
        self.asm.place_label(orelse)
        self.visit_body(node.orelse)
        self.asm.place_label(end)

    def visit_Global(self, node):
        pass

    def visit_Import(self, node):
        for alias in node.names:
            self.load_const(self.space.newint(0))
            self.load_none()
            self.emit(op.IMPORT_NAME, self._nameslot(alias.name))
            if alias.asname is not None:
                parts = alias.name.split('.')
                for part in parts[1:]:
                    self.emit(op.IMPORT_FROM, self._nameslot(part))
                    self.emit(op.ROT_TWO)
                    self.emit(op.POP_TOP)
                self._name_op(alias.asname, ast.Store, node)
            else:
                self._name_op(alias.name.split('.')[0], ast.Store, node)

    def visit_ImportFrom(self, node):
        space = self.space
        names_w = []
        for alias in node.names:
            names_w.append(space.newtext(alias.name))
        self.load_const(space.newint(node.level))
        self.load_const(space.newtuple(names_w))
        module = node.module if node.module is not None else ''
        self.emit(op.IMPORT_NAME, self._nameslot(module))
        if len(node.names) == 1 and node.names[0].name == '*':
            # the symbol table allowed it at module level only
            self.emit(op.IMPORT_STAR)
            return
        for alias in node.names:
            self.emit(op.IMPORT_FROM, self._nameslot(alias.name))
            store_as = alias.asname if alias.asname is not None \
                else alias.name
            self._name_op(store_as, ast.Store, node)
        self.emit(op.POP_TOP)

    def _function_defaults(self, args):
        """Push the defaults and keyword-only defaults of a def or lambda;
        return the MAKE_FUNCTION flags saying what was pushed."""
        flags = 0
        if args.defaults:
            for default in args.defaults:
                default.walkabout(self)
            self.emit(op.BUILD_TUPLE, len(args.defaults))
            flags |= op.MAKE_FUNCTION_DEFAULTS
        nkwdefaults = 0
        for i in range(len(args.kwonlyargs)):
            default = args.kw_defaults[i]
            if default is not None:
                self.load_const(self.space.newtext(
                    self.scope.mangle(args.kwonlyargs[i].arg)))
                default.walkabout(self)
                nkwdefaults += 1
        if nkwdefaults:
            self.emit(op.BUILD_MAP, nkwdefaults)
            flags |= op.MAKE_FUNCTION_KWDEFAULTS
        return flags

    def _annotation(self, name, annotation):
        if annotation is None:
            return 0
        self.load_const(self.space.newtext(self.scope.mangle(name)))
        if isinstance(annotation, ast.Starred):
            # `*args: *Ts` (PEP 646): the single item that unpacking the
            # value gives, as CPython 3.11 evaluates it
            annotation.value.walkabout(self)
            self.emit(op.UNPACK_SEQUENCE, 1)
        else:
            annotation.walkabout(self)
        return 1

    def _function_annotations(self, args, returns):
        """Push the dict of a def's annotations (evaluated here, in the
        enclosing scope); return the MAKE_FUNCTION flag, or 0."""
        n = 0
        for arg in args.posonlyargs + args.args:
            n += self._annotation(arg.arg, arg.annotation)
        if args.vararg is not None:
            n += self._annotation(args.vararg.arg, args.vararg.annotation)
        for arg in args.kwonlyargs:
            n += self._annotation(arg.arg, arg.annotation)
        if args.kwarg is not None:
            n += self._annotation(args.kwarg.arg, args.kwarg.annotation)
        n += self._annotation('return', returns)
        if n == 0:
            return 0
        self.emit(op.BUILD_MAP, n)
        return op.MAKE_FUNCTION_ANNOTATIONS

    def visit_FunctionDef(self, node):
        self._funcdef(node)

    def visit_AsyncFunctionDef(self, node):
        self._funcdef(node)

    @specialize.argtype(1)
    def _funcdef(self, node):
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        flags = self._function_defaults(node.args)
        flags |= self._function_annotations(node.args, node.returns)
        qualname = self._qualname(node.name, True)
        child = self._child(node, node.name, qualname, node.lineno)
        code = child.compile_function(node)
        self._make_function(node, code, qualname, flags)
        for i in range(len(node.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self._name_op(node.name, ast.Store, node)

    def visit_ClassDef(self, node):
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        self.emit(op.LOAD_BUILD_CLASS)
        qualname = self._qualname(node.name, True)
        child = self._child(node, node.name, qualname, node.lineno)
        code = child.compile_class_body(node)
        self._make_function(node, code, qualname, 0)
        self.load_const(self.space.newtext(node.name))
        self._emit_call(2, node.bases, node.keywords)
        for i in range(len(node.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self._name_op(node.name, ast.Store, node)

    def visit_Nonlocal(self, node):
        pass

    def _call_exit_with_nones(self, is_async):
        """Call the __exit__ (or __aexit__, awaiting its result) on top
        of the stack with (None, None, None) and drop its result."""
        self.load_none()
        self.emit(op.DUP_TOP)
        self.emit(op.DUP_TOP)
        self.emit(op.CALL_FUNCTION, 3)
        if is_async:
            self._await(op.AWAIT_AEXIT)
        self.emit(op.POP_TOP)

    def visit_With(self, node):
        self._with(node, 0, False)

    def visit_AsyncWith(self, node):
        if not self.scope.is_async_def:
            self.error("'async with' outside async function", node)
        self._with(node, 0, True)

    @specialize.argtype(1)
    def _with(self, node, index, is_async):
        """`with a as x, b: body` is `with a as x: with b: body`.  The
        bound __exit__ stays on the stack under the body; an exception
        goes to a handler that calls it with the exception and reraises
        unless it returns a true value."""
        item = node.items[index]
        assert isinstance(item, ast.withitem)
        handler = Label()
        suppress = Label()
        end = Label()
        item.context_expr.walkabout(self)
        if is_async:
            self.emit(op.BEFORE_ASYNC_WITH)
            self._await(op.AWAIT_AENTER)
        else:
            self.emit(op.BEFORE_WITH)
        self.emit_jump(op.SETUP_WITH, handler)
        if item.optional_vars is not None:
            item.optional_vars.walkabout(self)
        else:
            self.emit(op.POP_TOP)
        self.fblocks.append(_FrameBlock(F_ASYNC_WITH if is_async else F_WITH))
        if index + 1 < len(node.items):
            self._with(node, index + 1, is_async)
        else:
            self.visit_body(node.body)
        self.fblocks.pop()
        # calling __exit__ belongs to the `with` line (tracebacks, and
        # the 'line' event a trace function gets when the block ends)
        self.set_position(node)
        self.emit(op.POP_BLOCK)
        self._call_exit_with_nones(is_async)
        self.emit_jump(op.JUMP_FORWARD, end)
        # the exception path: __exit__ and the exception are on the stack
        self.asm.place_label(handler)
        self.emit(op.WITH_EXCEPT_START)
        if is_async:
            self._await(op.AWAIT_AEXIT)
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.emit(op.RERAISE)
        self.asm.place_label(suppress)
        self.emit(op.POP_TOP)           # the exception
        self.emit(op.POP_EXCEPT)
        self.emit(op.POP_TOP)           # __exit__
        self.asm.place_label(end)

    def visit_AnnAssign(self, node):
        target = node.target
        if node.value is not None:
            node.value.walkabout(self)
            target.walkabout(self)
        at_top = self.scope.kind != symtable.FUNCTION
        if isinstance(target, ast.Name):
            if node.simple and at_top:
                node.annotation.walkabout(self)
                self.emit(op.LOAD_NAME, self._nameslot('__annotations__'))
                self.load_const(self.space.newtext(
                    self.scope.mangle(target.id)))
                self.emit(op.STORE_SUBSCR)
                return
        elif isinstance(target, ast.Attribute):
            if node.value is None:
                self._evaluate_and_drop(target.value)
        elif isinstance(target, ast.Subscript):
            if node.value is None:
                self._evaluate_and_drop(target.value)
                self._evaluate_slice_and_drop(target.slice)
        else:
            self.error("illegal target for annotation", target)
        # the annotation of a complex target is evaluated (and dropped) in
        # modules and classes only, as CPython 3.11 does
        if at_top:
            self._evaluate_and_drop(node.annotation)

    def _evaluate_and_drop(self, expr):
        expr.walkabout(self)
        self.emit(op.POP_TOP)

    def _evaluate_slice_and_drop(self, expr):
        if isinstance(expr, ast.Slice):
            for part in [expr.lower, expr.upper, expr.step]:
                if part is not None:
                    self._evaluate_and_drop(part)
        elif isinstance(expr, ast.Tuple):
            for elt in expr.elts:
                self._evaluate_slice_and_drop(elt)
        else:
            self._evaluate_and_drop(expr)

    # --- expressions --------------------------------------------------

    def visit_Constant(self, node):
        self.load_const(self.compiler.constant_value(node))

    def visit_Name(self, node):
        if _is_debug_name(node):
            # a constant: False under -O
            self.load_const(self.space.newbool(self.compiler.optimize == 0))
            return
        self._name_op(node.id, node.ctx, node)

    def visit_Attribute(self, node):
        node.value.walkabout(self)
        slot = self._nameslot(self.scope.mangle(node.attr))
        if node.ctx == ast.Load:
            self.emit(op.LOAD_ATTR, slot)
        elif node.ctx == ast.Store:
            self.emit(op.STORE_ATTR, slot)
        else:
            self.emit(op.DELETE_ATTR, slot)

    def visit_Subscript(self, node):
        node.value.walkabout(self)
        node.slice.walkabout(self)
        if node.ctx == ast.Load:
            self.emit(op.BINARY_SUBSCR)
        elif node.ctx == ast.Store:
            self.emit(op.STORE_SUBSCR)
        else:
            self.emit(op.DELETE_SUBSCR)

    def visit_Slice(self, node):
        for part in [node.lower, node.upper, node.step]:
            if part is None:
                self.load_none()
            else:
                part.walkabout(self)
        self.emit(op.BUILD_SLICE, 3)

    def visit_BinOp(self, node):
        node.left.walkabout(self)
        node.right.walkabout(self)
        self.emit(_BINOP[node.op])

    def visit_UnaryOp(self, node):
        node.operand.walkabout(self)
        self.emit(_UNARY[node.op])

    def visit_BoolOp(self, node):
        end = Label()
        jump = op.JUMP_IF_FALSE_OR_POP if node.op == ast.And \
            else op.JUMP_IF_TRUE_OR_POP
        values = node.values
        for i in range(len(values) - 1):
            values[i].walkabout(self)
            self.emit_jump(jump, end)
        values[-1].walkabout(self)
        self.asm.place_label(end)

    def _compare_op(self, cmpop):
        if cmpop == ast.Is:
            self.emit(op.IS_OP, 0)
        elif cmpop == ast.IsNot:
            self.emit(op.IS_OP, 1)
        elif cmpop == ast.In:
            self.emit(op.CONTAINS_OP, 0)
        elif cmpop == ast.NotIn:
            self.emit(op.CONTAINS_OP, 1)
        else:
            self.emit(op.COMPARE_OP, _COMPARE[cmpop])

    def visit_Compare(self, node):
        node.left.walkabout(self)
        ops = node.ops
        comparators = node.comparators
        if len(ops) == 1:
            comparators[0].walkabout(self)
            self._compare_op(ops[0])
            return
        # a < b < c: each middle operand is kept for the next comparison
        cleanup = Label()
        end = Label()
        for i in range(len(ops) - 1):
            comparators[i].walkabout(self)
            self.emit(op.DUP_TOP)
            self.emit(op.ROT_THREE)
            self._compare_op(ops[i])
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
        comparators[-1].walkabout(self)
        self._compare_op(ops[-1])
        self.emit_jump(op.JUMP_FORWARD, end)
        self.asm.place_label(cleanup)
        self.emit(op.ROT_TWO)
        self.emit(op.POP_TOP)
        self.asm.place_label(end)

    def visit_IfExp(self, node):
        orelse = Label()
        end = Label()
        node.test.walkabout(self)
        self.emit_jump(op.POP_JUMP_IF_FALSE, orelse)
        node.body.walkabout(self)
        self.emit_jump(op.JUMP_FORWARD, end)
        self.asm.place_label(orelse)
        node.orelse.walkabout(self)
        self.asm.place_label(end)

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and \
                self._is_plain_method_call(node):
            # obj.name(args): LOAD_METHOD/CALL_METHOD spare the bound
            # method (interpreter/pyopcode.py)
            func.value.walkabout(self)
            # a failed lookup is reported at `obj.name`, the call's own
            # errors at the whole call (CPython 3.11's positions)
            saved = self.asm.get_position()
            self.set_position(func)
            self.emit(op.LOAD_METHOD,
                      self._nameslot(self.scope.mangle(func.attr)))
            self.asm.restore_position(saved)
            for arg in node.args:
                arg.walkabout(self)
            self.emit(op.CALL_METHOD, len(node.args))
            return
        node.func.walkabout(self)
        self._emit_call(0, node.args, node.keywords)

    def _is_plain_method_call(self, node):
        """A call of an attribute with positional arguments only, no
        `*`: what LOAD_METHOD/CALL_METHOD compile."""
        if not isinstance(node.func, ast.Attribute) or node.keywords:
            return False
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                return False
        return True

    def _emit_call(self, nprefix, args, keywords):
        """Call the callable under `nprefix` already pushed positional
        arguments with `args` and `keywords`.  With `*` or `**` the
        arguments are collected into a tuple and a dict for
        CALL_FUNCTION_EX."""
        has_star = False
        for arg in args:
            if isinstance(arg, ast.Starred):
                has_star = True
        for keyword in keywords:
            if keyword.arg is None:
                has_star = True
        if not has_star:
            for arg in args:
                arg.walkabout(self)
            if not keywords:
                self.emit(op.CALL_FUNCTION, nprefix + len(args))
                return
            names_w = []
            for keyword in keywords:
                keyword.value.walkabout(self)
                names_w.append(self.space.newtext(keyword.arg))
            self.load_const(self.space.newtuple(names_w))
            self.emit(op.CALL_FUNCTION_KW,
                      nprefix + len(args) + len(keywords))
            return
        first = args[0] if len(args) == 1 else None
        if nprefix == 0 and isinstance(first, ast.Starred):
            # f(*a): CALL_FUNCTION_EX turns a itself into a tuple (with
            # the error message that names the function)
            first.value.walkabout(self)
        else:
            self.emit(op.BUILD_LIST, nprefix)
            for arg in args:
                if isinstance(arg, ast.Starred):
                    arg.value.walkabout(self)
                    self.emit(op.LIST_EXTEND, 1)
                else:
                    arg.walkabout(self)
                    self.emit(op.LIST_APPEND, 1)
            self.emit(op.LIST_TO_TUPLE)
        if not keywords:
            self.emit(op.CALL_FUNCTION_EX, 0)
            return
        if len(keywords) == 1 and keywords[0].arg is None:
            keywords[0].value.walkabout(self)
        else:
            # runs of name=value become dicts merged in order; merging
            # reports a keyword given twice
            self.emit(op.BUILD_MAP, 0)
            i = 0
            while i < len(keywords):
                keyword = keywords[i]
                if keyword.arg is None:
                    keyword.value.walkabout(self)
                    i += 1
                else:
                    n = 0
                    while i < len(keywords) and keywords[i].arg is not None:
                        self.load_const(self.space.newtext(keywords[i].arg))
                        keywords[i].value.walkabout(self)
                        n += 1
                        i += 1
                    self.emit(op.BUILD_MAP, n)
                self.emit(op.DICT_MERGE, 1)
        self.emit(op.CALL_FUNCTION_EX, 1)

    def _has_starred(self, elts):
        for elt in elts:
            if isinstance(elt, ast.Starred):
                return True
        return False

    def _display(self, elts, build, append, extend):
        """Push a list or set display; starred items are unpacked into
        it."""
        if not self._has_starred(elts):
            for elt in elts:
                elt.walkabout(self)
            self.emit(build, len(elts))
            return
        n = 0
        while not isinstance(elts[n], ast.Starred):
            elts[n].walkabout(self)
            n += 1
        self.emit(build, n)
        for i in range(n, len(elts)):
            elt = elts[i]
            if isinstance(elt, ast.Starred):
                elt.value.walkabout(self)
                self.emit(extend, 1)
            else:
                elt.walkabout(self)
                self.emit(append, 1)

    def _unpack_target(self, elts, node):
        """`a, *b, c = ...`: UNPACK_EX takes the counts before and after
        the starred target."""
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error("multiple starred expressions in assignment",
                               elts[i])
                star = i
        if star < 0:
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        else:
            after = len(elts) - star - 1
            if star >= op.UNPACK_EX_LIMIT or after >= op.UNPACK_EX_LIMIT:
                self.error("too many expressions in star-unpacking "
                           "assignment", node)
            self.emit(op.UNPACK_EX, star | (after << op.UNPACK_EX_SHIFT))
        for elt in elts:
            if isinstance(elt, ast.Starred):
                elt.value.walkabout(self)
            else:
                elt.walkabout(self)

    def visit_Tuple(self, node):
        if node.ctx == ast.Store:
            self._unpack_target(node.elts, node)
        elif node.ctx == ast.Del:
            for elt in node.elts:
                elt.walkabout(self)
        elif self._has_starred(node.elts):
            self._display(node.elts, op.BUILD_LIST, op.LIST_APPEND,
                          op.LIST_EXTEND)
            self.emit(op.LIST_TO_TUPLE)
        else:
            for elt in node.elts:
                elt.walkabout(self)
            self.emit(op.BUILD_TUPLE, len(node.elts))

    def visit_List(self, node):
        if node.ctx == ast.Store:
            self._unpack_target(node.elts, node)
        elif node.ctx == ast.Del:
            for elt in node.elts:
                elt.walkabout(self)
        else:
            self._display(node.elts, op.BUILD_LIST, op.LIST_APPEND,
                          op.LIST_EXTEND)

    def visit_Set(self, node):
        self._display(node.elts, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE)

    def visit_Starred(self, node):
        if node.ctx == ast.Store:
            self.error("starred assignment target must be in a list or "
                       "tuple", node)
        self.error("can't use starred expression here", node)

    def visit_Dict(self, node):
        n = 0
        merged = False
        for i in range(len(node.values)):
            key = node.keys[i]
            if key is None:
                # {**m}: what came before is one dict, m is merged in
                if not merged:
                    self.emit(op.BUILD_MAP, n)
                    merged = True
                node.values[i].walkabout(self)
                self.emit(op.DICT_UPDATE, 1)
            elif merged:
                key.walkabout(self)
                node.values[i].walkabout(self)
                self.emit(op.MAP_ADD, 1)
            else:
                key.walkabout(self)
                node.values[i].walkabout(self)
                n += 1
        if not merged:
            self.emit(op.BUILD_MAP, n)

    def visit_Lambda(self, node):
        flags = self._function_defaults(node.args)
        qualname = self._qualname('<lambda>', False)
        child = self._child(node, '<lambda>', qualname, node.lineno)
        code = child.compile_lambda(node)
        self._make_function(node, code, qualname, flags)

    def _comprehension(self, node, name, generators, kind, elt, value):
        qualname = self._qualname(name, False)
        child = self._child(node, name, qualname, node.lineno)
        is_async = child.scope.is_coroutine and kind != symtable.COMP_GENEXP
        if is_async and not self.scope.is_async_def and \
                self.scope.comprehension == symtable.COMP_NONE:
            self.error("asynchronous comprehension outside of an "
                       "asynchronous function", node)
        code = child.compile_comprehension(node, generators, kind, elt,
                                           value)
        self._make_function(node, code, qualname, 0)
        first = generators[0]
        assert isinstance(first, ast.comprehension)
        first.iter.walkabout(self)
        self.emit(op.GET_AITER if first.is_async else op.GET_ITER)
        self.emit(op.CALL_FUNCTION, 1)
        if is_async:
            self._await()

    def visit_ListComp(self, node):
        self._comprehension(node, '<listcomp>', node.generators,
                            symtable.COMP_LIST, node.elt, None)

    def visit_SetComp(self, node):
        self._comprehension(node, '<setcomp>', node.generators,
                            symtable.COMP_SET, node.elt, None)

    def visit_DictComp(self, node):
        self._comprehension(node, '<dictcomp>', node.generators,
                            symtable.COMP_DICT, node.key, node.value)

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '<genexpr>', node.generators,
                            symtable.COMP_GENEXP, node.elt, None)

    def visit_Yield(self, node):
        if node.value is not None:
            node.value.walkabout(self)
        else:
            self.load_none()
        self.emit(op.YIELD_VALUE)

    def visit_Await(self, node):
        scope = self.scope
        if scope.comprehension == symtable.COMP_NONE:
            if not scope.is_function():
                self.error("'await' outside function", node)
            if not scope.is_async_def:
                self.error("'await' outside async function", node)
        node.value.walkabout(self)
        self._await()

    def visit_YieldFrom(self, node):
        if self.scope.is_async_def:
            self.error("'yield from' inside async function", node)
        node.value.walkabout(self)
        self.emit(op.GET_YIELD_FROM_ITER)
        self.load_none()
        self.emit(op.YIELD_FROM)

    def visit_NamedExpr(self, node):
        node.value.walkabout(self)
        self.emit(op.DUP_TOP)
        node.target.walkabout(self)

    def visit_JoinedStr(self, node):
        for value in node.values:
            value.walkabout(self)
        if len(node.values) == 1 and \
                isinstance(node.values[0], ast.Constant):
            return
        self.emit(op.BUILD_STRING, len(node.values))

    def visit_FormattedValue(self, node):
        node.value.walkabout(self)
        conversion = node.conversion
        if conversion == ord('s'):
            arg = op.FORMAT_STR
        elif conversion == ord('r'):
            arg = op.FORMAT_REPR
        elif conversion == ord('a'):
            arg = op.FORMAT_ASCII
        else:
            arg = op.FORMAT_NONE
        if node.format_spec is not None:
            node.format_spec.walkabout(self)
            arg |= op.FORMAT_WITH_SPEC
        self.emit(op.FORMAT_VALUE, arg)


def _with_position(visit):
    """Wrap the visit_X method of an expression node: the instructions
    it emits itself carry the node's position, and the enclosing node's
    position is back in force when it returns (CPython's rule: an
    operation is located at the expression that performs it, so
    `a + b()` reports the call at `b()` and the addition at `a + b()`)."""
    def visit_with_position(self, node):
        saved = self.asm.get_position()
        self.set_position(node)
        visit(self, node)
        self.asm.restore_position(saved)
    visit_with_position.__name__ = visit.__name__
    return visit_with_position


def _install_position_wrappers():
    for name, cls in ast.node_classes.items():
        if not issubclass(cls, ast.expr):
            continue
        method = CodeGenerator.__dict__.get('visit_' + name)
        if method is not None:
            setattr(CodeGenerator, 'visit_' + name, _with_position(method))

_install_position_wrappers()
