"""The virtual-clock event loop: asyncio's own BaseEventLoop with a selector that never blocks.

When nothing is ready, time jumps to the next timer. When nothing is ready and no timer is
scheduled, CPython would wait forever: that is a deadlock, reported instead of hanging."""
import asyncio
import heapq
import selectors
from asyncio import base_events, events, futures

from .clock import clock
from .steps import run_step
from .tasks import TracedTask, state, task_factory, trace_id
from .waits import describe, still_waiting_for


class Deadlock(KeyboardInterrupt):
    """Nothing can ever run again. Like LimitExceeded, a KeyboardInterrupt so asyncio lets it through."""

    def __init__(self, stuck):
        super().__init__("deadlock")
        self.stuck = stuck


_Builtin = type(len)


class _StepHandle(events.Handle):
    """A traced task's step or wakeup in the ready queue: the loop runs it through steps.py."""

    __slots__ = ("_ls_task",)

    @classmethod
    def like(cls, handle, task):
        """A _StepHandle with `handle`'s fields."""
        step = cls.__new__(cls)
        for name in ("_callback", "_args", "_cancelled", "_loop", "_source_traceback", "_repr", "_context"):
            setattr(step, name, getattr(handle, name))
        step._ls_task = task
        return step


_StepHandle.__name__ = _StepHandle.__qualname__ = "Handle"  # as reprs and logs name it


class _VirtualSelector(selectors.BaseSelector):
    """Never waits: advances the virtual clock to the next timer, or reports a deadlock."""

    def __init__(self, loop):
        self._loop = loop
        self._map = {}

    def register(self, fileobj, events, data=None):
        raise NotImplementedError("Loopscope's event loop has no real sockets or files to watch")

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def select(self, timeout=None):
        loop = self._loop
        if timeout is None:
            loop._deadlock()
        elif timeout > 0 and loop._scheduled:
            when = loop._scheduled[0][0]
            if when > loop._max_time:
                rec = state["recorder"]
                rec.trip("virtual-time", f"Stopped at the virtual-time limit of {loop._max_time:g} s "
                         f"(the next timer was due at {when:g} s).", line=None)
            clock.now = max(clock.now, when)
        return []

    def get_map(self):
        return self._map

    def close(self):
        pass


