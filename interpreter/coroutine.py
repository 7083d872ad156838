"""Coroutines and asynchronous generators: the `coroutine`,
`coroutine_wrapper`, `async_generator`, `async_generator_asend` and
`async_generator_athrow` types, and what `await`, `async for` and
`async with` ask of objects (get_awaitable_iter & co).

A coroutine is a generator (generator.py) whose frame runs `await` as a
`yield from` on the awaitable's iterator; it is not iterable itself but
`__await__` gives a `coroutine_wrapper` that is.

An async generator's frame yields two kinds of values: what its
`await`s pass up to the event loop (from YIELD_FROM), and its own
`yield`s (YIELD_VALUE), which the frame wraps in a W_AsyncGenValue so
the two can be told apart.  `asend()`/`athrow()`/`aclose()` return
awaitables that drive the frame: they pass the first kind through and
turn the second into StopIteration(value), which ends one `await
agen.__anext__()`.
"""

from __future__ import absolute_import

from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.generator import W_Generator, StopIterationWith, \
    exception_for_throw
from interpreter.typedef import TypeDef, GetSetProperty


# ---------------------------------------------------------------------------
# coroutines

class W_Coroutine(W_Generator):
    KIND = 'coroutine'

    def exhausted(self, operr):
        raise oefmt(self.space.w_RuntimeError,
                    "cannot reuse already awaited coroutine")

    def descr_await(self, space):
        """Return an iterator to be used in await expression."""
        return W_CoroutineWrapper(self)

    def descr_repr(self, space):
        return space.newtext('<coroutine object %s at 0x%x>' % (
            self.qualname, space.id_int(self)))

    def descr_get_cr_await(self, space):
        w_delegate = self.get_yieldfrom()
        if w_delegate is None:
            return space.w_None
        return w_delegate

    def descr_get_cr_origin(self, space):
        return space.w_None


class W_CoroutineWrapper(W_Root):
    """What `coroutine.__await__()` returns: an iterator over the
    coroutine."""

    def __init__(self, coroutine):
        self.coroutine = coroutine

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        """Implement next(self)."""
        return self.coroutine.send_ex(space.w_None)

    def descr_send(self, space, w_value):
        """send(arg) -> send 'arg' into coroutine,
return next iterated value or raise StopIteration."""
        return self.coroutine.send_ex(w_value)

    def descr_throw(self, space, w_type, w_value=None, w_tb=None):
        """throw(value)
throw(type[,value[,tb]])

Raise exception in coroutine, return next iterated value or raise
StopIteration."""
        return self.coroutine.throw(exception_for_throw(space, w_type,
                                                        w_value))

    def descr_close(self, space):
        """close() -> raise GeneratorExit inside coroutine."""
        self.coroutine.close()
        return space.w_None


# ---------------------------------------------------------------------------
# what await / async for / async with do

def get_awaitable_iter(space, w_obj, where):
    """The iterator that `await w_obj` runs (GET_AWAITABLE); `where` is
    0 for an await expression, 1 for __aenter__, 2 for __aexit__ (for
    the error messages)."""
    from interpreter.pycode import CO_ITERABLE_COROUTINE
    if isinstance(w_obj, W_Coroutine):
        if w_obj.get_yieldfrom() is not None:
            raise oefmt(space.w_RuntimeError,
                        "coroutine is being awaited already")
        return w_obj
    if isinstance(w_obj, W_Generator) and \
            w_obj.pycode.co_flags & CO_ITERABLE_COROUTINE:
        return w_obj
    w_await = space.lookup(w_obj, '__await__')
    if w_await is None:
        if where == 1:
            raise oefmt(space.w_TypeError,
                        "'async with' received an object from __aenter__ "
                        "that does not implement __await__: %T", w_obj)
        if where == 2:
            raise oefmt(space.w_TypeError,
                        "'async with' received an object from __aexit__ "
                        "that does not implement __await__: %T", w_obj)
        raise oefmt(space.w_TypeError,
                    "object %T can't be used in 'await' expression", w_obj)
    w_iter = space.get_and_call_function(w_await, w_obj)
    if isinstance(w_iter, W_Coroutine) or \
            (isinstance(w_iter, W_Generator) and
             w_iter.pycode.co_flags & CO_ITERABLE_COROUTINE):
        raise oefmt(space.w_TypeError, "__await__() returned a coroutine")
    if space.lookup(w_iter, '__next__') is None:
        raise oefmt(space.w_TypeError,
                    "__await__() returned non-iterator of type '%T'", w_iter)
    return w_iter


