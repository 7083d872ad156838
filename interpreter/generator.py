"""Generators: the `generator` type.

Calling a function whose code has CO_GENERATOR makes its frame (arguments
bound, cells installed) and wraps it in a W_Generator instead of running
it.  Each `send`/`__next__`/`throw` resumes that one frame
(PyFrame.resume) until its next yield, which returns the yielded value,
or until it returns, which finishes the generator: `return x` becomes
StopIteration(x), and a StopIteration escaping from the body becomes
RuntimeError("generator raised StopIteration") (PEP 479).  While the
frame waits in a `yield from`, `throw` and `close` go to the delegate
first, as CPython does.  `self.frame` is None once the generator is
finished.

A generator that is dropped while suspended inside a `try`/`with` block
is closed when the GC finds it dead (as CPython closes it when its last
reference goes): it registers with a finalizer queue the first time it
suspends with a block open, and the queue's `close_dead_generators`
runs at the next safe point (interpreter/actions.py), never inside the
GC itself.

Coroutines and asynchronous generators (interpreter/coroutine.py) are
subclasses that change what a finished frame, an escaping StopIteration
and the error messages look like (`KIND` names the object in them).
"""

from __future__ import absolute_import

from rpython.rlib import rgc

from interpreter.actions import fire, register_action, report_unraisable
from interpreter.baseobjspace import W_Root
from interpreter.error import OperationError, oefmt
from interpreter.gateway import interp2app
from interpreter.typedef import TypeDef, GetSetProperty


