"""One run, start to finish: set the host's world aside, run the snippet like `python main.py`
(or like the asyncio REPL when it has top-level await), and return the trace, encoded for the
engine (recorder.encode)."""
import ast
import asyncio
import builtins
import gc
import itertools
import json
import linecache
import operator
import os
import shutil
import signal
import sys
import traceback
from asyncio import events

from . import blocking, imports, network, process, recorder, streams, sync, tasks, threads, waits
from .clock import clock, real_perf_counter
from .errors import exception_info, format_exception, snippet_line
from .frames import SNIPPET
from .loop import Deadlock, VirtualLoop, VirtualLoopPolicy
from .process import HardExit
from .recorder import LimitExceeded, Recorder, encode
from .summary import summarize
from .tasks import TracedTask, state

ENGINE = "loopscope 0.1.0"
WORKDIR = "/tmp/loopscope-run"
DEFAULTS = {
    "maxVirtualSeconds": 3600, "maxEvents": 200_000, "maxOutputChars": 1_000_000, "wallClockMs": 5000, "maxMemoryMB": 512,
    "httpLatency": 0.1, "dbLatency": 0.05, "fileLatency": 0.01, "trace": True,
}
#: Values the host puts in the interrupt buffer's second slot to say why it interrupted.
INTERRUPT_WALL_CLOCK, INTERRUPT_STOP, INTERRUPT_MEMORY = 1, 2, 3


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


class _HostWorld:
    """Everything a run changes in the interpreter, saved and put back afterwards."""

    def __enter__(self):
        self.running = events._get_running_loop()
        events._set_running_loop(None)  # Pyodide's WebLoop is always "running": set it aside
        self.policy = events._event_loop_policy
        self.asyncio_run = asyncio.run
        asyncio.run = asyncio.runners.run  # Pyodide patches asyncio.run; use CPython's
        self.cwd = os.getcwd()
        self.argv = sys.argv
        self.main = sys.modules.get("__main__")
        # asyncio.Runner turns the first SIGINT into cancelling the main task, which a loop that
        # never awaits ignores. With a handler of our own installed, Runner leaves SIGINT alone,
        # so the host's interrupt (wall-clock budget, Stop) always lands as KeyboardInterrupt.
        self.sigint = signal.getsignal(signal.SIGINT)
        signal.signal(signal.SIGINT, _raise_keyboard_interrupt)
        self.task_class = asyncio.Task
        # As `python main.py` does: imported modules leave bytecode in __pycache__. Pyodide
        # turns this off, and each run re-imports the simulated libraries (fresh state): from
        # bytecode that takes a fraction of compiling their source again, run after run.
        self.dont_write_bytecode = sys.dont_write_bytecode
        sys.dont_write_bytecode = False
        return self

    def trace_tasks(self):
        """Tasks are TracedTask for a traced run, so isinstance(t, asyncio.Task) stays true and
        asyncio.Task(coro) is traced too."""
        asyncio.Task = asyncio.tasks.Task = TracedTask

    def __exit__(self, *exc):
        for undo in (network.uninstall, process.uninstall, sync.uninstall, imports.uninstall, threads.uninstall, streams.uninstall, blocking.uninstall):
            try:
                undo()
            except Exception:  # noqa: BLE001 - restoring must go on
                pass
        signal.signal(signal.SIGINT, self.sigint)
        asyncio.Task = asyncio.tasks.Task = self.task_class
        events._event_loop_policy = self.policy
        asyncio.run = self.asyncio_run
        events._set_running_loop(self.running)
        os.chdir(self.cwd)
        sys.dont_write_bytecode = self.dont_write_bytecode
        sys.argv = self.argv
        if self.main is not None:
            sys.modules["__main__"] = self.main
        state["recorder"] = None
        state["main_coro"] = None
        waits.reset()
        tasks.reset()
        recorder.reset()
        return False


def _prepare_workdir(options):
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    os.chdir(WORKDIR)
    try:
        import _loopscope_sim
    except ImportError:
        return

    _loopscope_sim.config.update({
        "http_latency": float(options["httpLatency"]),
        "db_latency": float(options["dbLatency"]),
        "file_latency": float(options["fileLatency"]),
    })
    _loopscope_sim.seed_files(WORKDIR)


def _run_toplevel_await(code, globs, max_time):
    """Like `python -m asyncio`: the module body runs as a coroutine inside a running loop."""
    loop = VirtualLoop(max_time)
    events.set_event_loop(loop)
    try:
        coro = eval(code, globs)
        state["main_coro"] = coro
        loop.run_until_complete(coro)
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        events.set_event_loop(None)
        loop.close()


