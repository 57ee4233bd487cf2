"""The traced Task: asyncio's own C Task, subclassed only where a task is born, named and
cancelled. Its steps are seen by the loop (loop.py runs each step through steps.py), so the
task itself runs at C speed.

asyncio.Task is the C implementation. Its pure-Python twin (tasks._PyTask) can be hooked at
the step, but stepping every task through Python made tracing 3× slower than not tracing."""
import asyncio
import os
import sys
import types
from asyncio import coroutines as _coroutines
from asyncio import tasks as _tasks

from .clock import clock
from .frames import await_chain, chain_line, current_line
from .recorder import PLAIN, int_text, short_repr

_CTask = _tasks._CTask
_Coroutine = types.CoroutineType

_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
_RUNTIME_DIR = os.path.dirname(__file__)

#: The run's recorder and task-id table; set by the runner for the length of a run.
state = {"recorder": None, "main_coro": None}


def trace_id(task):
    return getattr(task, "_ls_id", None)


#: A task's _ls_line before its first step.
UNSTARTED = object()

#: asyncio's own housekeeping coroutines, run by asyncio.run's cleanup: not the user's story.
_HOUSEKEEPING = {"shutdown_asyncgens", "shutdown_default_executor", "_shutdown_default_executor"}


def _qualname(coro):
    return getattr(coro, "__qualname__", None) or type(coro).__name__


class _CodeFacts:
    """What task creation needs to know about a coroutine's code, worked out once per code."""

    __slots__ = ("code", "housekeeping", "names", "star")

    def __init__(self, code):
        self.code = code  # keeps the code alive, so its id() is not reused while cached
        # asyncio.run's own cleanup coroutines, and Loopscope's. A stdlib coroutine the user
        # turned into a task (gather(asyncio.sleep(1)), to_thread) is a real task and stays.
        if code.co_filename.startswith(_RUNTIME_DIR):
            # sync.py's wrappers stand in for asyncio's own acquire(): gather(sem.acquire()) is real.
            self.housekeeping = not code.co_filename.endswith("sync.py")
        else:
            self.housekeeping = code.co_filename.startswith(_ASYNCIO_DIR) and code.co_name in _HOUSEKEEPING
        #: The parameters shown (not a leading self), with whether each is positional.
        names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
        self.names = tuple((name, i < code.co_argcount) for i, name in enumerate(names) if not (name == "self" and i == 0))
        #: The *args parameter's name, if any.
        self.star = code.co_varnames[len(names)] if code.co_flags & 0x04 else None


#: _CodeFacts by id() of the code (hashing a code object is slow: it hashes its contents).
_facts = {}


def _code_facts(code):
    facts = _facts.get(id(code))
    if facts is None or facts.code is not code:
        facts = _facts[id(code)] = _CodeFacts(code)
    return facts


def reset():
    """Forget the code seen in a run (the snippet's code is new in every run)."""
    _facts.clear()