class W_Generator(W_Root):
    _immutable_fields_ = ['pycode']
    KIND = 'generator'

    def __init__(self, space, frame, name, qualname):
        self.space = space
        self.frame = frame
        self.pycode = frame.pycode
        self.name = name
        self.qualname = qualname
        self.running = False
        self.finalizer_registered = False
        # see send_or_none
        self.w_returned = None

    # --- interp-level protocol ----------------------------------------

    def send_ex(self, w_value, operr=None):
        """Resume with w_value (or raise operr at the yield); return the
        next yielded value or raise StopIteration."""
        space = self.space
        frame = self.frame
        if self.running:
            raise oefmt(space.w_ValueError, "%s already executing",
                        self.KIND)
        if frame is None:
            return self.exhausted(operr)
        if frame.last_instr == -1 and operr is None and \
                not space.is_none(w_value):
            raise oefmt(space.w_TypeError, "can't send non-None value to a "
                        "just-started %s", self.KIND)
        return self._resume(frame, w_value, operr, False)

    def next_or_none(self):
        """For FOR_ITER: like __next__, but None where __next__ would
        raise StopIteration (which the loop would only catch), so that a
        for loop over a generator makes no exception at its end."""
        if self.frame is None:
            return None
        if self.running:
            return self.send_ex(self.space.w_None)   # raises ValueError
        w_result = self._resume(self.frame, self.space.w_None, None, False,
                                stop_as_none=True)
        self.w_returned = None
        return w_result

    def send_or_none(self, w_value):
        """For YIELD_FROM: like send_ex(w_value), but when the frame
        returns, return None and leave its return value in `w_returned`
        (for take_returned) instead of making a StopIteration to be
        caught at once.  Not for async generators, whose end is not a
        StopIteration.  Every error case goes through send_ex."""
        frame = self.frame
        if frame is None or self.running or (
                frame.last_instr == -1 and
                not self.space.is_none(w_value)):
            return self.send_ex(w_value)
        return self._resume(frame, w_value, None, False, stop_as_none=True)

    def take_returned(self):
        """The return value that send_or_none left (once)."""
        w_result = self.w_returned
        self.w_returned = None
        assert w_result is not None
        return w_result

    def exhausted(self, operr):
        """send_ex on a finished generator: raise operr (a throw) or
        StopIteration."""
        space = self.space
        if operr is not None:
            raise operr
        raise StopIterationWith(space, space.w_None)

    def returned(self, w_result):
        """The frame returned w_result: raise StopIteration(w_result)."""
        raise StopIterationWith(self.space, w_result)

    def _resume(self, frame, w_value, operr, after_yield_from,
                stop_as_none=False):
        space = self.space
        self.running = True
        try:
            try:
                if after_yield_from:
                    w_result = frame.resume_after_yield_from(w_value)
                else:
                    w_result = frame.resume(w_value, operr)
            except OperationError as e:
                self.frame = None
                if e.match(space, space.w_StopIteration):
                    raise self._stop_iteration_escaped(e, 'StopIteration')
                if self.KIND == 'async generator' and \
                        e.match(space, space.w_StopAsyncIteration):
                    raise self._stop_iteration_escaped(e,
                                                       'StopAsyncIteration')
                raise
        finally:
            self.running = False
        if frame.resume_instr < 0:
            # the frame returned
            self.frame = None
            if stop_as_none:
                self.w_returned = w_result
                return None
            self.returned(w_result)
        if frame.blockstack and not self.finalizer_registered:
            # suspended in a try/with: must be closed if dropped
            self.finalizer_registered = True
            _dead_generators.register_finalizer(self)
        return w_result

    def _stop_iteration_escaped(self, operr, what):
        from objspace.std.exceptionobject import W_BaseException
        space = self.space
        operr.normalize_exception(space)
        w_cause = operr.get_w_value(space)
        w_error = space.call_function(
            space.w_RuntimeError,
            space.newtext("%s raised %s" % (self.KIND, what)))
        if isinstance(w_error, W_BaseException):
            w_error.w_cause = w_cause
            w_error.w_context = w_cause
            w_error.suppress_context = True
        return OperationError(space.w_RuntimeError, w_error)

    def throw(self, operr):
        """Raise operr at the point where the generator is suspended
        (in its delegate first if it waits in a `yield from`)."""
        from interpreter.pyopcode import stop_iteration_value
        space = self.space
        frame = self.frame
        if frame is not None and not self.running and \
                frame.is_suspended_in_yield_from():
            w_delegate = frame.peekvalue()
            if operr.match(space, space.w_GeneratorExit):
                # close the delegate, then let GeneratorExit go on here
                self.running = True
                try:
                    close_iterator(space, w_delegate)
                except OperationError as e:
                    operr = e
                self.running = False
                return self.send_ex(space.w_None, operr)
            w_throw = space.findattr(w_delegate, space.newtext('throw'))
            if w_throw is not None:
                operr.normalize_exception(space)
                w_exc = operr.get_w_value(space)
                self.running = True
                try:
                    w_result = space.call_function(
                        w_throw, space.type(w_exc), w_exc,
                        space.getattr(w_exc, space.newtext('__traceback__')))
                except OperationError as e:
                    self.running = False
                    if e.match(space, space.w_StopIteration):
                        return self._resume(frame,
                                            stop_iteration_value(space, e),
                                            None, True)
                    return self.send_ex(space.w_None, e)
                self.running = False
                return w_result
        return self.send_ex(space.w_None, operr)

    def close(self):
        space = self.space
        if self.frame is None:
            return
        exit_error = OperationError(space.w_GeneratorExit,
                                    space.call_function(space.w_GeneratorExit))
        try:
            self.throw(exit_error)
        except OperationError as e:
            if e.match(space, space.w_GeneratorExit) or \
                    e.match(space, space.w_StopIteration):
                return
            raise
        raise oefmt(space.w_RuntimeError, "%s ignored GeneratorExit",
                    self.KIND)

    # --- app-level methods --------------------------------------------

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        """Implement next(self)."""
        return self.send_ex(space.w_None)

    def descr_send(self, space, w_value):
        """send(arg) -> send 'arg' into generator,
return next yielded value or raise StopIteration."""
        return self.send_ex(w_value)

    def descr_throw(self, space, w_type, w_value=None, w_tb=None):
        """throw(value)
throw(type[,value[,tb]])

Raise exception in generator, return next yielded value or raise
StopIteration."""
        return self.throw(exception_for_throw(space, w_type, w_value))

    def descr_close(self, space):
        """close() -> raise GeneratorExit inside generator."""
        self.close()
        return space.w_None

    def descr_repr(self, space):
        return space.newtext('<generator object %s at 0x%x>' % (
            self.qualname, space.id_int(self)))

    def descr_get_gi_frame(self, space):
        if self.frame is None:
            return space.w_None
        return self.frame

    def descr_get_gi_running(self, space):
        return space.newbool(self.running)

    def descr_get_gi_code(self, space):
        return self.pycode

    def descr_get_gi_yieldfrom(self, space):
        frame = self.frame
        if frame is None or not frame.is_suspended_in_yield_from():
            return space.w_None
        return frame.peekvalue()

    def descr_get_name(self, space):
        return space.newtext(self.name)

    def descr_set_name(self, space, w_name):
        if not space.isinstance_w(w_name, space.w_str):
            raise oefmt(space.w_TypeError,
                        "__name__ must be set to a string object")
        self.name = space.text_w(w_name)

    def descr_get_qualname(self, space):
        return space.newtext(self.qualname)

    def descr_set_qualname(self, space, w_name):
        if not space.isinstance_w(w_name, space.w_str):
            raise oefmt(space.w_TypeError,
                        "__qualname__ must be set to a string object")
        self.qualname = space.text_w(w_name)


    def get_yieldfrom(self):
        """The object a suspended `yield from`/`await` waits on, or
        None."""
        frame = self.frame
        if frame is None or not frame.is_suspended_in_yield_from():
            return None
        return frame.peekvalue()