def run(code, options_json="{}", emit_batch=None, interrupt_reason=None, start_clock=None):
    """start_clock, when given, is called once the snippet is compiled: the wall-clock budget is
    for running it (compiling a 1 MB paste takes seconds in WebAssembly and is not runaway code)."""
    entered = real_perf_counter()
    options = dict(DEFAULTS)
    options.update(json.loads(options_json))
    rec = Recorder(options, emit_batch)
    clock.now, clock.thread = 0.0, None
    asyncio.tasks._task_name_counter = itertools.count(1).__next__  # Task-1, as in a fresh process
    outcome = {"status": "ok", "exitCode": 0}
    with _HostWorld() as world:
        state["recorder"] = rec
        state["interrupt_reason"] = interrupt_reason
        if rec.enabled:
            world.trace_tasks()
        blocking.install()
        streams.install()
        threads.install()
        imports.install()
        process.install()
        network.install()
        if rec.enabled:
            sync.install()
        events._event_loop_policy = VirtualLoopPolicy(float(options["maxVirtualSeconds"]))
        sys.argv = [SNIPPET]
        _prepare_workdir(options)
        linecache.cache[SNIPPET] = (len(code), None, code.splitlines(True), SNIPPET)
        rec.event("resume", 0, None)
        rec.phases["setup"] = real_perf_counter() - entered
        try:
            _execute(code, options, outcome, rec, start_clock)
        except KeyboardInterrupt as exc:
            # The host's interrupt landed outside the snippet (while compiling a huge file, say).
            _report_interrupt(exc, outcome, rec, options)
        finally:
            rec.flush_partial()
    return _finish(rec, outcome, options, code)


