"""Blocking calls on the virtual clock. time.sleep(d) in a coroutine holds the whole loop for d
virtual seconds: the trace records that span as the loop being blocked by that task, because it
is the pitfall the guide warns about. In a simulated thread it moves only that thread's clock."""
import time as _time

from .clock import WallTime, clock
from .frames import current_line
from .tasks import state

_originals = {}


def _fmt(x):
    return f"{x:g}" if isinstance(x, (int, float)) else repr(x)


def block_until(when, call):
    """Hold the current lane until virtual time `when`, recording a blocked span."""
    if clock.thread is not None:
        clock.thread.now = max(clock.thread.now, when)
        return
    start = clock.now
    if when <= start:
        return
    rec = state["recorder"]
    if rec is not None:
        limit = rec.options.get("maxVirtualSeconds", 3600)
        if when > limit:
            rec.trip("virtual-time", f"Stopped at the virtual-time limit of {limit:g} s ({call} would block past it).")
        rec.event("block", rec.current, current_line(3), t=start, end=when, call=call)
        rec.check_wall()
    clock.now = when


def sleep(secs):
    """time.sleep on the virtual clock."""
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer or float")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    block_until(clock.read() + secs, f"time.sleep({_fmt(secs)})")


def time():
    return WallTime(clock.read())


def time_ns():
    return int(round((clock.read() + 1767225600.0) * 1e9))


def monotonic():
    return clock.read()


def monotonic_ns():
    return int(round(clock.read() * 1e9))


_PATCHES = {
    "sleep": sleep, "time": time, "time_ns": time_ns, "monotonic": monotonic,
    "monotonic_ns": monotonic_ns, "perf_counter": monotonic, "perf_counter_ns": monotonic_ns,
}


def install():
    for name, fn in _PATCHES.items():
        _originals[name] = getattr(_time, name)
        setattr(_time, name, fn)


def uninstall():
    for name, fn in _originals.items():
        setattr(_time, name, fn)
    _originals.clear()
