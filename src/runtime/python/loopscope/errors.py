"""Exceptions as CPython prints them, minus Loopscope's machinery: frames from the runtime
package and the pure-Python Task's step (which the C Task CPython uses has no frame for)."""
import os
import traceback

from .frames import SNIPPET

_RUNTIME_DIR = os.path.dirname(__file__)


def _hidden(frame_summary):
    name = frame_summary.filename
    if name.startswith(_RUNTIME_DIR):
        return True
    return name.endswith(os.path.join("asyncio", "tasks.py")) and frame_summary.name in (
        "__step_run_and_handle_result", "_Task__step_run_and_handle_result", "__step", "_Task__step")


def _filter(te, seen=None, top=True):
    seen = seen if seen is not None else set()
    if id(te) in seen:
        return
    seen.add(id(te))
    frames = [f for f in te.stack if not _hidden(f)]
    # Frames before the snippet's first are the runner's way in (e.g. run_until_complete for
    # top-level await); a script run by CPython starts at <module>.
    first = next((i for i, f in enumerate(frames) if f.filename == SNIPPET), 0) if top else 0
    te.stack = traceback.StackSummary.from_list(frames[first:])
    for nxt in (te.__cause__, te.__context__):
        if nxt is not None:
            _filter(nxt, seen, False)
    for sub in getattr(te, "exceptions", None) or ():
        _filter(sub, seen, False)


def format_exception(exc):
    """The lines CPython would print for an uncaught `exc` (each ends without a newline)."""
    te = traceback.TracebackException.from_exception(exc, compact=True)
    _filter(te)
    text = "".join(te.format())
    return text.rstrip("\n").split("\n")


def snippet_line(exc):
    """Innermost snippet line in the exception's traceback (or a SyntaxError's own line)."""
    if isinstance(exc, SyntaxError) and exc.filename == SNIPPET:
        return exc.lineno
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == SNIPPET:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def exception_info(exc):
    if isinstance(exc, SyntaxError):
        message = exc.msg
    else:
        message = str(exc)
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__", None):
        name = f"{module}.{name}"
    return {"type": name, "message": message, "line": snippet_line(exc), "traceback": format_exception(exc)}
