"""The virtual clock. Time only moves when the loop has nothing ready (it jumps to the next
timer) or when something blocks (time.sleep). Every time function the snippet can reach reads it."""
import time as _time

#: Real clocks, saved before anything is patched: the wall-clock budget needs them.
real_perf_counter = _time.perf_counter

#: time.time() at virtual zero: 2026-01-01T00:00:00Z, so dates look plausible.
EPOCH = 1767225600.0


class WallTime(float):
    """A time.time() reading. Subtracting two readings gives the exact virtual difference,
    so `end - start` prints 0.2 rather than 0.20000004768371582 (the epoch's rounding)."""

    __slots__ = ("virtual",)

    def __new__(cls, virtual):
        self = float.__new__(cls, EPOCH + virtual)
        self.virtual = virtual
        return self

    def __sub__(self, other):
        if isinstance(other, WallTime):
            return self.virtual - other.virtual
        return float(self) - other

    def __rsub__(self, other):
        if isinstance(other, WallTime):
            return other.virtual - self.virtual
        return other - float(self)


class ThreadContext:
    """A simulated worker thread running a callable: its own clock, starting at `now`."""

    __slots__ = ("now", "lane")

    def __init__(self, now, lane):
        self.now = now
        self.lane = lane


class Clock:
    """Virtual seconds since the run started. `thread` is set while a simulated thread runs."""

    def __init__(self):
        self.now = 0.0
        self.thread = None

    def read(self):
        return self.thread.now if self.thread is not None else self.now


clock = Clock()