def _execute(code, options, outcome, rec, start_clock=None):
    compiling = real_perf_counter()
    try:
        compiled = compile(code, SNIPPET, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        if isinstance(exc, ValueError):  # e.g. null bytes: CPython reports it as a SyntaxError
            exc = SyntaxError(str(exc))
        lines = code.splitlines()
        if exc.text is None and exc.lineno and 0 < exc.lineno <= len(lines):
            exc.text = lines[exc.lineno - 1] + "\n"  # compile() leaves it out for in-memory source
        _report_error(exc, outcome, rec, syntax=True)
        return
    if start_clock is not None:
        start_clock(True)
    rec.started = real_perf_counter()
    rec.phases["compile"] = rec.started - compiling
    if not _has_statements(code):
        outcome["ranNothing"] = True
    module = type(sys)("__main__")
    module.__file__ = SNIPPET
    globs = module.__dict__
    globs["__builtins__"] = builtins
    sys.modules["__main__"] = module
    toplevel = bool(compiled.co_flags & 0x80)  # CO_COROUTINE: the module body awaits
    outcome["mode"] = "toplevel-await" if toplevel else "script"
    try:
        if toplevel:
            globs["asyncio"] = asyncio  # the asyncio REPL pre-imports it
            _run_toplevel_await(compiled, globs, float(options["maxVirtualSeconds"]))
        else:
            exec(compiled, globs)
    except Deadlock as dead:
        outcome.update(status="deadlock", exitCode=1, deadlock=dead.stuck)
    except LimitExceeded:
        pass  # rec.limit says which
    except HardExit as exc:
        rec.frozen = True  # the process is gone: nothing after this prints
        outcome["exitCode"] = exc.status
        if exc.status != 0:
            outcome.update(status="error", error={"type": "SystemExit", "message": f"{exc.call}: exit status {exc.status}", "line": snippet_line(exc)})
    except SystemExit as exc:
        _report_exit(exc, outcome, rec)
    except KeyboardInterrupt as exc:
        _report_interrupt(exc, outcome, rec, options)
    except BaseException as exc:  # noqa: BLE001 - the snippet's uncaught exception
        _report_error(exc, outcome, rec)
    if start_clock is not None:
        start_clock(False)  # the snippet is done: cleaning up and serialising are ours
    cleaning = real_perf_counter()
    rec.phases["run"] = cleaning - rec.started
    _finalize(globs, rec)
    rec.phases["cleanup"] = real_perf_counter() - cleaning
    if rec.limit is not None:
        outcome.update(status="limit", exitCode=1, limit=rec.limit)


def _report_interrupt(exc, outcome, rec, options):
    """A KeyboardInterrupt: the host's (wall clock, memory, Stop) or the snippet's own."""
    reason = state.get("interrupt_reason")
    why = reason() if reason is not None else 0
    line = snippet_line(exc)
    if why == INTERRUPT_WALL_CLOCK:
        budget = float(options["wallClockMs"]) / 1000
        rec.limit = {"kind": "wall-clock", "line": line, "message": (
            f"Stopped after {budget:g} s of real time while running line {line}: the snippet never "
            "yielded to the event loop (a loop without await, or a very long computation)."
            if line else f"Stopped after {budget:g} s of real time without yielding to the event loop.")}
    elif why == INTERRUPT_MEMORY:
        where = f" at line {line}" if line else ""
        rec.limit = {"kind": "memory", "line": line, "message": (
            f"Stopped{where}: the run used more than {options['maxMemoryMB']:g} MB of memory (the memory limit).")}
    elif why == INTERRUPT_STOP:
        outcome.update(status="stopped", exitCode=130, line=line)
    else:
        _report_error(exc, outcome, rec)
        outcome["exitCode"] = 130
    if rec.limit is not None:
        outcome.update(status="limit", exitCode=1, limit=rec.limit)


def _finalize(globs, rec):
    """What interpreter shutdown does to a script's globals: clear them, so objects they held
    (a coroutine never awaited) are collected and warn now, inside this run.

    Tasks still pending (after a deadlock or a limit) would, when collected later, run their
    finally blocks and log "Task was destroyed but it is pending!" into some later run. CPython
    would have hung instead, so they are closed here with the recorder frozen: nothing shows."""
    pending = [t for t in rec.task_objects if not t.done()]
    rec.task_objects.clear()
    if pending:
        was_frozen, rec.frozen = rec.frozen, True
        for task in pending:
            task._log_destroy_pending = False
            try:
                task._coro.close()
            except BaseException:  # noqa: BLE001 - a coroutine that refuses to close
                pass
        rec.frozen = was_frozen
    try:
        globs.clear()
        gc.collect()
    except KeyboardInterrupt:  # a limit tripped by a finalizer's output, or a late interrupt
        pass


def _has_statements(code):
    """Anything but blank lines and comments (a cheap scan: the code was just compiled)."""
    return any(line.strip() and not line.lstrip().startswith("#") for line in code.splitlines())


def _report_exit(exc, outcome, rec):
    code = exc.code
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        rec.frozen = False
        sys.stderr.write(f"{code}\n")
        status = 1
    outcome["exitCode"] = status
    if status != 0:
        outcome.update(status="error", error={"type": "SystemExit", "message": f"exit status {status}", "line": snippet_line(exc)})


def _report_error(exc, outcome, rec, syntax=False):
    info = exception_info(exc)
    lines = traceback.format_exception_only(exc) if syntax else None
    text = "".join(lines).rstrip("\n").split("\n") if lines else format_exception(exc)
    for line in text:
        sys.stderr.write(line + "\n")
    # The main program's lane ends with this error (unless its own task, with top-level await,
    # already recorded it).
    if rec.tasks[0]["state"] == "pending":
        rec.event("error", 0, info["line"], exc=dict(info, traceback=text))
        rec.end_task(0, "failed", error=f"{info['type']}: {info['message']}" if info["message"] else info["type"])
    outcome.update(status="error", exitCode=1, error={"type": info["type"], "message": info["message"], "line": info["line"]})


def _finish(rec, outcome, options, code):
    finishing = real_perf_counter()
    end = clock.now
    main_state = {"ok": "finished", "error": "failed"}.get(outcome["status"], "pending")
    rec.frozen = False
    rec.enabled = bool(options.get("trace", True))
    main = rec.tasks[0]
    if main["state"] == "pending" and main_state != "pending":
        # One terminal event for the main lane: a finish, or an error for an exit status.
        if main_state == "finished":
            rec.event("finish", 0, None, t=end, result="None")
        else:
            err = outcome.get("error", {})
            rec.event("error", 0, err.get("line"), t=end, exc={
                "type": err.get("type", "SystemExit"), "message": err.get("message", ""), "line": err.get("line"), "traceback": []})
        rec.end_task(0, main_state, t=end)
    for info in rec.tasks.values():
        if info["kind"] == "thread" and main_state != "pending":
            # A worker thread's lane ends when its last job does.
            last = max((e[4]["end"] for e in rec.events if e[1] == "thread" and e[4]["thread"] == info["id"]), default=end)
            rec.end_task(info["id"], "finished", t=last)
    rec.events.sort(key=operator.itemgetter(0))  # by time; stable, so same-time events keep their order
    rec.output.sort(key=lambda o: o["t"])
    outcome["virtualTime"] = end
    if rec.dropped_output:
        outcome["truncated"] = f"{rec.dropped_output:,} characters of output after the limit were dropped"
    outcome["summary"] = summarize(rec, outcome)
    meta = {"python": sys.version.split()[0], "engine": ENGINE,
            "wallMs": round((real_perf_counter() - rec.started) * 1000, 1), "options": options}
    trace = {
        "format": "loopscope-trace", "version": 1, "outcome": outcome,
        "tasks": list(rec.tasks.values()), "events": rec.events, "output": rec.output, "meta": meta,
    }
    rec.phases["summary"] = real_perf_counter() - finishing
    # Where the engine's own time went, for the benchmark (encoding is measured before it runs,
    # so it is the only phase not in here: the host measures the whole call).
    meta["phasesMs"] = {k: round(v * 1000, 2) for k, v in rec.phases.items()}
    return encode(trace)
