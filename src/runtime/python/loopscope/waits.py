"""What a suspended task is waiting on, described for humans: sleep(1), gather(3 tasks),
Task 'B', Queue.get(), Semaphore.acquire(), wait_for(..., timeout=2)...

The description comes from the task's await chain (the innermost asyncio or simulated-library
frame names the primitive; its locals give the details) and from the future it is parked on."""
import asyncio
import os

from .frames import await_chain, chain_line, frame_of

_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)


def is_task(obj):
    """asyncio.Task is the C class; traced tasks are the pure-Python one."""
    return isinstance(obj, (asyncio.Task, asyncio.tasks._PyTask))


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
    if is_task(fut):
        tid = ids(fut)
        return [tid] if tid is not None else []
    children = getattr(fut, "_children", None)
    out = []
    if children:
        for child in children:
            out.extend(_future_targets(child, ids))
    return out


def _primitive(frame, code):
    """Describe a wait from the innermost stdlib frame (asyncio.locks / queues / tasks ...)."""
    name = code.co_name
    fname = os.path.basename(code.co_filename)
    loc = frame.f_locals
    obj = loc.get("self")
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


def _simulated_operation(chain):
    """'HTTP GET https://… (simulated)', "asyncpg fetch('SELECT …')", 'aiofiles read()': the
    library call the snippet made, from the outermost simulated-library frame of the chain."""
    outer = None
    query = None
    for obj in chain:
        frame = frame_of(obj)
        if frame is None:
            continue
        pkg = str(frame.f_globals.get("__name__", "")).split(".")[0]
        if pkg not in _SIMULATED:
            continue
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
    """(wait, line) for a task that has just suspended. `ids` maps a Task to its trace id."""
    chain = await_chain(task._coro)
    line = chain_line(chain)
    fut = task._fut_waiter
    found = None
    # A simulated library (aiohttp, asyncpg, aiofiles) names the operation itself.
    label = _simulated_operation(chain)
    if label is not None:
        found = {"kind": "io", "label": label}
    # Otherwise the primitive the snippet called: the outermost asyncio frame below its own code
    # (Barrier.wait, not the Condition it uses inside), looking past wait_for, which is said after.
    if found is None:
        for obj in chain:
            frame = frame_of(obj)
            if frame is None:
                continue
            code = frame.f_code
            if not code.co_filename.startswith(_ASYNCIO_DIR) or code.co_name == "wait_for" and code.co_filename.endswith("tasks.py"):
                continue
            desc = _primitive(frame, code)
            if desc is not None:
                found = desc
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
    for obj in chain[:-1]:
        frame = frame_of(obj)
        if frame is not None and frame.f_code.co_name == "wait_for" and frame.f_code.co_filename.startswith(_ASYNCIO_DIR):
            if found["kind"] != "wait-for":
                found["label"] += f" under wait_for(timeout={_fmt_num(frame.f_locals.get('timeout'))})"
            break
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
