"""stdout, stderr and warnings during a run: every line goes into the trace, stamped with the
virtual time and the task that wrote it."""
import io
import linecache
import re
import sys
import warnings

from .frames import SNIPPET
from .tasks import state

_saved = {}
_ORIGIN = re.compile(r'File "([^"]+)", line (\d+)')


class TraceStream(io.TextIOBase):
    """A text stream that writes into the run's recorder."""

    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return f"<{self._name}>"

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        rec = state["recorder"]
        if rec is not None:
            rec.write(self._name, s)
        return len(s)

    def flush(self):
        pass


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Warnings as CPython prints them. A never-awaited coroutine is attributed to the line
    that created it (from coroutine origin tracking), which is where the mistake is."""
    text = str(message)
    if category is RuntimeWarning and "was never awaited" in text:
        created = [m for m in _ORIGIN.finditer(text) if m.group(1) == SNIPPET]
        text = text.split("\n", 1)[0]
        if created:
            filename, lineno = SNIPPET, int(created[-1].group(2))
    rec = state["recorder"]
    shown_line = lineno if filename == SNIPPET else None
    if rec is not None:
        rec.event("warning", rec.current, shown_line, category=category.__name__, message=text)
    src = linecache.getline(filename, lineno).strip() if line is None else line.strip()
    out = f"{filename}:{lineno}: {category.__name__}: {text}\n"
    if src:
        out += f"  {src}\n"
    sys.stderr.write(out)


def install():
    _saved["stdout"], _saved["stderr"] = sys.stdout, sys.stderr
    _saved["showwarning"] = warnings.showwarning
    _saved["filters"] = warnings.filters[:]
    _saved["origin"] = sys.get_coroutine_origin_tracking_depth()
    sys.stdout, sys.stderr = TraceStream("stdout"), TraceStream("stderr")
    # CPython's default filters for a script.
    warnings.resetwarnings()
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.filterwarnings("ignore", category=category)
    warnings.showwarning = _showwarning
    # Two frames: the snippet line that called the coroutine function, or a simulated library's
    # function and the snippet line that called it (session.get(url)). Each frame costs a
    # line-table lookup on every coroutine created: at 8, over a quarter of the instructions of an
    # untraced 10,000-task run (counted natively with scripts/dev/native-run.py).
    sys.set_coroutine_origin_tracking_depth(2)


def uninstall():
    if not _saved:
        return
    sys.stdout, sys.stderr = _saved["stdout"], _saved["stderr"]
    warnings.showwarning = _saved["showwarning"]
    warnings.filters[:] = _saved["filters"]
    sys.set_coroutine_origin_tracking_depth(_saved["origin"])
    _saved.clear()
