"""Cells: the shared variables of closures.

A variable of a function that an inner function uses (a "cell variable")
lives in a W_Cell, shared by the frame that defines it and by every
closure that captures it (where it is a "free variable").  A frame keeps
its cells in `frame.cells`: the cell variables first (in the order of
`co_cellvars`), then the free variables (`co_freevars`).
"""

from __future__ import absolute_import

from interpreter.baseobjspace import W_Root
from interpreter.error import oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_Cell(W_Root):
    """`w_value` is None while the cell is empty."""

    def __init__(self, w_value=None):
        self.w_value = w_value

    def get(self, space):
        if self.w_value is None:
            raise oefmt(space.w_ValueError, "Cell is empty")
        return self.w_value

    def set(self, w_value):
        self.w_value = w_value

    def delete(self, space):
        if self.w_value is None:
            raise oefmt(space.w_ValueError, "Cell is empty")
        self.w_value = None

    def descr_get_cell_contents(self, space):
        return self.get(space)

    def descr_set_cell_contents(self, space, w_value):
        self.w_value = w_value

    def descr_del_cell_contents(self, space):
        self.delete(space)

    def descr_repr(self, space):
        if self.w_value is None:
            return space.newtext('<cell at 0x%x: empty>' % space.id_int(self))
        return space.newtext('<cell at 0x%x: %s object at 0x%x>' % (
            space.id_int(self), space.type(self.w_value).getname(space),
            space.id_int(self.w_value)))


def descr_new_cell(space, w_type, w_contents=None):
    return W_Cell(w_contents)


W_Cell.typedef = TypeDef(
    'cell',
    __new__=interp2app(descr_new_cell, app_name='__new__'),
    __repr__=interp2app(W_Cell.descr_repr),
    cell_contents=GetSetProperty(W_Cell.descr_get_cell_contents,
                                 W_Cell.descr_set_cell_contents,
                                 W_Cell.descr_del_cell_contents),
    acceptable_as_base=False,
)