class VirtualLoop(base_events.BaseEventLoop):
    def __init__(self, max_time=3600.0):
        super().__init__()
        self._selector = _VirtualSelector(self)
        self._clock_resolution = 1e-9
        self._max_time = max_time
        self._dead = None
        self._timer_seq = 0  # see call_at
        rec = state["recorder"]
        self._traced = rec is None or rec.enabled
        if self._traced:
            self.set_task_factory(task_factory)

    def time(self):
        return clock.read()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def _make_self_pipe(self):
        pass

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        # The heap holds (when, seq, handle): timers due at the same instant fire in the order they
        # were scheduled, as in real time, where deadlines practically never tie (CPython's heap of
        # handles breaks ties arbitrarily). Tuples also compare in C: the handles' own comparisons
        # are Python, called ~14 times per timer.
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        # asyncio.sleep parks its task on a future completed by this timer: remember when.
        if callback is futures._set_result_unless_cancelled and args:
            try:
                args[0]._loopscope_until = when
            except AttributeError:
                pass
        return timer

    def call_soon(self, callback, *args, context=None):
        if not self._traced:
            return super().call_soon(callback, *args, context=context)
        # A task's step or wakeup is scheduled as a _StepHandle: the moment it is ready.
        owner = getattr(callback, "__self__", None)
        tid = getattr(owner, "_ls_id", None) if owner is not None and isinstance(owner, TracedTask) else None
        # A C Task's step (TaskStepMethWrapper) or wakeup (its bound task_wakeup) runs one step
        # of it. Another method of a task (loop.call_soon(task.cancel)) is ready all the same.
        kind = type(callback)
        step = tid is not None and (kind is _Builtin and callback.__name__ == "task_wakeup" or kind.__name__ == "TaskStepMethWrapper")
        if self._closed or self._debug:
            # BaseEventLoop's own checks, errors and debug stacks, exactly; then the step marked
            # (a task ignores the handle call_soon gives back).
            handle = super().call_soon(callback, *args, context=context)
            if step:
                self._ready[-1] = _StepHandle.like(handle, owner)
        else:
            # BaseEventLoop.call_soon and _call_soon in one: this runs for every step of every task.
            if step:
                handle = _StepHandle(callback, args, self, context)
                handle._ls_task = owner
            else:
                handle = events.Handle(callback, args, self, context)
            self._ready.append(handle)
        if tid is not None:
            rec = state["recorder"]
            # rec.row(...), inline: this runs for every step of every task.
            if rec is not None and not rec.frozen and rec.enabled:
                rows = rec.events  # (not `events`: that is asyncio.events here)
                rows.append((clock.now if clock.thread is None else clock.thread.now, "ready", tid, None))
                if len(rows) >= rec._check_at:
                    rec._checkpoint()
        return handle

    def run_in_executor(self, executor, func, *args):
        from .threads import run_in_executor

        return run_in_executor(self, executor, func, *args)

    def run_forever(self):
        if self._dead is not None:
            raise self._dead
        rec = state["recorder"]
        outer = rec is not None and rec.current == 0 and not _in_task()
        if outer:
            last = rec.events[-1] if rec.events else None
            if last and last[1] == "resume" and last[2] == 0 and last[0] == clock.now:
                rec.events.pop()  # asyncio.run's cleanup runs the loop again at once: one wait, not three
            else:
                rec.event("suspend", 0, _caller_line(), wait={"kind": "event-loop", "label": "event loop running"})
        try:
            super().run_forever()
        except KeyboardInterrupt as exc:
            # A deadlock, a limit or the host's interrupt ends the run: the loop must not run
            # again (asyncio.run's cleanup would otherwise keep running the tasks).
            from .process import HardExit

            if isinstance(exc, (Deadlock, HardExit)) or rec is None or rec.limit is not None or _host_interrupted():
                self._dead = exc
                if rec is not None:
                    rec.frozen = True
            raise
        finally:
            if outer and not rec.frozen:
                rec.event("resume", 0, _caller_line())

    def _run_once(self):
        """BaseEventLoop._run_once (CPython 3.14), with each task step run through steps.py so
        the trace sees it, and the limits checked after each iteration."""
        sched_count = len(self._scheduled)
        if (sched_count > base_events._MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Remove delayed calls that were cancelled if their number is too high.
            new_scheduled = []
            for entry in self._scheduled:
                handle = entry[2]
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(entry)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Remove delayed calls that were cancelled from head of queue.
            while self._scheduled and self._scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)[2]
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            # Compute the desired timeout.
            timeout = self._scheduled[0][0] - self.time()
            if timeout > base_events.MAXIMUM_SELECT_TIMEOUT:
                timeout = base_events.MAXIMUM_SELECT_TIMEOUT
            elif timeout < 0:
                timeout = 0

        self._selector.select(timeout)  # never returns events: it moves the virtual clock

        # Handle 'later' callbacks that are ready.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            if self._scheduled[0][0] >= end_time:
                break
            handle = heapq.heappop(self._scheduled)[2]
            handle._scheduled = False
            self._ready.append(handle)

        # Run the callbacks ready now, not those they schedule (they run next time around).
        rec = state["recorder"]
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            task = handle._ls_task if type(handle) is _StepHandle and rec is not None else None
            if self._debug:
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    if task is None:
                        handle._run()
                    else:
                        run_step(rec, task, handle)
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        base_events.logger.warning("Executing %s took %.3f seconds", base_events._format_handle(handle), dt)
                finally:
                    self._current_handle = None
            elif task is None:
                handle._run()
            else:
                run_step(rec, task, handle)
        handle = None  # Needed to break cycles when an exception occurs.

        if rec is not None:
            if rec.limit is not None:
                raise rec_limit(rec)
            rec.check_wall()

    def _deadlock(self):
        rec = state["recorder"]
        stuck = []
        for task in asyncio.all_tasks(self):
            if task.done():
                continue
            tid = trace_id(task)
            if tid is None:
                continue
            if isinstance(task, TracedTask) and task._fut_waiter is not None:
                wait, line = describe(task, trace_id)
                wait["label"] += still_waiting_for(task._fut_waiter, trace_id)
            else:
                wait, line = {"kind": "other", "label": "nothing that can finish"}, None
            info = rec.tasks.get(tid, {}) if rec is not None else {}
            stuck.append({
                "task": tid, "name": info.get("name") or task.get_name(), "coroutine": info.get("coroutine"),
                "line": line, "waitingOn": wait["label"],
            })
        stuck.sort(key=lambda s: s["task"])
        if rec is not None:
            rec.frozen = True
        self._dead = Deadlock(stuck)
        raise self._dead


def _host_interrupted():
    reason = state.get("interrupt_reason")
    return bool(reason is not None and reason())


def rec_limit(rec):
    from .recorder import LimitExceeded

    return LimitExceeded(rec.limit["kind"], rec.limit["message"], rec.limit["line"])


def _in_task():
    try:
        return asyncio.current_task() is not None
    except RuntimeError:
        return False


def _caller_line():
    from .frames import current_line

    return current_line(3)


class VirtualLoopPolicy(asyncio.DefaultEventLoopPolicy if hasattr(asyncio, "DefaultEventLoopPolicy")
                        else asyncio.events.BaseDefaultEventLoopPolicy):
    """new_event_loop() (and so asyncio.run and asyncio.Runner) makes a VirtualLoop."""

    def __init__(self, max_time):
        super().__init__()
        self._max_time = max_time

    def new_event_loop(self):
        return VirtualLoop(self._max_time)
