"""Simulated worker threads. Pyodide cannot start threads, so run_in_executor, to_thread and
ThreadPoolExecutor.submit run the callable at once on a simulated thread with its own virtual
clock: its time.sleep moves only that thread's time. The caller's future completes when the
thread's virtual time says it would have, and each thread gets a lane in the trace.

Faithful for what teaching snippets do in threads (blocking sleeps, computation, results); side
effects happen at submission rather than spread over the thread's run, and prints are stamped
with the thread's own virtual time so the console still reads in time order."""
import concurrent.futures as cf
import functools
import os

from .clock import ThreadContext, clock
from .frames import current_line
from .tasks import state

_DEFAULT_WORKERS = min(32, (os.cpu_count() or 1) + 4)


class SimPool:
    """A thread pool on the virtual clock: each worker is free again at some virtual time."""

    def __init__(self, max_workers, prefix):
        self.max_workers = max_workers or _DEFAULT_WORKERS
        self.prefix = prefix
        self.free_at = []
        self.lanes = []

    def _pick(self, now):
        best = None
        for i, t in enumerate(self.free_at):
            if t <= now:
                return i, now
            if best is None or t < self.free_at[best]:
                best = i
        if len(self.free_at) < self.max_workers:
            self.free_at.append(now)
            self.lanes.append(None)
            return len(self.free_at) - 1, now
        return best, self.free_at[best]

    def run(self, fn, args, kwargs, label):
        """Runs fn now on a simulated worker; returns (start, end, result, exception)."""
        rec = state["recorder"]
        submitter = rec.current if clock.thread is None else clock.thread.lane
        line = current_line(3)
        worker, start = self._pick(clock.read())
        if self.lanes[worker] is None:
            self.lanes[worker] = rec.add_task("thread", f"{self.prefix}_{worker}", None, submitter, line)
        lane = self.lanes[worker]
        outer = clock.thread
        clock.thread = ThreadContext(start, lane)
        result = exc = None
        try:
            result = fn(*args, **kwargs)
        except BaseException as e:  # noqa: BLE001 - delivered to whoever awaits the future
            if isinstance(e, KeyboardInterrupt):
                raise
            exc = e
        finally:
            end = clock.thread.now
            clock.thread = outer
        self.free_at[worker] = end
        rec.event("thread", submitter, line, t=start, end=end, thread=lane, fn=label)
        return end, result, exc, lane


_pools = {}
_executor_count = [0]


def pool_for(executor):
    """The simulated pool standing in for an executor (None: the loop's default one)."""
    key = id(executor) if executor is not None else None
    pool = _pools.get(key)
    if pool is None:
        if executor is None:
            pool = SimPool(_DEFAULT_WORKERS, "asyncio")
        else:
            prefix = getattr(executor, "_thread_name_prefix", "") or f"ThreadPoolExecutor-{_executor_count[0]}"
            _executor_count[0] += 1
            pool = SimPool(getattr(executor, "_max_workers", None), prefix)
        _pools[key] = pool
    return pool


def reset():
    _pools.clear()
    _executor_count[0] = 0


def describe_callable(fn, args):
    """'blocking_io' for fn, to_thread's partial(ctx.run, fn) and partials."""
    label = getattr(fn, "_loopscope_label", None)
    if isinstance(label, str):
        return label
    target = fn
    while isinstance(target, functools.partial):
        label = getattr(target.func, "_loopscope_label", None) or (
            getattr(target.args[0], "_loopscope_label", None) if target.args else None)
        if isinstance(label, str):
            return label
        if getattr(target.func, "__name__", "") == "run" and target.args:
            target = target.args[0]
        else:
            target = target.func
    return getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or repr(target)


def run_in_executor(loop, executor, func, *args):
    """BaseEventLoop.run_in_executor, on a simulated thread."""
    loop._check_closed()
    name = describe_callable(func, args)
    pool = pool_for(executor)
    end, result, exc, lane = pool.run(func, args, {}, name)
    fut = loop.create_future()
    fut._loopscope_label = f"{'to_thread' if executor is None else 'run_in_executor'}({name})"
    fut._loopscope_kind = "executor"
    fut._loopscope_until = end
    fut._loopscope_thread = lane

    def complete():
        if fut.cancelled():
            return
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    loop.call_at(end, complete)
    return fut


class SimFuture(cf.Future):
    """A concurrent.futures.Future whose result is ready at a virtual time; result() blocks
    the caller (advancing the clock) until then, as waiting on a real thread would."""

    def __init__(self, end):
        super().__init__()
        self._ls_end = end

    def done(self):
        return clock.read() >= self._ls_end or self.cancelled()

    def _ls_wait(self):
        from .blocking import block_until

        block_until(self._ls_end, "Future.result()")

    def result(self, timeout=None):
        self._ls_wait()
        return super().result(0)

    def exception(self, timeout=None):
        self._ls_wait()
        return super().exception(0)


_original_submit = cf.ThreadPoolExecutor.submit
_original_shutdown = cf.ThreadPoolExecutor.shutdown


def _submit(self, fn, /, *args, **kwargs):
    if state["recorder"] is None:
        return _original_submit(self, fn, *args, **kwargs)
    pool = pool_for(self)
    end, result, exc, _lane = pool.run(fn, args, kwargs, describe_callable(fn, args))
    fut = SimFuture(end)
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(result)
    return fut


def _shutdown(self, wait=True, *, cancel_futures=False):
    if state["recorder"] is not None and wait:
        pool = _pools.get(id(self))
        if pool is not None and pool.free_at:
            from .blocking import block_until

            block_until(max(pool.free_at), "executor.shutdown()")
    return _original_shutdown(self, wait=False, cancel_futures=cancel_futures)


def install():
    cf.ThreadPoolExecutor.submit = _submit
    cf.ThreadPoolExecutor.shutdown = _shutdown


def uninstall():
    cf.ThreadPoolExecutor.submit = _original_submit
    cf.ThreadPoolExecutor.shutdown = _original_shutdown
    reset()
