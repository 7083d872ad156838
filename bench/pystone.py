"""A pystone-like mix (written for this suite, in the spirit of
Dhrystone): records with attributes, global and local integers, chars,
a 1-D and a 2-D array, string comparison, procedure calls and branches.
Argument: the number of loops.  Checksum: the final state."""

import sys

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(1, 6)


class Record:
    def __init__(self, ptr=None, discr=0, enum=0, value=0, text=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.value = value
        self.text = text

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.value,
                      self.text)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = '\0'
        self.char2 = '\0'
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for i in range(51)]
        self.ptr_glob = None


def func1(ch1, ch2):
    if ch1 != ch2:
        return IDENT1
    return IDENT2


def func2(text1, text2, st):
    i = 1
    ch = 'A'
    while i <= 1:
        if func1(text1[i], text2[i + 1]) == IDENT1:
            ch = 'A'
            i += 1
    if 'W' <= ch <= 'Z':
        i = 7
    if ch == 'X':
        return True
    if text1 > text2:
        st.int_glob = i + 7
        return True
    return False


def func3(enum):
    return enum == IDENT3


def proc6(enum, st):
    result = enum
    if not func3(enum):
        result = IDENT4
    if enum == IDENT1:
        result = IDENT1
    elif enum == IDENT2:
        result = IDENT1 if st.int_glob > 100 else IDENT4
    elif enum == IDENT3:
        result = IDENT2
    elif enum == IDENT5:
        result = IDENT3
    return result


def proc7(a, b):
    return a + b + 2


def proc8(array1, array2, a, b, st):
    loc = a + 5
    array1[loc] = b
    array1[loc + 1] = array1[loc]
    array1[loc + 30] = loc
    for i in range(loc, loc + 2):
        array2[loc][i] = loc
    array2[loc][loc - 1] += 1
    array2[loc + 20][loc] = array1[loc]
    st.int_glob = 5


def proc3(ptr, st):
    if st.ptr_glob is not None:
        ptr = st.ptr_glob.ptr
    else:
        st.int_glob = 100
    st.ptr_glob.value = proc7(10, st.int_glob)
    return ptr


def proc1(ptr, st):
    nxt = ptr.ptr = st.ptr_glob.copy()
    ptr.value = 5
    nxt.value = ptr.value
    nxt.ptr = ptr.ptr
    nxt.ptr = proc3(nxt.ptr, st)
    if nxt.discr == IDENT1:
        nxt.value = 6
        nxt.enum = proc6(ptr.enum, st)
        nxt.ptr = st.ptr_glob.ptr
        nxt.value = proc7(nxt.value, 10)
    else:
        ptr = nxt.copy()
    return ptr


def proc2(value, st):
    loc = value + 10
    enum = 0
    while True:
        if st.char1 == 'A':
            loc -= 1
            value = loc - st.int_glob
            enum = IDENT1
        if enum == IDENT1:
            return value


def run(loops):
    st = State()
    st.ptr_glob = Record()
    st.ptr_glob.ptr = Record()
    st.ptr_glob.discr = IDENT1
    st.ptr_glob.enum = IDENT3
    st.ptr_glob.value = 40
    st.ptr_glob.text = "DHRYSTONE PROGRAM, SOME STRING"
    text1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    st.array2[8][7] = 10
    checksum = 0
    for i in range(loops):
        st.char1 = 'A'
        st.char2 = 'B'
        st.bool_glob = st.char1 == 'A'
        int1 = 2
        int2 = 3
        text2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = IDENT2
        st.bool_glob = not func2(text1, text2, st)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int3)
            int1 += 1
        proc8(st.array1, st.array2, int1, int3, st)
        st.ptr_glob = proc1(st.ptr_glob, st)
        ch = 'A'
        while ch <= st.char2:
            if enum == func1(ch, 'C'):
                enum = proc6(IDENT1, st)
            ch = chr(ord(ch) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc2(int1, st)
        checksum = (checksum * 31 + int1 + int2 + int3 + enum +
                    st.int_glob + st.ptr_glob.value) % 1000000007
    return checksum, st.array2[8][7], st.array1[8]


def main(loops):
    checksum, a, b = run(loops)
    print("pystone %d %d %d" % (checksum, a, b))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
