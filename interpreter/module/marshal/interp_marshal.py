"""The interp-level functions of `marshal`: our own serialisation of
constants and code objects (docs/imports.rst describes the format).

Every object is a one-byte type code followed by its payload; integers in
the payload are little-endian.  Reading checks every length against the
data that is left and every code object against its own tables, so
malformed data raises ValueError or EOFError instead of building an
object that could crash the interpreter.
"""


from __future__ import absolute_import
from rpython.rlib.rarithmetic import intmask, r_ulonglong
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rstruct.ieee import float_pack, float_unpack

from interpreter import opcodes
from interpreter.error import OperationError, oefmt
from interpreter.gateway import unwrap_spec
from interpreter.pycode import PyCode

# the version that marshal.version reports; dumps() accepts any version
VERSION = 1
MAX_DEPTH = 2000

TYPE_NONE = 'N'
TYPE_TRUE = 'T'
TYPE_FALSE = 'F'
TYPE_ELLIPSIS = '.'
TYPE_INT = 'i'          # 8 bytes, signed
TYPE_LONG = 'l'         # 4-byte length n, n bytes two's complement
TYPE_FLOAT = 'g'        # 8 bytes IEEE 754 binary64
TYPE_COMPLEX = 'y'      # two floats
TYPE_STR = 'u'          # 4-byte length n, n bytes UTF-8
TYPE_BYTES = 's'        # 4-byte length n, n bytes
TYPE_TUPLE = '('        # 4-byte count n, n objects
TYPE_LIST = '['
TYPE_SET = '<'
TYPE_FROZENSET = '>'
TYPE_DICT = '{'         # 4-byte count n, n pairs of objects
TYPE_CODE = 'c'         # see write_code()

# the opcodes whose argument indexes one of a code object's tables
_CONST_OPS = [opcodes.opmap['LOAD_CONST']]
_NAME_OPS = [opcodes.opmap[name] for name in [
    'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL',
    'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR',
    'IMPORT_NAME', 'IMPORT_FROM']]
_LOCAL_OPS = [opcodes.opmap[name] for name in [
    'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST']]
_CELL_OPS = [opcodes.opmap[name] for name in [
    'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE',
    'LOAD_CLASSDEREF']]
_JUMP_OPS = sorted(opcodes.HAS_JUMP_ABS)


# --- writing ------------------------------------------------------------------

class Writer(object):
    def __init__(self, space):
        self.space = space
        self.out = StringBuilder()
        self.depth = 0

    def int4(self, value):
        for i in range(4):
            self.out.append(chr((value >> (8 * i)) & 0xff))

    def int8(self, value):
        for i in range(8):
            self.out.append(chr((value >> (8 * i)) & 0xff))

    def float8(self, value):
        bits = float_pack(value, 8)
        for i in range(8):
            self.out.append(chr(intmask((bits >> (8 * i)) & 0xff)))

    def string(self, s):
        self.int4(len(s))
        self.out.append(s)

    def string_list(self, strings):
        self.int4(len(strings))
        for s in strings:
            self.string(s)

    def int_list(self, ints):
        self.int4(len(ints))
        for value in ints:
            self.int4(value)

    def items(self, code, items_w):
        self.out.append(code)
        self.int4(len(items_w))
        for w_item in items_w:
            self.dump(w_item)

    def dump(self, w_obj):
        space = self.space
        if self.depth > MAX_DEPTH:
            raise oefmt(space.w_ValueError, "object too deeply nested to "
                        "marshal")
        self.depth += 1
        try:
            self._dump(w_obj)
        finally:
            self.depth -= 1

    def _dump(self, w_obj):
        space = self.space
        if w_obj._tproxy_:
            # its type says nothing of what the controller would answer
            raise oefmt(space.w_TypeError,
                        "cannot marshal a transparent proxy of '%T'", w_obj)
        w_type = space.type(w_obj)
        if space.is_w(w_obj, space.w_None):
            self.out.append(TYPE_NONE)
        elif space.is_w(w_obj, space.w_True):
            self.out.append(TYPE_TRUE)
        elif space.is_w(w_obj, space.w_False):
            self.out.append(TYPE_FALSE)
        elif space.is_w(w_obj, space.w_Ellipsis):
            self.out.append(TYPE_ELLIPSIS)
        elif space.is_w(w_type, space.w_int):
            self.write_int(space.bigint_w(w_obj))
        elif space.is_w(w_type, space.w_float):
            self.out.append(TYPE_FLOAT)
            self.float8(space.float_w(w_obj))
        elif space.is_w(w_type, space.w_complex):
            w_real = space.getattr(w_obj, space.newtext('real'))
            w_imag = space.getattr(w_obj, space.newtext('imag'))
            self.out.append(TYPE_COMPLEX)
            self.float8(space.float_w(w_real))
            self.float8(space.float_w(w_imag))
        elif space.is_w(w_type, space.w_str):
            self.out.append(TYPE_STR)
            self.string(space.text_w(w_obj))
        elif space.is_w(w_type, space.w_bytes):
            self.out.append(TYPE_BYTES)
            self.string(space.bytes_w(w_obj))
        elif space.is_w(w_type, space.w_tuple):
            self.items(TYPE_TUPLE, space.listview(w_obj))
        elif space.is_w(w_type, space.w_list):
            self.items(TYPE_LIST, space.listview(w_obj))
        elif space.is_w(w_type, space.w_set):
            self.items(TYPE_SET, space.listview(w_obj))
        elif space.is_w(w_type, space.w_frozenset):
            self.items(TYPE_FROZENSET, space.listview(w_obj))
        elif space.is_w(w_type, space.w_dict):
            w_items = space.call_method(w_obj, 'items')
            pairs_w = space.listview(w_items)
            self.out.append(TYPE_DICT)
            self.int4(len(pairs_w))
            for w_pair in pairs_w:
                key_value_w = space.fixedview(w_pair)
                self.dump(key_value_w[0])
                self.dump(key_value_w[1])
        elif isinstance(w_obj, PyCode):
            self.write_code(w_obj)
        else:
            raise oefmt(space.w_ValueError, "unmarshallable object")

    def write_int(self, num):
        try:
            value = num.toint()
        except OverflowError:
            nbytes = num.bit_length() // 8 + 1
            self.out.append(TYPE_LONG)
            self.string(num.tobytes(nbytes, 'little', True))
        else:
            self.out.append(TYPE_INT)
            self.int8(value)

    def write_code(self, code):
        self.out.append(TYPE_CODE)
        for value in [code.co_argcount, code.co_posonlyargcount,
                      code.co_kwonlyargcount, code.co_nlocals,
                      code.co_stacksize, code.co_flags,
                      code.co_firstlineno]:
            self.int4(value)
        self.out.append(chr(1 if code.hidden_applevel else 0))
        self.string(code.co_code)
        # (copies: the code object's own lists must not be unified with
        # the resizable lists that the writer also takes)
        self.items(TYPE_TUPLE, code.co_consts_w[:])
        self.string_list(code.co_names[:])
        self.string_list(code.co_varnames[:])
        self.string_list(code.co_cellvars[:])
        self.string_list(code.co_freevars[:])
        self.string(code.co_filename)
        self.string(code.co_name)
        self.string(code.co_qualname)
        self.int_list(code.co_linetable[:])
        self.int_list(code.co_positions_table[:])


