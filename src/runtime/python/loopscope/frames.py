"""Finding the snippet's own lines: in the running stack, and down a task's await chain."""
import sys

#: The filename the snippet is compiled under; tracebacks show it as CPython would show a script.
SNIPPET = "main.py"


#: Frames where a task's or callback's own stack ends and the event loop's begins.
_LOOP_BOUNDARY = {"_run", "_Task__step", "_Task__step_run_and_handle_result", "__step_run_and_handle_result"}


def current_line(skip=1):
    """The innermost snippet line on the running stack, or None. Does not look past the
    callback or task step being run: the loop's callers (asyncio.run's line) are not its line."""
    frame = sys._getframe(skip)
    while frame is not None:
        code = frame.f_code
        if code.co_filename == SNIPPET:
            return frame.f_lineno
        if code.co_name in _LOOP_BOUNDARY and "asyncio" in code.co_filename:
            return None
        frame = frame.f_back
    return None


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
