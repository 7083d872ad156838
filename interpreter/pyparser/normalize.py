"""NFKC normalization of identifiers (PEP 3131).

CPython normalizes every non-ASCII identifier to NFKC while parsing, so
that `ﬁ` and `fi` are the same name.  rpython.rlib.unicodedata has no
`normalize`, but it has the pieces: full compatibility decompositions,
combining classes and the canonical composition pairs.  `nfkc` puts them
together, on lists of code points (decompose, order the combining marks,
recompose; Hangul syllables are handled by arithmetic, as the standard says).

The database is Unicode 8.0 (CPython 3.11 uses 14.0): identifiers made of
characters added since then are left as they are.
"""


from __future__ import absolute_import
from rpython.rlib.rarithmetic import r_longlong
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

_S_BASE = 0xAC00
_L_BASE = 0x1100
_V_BASE = 0x1161
_T_BASE = 0x11A7
_L_COUNT = 19
_V_COUNT = 21
_T_COUNT = 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT


def _decompose(points):
    codes = []
    for code in points:
        if _S_BASE <= code < _S_BASE + _S_COUNT:
            index = code - _S_BASE
            codes.append(_L_BASE + index // _N_COUNT)
            codes.append(_V_BASE + (index % _N_COUNT) // _T_COUNT)
            if index % _T_COUNT != 0:
                codes.append(_T_BASE + index % _T_COUNT)
            continue
        decomposition = unicodedb.compat_decomposition(code)
        if decomposition:
            codes.extend(decomposition)
        else:
            codes.append(code)
    return codes


def _reorder(codes):
    """Canonical ordering: stable sort of each run of combining marks by
    combining class (insertion sort: runs are short)."""
    for i in range(1, len(codes)):
        cc = unicodedb.combining(codes[i])
        if cc == 0:
            continue
        j = i
        while j > 0:
            prev = unicodedb.combining(codes[j - 1])
            if prev == 0 or prev <= cc:
                break
            codes[j - 1], codes[j] = codes[j], codes[j - 1]
            j -= 1


def _compose_pair(first, second):
    """The primary composite of two code points, or -1."""
    if _L_BASE <= first < _L_BASE + _L_COUNT and \
            _V_BASE <= second < _V_BASE + _V_COUNT:
        return _S_BASE + ((first - _L_BASE) * _V_COUNT +
                          (second - _V_BASE)) * _T_COUNT
    if _S_BASE <= first < _S_BASE + _S_COUNT and \
            (first - _S_BASE) % _T_COUNT == 0 and \
            _T_BASE < second < _T_BASE + _T_COUNT:
        return first + (second - _T_BASE)
    key = (r_longlong(first) << 32) | r_longlong(second)
    try:
        return unicodedb._composition[key]
    except KeyError:
        return -1


def _compose(codes):
    out = []
    starter = -1        # index in `out` of the last starter
    last_cc = -1        # class of the last char after it (-1: none)
    for code in codes:
        cc = unicodedb.combining(code)
        if starter >= 0 and (last_cc == -1 or (last_cc != 0 and
                                               last_cc < cc)):
            composite = _compose_pair(out[starter], code)
            if composite >= 0:
                out[starter] = composite
                continue
        if cc == 0:
            starter = len(out)
            last_cc = -1
        else:
            last_cc = cc
        out.append(code)
    return out


def nfkc(points):
    """The NFKC normal form of a string given as a list of code points
    (the result is a new list)."""
    codes = _decompose(points)
    _reorder(codes)
    return _compose(codes)