def get_aiter(space, w_obj):
    """GET_AITER: `w_obj.__aiter__()`, checked."""
    w_aiter = space.lookup(w_obj, '__aiter__')
    if w_aiter is None:
        raise oefmt(space.w_TypeError,
                    "'async for' requires an object with __aiter__ method, "
                    "got %T", w_obj)
    w_iter = space.get_and_call_function(w_aiter, w_obj)
    if space.lookup(w_iter, '__anext__') is None:
        raise oefmt(space.w_TypeError,
                    "'async for' received an object from __aiter__ that "
                    "does not implement __anext__: %T", w_iter)
    return w_iter


def get_anext(space, w_aiter):
    """GET_ANEXT: the iterator of the awaitable `w_aiter.__anext__()`."""
    if isinstance(w_aiter, W_AsyncGenerator):
        return W_AsyncGenASend(w_aiter, space.w_None)
    w_anext = space.lookup(w_aiter, '__anext__')
    if w_anext is None:
        raise oefmt(space.w_TypeError,
                    "'async for' requires an iterator with __anext__ "
                    "method, got %T", w_aiter)
    w_awaitable = space.get_and_call_function(w_anext, w_aiter)
    try:
        return get_awaitable_iter(space, w_awaitable, 0)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise oefmt(space.w_TypeError,
                    "'async for' received an invalid object from __anext__: "
                    "%T", w_awaitable)


def before_async_with(space, w_manager):
    """BEFORE_ASYNC_WITH: (bound __aexit__, result of __aenter__())."""
    w_enter = space.lookup(w_manager, '__aenter__')
    if w_enter is None:
        raise oefmt(space.w_TypeError,
                    "'%T' object does not support the asynchronous context "
                    "manager protocol", w_manager)
    w_exit = space.lookup(w_manager, '__aexit__')
    if w_exit is None:
        raise oefmt(space.w_TypeError,
                    "'%T' object does not support the asynchronous context "
                    "manager protocol (missed __aexit__ method)", w_manager)
    w_bound_exit = space.get(w_exit, w_manager)
    return w_bound_exit, space.get_and_call_function(w_enter, w_manager)


# ---------------------------------------------------------------------------
# asynchronous generators

class W_AsyncGenValue(W_Root):
    """A value of a `yield` in an async generator, on its way from the
    frame to asend()/athrow(); never seen at app level."""

    def __init__(self, w_value):
        self.w_value = w_value


class W_AsyncGenerator(W_Generator):
    KIND = 'async generator'

    def __init__(self, space, frame, name, qualname):
        W_Generator.__init__(self, space, frame, name, qualname)
        self.running_async = False     # an asend/athrow is under way
        self.closed = False

    def exhausted(self, operr):
        if operr is not None:
            raise operr
        raise OperationError(self.space.w_StopAsyncIteration, None)

    def returned(self, w_result):
        raise OperationError(self.space.w_StopAsyncIteration, None)

    def unwrap(self, w_result):
        """What asend()/athrow() do with what the frame produced: a
        yielded value ends the await with StopIteration(value)."""
        space = self.space
        if isinstance(w_result, W_AsyncGenValue):
            self.running_async = False
            raise StopIterationWith(space, w_result.w_value)
        return w_result

    def finished(self, operr):
        """asend()/athrow() saw the frame end with operr."""
        self.running_async = False
        space = self.space
        if operr.match(space, space.w_StopAsyncIteration) or \
                operr.match(space, space.w_GeneratorExit):
            self.closed = True

    def descr_aiter(self, space):
        return self

    def descr_anext(self, space):
        """Return a value or raise StopAsyncIteration."""
        return W_AsyncGenASend(self, space.w_None)

    def descr_asend(self, space, w_value):
        """asend(v) -> send 'v' in generator."""
        return W_AsyncGenASend(self, w_value)

    def descr_athrow(self, space, w_type, w_value=None, w_tb=None):
        """athrow(typ[,val[,tb]]) -> raise exception in generator."""
        return W_AsyncGenAThrow(self, exception_for_throw(space, w_type,
                                                          w_value))

    def descr_aclose(self, space):
        """aclose() -> raise GeneratorExit inside generator."""
        return W_AsyncGenAThrow(self, None)

    def descr_repr(self, space):
        return space.newtext('<async_generator object %s at 0x%x>' % (
            self.qualname, space.id_int(self)))

    def descr_get_ag_await(self, space):
        w_delegate = self.get_yieldfrom()
        if w_delegate is None:
            return space.w_None
        return w_delegate

    def descr_get_ag_running(self, space):
        return space.newbool(self.running_async)


