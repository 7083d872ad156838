"""`str.format` and `str.format_map`: replacement fields in a template.

The template is scanned once: literal text (with '{{' and '}}' for
braces), then each field `{name!conversion:spec}`.  The name selects a
positional argument (by number, or automatically numbered when empty) or
a keyword, followed by `.attribute` and `[key]` accesses; the spec may
itself contain fields, expanded first (at most two levels deep, as
CPython allows).  The scanning rules and the messages follow CPython
3.11, so that malformed templates fail the same way.
"""

from __future__ import absolute_import
import sys

from rpython.rlib.rstring import UnicodeBuilder

from interpreter.error import OperationError, oefmt
from objspace.std.formatting import _char_for_message

_NO_NUMBERING, _AUTO_NUMBERING, _MANUAL_NUMBERING = range(3)


class TemplateFormatter(object):
    """One call of str.format (w_kwargs a dict or None) or of
    str.format_map (w_mapping, and no positional arguments)."""

    def __init__(self, space, args_w, w_kwargs, is_format_map):
        self.space = space
        self.args_w = args_w
        self.w_kwargs = w_kwargs
        self.is_format_map = is_format_map
        self.numbering = _NO_NUMBERING
        self.next_index = 0

    def build(self, template, depth):
        space = self.space
        if depth <= 0:
            raise oefmt(space.w_ValueError, "Max string recursion exceeded")
        result = UnicodeBuilder()
        end = len(template)
        pos = 0
        while pos < end:
            # literal text up to the next brace
            literal_start = pos
            c = u'\0'
            while pos < end:
                c = template[pos]
                pos += 1
                if c == u'{' or c == u'}':
                    break
            if c != u'{' and c != u'}':
                result.append_slice(template, literal_start, pos)
                break
            at_end = pos >= end
            if c == u'}' and (at_end or template[pos] != u'}'):
                raise oefmt(space.w_ValueError,
                            "Single '}' encountered in format string")
            if c == u'{' and at_end:
                raise oefmt(space.w_ValueError,
                            "Single '{' encountered in format string")
            result.append_slice(template, literal_start, pos - 1)
            if template[pos] == c:
                # a doubled brace stands for itself
                result.append(c)
                pos += 1
                continue
            pos = self._field(template, pos, depth, result)
        return result.build()

    def _field(self, template, pos, depth, result):
        """Render the field that starts at template[pos] (after its '{')
        into result; return the position after its closing '}'."""
        space = self.space
        (name_start, name_end, conversion, spec_start, spec_end,
         pos) = scan_field(space, template, pos)
        assert name_start >= 0 and name_end >= name_start
        w_obj = self._lookup(template[name_start:name_end])
        if conversion != u'\0':
            w_obj = self._convert(w_obj, conversion)
        assert spec_start >= 0 and spec_end >= spec_start
        spec = template[spec_start:spec_end]
        if u'{' in spec:
            spec = self.build(spec, depth - 1)
        w_text = space.format(w_obj, space.newunicode(spec))
        result.append(space.unicode_w(w_text))
        return pos

    def _convert(self, w_obj, conversion):
        space = self.space
        if conversion == u'r':
            return space.repr(w_obj)
        if conversion == u's':
            return space.str(w_obj)
        if conversion == u'a':
            from interpreter.module.builtins.interp_builtins import ascii
            return ascii(space, w_obj)
        raise oefmt(space.w_ValueError, "Unknown conversion specifier %s",
                    _char_for_message(conversion))

    def _lookup(self, name):
        """The object a field name designates."""
        space = self.space
        end = len(name)
        i = 0
        while i < end and name[i] != u'.' and name[i] != u'[':
            i += 1
        first = name[:i]
        index = _decimal(space, first)
        if not first:
            if self.numbering == _MANUAL_NUMBERING:
                raise oefmt(space.w_ValueError,
                            "cannot switch from manual field specification "
                            "to automatic field numbering")
            self.numbering = _AUTO_NUMBERING
            index = self.next_index
            self.next_index += 1
        elif index >= 0:
            if self.numbering == _AUTO_NUMBERING:
                raise oefmt(space.w_ValueError,
                            "cannot switch from automatic field numbering "
                            "to manual field specification")
            self.numbering = _MANUAL_NUMBERING
        if index >= 0:
            if self.is_format_map:
                raise oefmt(space.w_ValueError,
                            "Format string contains positional fields")
            if index >= len(self.args_w):
                raise oefmt(space.w_IndexError,
                            "Replacement index %d out of range for "
                            "positional args tuple", index)
            w_obj = self.args_w[index]
        else:
            w_key = space.newunicode(first)
            if self.w_kwargs is None:
                raise OperationError(space.w_KeyError, space.call_function(
                    space.w_KeyError, w_key))
            w_obj = space.getitem(self.w_kwargs, w_key)
        # the accessors: .name and [key]
        while i < end:
            c = name[i]
            i += 1
            if c == u'.':
                start = i
                while i < end and name[i] != u'.' and name[i] != u'[':
                    i += 1
                if i == start:
                    raise oefmt(space.w_ValueError,
                                "Empty attribute in format string")
                w_obj = space.getattr(w_obj, space.newunicode(name[start:i]))
            elif c == u'[':
                start = i
                while i < end and name[i] != u']':
                    i += 1
                if i >= end:
                    raise oefmt(space.w_ValueError,
                                "Missing ']' in format string")
                key = name[start:i]
                i += 1
                if not key:
                    raise oefmt(space.w_ValueError,
                                "Empty attribute in format string")
                if i < end and name[i] != u'.' and name[i] != u'[':
                    raise oefmt(space.w_ValueError, "Only '.' or '[' may "
                                "follow ']' in format field specifier")
                key_index = _decimal(space, key)
                if key_index >= 0:
                    w_key = space.newint(key_index)
                else:
                    w_key = space.newunicode(key)
                w_obj = space.getitem(w_obj, w_key)
            else:
                raise oefmt(space.w_ValueError, "Only '.' or '[' may "
                            "follow ']' in format field specifier")
        return w_obj