class StopIterationWith(OperationError):
    """StopIteration(w_result) (StopIteration() for None), as a
    generator's `return` raises it: the exception instance is made only
    if someone asks for it; `yield from` just takes the value
    (stop_iteration_value)."""

    def __init__(self, space, w_result):
        OperationError.__init__(self, space.w_StopIteration, None)
        self.w_result = w_result

    def _make_value(self, space):
        if space.is_none(self.w_result):
            return space.call_function(space.w_StopIteration)
        return space.call_function(space.w_StopIteration, self.w_result)

    def value_if_not_made(self):
        """The value, or None once the instance exists (whose `value`
        attribute may have been changed since)."""
        if self._w_value is None:
            return self.w_result
        return None


class _DeadGeneratorQueue(rgc.FinalizerQueue):
    """Generators that died suspended inside a block."""
    Class = W_Generator

    def finalizer_trigger(self):
        fire()


_dead_generators = _DeadGeneratorQueue()


def close_dead_generators(space):
    """Close the generators the GC found dead (at a safe point); what
    close() raises is printed as CPython prints it, 'Exception ignored
    in: <generator object ...>'."""
    while True:
        gen = _dead_generators.next_dead()
        if gen is None:
            break
        if gen.frame is None or gen.running:
            continue
        try:
            gen.close()
        except OperationError as e:
            report_unraisable(space, e, gen)


register_action(close_dead_generators)


def make_generator(space, frame, name, qualname):
    """The object that calling a generator, coroutine or async generator
    function returns (its frame is ready to run)."""
    from interpreter.pycode import CO_COROUTINE, CO_ASYNC_GENERATOR
    flags = frame.pycode.co_flags
    if flags & CO_COROUTINE:
        from interpreter.coroutine import W_Coroutine
        return W_Coroutine(space, frame, name, qualname)
    if flags & CO_ASYNC_GENERATOR:
        from interpreter.coroutine import W_AsyncGenerator
        return W_AsyncGenerator(space, frame, name, qualname)
    return W_Generator(space, frame, name, qualname)


def close_iterator(space, w_iterator):
    """Close the delegate of a `yield from`, if it can be closed."""
    if isinstance(w_iterator, W_Generator):
        w_iterator.close()
        return
    w_close = space.findattr(w_iterator, space.newtext('close'))
    if w_close is not None:
        space.call_function(w_close)


def exception_for_throw(space, w_type, w_value):
    """The exception that gen.throw(type[, value]) raises."""
    from objspace.std.typeobject import W_TypeObject
    if w_value is not None and space.is_none(w_value):
        w_value = None
    if isinstance(w_type, W_TypeObject) and \
            w_type.issubtype(space.w_BaseException):
        if w_value is not None and space.isinstance_w(w_value, w_type):
            w_exc = w_value
        elif w_value is None:
            w_exc = space.call_function(w_type)
        elif space.isinstance_w(w_value, space.w_tuple):
            from interpreter.argument import Arguments
            w_exc = space.call_args(
                w_type, Arguments(space, space.fixedview(w_value)))
        else:
            w_exc = space.call_function(w_type, w_value)
        return OperationError(space.type(w_exc), w_exc)
    if space.isinstance_w(w_type, space.w_BaseException):
        if w_value is not None:
            raise oefmt(space.w_TypeError,
                        "instance exception may not have a separate value")
        return OperationError(space.type(w_type), w_type)
    raise oefmt(space.w_TypeError,
                "exceptions must be classes or instances deriving from "
                "BaseException, not %T", w_type)


W_Generator.typedef = TypeDef(
    'generator',
    __iter__=interp2app(W_Generator.descr_iter),
    __next__=interp2app(W_Generator.descr_next),
    __repr__=interp2app(W_Generator.descr_repr),
    send=interp2app(W_Generator.descr_send),
    throw=interp2app(W_Generator.descr_throw),
    close=interp2app(W_Generator.descr_close),
    gi_frame=GetSetProperty(W_Generator.descr_get_gi_frame),
    gi_running=GetSetProperty(W_Generator.descr_get_gi_running),
    gi_code=GetSetProperty(W_Generator.descr_get_gi_code),
    gi_yieldfrom=GetSetProperty(W_Generator.descr_get_gi_yieldfrom),
    __name__=GetSetProperty(W_Generator.descr_get_name,
                            W_Generator.descr_set_name),
    __qualname__=GetSetProperty(W_Generator.descr_get_qualname,
                                W_Generator.descr_set_qualname),
    acceptable_as_base=False,
)
