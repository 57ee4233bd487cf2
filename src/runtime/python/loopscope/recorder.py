"""The trace being built during one run: tasks, events and output, on the virtual clock.
Shapes match src/protocol/trace.ts; everything here is plain data (see encode)."""
import itertools
import json
import marshal

from .clock import clock, real_perf_counter

#: Characters kept of a result's repr.
REPR_LIMIT = 200
#: Events per streamed batch.
BATCH = 5000


def encode(payload):
    """The trace, or a streamed batch of it, for the engine: marshal's bytes, which the engine
    reads with src/runtime/trace-decode.ts. json.dumps costs about ten times as much in
    WebAssembly (every number becomes a string object first). A value marshal refuses (a str
    subclass, say) sends the payload as JSON text instead, where it is written as its repr(),
    with every event row in the (t, type, task, line, fields) form (JSON has no tuples)."""
    try:
        return marshal.dumps(payload)
    except ValueError:
        return json.dumps(dict(payload, events=[_dict_row(r) for r in payload["events"]]), default=repr)


def flat(fields):
    """A dict as a flat tuple: key, value, key, value..."""
    return tuple(itertools.chain.from_iterable(fields.items()))


def _unflat(pairs):
    return {pairs[i]: _unflat(pairs[i + 1]) if type(pairs[i + 1]) is tuple else pairs[i + 1] for i in range(0, len(pairs), 2)}


def _dict_row(row):
    if len(row) == 5:
        return row
    return (*row[:4], _unflat(row[4:]) if len(row) > 4 else None)


class LimitExceeded(KeyboardInterrupt):
    """Ends the run when a limit is hit. A KeyboardInterrupt subclass because asyncio re-raises
    those out of tasks and callbacks instead of swallowing them, so the run stops at once."""

    def __init__(self, kind, message, line=None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.line = line


#: Types whose repr() cannot fail: hot paths call repr() on them directly, without short_repr's guard.
PLAIN = {int, str, float, bool, type(None)}


#: repr() of the short ints seen in this run, by value (at most _INT_TEXTS of them). In
#: WebAssembly an int's repr costs as much as recording a whole event, and a traced run writes
#: the same ints again and again: a task's arguments, its result, the number in its name.
_int_texts = {}
_INT_TEXTS = 1 << 16


def int_text(value):
    """repr(value) for an int (type(value) is int: not a bool or other subclass)."""
    text = _int_texts.get(value)
    if text is None:
        text = repr(value)
        if len(text) <= 12 and len(_int_texts) < _INT_TEXTS:
            _int_texts[value] = text
    return text


def reset():
    """Forget the ints seen in a run."""
    _int_texts.clear()


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
        #: The "block" events among them, for the summary.
        self.blocks = []
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
        self.phases = {}  # engine phase → seconds of real time (meta.phasesMs)
        self.max_events = int(options.get("maxEvents", 200_000))
        self.max_output = int(options.get("maxOutputChars", 1_000_000))
        self.wall_budget = float(options.get("wallClockMs", 5000)) / 1000.0
        self._next_check()
        self.tasks[0] = {
            "id": 0, "kind": "main", "name": "<main>", "coroutine": None, "parent": None,
            "created": 0.0, "createdLine": None, "finished": None, "state": "pending",
        }

    # -- tasks and events ---------------------------------------------------------------
    def add_task(self, kind, name, coroutine, parent, line):
        tid = self.next_id
        self.next_id += 1
        now = clock.now if clock.thread is None else clock.thread.now
        self.tasks[tid] = {
            "id": tid, "kind": kind, "name": name, "coroutine": coroutine, "parent": parent,
            "created": now, "createdLine": line, "finished": None, "state": "pending",
        }
        if kind != "thread" and not self.frozen and self.enabled:
            events = self.events
            events.append((now, "create", tid, line, "parent", parent))
            if len(events) >= self._check_at:
                self._checkpoint()
        return tid

    def end_task(self, tid, state, t=None, **extra):
        info = self.tasks[tid]
        if info["finished"] is None or info["state"] == "pending":
            info["finished"] = clock.read() if t is None else t
            info["state"] = state
            info.update(extra)

    # Events are rows, cheaper to build and to write than dicts; the engine makes them the
    # objects of src/protocol/trace.ts. A row is (t, type, task, line) and then either one
    # dict of fields (or None), or the fields as key, value, key, value... where a tuple value
    # is a dict written the same way. The flat form is for the events every task has: tuples of
    # plain values cost the garbage collector nothing once it has seen them, dicts cost it on
    # every collection.
    def event(self, type_, task, line, t=None, **fields):
        if self.frozen or not self.enabled:
            return
        events = self.events
        row = (clock.read() if t is None else t, type_, task, line, fields or None)
        events.append(row)
        if type_ == "block":
            self.blocks.append(row)
        if len(events) >= self._check_at:
            self._checkpoint()

    def row(self, row):
        """Records a row built by the caller, timed by clock.read() (see event())."""
        if self.frozen or not self.enabled:
            return
        events = self.events
        events.append(row)
        if len(events) >= self._check_at:
            self._checkpoint()

    def _checkpoint(self):
        """The event limit, and the next streamed batch when one is due."""
        if len(self.events) >= self.max_events:
            self.trip("events", f"Stopped after {self.max_events:,} trace events (the event limit).")
        if self.emit_batch is not None and len(self.events) - self._sent[0] >= BATCH:
            self.flush_batch()
        self._next_check()

    def _next_check(self):
        due = self._sent[0] + BATCH if self.emit_batch is not None else self.max_events
        self._check_at = min(self.max_events, due)

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
        self._next_check()
        self.emit_batch(encode(payload))