def scan_field(space, template, pos):
    """Scan the replacement field that starts at template[pos] (after its
    '{'): (name_start, name_end, conversion or u'\\0', spec_start,
    spec_end, the position after its closing '}').  Also used by
    _string.formatter_parser."""
    end = len(template)
    name_start = pos
    c = u'\0'
    while pos < end:
        c = template[pos]
        pos += 1
        if c == u'[':
            # a key may contain any character but ']'
            while pos < end and template[pos] != u']':
                pos += 1
            continue
        if c == u'{':
            raise oefmt(space.w_ValueError,
                        "unexpected '{' in field name")
        if c == u'}' or c == u':' or c == u'!':
            break
    name_end = pos - 1
    if c != u'}' and c != u':' and c != u'!':
        raise oefmt(space.w_ValueError,
                    "expected '}' before end of string")
    conversion = u'\0'
    spec_start = spec_end = pos
    if c == u'!' or c == u':':
        finished = False
        if c == u'!':
            if pos >= end:
                raise oefmt(space.w_ValueError, "end of string while "
                            "looking for conversion specifier")
            conversion = template[pos]
            pos += 1
            if pos < end:
                c = template[pos]
                pos += 1
                if c == u'}':
                    finished = True
                elif c != u':':
                    raise oefmt(space.w_ValueError,
                                "expected ':' after conversion "
                                "specifier")
            spec_start = spec_end = pos
        if not finished:
            count = 1
            while True:
                if pos >= end:
                    raise oefmt(space.w_ValueError,
                                "unmatched '{' in format spec")
                c = template[pos]
                pos += 1
                if c == u'{':
                    count += 1
                elif c == u'}':
                    count -= 1
                    if count == 0:
                        spec_end = pos - 1
                        break
    return name_start, name_end, conversion, spec_start, spec_end, pos


def _decimal(space, text):
    """text as a non-negative number when it is all ASCII digits, else
    -1."""
    if not text:
        return -1
    value = 0
    for c in text:
        if not u'0' <= c <= u'9':
            return -1
        if value > sys.maxint // 10 - 1:
            raise oefmt(space.w_ValueError,
                        "Too many decimal digits in format string")
        value = value * 10 + (ord(c) - ord('0'))
    return value


def format_template(space, template, args_w, w_kwargs):
    """str.format: template (unicode) with the call's arguments."""
    return TemplateFormatter(space, args_w, w_kwargs, False).build(
        template, 2)


def format_map_template(space, template, w_mapping):
    """str.format_map: template with keyword fields from w_mapping."""
    return TemplateFormatter(space, [], w_mapping, True).build(template, 2)
