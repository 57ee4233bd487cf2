"""The trace being built during one run: tasks, events and output, on the virtual clock.
Shapes match src/protocol/trace.ts; everything here is plain data for json.dumps."""
import json

from .clock import clock, real_perf_counter

#: Characters kept of a result's repr.
REPR_LIMIT = 200
#: Events per streamed batch.
BATCH = 5000


class LimitExceeded(KeyboardInterrupt):
    """Ends the run when a limit is hit. A KeyboardInterrupt subclass because asyncio re-raises
    those out of tasks and callbacks instead of swallowing them, so the run stops at once."""

    def __init__(self, kind, message, line=None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.line = line


def short_repr(value, limit=REPR_LIMIT):
    try:
        text = repr(value)
    except BaseException as exc:  # a broken __repr__ must not break the trace
        text = f"<unrepresentable {type(value).__name__}: {type(exc).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Recorder:
    def __init__(self, options, emit_batch=None):
        self.options = options
        self.enabled = bool(options.get("trace", True))
        self.emit_batch = emit_batch
        self.tasks = {}
        self.objects = []
        #: Every traced task object, so tasks left pending (deadlock, limit) can be closed quietly.
        self.task_objects = []
        self.events = []
        self.output = []
        self.current = 0
        self.next_id = 1
        self.frozen = False
        self.limit = None
        self.out_chars = 0
        self.dropped_output = 0
        self._partial = {"stdout": "", "stderr": ""}
        self._sent = [0, 0, 0]
        self.started = real_perf_counter()
        self.max_events = int(options.get("maxEvents", 200_000))
        self.max_output = int(options.get("maxOutputChars", 1_000_000))
        self.wall_budget = float(options.get("wallClockMs", 5000)) / 1000.0
        self.tasks[0] = {
            "id": 0, "kind": "main", "name": "<main>", "coroutine": None, "parent": None,
            "created": 0.0, "createdLine": None, "finished": None, "state": "pending",
        }

    # -- tasks and events ---------------------------------------------------------------
    def add_task(self, kind, name, coroutine, parent, line):
        tid = self.next_id
        self.next_id += 1
        self.tasks[tid] = {
            "id": tid, "kind": kind, "name": name, "coroutine": coroutine, "parent": parent,
            "created": clock.read(), "createdLine": line, "finished": None, "state": "pending",
        }
        if kind != "thread":
            self.event("create", tid, line, parent=parent)
        return tid

    def end_task(self, tid, state, t=None, **extra):
        info = self.tasks[tid]
        if info["finished"] is None or info["state"] == "pending":
            info["finished"] = clock.read() if t is None else t
            info["state"] = state
            info.update(extra)

    def event(self, type_, task, line, t=None, **fields):
        """Events are rows (t, type, task, line, fields): cheaper to build and to serialise than
        dicts; the engine expands them into the objects of src/protocol/trace.ts."""
        if self.frozen or not self.enabled:
            return
        self.events.append((clock.read() if t is None else t, type_, task, line, fields or None))
        if len(self.events) >= self.max_events:
            self.trip("events", f"Stopped after {self.max_events:,} trace events (the event limit).")
        if self.emit_batch is not None and len(self.events) - self._sent[0] >= BATCH:
            self.flush_batch()

    # -- output -------------------------------------------------------------------------
    def write(self, stream, text):
        if self.frozen:
            return
        if self.out_chars + len(text) > self.max_output:
            room = max(0, self.max_output - self.out_chars)
            self.dropped_output += len(text) - room
            text = text[:room]
            self._write(stream, text)
            self.trip("output", f"Stopped after {self.max_output:,} characters of output (the output limit).")
            return
        self._write(stream, text)

    def _write(self, stream, text):
        self.out_chars += len(text)
        buf = self._partial[stream] + text
        *lines, rest = buf.split("\n")
        self._partial[stream] = rest
        for line in lines:
            self._line(stream, line, False)

    def _line(self, stream, text, partial):
        from .frames import current_line

        task = clock.thread.lane if clock.thread is not None else self.current
        entry = {"t": clock.read(), "task": task, "stream": stream, "text": text}
        if partial:
            entry["partial"] = True
        self.output.append(entry)
        self.event("print", task, current_line(3), stream=stream, text=text)

    def flush_partial(self):
        for stream, rest in self._partial.items():
            if rest:
                self._partial[stream] = ""
                self._line(stream, rest, True)

    # -- limits -------------------------------------------------------------------------
    def trip(self, kind, message, line=None):
        """Record a limit and stop the run (raises)."""
        from .frames import current_line

        if self.limit is None:
            self.limit = {"kind": kind, "message": message, "line": line if line is not None else current_line(2)}
        self.frozen = True
        raise LimitExceeded(kind, message, self.limit["line"])

    def check_wall(self):
        if real_perf_counter() - self.started > self.wall_budget:
            self.trip("wall-clock", f"Stopped after {self.wall_budget:g} s of real time, still running: "
                      "a loop that never ends, or a very long computation?")

    # -- streaming ----------------------------------------------------------------------
    def flush_batch(self):
        if self.emit_batch is None:
            return
        e0, o0, t0 = self._sent
        tasks = [t for t in self.tasks.values() if t["id"] >= t0]
        payload = {"events": self.events[e0:], "output": self.output[o0:], "tasks": tasks}
        self._sent = [len(self.events), len(self.output), self.next_id]
        self.emit_batch(json.dumps(payload))
