"""The code generator: AST -> instructions, one CodeGenerator per scope.

It walks the tree of one module or function body and appends
instructions to an Assembler (assemble.py), which resolves jump labels,
computes the stack depth and builds the PyCode.  Names are loaded and
stored as the symbol table (symtable.py) decides.  Constructs that the
compiler does not handle yet raise a SyntaxError saying so.
"""


from __future__ import absolute_import
from rpython.rlib.objectmodel import specialize

from interpreter import opcodes as op
from interpreter.astcompiler import ast
from interpreter.astcompiler import symtable
from interpreter.astcompiler.assemble import Assembler, Label
from interpreter.pycode import CO_VARARGS, CO_VARKEYWORDS, CO_NEWLOCALS, \
    CO_OPTIMIZED
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
    F_HANDLER, F_HANDLER_CLEANUP = range(7)


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


class CodeGenerator(ast.ASTVisitor):
    """Compiles one scope (module, interactive input, expression or
    function body) into a PyCode."""

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
        self.varnames = []
        self.varindex = {}
        self.names = []
        self.nameindex = {}
        if scope.is_function:
            for name in scope.local_order:
                self._varslot(name)

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
        kind = self.scope.resolve(name)
        if kind == symtable.SCOPE_FREE:
            raise SyntaxError("closures (the use of '%s' from an enclosing "
                              "function) are not supported yet" % name,
                              self.asm.lineno, 0, None,
                              self.compiler.filename)
        if kind == symtable.SCOPE_LOCAL:
            slot = self._varslot(name)
            if ctx == ast.Load:
                self.emit(op.LOAD_FAST, slot)
            elif ctx == ast.Store:
                self.emit(op.STORE_FAST, slot)
            else:
                self.emit(op.DELETE_FAST, slot)
            return
        slot = self._nameslot(name)
        if kind == symtable.SCOPE_NAME:
            if ctx == ast.Load:
                self.emit(op.LOAD_NAME, slot)
            elif ctx == ast.Store:
                self.emit(op.STORE_NAME, slot)
            else:
                self.emit(op.DELETE_NAME, slot)
            return
        if ctx == ast.Load:
            self.emit(op.LOAD_GLOBAL, slot)
        elif ctx == ast.Store:
            self.emit(op.STORE_GLOBAL, slot)
        else:
            self.emit(op.DELETE_GLOBAL, slot)

    def visit_body(self, stmts):
        for stmt in stmts:
            self.set_lineno(stmt.lineno)
            stmt.walkabout(self)

    # --- entry points -------------------------------------------------

    def compile_module(self, body):
        self.visit_body(body)
        self.load_none()
        self.emit(op.RETURN_VALUE)
        return self.make_code(0, 0, 0, 0)

    def compile_expression(self, tree):
        tree.body.walkabout(self)
        self.emit(op.RETURN_VALUE)
        return self.make_code(0, 0, 0, 0)

    def compile_function(self, node):
        args = node.args
        flags = CO_OPTIMIZED | CO_NEWLOCALS
        if args.vararg is not None:
            flags |= CO_VARARGS
        if args.kwarg is not None:
            flags |= CO_VARKEYWORDS
        body = node.body
        self.visit_body(body)
        self.load_none()
        self.emit(op.RETURN_VALUE)
        argcount = len(args.posonlyargs) + len(args.args)
        return self.make_code(argcount, len(args.posonlyargs),
                              len(args.kwonlyargs), flags)

    def make_code(self, argcount, posonlyargcount, kwonlyargcount, flags):
        code = self.asm.assemble(
            argcount, posonlyargcount, kwonlyargcount, flags, self.names,
            self.varnames, self.compiler.filename, self.name, self.qualname)
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
        pass

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
            self._name_op(target.id, ast.Load, target)
            node.value.walkabout(self)
            self.emit(_INPLACE[node.op])
            self._name_op(target.id, ast.Store, target)
        elif isinstance(target, ast.Attribute):
            target.value.walkabout(self)
            self.emit(op.DUP_TOP)
            self.emit(op.LOAD_ATTR, self._nameslot(target.attr))
            node.value.walkabout(self)
            self.emit(_INPLACE[node.op])
            self.emit(op.ROT_TWO)
            self.emit(op.STORE_ATTR, self._nameslot(target.attr))
        elif isinstance(target, ast.Subscript):
            target.value.walkabout(self)
            target.slice.walkabout(self)
            self.emit(op.DUP_TOP_TWO)
            self.emit(op.BINARY_SUBSCR)
            node.value.walkabout(self)
            self.emit(_INPLACE[node.op])
            self.emit(op.ROT_THREE)
            self.emit(op.STORE_SUBSCR)
        else:
            self.error("illegal expression for augmented assignment", node)

    def visit_Delete(self, node):
        for target in node.targets:
            target.walkabout(self)

    def visit_If(self, node):
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
        if not self.scope.is_function:
            self.error("'return' outside function", node)
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
        end = Label()
        node.test.walkabout(self)
        self.emit_jump(op.POP_JUMP_IF_TRUE, end)
        self.emit(op.LOAD_ASSERTION_ERROR)
        if node.msg is not None:
            node.msg.walkabout(self)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.asm.place_label(end)

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
            self.set_lineno(handler.lineno)
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
            if alias.name == '*':
                self.error("'from ... import *' is not supported yet", node)
            names_w.append(space.newtext(alias.name))
        self.load_const(space.newint(node.level))
        self.load_const(space.newtuple(names_w))
        module = node.module if node.module is not None else ''
        self.emit(op.IMPORT_NAME, self._nameslot(module))
        for alias in node.names:
            self.emit(op.IMPORT_FROM, self._nameslot(alias.name))
            store_as = alias.asname if alias.asname is not None \
                else alias.name
            self._name_op(store_as, ast.Store, node)
        self.emit(op.POP_TOP)

    def visit_FunctionDef(self, node):
        for decorator in node.decorator_list:
            decorator.walkabout(self)
        args = node.args
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
                self.load_const(self.space.newtext(args.kwonlyargs[i].arg))
                default.walkabout(self)
                nkwdefaults += 1
        if nkwdefaults:
            self.emit(op.BUILD_MAP, nkwdefaults)
            flags |= op.MAKE_FUNCTION_KWDEFAULTS
        qualname = node.name
        if self.scope.is_function:
            qualname = '%s.<locals>.%s' % (self.qualname, node.name)
        code = self.compiler.compile_function(node, qualname)
        self.load_const(code)
        self.load_const(self.space.newtext(qualname))
        self.emit(op.MAKE_FUNCTION, flags)
        for i in range(len(node.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self._name_op(node.name, ast.Store, node)

    # --- expressions --------------------------------------------------

    def visit_Constant(self, node):
        self.load_const(self.compiler.constant_value(node))

    def visit_Name(self, node):
        self._name_op(node.id, node.ctx, node)

    def visit_Attribute(self, node):
        node.value.walkabout(self)
        slot = self._nameslot(node.attr)
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
        node.func.walkabout(self)
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                self.error("'*' arguments in calls are not supported yet",
                           arg)
            arg.walkabout(self)
        if not node.keywords:
            self.emit(op.CALL_FUNCTION, len(node.args))
            return
        names_w = []
        for keyword in node.keywords:
            if keyword.arg is None:
                self.error("'**' arguments in calls are not supported yet",
                           keyword)
            keyword.value.walkabout(self)
            names_w.append(self.space.newtext(keyword.arg))
        self.load_const(self.space.newtuple(names_w))
        self.emit(op.CALL_FUNCTION_KW, len(node.args) + len(node.keywords))

    def _check_no_starred(self, elts):
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.error("starred expressions are not supported yet", elt)

    def visit_Tuple(self, node):
        self._check_no_starred(node.elts)
        if node.ctx == ast.Store:
            self.emit(op.UNPACK_SEQUENCE, len(node.elts))
            for elt in node.elts:
                elt.walkabout(self)
        elif node.ctx == ast.Del:
            for elt in node.elts:
                elt.walkabout(self)
        else:
            for elt in node.elts:
                elt.walkabout(self)
            self.emit(op.BUILD_TUPLE, len(node.elts))

    def visit_List(self, node):
        self._check_no_starred(node.elts)
        if node.ctx == ast.Store:
            self.emit(op.UNPACK_SEQUENCE, len(node.elts))
            for elt in node.elts:
                elt.walkabout(self)
        elif node.ctx == ast.Del:
            for elt in node.elts:
                elt.walkabout(self)
        else:
            for elt in node.elts:
                elt.walkabout(self)
            self.emit(op.BUILD_LIST, len(node.elts))

    def visit_Dict(self, node):
        for i in range(len(node.values)):
            key = node.keys[i]
            if key is None:
                self.error("'**' in dict displays is not supported yet",
                           node.values[i])
            key.walkabout(self)
            node.values[i].walkabout(self)
        self.emit(op.BUILD_MAP, len(node.values))


def _make_unsupported(name, what):
    def visit_unsupported(self, node):
        self.error("%s not supported yet" % what, node)
    visit_unsupported.__name__ = 'visit_' + name
    return visit_unsupported


# Generated: a visit_X for each construct the compiler does not handle
# yet, raising "SyntaxError: <what> not supported yet".
_UNSUPPORTED = [
    ('ClassDef', "'class' statements are"), ('Lambda', 'lambda is'),
    ('With', "'with' statements are"),
    ('Nonlocal', "'nonlocal' declarations are"),
    ('AnnAssign', 'annotated assignments are'),
    ('NamedExpr', 'assignment expressions are'), ('Set', 'set displays are'),
    ('ListComp', 'list comprehensions are'),
    ('SetComp', 'set comprehensions are'),
    ('DictComp', 'dict comprehensions are'),
    ('GeneratorExp', 'generator expressions are'), ('Yield', "'yield' is"),
    ('YieldFrom', "'yield from' is"), ('JoinedStr', 'f-strings are'),
    ('FormattedValue', 'f-strings are'), ('Starred', 'starred expressions are'),
]
for _name, _what in _UNSUPPORTED:
    setattr(CodeGenerator, 'visit_' + _name, _make_unsupported(_name, _what))
