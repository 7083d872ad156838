"""Traceback objects: one entry per frame an exception passed through.

While an OperationError unwinds, each frame it leaves prepends an entry
(`record_application_traceback`), so the chain runs from the outermost
frame to the one where the exception was raised, as `tb_next` does.
"""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.typedef import TypeDef, GetSetProperty


class PyTraceback(W_Root):
    _immutable_fields_ = ['frame', 'lasti', 'next']

    def __init__(self, space, frame, lasti, next):
        self.frame = frame
        self.lasti = lasti
        self.next = next

    def get_lineno(self):
        return self.frame.pycode.lineno_at(self.lasti)

    def descr_get_tb_frame(self, space):
        return self.frame

    def descr_get_tb_lasti(self, space):
        return space.newint(self.lasti)

    def descr_get_tb_lineno(self, space):
        return space.newint(self.get_lineno())

    def descr_get_tb_next(self, space):
        if self.next is None:
            return space.w_None
        return self.next


PyTraceback.typedef = TypeDef(
    'traceback',
    tb_frame=GetSetProperty(PyTraceback.descr_get_tb_frame),
    tb_lasti=GetSetProperty(PyTraceback.descr_get_tb_lasti),
    tb_lineno=GetSetProperty(PyTraceback.descr_get_tb_lineno),
    tb_next=GetSetProperty(PyTraceback.descr_get_tb_next),
    acceptable_as_base=False,
)


def record_application_traceback(operr, frame, lasti):
    tb = PyTraceback(frame.space, frame, lasti, operr.get_traceback())
    operr.set_traceback(tb)
