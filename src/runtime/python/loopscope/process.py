"""Calls that end the process. In Pyodide, os._exit and os.abort would end the interpreter
itself and take the page's runtime with it; for the run they end just the run, with the exit
status CPython would give, and nothing after them runs or prints."""
import os

_saved = {}


class HardExit(KeyboardInterrupt):
    """os._exit(n) / os.abort(). A KeyboardInterrupt so asyncio lets it through at once."""

    def __init__(self, status, call):
        super().__init__(call)
        self.status = status
        self.call = call


def _exit(status):
    raise HardExit(int(status), f"os._exit({int(status)})")


def _abort():
    raise HardExit(134, "os.abort()")  # SIGABRT: the shell reports 128 + 6


def install():
    for name, fn in (("_exit", _exit), ("abort", _abort)):
        if hasattr(os, name):
            _saved[name] = getattr(os, name)
            setattr(os, name, fn)


def uninstall():
    for name, fn in _saved.items():
        setattr(os, name, fn)
    _saved.clear()
