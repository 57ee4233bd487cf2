"""Imports during a run: the simulated libraries (aiohttp, asyncpg, aiofiles) come from the
sim/ folder beside this package, and anything else that is missing fails with CPython's own
ModuleNotFoundError plus one line saying what Loopscope can simulate."""
import importlib.abc
import os
import sys

SIM_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "sim")
SIMULATED = ("aiohttp", "asyncpg", "aiofiles")
HINT = ("Loopscope runs in your browser with the standard library plus simulations of "
        "aiohttp, asyncpg and aiofiles; other third-party packages are not available.")


class _MissingModuleHint(importlib.abc.MetaPathFinder):
    """Last on sys.meta_path: only reached when no other finder found the module."""

    def find_spec(self, fullname, path=None, target=None):
        if path is not None or fullname.startswith("_"):
            return None  # submodules and private modules: let the normal error happen
        caller = sys._getframe(1)
        while caller is not None and caller.f_code.co_filename.startswith("<frozen"):
            caller = caller.f_back
        if caller is None or caller.f_code.co_filename != "main.py":
            return None
        err = ModuleNotFoundError(f"No module named '{fullname}'", name=fullname)
        err.add_note(HINT)
        raise err


_finder = _MissingModuleHint()


def _forget_sim_modules():
    for name in list(sys.modules):
        if name.split(".")[0] in SIMULATED or name == "_loopscope_sim":
            del sys.modules[name]


def install():
    _forget_sim_modules()
    sys.path.insert(0, SIM_DIR)
    sys.meta_path.append(_finder)


def uninstall():
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    if SIM_DIR in sys.path:
        sys.path.remove(SIM_DIR)
    _forget_sim_modules()


def warm_stdlib():
    """Imports the simulated libraries once and forgets them again, leaving loaded what they
    import from the standard library (dataclasses, json, http, urllib, decimal, uuid...). Run at
    boot, so the build's snapshot holds those modules: a snippet's first `import aiohttp` took
    about 1 s of its wall-clock budget in a browser worker, and over 5 s on a loaded machine."""
    install()
    try:
        import aiofiles  # noqa: F401
        import aiohttp  # noqa: F401
        import asyncpg  # noqa: F401
    finally:
        uninstall()
