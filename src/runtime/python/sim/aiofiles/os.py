"""``aiofiles.os`` for Loopscope's simulated aiofiles.

Each function runs the real ``os`` function via
``await loop.run_in_executor(None, fn)``, after sleeping
``_loopscope_sim.config["file_latency"]`` seconds in the worker.  No real
network or database is involved.
"""

import asyncio
import functools
import os as _os
import time

import _loopscope_sim

__all__ = ("path", "remove", "unlink", "rename", "renames", "replace", "mkdir",
           "makedirs", "rmdir", "removedirs", "listdir", "scandir", "stat", "access",
           "getcwd", "link", "symlink", "readlink", "wrap")


def wrap(func):
    """Turn a blocking function into an async one run in the executor."""
    @functools.wraps(func)
    async def run(*args, loop=None, executor=None, **kwargs):
        latency = _loopscope_sim.latency("file")

        def call():
            time.sleep(latency)
            return func(*args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(executor, call)
    return run


remove = wrap(_os.remove)
unlink = wrap(_os.unlink)
rename = wrap(_os.rename)
renames = wrap(_os.renames)
replace = wrap(_os.replace)
mkdir = wrap(_os.mkdir)
makedirs = wrap(_os.makedirs)
rmdir = wrap(_os.rmdir)
removedirs = wrap(_os.removedirs)
listdir = wrap(_os.listdir)
scandir = wrap(_os.scandir)
stat = wrap(_os.stat)
access = wrap(_os.access)
getcwd = wrap(_os.getcwd)
# Pyodide's os has no hard links; offer them only where the platform does.
if hasattr(_os, "link"):
    link = wrap(_os.link)
symlink = wrap(_os.symlink)
readlink = wrap(_os.readlink)

from . import ospath as path  # noqa: E402  (needs wrap() defined first)