_INIT, _ITER, _CLOSED = range(3)


class W_AsyncGenASend(W_Root):
    """The awaitable of `agen.asend(v)` / `agen.__anext__()`."""

    def __init__(self, agen, w_sendval):
        self.agen = agen
        self.w_sendval = w_sendval
        self.state = _INIT

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        """Implement next(self)."""
        return self.send(space, space.w_None)

    def descr_send(self, space, w_value):
        """send(arg) -> send 'arg' into generator,
return next yielded value or raise StopIteration."""
        return self.send(space, w_value)

    def send(self, space, w_value):
        agen = self.agen
        if self.state == _CLOSED:
            raise oefmt(space.w_RuntimeError, "cannot reuse already awaited "
                        "__anext__()/asend()")
        if self.state == _INIT:
            if agen.running_async:
                raise oefmt(space.w_RuntimeError, "anext(): asynchronous "
                            "generator is already running")
            if space.is_none(w_value):
                w_value = self.w_sendval
            self.state = _ITER
        agen.running_async = True
        try:
            w_result = agen.send_ex(w_value)
        except OperationError as e:
            self._failed(e)
            raise
        return self._unwrap(w_result)

    def _failed(self, operr):
        self.state = _CLOSED
        self.agen.finished(operr)

    def _unwrap(self, w_result):
        try:
            return self.agen.unwrap(w_result)
        except OperationError:
            self.state = _CLOSED
            raise

    def descr_throw(self, space, w_type, w_value=None, w_tb=None):
        """throw(value)
throw(type[,value[,tb]])

Raise exception in generator, return next yielded value or raise
StopIteration."""
        if self.state == _CLOSED:
            raise oefmt(space.w_RuntimeError, "cannot reuse already awaited "
                        "__anext__()/asend()")
        operr = exception_for_throw(space, w_type, w_value)
        try:
            w_result = self.agen.throw(operr)
        except OperationError as e:
            self._failed(e)
            raise
        return self._unwrap(w_result)

    def descr_close(self, space):
        """close() -> raise GeneratorExit inside generator."""
        self.state = _CLOSED
        return space.w_None


class W_AsyncGenAThrow(W_Root):
    """The awaitable of `agen.athrow(...)` (operr set) or `agen.aclose()`
    (operr None)."""

    def __init__(self, agen, operr):
        self.agen = agen
        self.operr = operr
        self.state = _INIT

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        """Implement next(self)."""
        return self.send(space, space.w_None)

    def descr_send(self, space, w_value):
        """send(arg) -> send 'arg' into generator,
return next yielded value or raise StopIteration."""
        return self.send(space, w_value)

    def _check_closed(self, space):
        if self.state == _CLOSED:
            raise oefmt(space.w_RuntimeError, "cannot reuse already awaited "
                        "aclose()/athrow()")

    def send(self, space, w_value):
        agen = self.agen
        self._check_closed(space)
        if self.state == _INIT:
            if agen.running_async:
                self.state = _CLOSED
                if self.operr is None:
                    raise oefmt(space.w_RuntimeError, "aclose(): "
                                "asynchronous generator is already running")
                raise oefmt(space.w_RuntimeError, "athrow(): asynchronous "
                            "generator is already running")
            if agen.closed or agen.frame is None:
                self.state = _CLOSED
                if self.operr is None:
                    raise OperationError(space.w_StopIteration, None)
                raise OperationError(space.w_StopAsyncIteration, None)
            if not space.is_none(w_value):
                raise oefmt(space.w_RuntimeError, "can't send non-None value "
                            "to a just-started coroutine")
            self.state = _ITER
            agen.running_async = True
            if self.operr is None:
                agen.closed = True
                operr = OperationError(
                    space.w_GeneratorExit,
                    space.call_function(space.w_GeneratorExit))
            else:
                operr = self.operr
            return self._result(space, None, operr)
        return self._result(space, w_value, None)

    def _result(self, space, w_value, operr):
        """Send w_value into the generator (or throw operr) and say what
        the awaiting code gets."""
        agen = self.agen
        try:
            if operr is not None:
                w_result = agen.throw(operr)
            else:
                w_result = agen.send_ex(w_value)
        except OperationError as e:
            self.state = _CLOSED
            agen.running_async = False
            if e.match(space, space.w_StopAsyncIteration) or \
                    e.match(space, space.w_GeneratorExit):
                agen.closed = True
                if self.operr is None:
                    # aclose() is complete
                    raise OperationError(space.w_StopIteration, None)
            raise
        if self.operr is not None:
            try:
                return agen.unwrap(w_result)
            except OperationError:
                self.state = _CLOSED
                raise
        if isinstance(w_result, W_AsyncGenValue):
            self.state = _CLOSED
            agen.running_async = False
            raise oefmt(space.w_RuntimeError,
                        "async generator ignored GeneratorExit")
        return w_result

    def descr_throw(self, space, w_type, w_value=None, w_tb=None):
        """throw(value)
throw(type[,value[,tb]])

Raise exception in generator, return next yielded value or raise
StopIteration."""
        self._check_closed(space)
        operr = exception_for_throw(space, w_type, w_value)
        return self._result(space, None, operr)

    def descr_close(self, space):
        """close() -> raise GeneratorExit inside generator."""
        self.state = _CLOSED
        return space.w_None


