"""Finding the snippet's own lines: in the running stack, and down a task's await chain."""
import asyncio
import sys
import types

#: The filename the snippet is compiled under; tracebacks show it as CPython would show a script.
SNIPPET = "main.py"


#: Frames where a task's or callback's own stack ends and the event loop's begins.
_LOOP_BOUNDARY = {"_run", "_Task__step", "_Task__step_run_and_handle_result", "__step_run_and_handle_result"}
#: Loopscope's own functions that run a task's step (see loop_boundary), by name and code.
_BOUNDARY_NAMES = set(_LOOP_BOUNDARY)
_BOUNDARY_CODES = []


def loop_boundary(fn):
    """Marks a Loopscope function that runs callbacks or task steps as a boundary for
    current_line, like asyncio's Handle._run: what it runs has no line beyond it."""
    _BOUNDARY_NAMES.add(fn.__code__.co_name)
    _BOUNDARY_CODES.append(fn.__code__)
    return fn


def current_line(skip=1):
    """The innermost snippet line on the running stack, or None. Does not look past the
    callback or task step being run: the loop's callers (asyncio.run's line) are not its line."""
    frame = sys._getframe(skip)
    while frame is not None:
        code = frame.f_code
        if code.co_filename == SNIPPET:
            return frame.f_lineno
        if code.co_name in _BOUNDARY_NAMES and _is_boundary(code):
            return None
        frame = frame.f_back
    return None


def _is_boundary(code):
    if code.co_name in _LOOP_BOUNDARY and "asyncio" in code.co_filename:
        return True
    return any(code is c for c in _BOUNDARY_CODES)  # by identity: hashing a code object is slow


def await_chain(coro):
    """The objects a coroutine is suspended in, outermost first: coroutines, generators,
    async-generator steps. Stops at the first object that does not expose what it awaits."""
    chain = []
    seen = 0
    while coro is not None and seen < 200:
        chain.append(coro)
        seen += 1
        nxt = getattr(coro, "cr_await", None)
        if nxt is None:
            nxt = getattr(coro, "gi_yieldfrom", None)
        if nxt is None:
            nxt = getattr(coro, "ag_await", None)
        coro = nxt
    return chain


def frame_of(obj):
    return getattr(obj, "cr_frame", None) or getattr(obj, "gi_frame", None) or getattr(obj, "ag_frame", None)


def chain_line(chain):
    """The innermost snippet line in an await chain (where the task is waiting), or None."""
    line = None
    for obj in chain:
        frame = frame_of(obj)
        if frame is not None and frame.f_code.co_filename == SNIPPET:
            line = frame.f_lineno
    return line


def coro_line(coro):
    """The line a not-yet-started or suspended coroutine is at, if it is snippet code."""
    return chain_line(await_chain(coro))


_Coroutine = types.CoroutineType
_Generator = types.GeneratorType


class _NoLoop:
    def get_debug(self):
        return False


#: What `await future` leaves at the end of a chain (the C Future's iterator): no frame, no next.
FutureIter = type(asyncio.Future(loop=_NoLoop()).__await__())


def chain_frames(coro):
    """The frames of await_chain(coro), one per object (None where an object has none): the
    same walk, with the two common kinds of object read directly rather than by getattr."""
    frames = []
    seen = 0
    while coro is not None and seen < 200:
        seen += 1
        kind = type(coro)
        if kind is _Coroutine:
            frames.append(coro.cr_frame)
            coro = coro.cr_await
        elif kind is _Generator:
            frames.append(coro.gi_frame)
            coro = coro.gi_yieldfrom
        elif kind is FutureIter:
            frames.append(None)
            break
        else:
            frames.append(frame_of(coro))
            coro = chain_next(coro)
    return frames


def chain_next(obj):
    """What `obj` (one link of await_chain) awaits, or None."""
    nxt = getattr(obj, "cr_await", None)
    if nxt is None:
        nxt = getattr(obj, "gi_yieldfrom", None)
    if nxt is None:
        nxt = getattr(obj, "ag_await", None)
    return nxt


def frames_line(frames):
    """chain_line for chain_frames' list."""
    line = None
    for frame in frames:
        if frame is not None and frame.f_code.co_filename == SNIPPET:
            line = frame.f_lineno
    return line
