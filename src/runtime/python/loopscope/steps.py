"""One step of a traced task, seen from the loop: the loop's call_soon marks each handle that
is a task's step or wakeup (a C Task schedules its steps as callbacks whose __self__ is the
task), and _run_once runs those through run_step, which records the step around it: resume,
then suspend with what the task now waits on, or how it ended.

This runs for every step of every task, so it appends its event rows itself (see Recorder.row)."""
import types

from .clock import clock, real_perf_counter
from .frames import SNIPPET, chain_frames, frames_line, loop_boundary
from .recorder import PLAIN, REPR_LIMIT, int_text, short_repr
from .tasks import UNSTARTED, trace_id
from .waits import wait_row

_Coroutine = types.CoroutineType

@loop_boundary
def run_step(rec, task, handle):
    """Runs the handle (one step of `task`) with its resume and suspend or end recorded."""
    if real_perf_counter() - rec.started > rec.wall_budget:
        rec.check_wall()  # trips, at no line: the step has not begun
    tid = task._ls_id
    prev = rec.current
    rec.current = tid
    # Where a suspended task resumes is where it suspended (nothing else runs its coroutine).
    line = task._ls_line
    if line is UNSTARTED:
        coro = task._coro
        if type(coro) is _Coroutine and coro.cr_await is None:  # frames_line(chain_frames(coro)) for the usual case
            frame = coro.cr_frame
            line = frame.f_lineno if frame is not None and frame.f_code.co_filename == SNIPPET else None
        else:
            line = frames_line(chain_frames(coro))
    # Rows as Recorder.row takes them, timed by clock.read(). (Only traced runs have steps
    # recorded, so rec.enabled need not be checked.)
    if not rec.frozen:
        events = rec.events
        events.append((clock.now if clock.thread is None else clock.thread.now, "resume", tid, line))
        if len(events) >= rec._check_at:
            rec._checkpoint()
    try:
        handle._run()
    finally:
        rec.current = prev
        if not task.done():
            wait, line = wait_row(task, trace_id)
            task._ls_line = line
            if not rec.frozen:
                events = rec.events
                events.append((clock.now if clock.thread is None else clock.thread.now, "suspend", tid, line, "wait", wait))
                if len(events) >= rec._check_at:
                    rec._checkpoint()
        else:
            _ended(rec, task, tid)


def _ended(rec, task, tid):
    if task.cancelled():
        rec.row((clock.read(), "cancelled", tid, None))
        rec.end_task(tid, "cancelled")
        return
    exc = task.exception()
    if exc is None:
        value = task.result()
        if type(value) is int:
            result = int_text(value)
            if len(result) > REPR_LIMIT:
                result = result[: REPR_LIMIT - 1] + "…"
        elif type(value) in PLAIN:  # short_repr without its guard: these reprs cannot fail
            result = repr(value)
            if len(result) > REPR_LIMIT:
                result = result[: REPR_LIMIT - 1] + "…"
        else:
            result = short_repr(value)
        t = clock.read()
        rec.row((t, "finish", tid, None, "result", result))
        # rec.end_task(tid, "finished", result=result), inline: every task that finishes ends here.
        info = rec.tasks[tid]
        if info["finished"] is None or info["state"] == "pending":
            info["finished"] = t
            info["state"] = "finished"
            info["result"] = result
    else:
        from .errors import exception_info

        info = exception_info(exc)
        rec.row((clock.read(), "error", tid, info["line"], {"exc": info}))
        rec.end_task(tid, "failed", error=f"{info['type']}: {info['message']}" if info["message"] else info["type"])