# ---------------------------------------------------------------------------
# type definitions

def _generator_properties(cls, prefix):
    """frame, running and code (named with the type's prefix),
    __name__, __qualname__: the generator's, checked for `cls`."""
    return {
        prefix + '_frame': GetSetProperty(cls.descr_get_gi_frame,
                                          name=prefix + '_frame'),
        prefix + '_code': GetSetProperty(cls.descr_get_gi_code,
                                         name=prefix + '_code'),
        '__name__': GetSetProperty(cls.descr_get_name, cls.descr_set_name),
        '__qualname__': GetSetProperty(cls.descr_get_qualname,
                                       cls.descr_set_qualname),
    }


W_Coroutine.typedef = TypeDef(
    'coroutine',
    __await__=interp2app(W_Coroutine.descr_await),
    __repr__=interp2app(W_Coroutine.descr_repr),
    send=interp2app(W_Coroutine.descr_send),
    throw=interp2app(W_Coroutine.descr_throw),
    close=interp2app(W_Coroutine.descr_close),
    cr_running=GetSetProperty(W_Coroutine.descr_get_gi_running,
                              name='cr_running'),
    cr_await=GetSetProperty(W_Coroutine.descr_get_cr_await),
    cr_origin=GetSetProperty(W_Coroutine.descr_get_cr_origin),
    acceptable_as_base=False,
    **_generator_properties(W_Coroutine, 'cr')
)

W_CoroutineWrapper.typedef = TypeDef(
    'coroutine_wrapper',
    __iter__=interp2app(W_CoroutineWrapper.descr_iter),
    __next__=interp2app(W_CoroutineWrapper.descr_next),
    send=interp2app(W_CoroutineWrapper.descr_send),
    throw=interp2app(W_CoroutineWrapper.descr_throw),
    close=interp2app(W_CoroutineWrapper.descr_close),
    acceptable_as_base=False,
)

W_AsyncGenerator.typedef = TypeDef(
    'async_generator',
    __aiter__=interp2app(W_AsyncGenerator.descr_aiter),
    __anext__=interp2app(W_AsyncGenerator.descr_anext),
    __repr__=interp2app(W_AsyncGenerator.descr_repr),
    asend=interp2app(W_AsyncGenerator.descr_asend),
    athrow=interp2app(W_AsyncGenerator.descr_athrow),
    aclose=interp2app(W_AsyncGenerator.descr_aclose),
    ag_running=GetSetProperty(W_AsyncGenerator.descr_get_ag_running),
    ag_await=GetSetProperty(W_AsyncGenerator.descr_get_ag_await),
    acceptable_as_base=False,
    **_generator_properties(W_AsyncGenerator, 'ag')
)

W_AsyncGenASend.typedef = TypeDef(
    'async_generator_asend',
    __await__=interp2app(W_AsyncGenASend.descr_iter),
    __iter__=interp2app(W_AsyncGenASend.descr_iter),
    __next__=interp2app(W_AsyncGenASend.descr_next),
    send=interp2app(W_AsyncGenASend.descr_send),
    throw=interp2app(W_AsyncGenASend.descr_throw),
    close=interp2app(W_AsyncGenASend.descr_close),
    acceptable_as_base=False,
)

W_AsyncGenAThrow.typedef = TypeDef(
    'async_generator_athrow',
    __await__=interp2app(W_AsyncGenAThrow.descr_iter),
    __iter__=interp2app(W_AsyncGenAThrow.descr_iter),
    __next__=interp2app(W_AsyncGenAThrow.descr_next),
    send=interp2app(W_AsyncGenAThrow.descr_send),
    throw=interp2app(W_AsyncGenAThrow.descr_throw),
    close=interp2app(W_AsyncGenAThrow.descr_close),
    acceptable_as_base=False,
)
