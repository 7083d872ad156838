"""formatter_parser and formatter_field_name_split: str.format's template
scanning (objspace/std/strformat.py) with the pieces returned instead of
rendered.  Both return iterators over lists made at once, so that a
malformed template fails at the call rather than while iterating."""

from __future__ import absolute_import

from interpreter.error import oefmt
from objspace.std.strformat import scan_field, _decimal


def formatter_parser(space, w_template):
    """Iterate over (literal_text, field_name, format_spec, conversion)
    for each replacement field of the template."""
    template = _template_w(space, w_template)
    items_w = []
    end = len(template)
    pos = 0
    while pos < end:
        literal_start = pos
        c = u'\0'
        while pos < end:
            c = template[pos]
            pos += 1
            if c == u'{' or c == u'}':
                break
        if c != u'{' and c != u'}':
            assert 0 <= literal_start <= pos
            items_w.append(_item(space, template[literal_start:pos],
                                 space.w_None, space.w_None, space.w_None))
            break
        at_end = pos >= end
        if c == u'}' and (at_end or template[pos] != u'}'):
            raise oefmt(space.w_ValueError,
                        "Single '}' encountered in format string")
        if c == u'{' and at_end:
            raise oefmt(space.w_ValueError,
                        "Single '{' encountered in format string")
        if template[pos] == c:
            # a doubled brace: the literal ends with one of them
            pos += 1
            literal_end = pos - 1
            assert literal_end >= literal_start
            items_w.append(_item(space, template[literal_start:literal_end],
                                 space.w_None, space.w_None, space.w_None))
            continue
        literal_end = pos - 1
        assert literal_end >= literal_start
        (name_start, name_end, conversion, spec_start, spec_end,
         pos) = scan_field(space, template, pos)
        assert 0 <= name_start <= name_end
        assert 0 <= spec_start <= spec_end
        if conversion == u'\0':
            w_conversion = space.w_None
        else:
            w_conversion = space.newunicode(conversion)
        items_w.append(_item(space, template[literal_start:literal_end],
                             space.newunicode(template[name_start:name_end]),
                             space.newunicode(template[spec_start:spec_end]),
                             w_conversion))
    return space.iter(space.newlist(items_w))


def _item(space, literal, w_name, w_spec, w_conversion):
    return space.newtuple([space.newunicode(literal), w_name, w_spec,
                           w_conversion])


def _template_w(space, w_template):
    if not space.isinstance_w(w_template, space.w_str):
        raise oefmt(space.w_TypeError,
                    "descriptor 'formatter_parser' requires a 'str' object "
                    "but received a '%T'", w_template)
    return space.unicode_w(w_template)


def _key(space, text):
    index = _decimal(space, text)
    if index >= 0:
        return space.newint(index)
    return space.newunicode(text)


def formatter_field_name_split(space, w_name):
    """Split a field name into its first part (an int when it is a
    number) and an iterator over (is_attribute, key) for each '.name' and
    '[key]' that follows."""
    if not space.isinstance_w(w_name, space.w_str):
        raise oefmt(space.w_TypeError,
                    "descriptor 'formatter_field_name_split' requires a "
                    "'str' object but received a '%T'", w_name)
    name = space.unicode_w(w_name)
    end = len(name)
    i = 0
    while i < end and name[i] != u'.' and name[i] != u'[':
        i += 1
    w_first = _key(space, name[:i])
    rest_w = []
    while i < end:
        c = name[i]
        i += 1
        start = i
        assert start >= 0
        if c == u'.':
            while i < end and name[i] != u'.' and name[i] != u'[':
                i += 1
            if i == start:
                raise oefmt(space.w_ValueError,
                            "Empty attribute in format string")
            rest_w.append(space.newtuple([space.w_True,
                                          space.newunicode(name[start:i])]))
            continue
        # c == u'[': the loops above stop only at '.' or '['
        while i < end and name[i] != u']':
            i += 1
        if i >= end:
            raise oefmt(space.w_ValueError, "Missing ']' in format string")
        if i == start:
            raise oefmt(space.w_ValueError,
                        "Empty attribute in format string")
        rest_w.append(space.newtuple([space.w_False,
                                      _key(space, name[start:i])]))
        i += 1
        if i < end and name[i] != u'.' and name[i] != u'[':
            raise oefmt(space.w_ValueError, "Only '.' or '[' may follow "
                        "']' in format field specifier")
    return space.newtuple([w_first, space.iter(space.newlist(rest_w))])