class TracedTask(_CTask):
    # Slots, not attributes: the C Task's attributes live in a dict made on first use, which the
    # garbage collector would then visit for every task.
    __slots__ = (
        "_ls_id",  # the task's id in the trace (None: not traced, e.g. asyncio.run's own cleanup tasks)
        "_ls_line",  # the line it last suspended at (steps.py), or UNSTARTED
    )

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        self._ls_id = tid = None
        self._ls_line = UNSTARTED
        rec = state["recorder"]
        coroutine = type(coro) is _Coroutine
        if coroutine:
            code = coro.cr_code
        else:
            coroutine = getattr(coro, "cr_code", None) is not None
            code = coro.cr_code if coroutine else getattr(coro, "gi_code", None)
        if code is None:
            facts = None
        else:  # _code_facts(code), inline: this runs for every task
            facts = _facts.get(id(code))
            if facts is None or facts.code is not code:
                facts = _facts[id(code)] = _CodeFacts(code)
        info = None
        # Not asyncio.run's own cleanup tasks, nor Loopscope's (see _CodeFacts.housekeeping).
        if rec is not None and not (facts is not None and facts.housekeeping):
            thread = clock.thread
            parent = rec.current if thread is None else thread.lane
            if coro is state["main_coro"]:
                # Top-level await: the module body itself runs as a task; it is the main lane.
                self._ls_id = 0
                state["main_coro"] = None
            else:
                line = current_line(2)
                tasks = rec.tasks
                if line is None and parent in tasks:
                    line = tasks[parent]["createdLine"]
                qualname = coro.__qualname__ if type(coro) is _Coroutine else _qualname(coro)
                # rec.add_task("task", None, qualname, parent, line), inline: this runs for every task.
                tid = rec.next_id
                rec.next_id = tid + 1
                now = clock.now if thread is None else thread.now
                info = tasks[tid] = {
                    "id": tid, "kind": "task", "name": None, "coroutine": qualname, "parent": parent,
                    "created": now, "createdLine": line, "finished": None, "state": "pending",
                }
                if not rec.frozen and rec.enabled:
                    events = rec.events
                    events.append((now, "create", tid, line, "parent", parent))
                    if len(events) >= rec._check_at:
                        rec._checkpoint()
                self._ls_id = tid
                args = _arguments(coro, facts) if coroutine else None
                if args is not None:
                    info["args"] = args
        if name is None and (type(coro) is _Coroutine or _coroutines.iscoroutine(coro)):
            # The C Task numbers its default names with a counter of its own that no run resets;
            # asyncio.tasks' counter is reset per run, so names start at Task-1 as in a fresh process.
            name = _task_name(_tasks._task_name_counter())
        # Eager start is not traced: the task starts on the loop like any other. (asyncio's debug
        # mode shows this call as where each task was created: tasks.py:142, as the traces say.)
        super().__init__(coro, loop=loop, name=name, context=context)
        if rec is not None:
            rec.task_objects.append(self)
        if tid:  # not 0 or None: the main lane keeps its name
            info["name"] = name if type(name) is str else self.get_name()

    def set_name(self, value):
        super().set_name(value)
        rec = state["recorder"]
        tid = trace_id(self)
        if tid and rec is not None:
            rec.tasks[tid]["name"] = self.get_name()

    def cancel(self, msg=None):
        rec = state["recorder"]
        if trace_id(self) is not None and rec is not None and not self.done():
            try:
                canceller = _tasks.current_task()
                by = trace_id(canceller) if canceller is not None else None
            except RuntimeError:  # no running loop: the main program itself
                by = 0
            line = current_line(2)
            if isinstance(msg, str) and msg:
                reason = msg
            elif by is None:
                caller = sys._getframe(1)
                timeout = caller.f_code.co_name == "_on_timeout" or caller.f_code.co_name == "_cancel_and_timeout"
                reason = "timeout expired" if timeout else "cancelled by a callback"
                # A timer has no line of its own: say where the task was when the timeout hit it.
                line = chain_line(await_chain(self._coro))
            else:
                reason = "task.cancel()"
            rec.event("cancel", self._ls_id, line, by=by, reason=reason)
        return super().cancel(msg)


def _arguments(coro, facts, limit=60):
    """"'A', 2" for task('A', 2): a coroutine not yet started holds exactly its arguments, so
    lanes can tell Task-2 from Task-3 the way the code does. `facts`: _code_facts(coro's code)."""
    frame = coro.cr_frame if type(coro) is _Coroutine else getattr(coro, "cr_frame", None)
    if frame is None:
        return None
    try:
        local = frame.f_locals
        parts = []
        for name, positional in facts.names:
            value = local.get(name)
            if type(value) in PLAIN:
                text = int_text(value) if type(value) is int else repr(value)
                if len(text) > 30:
                    text = text[:29] + "…"
            else:
                text = short_repr(value, 30)
            parts.append(text if positional else f"{name}={text}")
        if facts.star is not None:
            parts.extend(short_repr(a, 30) for a in local.get(facts.star, ()))
    except Exception:  # noqa: BLE001 - a broken __repr__ must not break the run
        return None
    text = ", ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _task_name(number):
    """f"Task-{number}", an int's text taken from int_text."""
    return "Task-" + int_text(number) if type(number) is int else f"Task-{number}"


# Reprs and logs ("Task exception was never retrieved") name the class as CPython does.
TracedTask.__name__ = TracedTask.__qualname__ = "Task"


def task_factory(loop, coro, **kwargs):
    return TracedTask(coro, loop=loop, **kwargs)