def dumps_w(space, w_obj):
    """The marshal data of an object, as an interp-level str."""
    writer = Writer(space)
    writer.dump(w_obj)
    return writer.out.build()


@unwrap_spec(version=int)
def dumps(space, w_value, version=VERSION):
    """Return the bytes object that would be written to a file by
dump(value, file).  The value must be a supported type."""
    return space.newbytes(dumps_w(space, w_value))


@unwrap_spec(version=int)
def dump(space, w_value, w_file, version=VERSION):
    """Write the value on the open file.  The value must be a supported
type; the file must be a writeable binary file."""
    space.call_method(w_file, 'write', space.newbytes(dumps_w(space,
                                                              w_value)))


# --- reading ------------------------------------------------------------------

class Reader(object):
    def __init__(self, space, data):
        self.space = space
        self.data = data
        self.pos = 0
        self.depth = 0

    def eof(self, message="marshal data too short"):
        return OperationError(self.space.w_EOFError, self.space.call_function(
            self.space.w_EOFError, self.space.newtext(message)))

    def bad(self, why):
        return oefmt(self.space.w_ValueError, "bad marshal data (%s)", why)

    def take(self, n):
        if n < 0 or n > len(self.data) - self.pos:
            raise self.eof()
        start = self.pos
        self.pos = start + n
        return self.data[start:start + n]

    def byte(self):
        if self.pos >= len(self.data):
            raise self.eof()
        c = self.data[self.pos]
        self.pos += 1
        return c

    def int4(self):
        s = self.take(4)
        value = (ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) |
                 (ord(s[3]) << 24))
        if value >= 1 << 31:
            value -= 1 << 32
        return value

    def count(self):
        n = self.int4()
        if n < 0:
            raise self.bad("negative size")
        return n

    def uint8(self):
        s = self.take(8)
        bits = r_ulonglong(0)
        for i in range(8):
            bits |= r_ulonglong(ord(s[i])) << (8 * i)
        return bits

    def float8(self):
        return float_unpack(self.uint8(), 8)

    def string(self):
        return self.take(self.count())

    def string_list(self):
        n = self.count()
        if n > len(self.data) - self.pos:
            raise self.eof()
        return [self.string() for i in range(n)]

    def int_list(self):
        n = self.count()
        if n > (len(self.data) - self.pos) // 4:
            raise self.eof()
        return [self.int4() for i in range(n)]

    def items(self):
        n = self.count()
        # each item takes at least one byte: no huge allocation for a
        # forged count
        if n > len(self.data) - self.pos:
            raise self.eof()
        return [self.load() for i in range(n)]

    def load(self):
        if self.depth > MAX_DEPTH:
            raise self.bad("recursion limit exceeded")
        self.depth += 1
        try:
            return self._load()
        finally:
            self.depth -= 1

    def _load(self):
        space = self.space
        if self.pos >= len(self.data):
            raise self.eof("EOF read where object expected")
        code = self.byte()
        if code == TYPE_NONE:
            return space.w_None
        if code == TYPE_TRUE:
            return space.w_True
        if code == TYPE_FALSE:
            return space.w_False
        if code == TYPE_ELLIPSIS:
            return space.w_Ellipsis
        if code == TYPE_INT:
            return space.newint(intmask(self.uint8()))
        if code == TYPE_LONG:
            data = self.string()
            if not data:
                raise self.bad("empty long")
            return space.newbigint(rbigint.frombytes(data, 'little', True))
        if code == TYPE_FLOAT:
            return space.newfloat(self.float8())
        if code == TYPE_COMPLEX:
            real = self.float8()
            return space.newcomplex(real, self.float8())
        if code == TYPE_STR:
            return space.newtext(self.string())
        if code == TYPE_BYTES:
            return space.newbytes(self.string())
        if code == TYPE_TUPLE:
            return space.newtuple(self.items())
        if code == TYPE_LIST:
            return space.newlist(self.items())
        if code == TYPE_SET:
            return space.newset(self.items())
        if code == TYPE_FROZENSET:
            return space.call_function(space.w_frozenset,
                                       space.newlist(self.items()))
        if code == TYPE_DICT:
            n = self.count()
            if n > len(self.data) - self.pos:
                raise self.eof()
            w_dict = space.newdict()
            for i in range(n):
                w_key = self.load()
                space.setitem(w_dict, w_key, self.load())
            return w_dict
        if code == TYPE_CODE:
            return self.read_code()
        raise self.bad("unknown type code")

    def read_code(self):
        space = self.space
        argcount = self.int4()
        posonlyargcount = self.int4()
        kwonlyargcount = self.int4()
        nlocals = self.int4()
        stacksize = self.int4()
        flags = self.int4()
        firstlineno = self.int4()
        hidden = self.byte() != '\x00'
        co_code = self.string()
        if self.byte() != TYPE_TUPLE:
            raise self.bad("code constants")
        consts_w = self.items()
        names = self.string_list()
        varnames = self.string_list()
        cellvars = self.string_list()
        freevars = self.string_list()
        filename = self.string()
        name = self.string()
        qualname = self.string()
        linetable = self.int_list()
        positions = self.int_list()
        nargs = argcount + kwonlyargcount
        if flags & 0x0004:
            nargs += 1
        if flags & 0x0008:
            nargs += 1
        if (argcount < 0 or posonlyargcount < 0 or kwonlyargcount < 0 or
                stacksize < 0 or
                posonlyargcount > argcount or nlocals != len(varnames) or
                nargs > nlocals or stacksize > 1 << 20 or
                len(linetable) % 2 != 0 or
                len(positions) != len(co_code) // opcodes.INSTR_SIZE * 4):
            raise self.bad("inconsistent code object")
        self.check_instructions(co_code, len(consts_w), len(names), nlocals,
                                len(cellvars) + len(freevars))
        # (copies: a code object's lists are never resized, these were
        # built by appending)
        code = PyCode(space, argcount, posonlyargcount, kwonlyargcount,
                      nlocals, stacksize, flags, co_code, consts_w[:],
                      names[:], varnames[:], filename, name, qualname,
                      firstlineno, linetable[:], cellvars[:], freevars[:],
                      positions[:])
        code.hidden_applevel = hidden
        return code

    def check_instructions(self, co_code, nconsts, nnames, nlocals, ncells):
        """Every opcode exists and every argument that indexes a table or
        jumps stays inside."""
        size = opcodes.INSTR_SIZE
        if len(co_code) % size != 0 or not co_code:
            raise self.bad("bytecode length")
        for start in range(0, len(co_code), size):
            op = ord(co_code[start])
            arg = (ord(co_code[start + 1]) | (ord(co_code[start + 2]) << 8) |
                   (ord(co_code[start + 3]) << 16))
            if op >= len(opcodes.opname):
                raise self.bad("unknown opcode")
            limit = -1
            if op in _CONST_OPS:
                limit = nconsts
            elif op in _NAME_OPS:
                limit = nnames
            elif op in _LOCAL_OPS:
                limit = nlocals
            elif op in _CELL_OPS:
                limit = ncells
            elif op in _JUMP_OPS:
                limit = len(co_code)
            if limit >= 0 and arg >= limit:
                raise self.bad("instruction argument out of range")


def loads_w(space, data):
    return Reader(space, data).load()


def loads(space, w_data):
    """Convert the bytes-like object to a value.

If no valid value is found, raise EOFError, ValueError or TypeError.
Extra bytes in the input are ignored."""
    return loads_w(space, space.bytes_w(w_data))


def load(space, w_file):
    """Read one value from the open file and return it."""
    w_data = space.call_method(w_file, 'read')
    return loads_w(space, space.bytes_w(w_data))


def version(space):
    return space.newint(VERSION)
