"""Synchronisation objects on the record: every Lock, Semaphore, Event, Condition, Queue and
Barrier the snippet creates gets an id, and each change of its state (permits, holder, length,
set/clear) is an event, so a playback panel can show their state at any moment.

The asyncio classes are patched for the length of a run (and restored after), not replaced, so
isinstance checks and objects made by library code are covered alike."""
import asyncio
import functools
import os
import sys
from asyncio import locks, queues

from .frames import current_line
from .tasks import state, trace_id

_saved = []


def snapshot(obj):
    """The state worth showing, as plain data. Who waits on an object is not here: it changes
    when tasks suspend, and the trace's suspend events (wait.object) say it exactly."""
    if isinstance(obj, queues.Queue):
        return {"size": obj.qsize(), "maxsize": obj.maxsize, "unfinished": obj._unfinished_tasks}
    if isinstance(obj, locks.Semaphore):
        return {"value": obj._value}
    if isinstance(obj, locks.Lock):
        return {"locked": obj._locked, "holder": getattr(obj, "_ls_holder", None)}
    if isinstance(obj, locks.Event):
        return {"set": obj._value}
    if isinstance(obj, locks.Condition):
        return {"locked": obj.locked()}
    if isinstance(obj, locks.Barrier):
        return {"parties": obj._parties, "waiting": obj._count}
    return {}


def _label(obj, args):
    kind = type(obj).__name__
    if isinstance(obj, locks.Semaphore):
        return f"{kind}({obj._value})"
    if isinstance(obj, queues.Queue):
        return f"{kind}(maxsize={obj._maxsize})" if obj._maxsize else f"{kind}()"
    if isinstance(obj, locks.Barrier):
        return f"{kind}({obj._parties})"
    return f"{kind}()"


def object_id(obj):
    """The run's small id for a sync object (None when it is not being traced)."""
    return getattr(obj, "_ls_obj", None)


_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)


def _register(obj):
    rec = state["recorder"]
    if rec is None or object_id(obj) is not None:
        return
    # asyncio's own inner objects (a Queue's Event, a Condition's Lock) are not the user's.
    creator = sys._getframe(2).f_code.co_filename
    if creator.startswith(_ASYNCIO_DIR):
        return
    oid = len(rec.objects) + 1
    rec.objects.append(obj)  # keeps it alive: ids stay unique for the run
    try:
        obj._ls_obj = oid
    except AttributeError:
        return
    rec.event("object", rec.current, current_line(3), obj=oid, kind=type(obj).__name__,
              label=_label(obj, None), state=snapshot(obj))


def _changed(obj):
    rec = state["recorder"]
    oid = object_id(obj)
    if rec is not None and oid is not None:
        rec.event("sync", rec.current, current_line(3), obj=oid, state=snapshot(obj))


def _current_task_id():
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return 0
    return trace_id(task) if task is not None else None


def _patch(cls, name, make):
    original = cls.__dict__[name]
    _saved.append((cls, name, original))
    setattr(cls, name, functools.wraps(original)(make(original)))


def _after_init(original):
    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _register(self)
    return __init__


def _after_sync(original):
    def method(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        _changed(self)
        return result
    return method


def _after_async(original):
    async def method(self, *args, **kwargs):
        result = await original(self, *args, **kwargs)
        _changed(self)
        return result
    return method


def _lock_acquire(original):
    async def acquire(self):
        result = await original(self)
        self._ls_holder = _current_task_id()
        _changed(self)
        return result
    return acquire


def _lock_release(original):
    def release(self):
        original(self)
        self._ls_holder = None
        _changed(self)
    return release


def install():
    for cls in (locks.Lock, locks.Event, locks.Condition, locks.Semaphore, locks.BoundedSemaphore, locks.Barrier, queues.Queue):
        _patch(cls, "__init__", _after_init)
    _patch(locks.Lock, "acquire", _lock_acquire)
    _patch(locks.Lock, "release", _lock_release)
    for cls, names in ((locks.Semaphore, ("release",)), (locks.BoundedSemaphore, ("release",)),
                       (locks.Event, ("set", "clear")), (locks.Condition, ("notify",)),
                       (queues.Queue, ("put_nowait", "get_nowait", "task_done"))):
        for name in names:
            _patch(cls, name, _after_sync)
    _patch(locks.Semaphore, "acquire", _after_async)
    _patch(locks.Barrier, "wait", _after_async)


def uninstall():
    while _saved:
        cls, name, original = _saved.pop()
        setattr(cls, name, original)
