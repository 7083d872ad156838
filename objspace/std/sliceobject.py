"""`slice`: W_SliceObject holds start, stop, step as wrapped objects."""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_SliceObject(W_Root):
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def indices4(self, space, length):
        """(start, stop, step, slicelength) for a sequence of `length`,
        clipped as Python clips slices."""
        if space.is_none(self.w_step):
            step = 1
        else:
            step = _index(space, self.w_step)
            if step == 0:
                raise oefmt(space.w_ValueError, "slice step cannot be zero")
        if step < 0:
            lower, upper = -1, length - 1
        else:
            lower, upper = 0, length
        if space.is_none(self.w_start):
            start = upper if step < 0 else lower
        else:
            start = _index(space, self.w_start)
            if start < 0:
                start = max(start + length, lower)
            else:
                start = min(start, upper)
        if space.is_none(self.w_stop):
            stop = lower if step < 0 else upper
        else:
            stop = _index(space, self.w_stop)
            if stop < 0:
                stop = max(stop + length, lower)
            else:
                stop = min(stop, upper)
        if step < 0:
            slicelength = (start - stop - 1) // (-step) + 1 \
                if stop < start else 0
        else:
            slicelength = (stop - start - 1) // step + 1 \
                if start < stop else 0
        return start, stop, step, slicelength

    def descr_repr(self, space):
        return space.newtext('slice(%s, %s, %s)' % (
            space.text_w(space.repr(self.w_start)),
            space.text_w(space.repr(self.w_stop)),
            space.text_w(space.repr(self.w_step))))

    def descr_get_start(self, space):
        return self.w_start

    def descr_get_stop(self, space):
        return self.w_stop

    def descr_get_step(self, space):
        return self.w_step


def _index(space, w_value):
    if not space.isinstance_w(w_value, space.w_int) and \
            space.lookup(w_value, '__index__') is None:
        raise oefmt(space.w_TypeError,
                    "slice indices must be integers or None or have an "
                    "__index__ method")
    return space.getindex_w(w_value, None)


def descr_new_slice(space, w_type, w_a, w_b=None, w_c=None):
    if w_b is None:
        return W_SliceObject(space.w_None, w_a, space.w_None)
    if w_c is None:
        w_c = space.w_None
    return W_SliceObject(w_a, w_b, w_c)


W_SliceObject.typedef = TypeDef(
    'slice',
    __new__=interp2app(descr_new_slice, app_name='__new__'),
    __repr__=interp2app(W_SliceObject.descr_repr),
    start=GetSetProperty(W_SliceObject.descr_get_start),
    stop=GetSetProperty(W_SliceObject.descr_get_stop),
    step=GetSetProperty(W_SliceObject.descr_get_step),
    __hash__=None,
    acceptable_as_base=False,
)
