"""``aiofiles.os.path`` for Loopscope's simulated aiofiles: the real
``os.path`` functions, each run in the executor after the simulated file
latency.  No real network or database is involved."""

from os import path as _path

from .os import wrap

__all__ = ("exists", "isfile", "isdir", "islink", "ismount", "getsize", "getmtime",
           "getatime", "getctime", "samefile", "sameopenfile", "abspath")

exists = wrap(_path.exists)
isfile = wrap(_path.isfile)
isdir = wrap(_path.isdir)
islink = wrap(_path.islink)
ismount = wrap(_path.ismount)
getsize = wrap(_path.getsize)
getmtime = wrap(_path.getmtime)
getatime = wrap(_path.getatime)
getctime = wrap(_path.getctime)
samefile = wrap(_path.samefile)
sameopenfile = wrap(_path.sameopenfile)
abspath = wrap(_path.abspath)
