"""What a suspended task is waiting on, described for humans: sleep(1), gather(3 tasks),
Task 'B', Queue.get(), Semaphore.acquire(), wait_for(..., timeout=2)...

The description comes from the task's await chain (the innermost asyncio or simulated-library
frame names the primitive; its locals give the details) and from the future it is parked on."""
import asyncio
import os
import types

from .frames import SNIPPET, FutureIter, chain_frames, chain_next, frame_of
from .recorder import flat

_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
_Coroutine = types.CoroutineType
_Future = asyncio.futures._CFuture if hasattr(asyncio.futures, "_CFuture") else asyncio.Future


_task_types = (asyncio.Task, asyncio.tasks._PyTask)


def is_task(obj):
    """An instance of asyncio.Task as it is now (TracedTask during a traced run), or of the
    pure-Python Task."""
    global _task_types
    if _task_types[0] is not asyncio.Task:
        _task_types = (asyncio.Task, asyncio.tasks._PyTask)
    return isinstance(obj, _task_types)


def _fmt_num(x):
    try:
        return f"{x:g}" if isinstance(x, float) else repr(x)
    except Exception:
        return "?"


def _task_label(task, ids):
    tid = ids(task)
    name = task.get_name() if hasattr(task, "get_name") else "?"
    return f"Task '{name}'", ([tid] if tid is not None else [])


def _future_targets(fut, ids):
    """Task ids a future stands for: a task itself, or a gather's children."""
    if type(fut) is not _Future and is_task(fut):  # a plain Future (asyncio.sleep's) is no task
        tid = ids(fut)
        return [tid] if tid is not None else []
    children = getattr(fut, "_children", None)
    out = []
    if children:
        # A gather of many tasks: its children are tasks of the current Task class, each one
        # target (what the call below would say for them, without a call and a list apiece).
        task_type = asyncio.Task
        for child in children:
            if type(child) is task_type:
                tid = ids(child)
                if tid is not None:
                    out.append(tid)
            else:
                out.extend(_future_targets(child, ids))
    return out


def _primitive(frame, code, fname):
    """Describe a wait from the innermost stdlib frame (asyncio.locks / queues / tasks ...).
    `fname` is the code's file name without its directory."""
    name = code.co_name
    loc = frame.f_locals
    if fname == "tasks.py":
        if name == "sleep":
            return {"kind": "sleep", "label": f"sleep({_fmt_num(loc.get('delay'))})"}
        if name in ("wait", "_wait"):
            fs = loc.get("fs") or ()
            when = loc.get("return_when", "ALL_COMPLETED")
            return {"kind": "wait", "label": f"wait({len(fs)} tasks, {when})"}
        if name == "wait_for":
            return {"kind": "wait-for", "label": f"wait_for(…, timeout={_fmt_num(loc.get('timeout'))})"}
        if name in ("_wait_for_one", "__anext__", "_wait_for_one_inner"):
            return {"kind": "as-completed", "label": "as_completed(…)"}
        return None
    obj = loc.get("self")
    if fname == "queues.py" and obj is not None:
        cls = type(obj).__name__
        if name in ("get", "put", "join"):
            kind = {"get": "queue-get", "put": "queue-put", "join": "queue-join"}[name]
            return {"kind": kind, "label": f"{cls}.{name}()", "object": getattr(obj, "_ls_obj", None)}
    if fname == "locks.py" and obj is not None:
        cls = type(obj).__name__
        kind = {"Lock": "lock", "Semaphore": "semaphore", "BoundedSemaphore": "semaphore",
                "Event": "event", "Condition": "condition", "Barrier": "barrier"}.get(cls, "other")
        if name in ("acquire", "wait", "wait_for", "_block", "_wait"):
            label = f"{cls}.{'wait' if name in ('_block', '_wait') else name}()"
            return {"kind": kind, "label": label, "object": getattr(obj, "_ls_obj", None)}
    if fname == "taskgroups.py":
        tasks = getattr(obj, "_tasks", ()) if obj is not None else ()
        return {"kind": "taskgroup", "label": f"TaskGroup ({len(tasks)} tasks left)"}
    if fname == "timeouts.py":
        return None
    return None


_SIMULATED = ("aiohttp", "asyncpg", "aiofiles")


#: The functions _primitive() describes, by file.
_PRIMITIVES = {
    "tasks.py": {"sleep", "wait", "_wait", "wait_for", "_wait_for_one", "__anext__", "_wait_for_one_inner"},
    "queues.py": {"get", "put", "join"},
    "locks.py": {"acquire", "wait", "wait_for", "_block", "_wait"},
}


