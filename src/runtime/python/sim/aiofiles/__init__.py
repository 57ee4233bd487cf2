"""Loopscope's simulated ``aiofiles``.

This is a Loopscope simulation of aiofiles; no real network or database is
involved, and "files" are whatever the current file system holds (in
Loopscope: the run's in-memory working directory, seeded with sample files
by ``_loopscope_sim.seed_files``).

It works the way real aiofiles does: every file operation is handed to a
thread with ``await loop.run_in_executor(None, fn)``.  Here ``fn`` first
sleeps ``_loopscope_sim.config["file_latency"]`` seconds with time.sleep
(so in Loopscope the latency shows up on a simulated worker thread) and
then performs the real builtin operation.  Errors are the real ones, e.g.
``FileNotFoundError`` from ``open()``.

    async with aiofiles.open("file1.txt") as f:
        text = await f.read()
"""

import asyncio
import functools
import io
import time

import _loopscope_sim

from . import os  # noqa: F401  (aiofiles.os, like the real package)

__all__ = ("open", "stdin", "stdout", "stderr", "stdin_bytes", "stdout_bytes",
           "stderr_bytes")

_builtin_open = open

#: Marker for tools: this package is a Loopscope simulation.
__loopscope_sim__ = True


def _slow(fn, *args, **kwargs):
    """``fn`` wrapped to sleep the file latency first (runs in the worker)."""
    latency = _loopscope_sim.latency("file")

    def call():
        time.sleep(latency)
        return fn(*args, **kwargs)
    # How Loopscope names this job on the worker thread's lane: "read()", "open('file1.txt')".
    target = fn.func if isinstance(fn, functools.partial) else fn
    shown = ", ".join(repr(a) for a in (fn.args if isinstance(fn, functools.partial) else args)[:2]
                      if isinstance(a, (str, int)) and a != -1)
    call._loopscope_label = f"{getattr(target, '__name__', 'file operation')}({shown})"
    return call


async def _run(executor, fn, *args, **kwargs):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, _slow(fn, *args, **kwargs))


class AsyncBase:
    """Async wrapper around a builtin file object."""

    def __init__(self, file, loop=None, executor=None):
        self._file = file
        self._executor = executor

    # sync attributes, as in aiofiles
    @property
    def name(self):
        return self._file.name

    @property
    def mode(self):
        return self._file.mode

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        return self._file.fileno()

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()

    def isatty(self):
        return self._file.isatty()

    def _call(self, name, *args):
        return _run(self._executor, getattr(self._file, name), *args)

    # async operations (each is one executor round trip)
    async def read(self, size=-1):
        return await self._call("read", size)

    async def readline(self, size=-1):
        return await self._call("readline", size)

    async def readlines(self, hint=-1):
        return await self._call("readlines", hint)

    async def write(self, data):
        return await self._call("write", data)

    async def writelines(self, lines):
        return await self._call("writelines", lines)

    async def seek(self, offset, whence=io.SEEK_SET):
        return await self._call("seek", offset, whence)

    async def tell(self):
        return await self._call("tell")

    async def truncate(self, size=None):
        return await self._call("truncate", size)

    async def flush(self):
        return await self._call("flush")

    async def close(self):
        return await self._call("close")

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__name__} name={self._file.name!r}>"


class AsyncTextIOWrapper(AsyncBase):
    """Text-mode file (``aiofiles.open(path)``)."""

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def newlines(self):
        return self._file.newlines

    @property
    def buffer(self):
        return self._file.buffer


class AsyncBufferedIOBase(AsyncBase):
    """Binary-mode file for writing (``"wb"``, ``"ab"``, ...)."""

    @property
    def raw(self):
        return self._file.raw

    async def read1(self, size=-1):
        return await self._call("read1", size)

    async def readinto(self, b):
        return await self._call("readinto", b)

    async def readall(self):
        return await self._call("read")


class AsyncBufferedReader(AsyncBufferedIOBase):
    """Binary-mode file for reading (``"rb"``)."""

    async def peek(self, size=0):
        return await self._call("peek", size)


class AsyncFileIO(AsyncBase):
    """Unbuffered binary file (``buffering=0``)."""

    async def readall(self):
        return await self._call("readall")

    async def readinto(self, b):
        return await self._call("readinto", b)


def _wrap(file, loop, executor):
    if isinstance(file, io.TextIOBase):
        return AsyncTextIOWrapper(file, loop=loop, executor=executor)
    if isinstance(file, io.BufferedReader):
        return AsyncBufferedReader(file, loop=loop, executor=executor)
    if isinstance(file, (io.BufferedWriter, io.BufferedRandom)):
        return AsyncBufferedIOBase(file, loop=loop, executor=executor)
    if isinstance(file, io.FileIO):
        return AsyncFileIO(file, loop=loop, executor=executor)
    raise TypeError(f"Unsupported io type: {file}.")


class AiofilesContextManager:
    """What ``aiofiles.open()`` returns: await it or use ``async with``."""

    __slots__ = ("_coro", "_obj")

    def __init__(self, coro):
        self._coro = coro
        self._obj = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._obj = await self._coro
        return self._obj

    async def __aexit__(self, exc_type, exc, tb):
        await self._obj.close()
        self._obj = None


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None, *, loop=None, executor=None):
    """Open ``file`` asynchronously (the real ``open()`` runs in a worker)."""
    return AiofilesContextManager(
        _open(file, mode=mode, buffering=buffering, encoding=encoding, errors=errors,
              newline=newline, closefd=closefd, opener=opener, loop=loop,
              executor=executor))


async def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
                closefd=True, opener=None, *, loop=None, executor=None):
    cb = functools.partial(_builtin_open, file, mode=mode, buffering=buffering,
                           encoding=encoding, errors=errors, newline=newline,
                           closefd=closefd, opener=opener)
    _loopscope_wait = f"aiofiles.open({file!r}, {mode!r})"  # noqa: F841 - read by Loopscope's tracer
    f = await _run(executor, cb)
    return _wrap(f, loop, executor)


class _StdStream:
    def __init__(self, name, binary):
        self._name = name
        self._binary = binary
        self._wrapped = None

    def _get(self):
        import sys
        stream = getattr(sys, self._name)
        if self._binary:
            stream = stream.buffer
        return AsyncBase(stream)

    def __getattr__(self, attr):
        return getattr(self._get(), attr)


stdin = _StdStream("stdin", False)
stdout = _StdStream("stdout", False)
stderr = _StdStream("stderr", False)
stdin_bytes = _StdStream("stdin", True)
stdout_bytes = _StdStream("stdout", True)
stderr_bytes = _StdStream("stderr", True)
