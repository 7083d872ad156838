"""Iterators over sequences: W_SeqIterObject walks any object with
__getitem__ (the old sequence protocol) until IndexError or
StopIteration; W_FastListIterObject and W_FastTupleIterObject walk a
list's or a tuple's storage directly (W_ReverseListIterObject
downwards, for reversed(list))."""


from __future__ import absolute_import
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef


class W_AbstractSeqIterObject(W_Root):
    def __init__(self, w_seq, index=0):
        self.w_seq = w_seq
        self.index = index

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        raise NotImplementedError


class W_SeqIterObject(W_AbstractSeqIterObject):
    def descr_next(self, space):
        if self.w_seq is None:
            raise OperationError(space.w_StopIteration, None)
        try:
            w_item = space.getitem(self.w_seq, space.newint(self.index))
        except OperationError as e:
            self.w_seq = None
            if not e.match(space, space.w_IndexError) and \
                    not e.match(space, space.w_StopIteration):
                raise
            raise OperationError(space.w_StopIteration, None)
        self.index += 1
        return w_item


class W_FastListIterObject(W_AbstractSeqIterObject):
    def descr_next(self, space):
        from objspace.std.listobject import W_ListObject
        w_seq = self.w_seq
        if w_seq is None:
            raise OperationError(space.w_StopIteration, None)
        assert isinstance(w_seq, W_ListObject)
        index = self.index
        if index >= len(w_seq.items_w):
            self.w_seq = None
            raise OperationError(space.w_StopIteration, None)
        self.index = index + 1
        return w_seq.items_w[index]


class W_ReverseListIterObject(W_AbstractSeqIterObject):
    """reversed(list): walks the storage downwards; an index beyond a
    list that shrank meanwhile ends the iteration."""

    def descr_next(self, space):
        from objspace.std.listobject import W_ListObject
        w_seq = self.w_seq
        if w_seq is None:
            raise OperationError(space.w_StopIteration, None)
        assert isinstance(w_seq, W_ListObject)
        index = self.index
        if index < 0 or index >= len(w_seq.items_w):
            self.w_seq = None
            raise OperationError(space.w_StopIteration, None)
        self.index = index - 1
        return w_seq.items_w[index]


class W_FastTupleIterObject(W_AbstractSeqIterObject):
    def descr_next(self, space):
        from objspace.std.tupleobject import W_TupleObject
        w_seq = self.w_seq
        if w_seq is None:
            raise OperationError(space.w_StopIteration, None)
        assert isinstance(w_seq, W_TupleObject)
        index = self.index
        if index >= len(w_seq.items_w):
            self.w_seq = None
            raise OperationError(space.w_StopIteration, None)
        self.index = index + 1
        return w_seq.items_w[index]


W_AbstractSeqIterObject.typedef = TypeDef(
    'iterator',
    __iter__=interp2app(W_AbstractSeqIterObject.descr_iter),
    __next__=interp2app(W_AbstractSeqIterObject.descr_next),
    acceptable_as_base=False,
)
W_FastListIterObject.typedef = TypeDef(
    'list_iterator',
    __iter__=interp2app(W_AbstractSeqIterObject.descr_iter),
    __next__=interp2app(W_AbstractSeqIterObject.descr_next),
    acceptable_as_base=False,
)
W_ReverseListIterObject.typedef = TypeDef(
    'list_reverseiterator',
    __iter__=interp2app(W_AbstractSeqIterObject.descr_iter),
    __next__=interp2app(W_AbstractSeqIterObject.descr_next),
    acceptable_as_base=False,
)
W_FastTupleIterObject.typedef = TypeDef(
    'tuple_iterator',
    __iter__=interp2app(W_AbstractSeqIterObject.descr_iter),
    __next__=interp2app(W_AbstractSeqIterObject.descr_next),
    acceptable_as_base=False,
)