class _CodeInfo:
    """What describe() needs to know about a frame's code, worked out once per code object:
    a wait is described after every step, and the same few functions are in most chains."""

    __slots__ = ("code", "globals", "snippet", "package", "asyncio", "primitive", "wait_for", "file", "sleep")

    def __init__(self, code, globs):
        self.code = code  # keeps the code alive, so its id() is not reused while cached
        self.globals = globs
        self.snippet = code.co_filename == SNIPPET
        #: The simulated library the code belongs to (by its module's __name__), or None.
        pkg = str(globs.get("__name__", "")).split(".")[0]
        self.package = pkg if pkg in _SIMULATED else None
        self.asyncio = code.co_filename.startswith(_ASYNCIO_DIR)
        self.file = os.path.basename(code.co_filename)
        #: _primitive() may describe this frame: an asyncio frame other than tasks.wait_for, in a
        #: function it knows (it returns None for every other).
        self.primitive = self.asyncio and not (code.co_name == "wait_for" and code.co_filename.endswith("tasks.py")) and (
            code.co_name in _PRIMITIVES.get(self.file, ()) or self.file == "taskgroups.py")
        #: asyncio's wait_for (or Condition.wait_for), which a wait may be under.
        self.wait_for = self.asyncio and code.co_name == "wait_for"
        #: asyncio.sleep, the wait most tasks make: described without _primitive's dispatch.
        self.sleep = self.primitive and self.file == "tasks.py" and code.co_name == "sleep"


#: _CodeInfo by id() of the code object (hashing a code object is slow: it hashes its contents).
_infos = {}


def _info(frame):
    code = frame.f_code
    info = _infos.get(id(code))
    globs = frame.f_globals
    if info is None or info.code is not code or info.globals is not globs:
        info = _infos[id(code)] = _CodeInfo(code, globs)
    return info


def reset():
    """Forget the code seen in a run (the snippet's code is new in every run)."""
    _infos.clear()
    _sleep_labels.clear()


def _simulated_operation(frames, infos):
    """'HTTP GET https://… (simulated)', "asyncpg fetch('SELECT …')", 'aiofiles read()': the
    library call the snippet made, from the outermost simulated-library frame of the chain."""
    outer = None
    query = None
    for frame, info in zip(frames, infos):
        if info is None or info.package is None:
            continue
        pkg = info.package
        explicit = frame.f_locals.get("_loopscope_wait")
        if isinstance(explicit, str):
            return explicit
        if outer is None:
            name = frame.f_code.co_name
            outer = (pkg, {"__aenter__": "open", "__aexit__": "close"}.get(name, name.strip("_")))
        q = frame.f_locals.get("query")
        if query is None and isinstance(q, str):
            query = " ".join(q.split())
    if outer is None:
        return None
    pkg, name = outer
    if query:
        return f"{pkg} {name}({query[:60] + ('…' if len(query) > 60 else '')!r})"
    return f"{pkg} {name}()"


def describe(task, ids):
    """(wait, line) for a task that has just suspended. `ids` maps a Task to its trace id.

    This runs after every step that leaves a task waiting, so it walks the chain once and
    looks each frame's code up in _infos rather than working out what it is again."""
    line = None
    simulated = False
    candidates = []  # frames _primitive() may describe, outermost first
    under = None  # the outermost asyncio wait_for frame the task waits in, if any
    # chain_frames(task._coro), walked here: this is the hottest loop of a traced run.
    coro = task._coro
    seen = 0
    while coro is not None and seen < 200:
        seen += 1
        kind = type(coro)
        if kind is _Coroutine:
            frame = coro.cr_frame
            coro = coro.cr_await
        elif kind is FutureIter:
            break
        else:
            frame = frame_of(coro)
            coro = chain_next(coro)
        if frame is None:
            continue
        code = frame.f_code
        info = _infos.get(id(code))
        if info is None or info.code is not code or info.globals is not frame.f_globals:
            info = _info(frame)
        if info.snippet:
            line = frame.f_lineno
        elif info.package is not None:
            simulated = True
        elif info.primitive:
            candidates.append((frame, info))
        if info.wait_for and under is None and coro is not None:  # not the last in the chain
            under = frame
    fut = task._fut_waiter
    found = None
    # A simulated library (aiohttp, asyncpg, aiofiles) names the operation itself.
    if simulated:
        frames = chain_frames(task._coro)
        label = _simulated_operation(frames, [None if f is None else _info(f) for f in frames])
        if label is not None:
            found = {"kind": "io", "label": label}
    # Otherwise the primitive the snippet called: the outermost asyncio frame below its own code
    # (Barrier.wait, not the Condition it uses inside), looking past wait_for, which is said after.
    if found is None:
        for frame, info in candidates:
            if info.sleep:  # as _primitive says it
                found = {"kind": "sleep", "label": f"sleep({_fmt_num(frame.f_locals.get('delay'))})"}
                break
            found = _primitive(frame, frame.f_code, info.file)
            if found is not None:
                break
    if fut is not None:
        targets = _future_targets(fut, ids)
        if found is None:
            found = _from_future(fut, ids)
        thread = getattr(fut, "_loopscope_thread", None)
        if thread is not None:
            targets = [thread]
        if targets:
            found.setdefault("targets", targets)
        until = getattr(fut, "_loopscope_until", None)
        if until is not None:
            found["until"] = until
            if found["kind"] == "future":
                found = {"kind": "sleep", "label": "timer"}
                found["until"] = until
    if found is None:
        found = {"kind": "other", "label": "something (not a future)"}
    if found.get("object", 0) is None:
        del found["object"]
    # wait_for(x, timeout) awaits x inline (Python 3.12+): say the deadline too.
    if under is not None and found["kind"] != "wait-for":
        found["label"] += f" under wait_for(timeout={_fmt_num(under.f_locals.get('timeout'))})"
    return found, line


