"""The traced Task: asyncio's own pure-Python Task with a hook around each step, so the trace
sees every resume and suspend and what the task was left waiting on.

asyncio.Task is the C implementation; its pure-Python twin (tasks._PyTask) behaves the same but
can be subclassed at the step. _PyTask calls the _py_* registry helpers, which keep their own
current-task table; pointing them at the C helpers keeps asyncio.current_task() (used by
timeout() and TaskGroup) correct."""
import asyncio
import os
import sys
from asyncio import tasks as _tasks

from .clock import clock
from .frames import await_chain, chain_line, current_line
from .recorder import short_repr
from .waits import describe

_tasks._py_enter_task = getattr(_tasks, "_c_enter_task", _tasks._py_enter_task)
_tasks._py_leave_task = getattr(_tasks, "_c_leave_task", _tasks._py_leave_task)
_tasks._py_swap_current_task = getattr(_tasks, "_c_swap_current_task", _tasks._py_swap_current_task)
_tasks._py_register_task = getattr(_tasks, "_c_register_task", _tasks._py_register_task)
_tasks._py_unregister_task = getattr(_tasks, "_c_unregister_task", _tasks._py_unregister_task)

_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
_RUNTIME_DIR = os.path.dirname(__file__)

#: The run's recorder and task-id table; set by the runner for the length of a run.
state = {"recorder": None, "main_coro": None}


def trace_id(task):
    return getattr(task, "_ls_id", None)


#: asyncio's own housekeeping coroutines, run by asyncio.run's cleanup: not the user's story.
_HOUSEKEEPING = {"shutdown_asyncgens", "shutdown_default_executor", "_shutdown_default_executor"}


def _is_housekeeping(coro):
    """Tasks asyncio.run makes for its own cleanup, and Loopscope's. A stdlib coroutine the user
    turned into a task (gather(asyncio.sleep(1)), to_thread) is a real task and stays."""
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if code is None:
        return False
    if code.co_filename.startswith(_RUNTIME_DIR):
        # sync.py's wrappers stand in for asyncio's own acquire(): gather(sem.acquire()) is real.
        return not code.co_filename.endswith("sync.py")
    return code.co_filename.startswith(_ASYNCIO_DIR) and code.co_name in _HOUSEKEEPING


def _qualname(coro):
    return getattr(coro, "__qualname__", None) or type(coro).__name__


def _arguments(coro, limit=60):
    """"'A', 2" for task('A', 2): a coroutine not yet started holds exactly its arguments, so
    lanes can tell Task-2 from Task-3 the way the code does."""
    frame = getattr(coro, "cr_frame", None)
    code = getattr(coro, "cr_code", None)
    if frame is None or code is None:
        return None
    try:
        local = frame.f_locals
        names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
        parts = []
        for i, name in enumerate(names):
            if name == "self" and i == 0:
                continue
            text = short_repr(local.get(name), 30)
            parts.append(text if i < code.co_argcount else f"{name}={text}")
        if code.co_flags & 0x04:  # *args
            parts.extend(short_repr(a, 30) for a in local.get(code.co_varnames[len(names)], ()))
    except Exception:  # noqa: BLE001 - a broken __repr__ must not break the run
        return None
    text = ", ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TracedTask(_tasks._PyTask):
    _ls_id = None

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        rec = state["recorder"]
        if rec is not None and not _is_housekeeping(coro):
            parent = rec.current if clock.thread is None else clock.thread.lane
            if coro is state["main_coro"]:
                # Top-level await: the module body itself runs as a task; it is the main lane.
                self._ls_id = 0
                state["main_coro"] = None
            else:
                line = current_line(2)
                if line is None and parent in rec.tasks:
                    line = rec.tasks[parent]["createdLine"]
                self._ls_id = rec.add_task("task", None, _qualname(coro), parent, line)
                args = _arguments(coro)
                if args is not None:
                    rec.tasks[self._ls_id]["args"] = args
        super().__init__(coro, loop=loop, name=name, context=context)
        if rec is not None:
            rec.task_objects.append(self)
        if self._ls_id:  # not 0: the main lane keeps its name
            rec.tasks[self._ls_id]["name"] = self.get_name()

    def set_name(self, value):
        super().set_name(value)
        rec = state["recorder"]
        if self._ls_id and rec is not None:
            rec.tasks[self._ls_id]["name"] = self.get_name()

    def cancel(self, msg=None):
        rec = state["recorder"]
        if self._ls_id is not None and rec is not None and not self.done():
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

    def _Task__step(self, exc=None):
        rec = state["recorder"]
        tid = self._ls_id
        if rec is None or tid is None:
            return _tasks._PyTask._Task__step(self, exc)
        rec.check_wall()
        prev = rec.current
        rec.current = tid
        rec.event("resume", tid, chain_line(await_chain(self._coro)))
        try:
            _tasks._PyTask._Task__step(self, exc)
        finally:
            rec.current = prev
            self._ls_after_step(rec, tid)

    def _ls_after_step(self, rec, tid):
        if not self.done():
            wait, line = describe(self, trace_id)
            rec.event("suspend", tid, line, wait=wait)
            return
        if self.cancelled():
            rec.event("cancelled", tid, None)
            rec.end_task(tid, "cancelled")
            return
        exc = self.exception()
        if exc is None:
            result = short_repr(self.result())
            rec.event("finish", tid, None, result=result)
            rec.end_task(tid, "finished", result=result)
        else:
            from .errors import exception_info

            info = exception_info(exc)
            rec.event("error", tid, info["line"], exc=info)
            rec.end_task(tid, "failed", error=f"{info['type']}: {info['message']}" if info["message"] else info["type"])


# Reprs and logs ("Task exception was never retrieved") name the class as CPython does.
TracedTask.__name__ = TracedTask.__qualname__ = "Task"


def task_factory(loop, coro, **kwargs):
    return TracedTask(coro, loop=loop, **kwargs)