def still_waiting_for(fut, ids):
    """For a deadlock report: which of a gather's tasks never finish."""
    children = getattr(fut, "_children", None)
    if not children:
        return ""
    pending = [c for c in children if not c.done()]
    names = ", ".join(f"'{c.get_name()}'" for c in pending if hasattr(c, "get_name"))
    return f", still waiting for {len(pending)} of them ({names})" if names else ""


def _from_future(fut, ids):
    if is_task(fut):
        label, _ = _task_label(fut, ids)
        return {"kind": "task", "label": label}
    children = getattr(fut, "_children", None)
    if children is not None:
        return {"kind": "gather", "label": f"gather({len(children)} tasks)" if len(children) != 1 else "gather(1 task)"}
    label = getattr(fut, "_loopscope_label", None)
    if label:
        return {"kind": getattr(fut, "_loopscope_kind", "future"), "label": label}
    return {"kind": "future", "label": "a Future"}


#: asyncio.sleep's code, and that of the bare yield it awaits for a delay <= 0.
_SLEEP_CODE = asyncio.tasks.sleep.__code__
_SLEEP0_CODE = getattr(asyncio.tasks, "__sleep0").__code__
_sleep = _CodeInfo(_SLEEP_CODE, asyncio.tasks.sleep.__globals__)
#: describe() says sleep's wait from its frame alone (it is a primitive, and the first one).
_SLEEP_FAST = _sleep.sleep and _sleep.package is None and not _sleep.snippet and not _sleep.wait_for
#: "sleep(0.5)" by delay, for float delays > 0 (equal ones format alike; 0.0 and -0.0 do not).
_sleep_labels = {}


def wait_row(task, ids):
    """(flat(wait), line) for describe()'s (wait, line): what a suspended task's suspend row says.

    Most suspends are a coroutine awaiting asyncio.sleep directly. That chain is read here
    without describe()'s general walk and dict, giving exactly what describe() would: the
    outer coroutine adds nothing but its line when it is neither a simulated library's, nor a
    primitive's, nor wait_for's; sleep's future (a plain Future) adds only when it is due."""
    coro = task._coro
    if type(coro) is _Coroutine and _SLEEP_FAST:
        inner = coro.cr_await
        if type(inner) is _Coroutine and inner.cr_code is _SLEEP_CODE:
            fut = task._fut_waiter
            after = inner.cr_await
            frame = coro.cr_frame
            if frame is not None and (type(fut) is _Future and type(after) is FutureIter or
                                      fut is None and type(after) is types.GeneratorType and after.gi_code is _SLEEP0_CODE):
                code = frame.f_code
                info = _infos.get(id(code))
                if info is None or info.code is not code or info.globals is not frame.f_globals:
                    info = _info(frame)
                if info.package is None and not info.primitive and not info.wait_for:
                    delay = inner.cr_frame.f_locals.get("delay")
                    if type(delay) is float and delay > 0:
                        label = _sleep_labels.get(delay)
                        if label is None:
                            label = _sleep_labels[delay] = f"sleep({_fmt_num(delay)})"
                    else:
                        label = f"sleep({_fmt_num(delay)})"
                    line = frame.f_lineno if info.snippet else None
                    if fut is None:
                        return ("kind", "sleep", "label", label), line
                    if not getattr(fut, "_children", None) and getattr(fut, "_loopscope_thread", None) is None:
                        until = getattr(fut, "_loopscope_until", None)
                        if until is None:
                            return ("kind", "sleep", "label", label), line
                        return ("kind", "sleep", "label", label, "until", until), line
    wait, line = describe(task, ids)
    return flat(wait), line
