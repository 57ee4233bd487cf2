"""Shared settings for Loopscope's simulated ``aiohttp``, ``asyncpg`` and ``aiofiles``.

Loopscope runs snippets in the browser, where no real network, database or
host file system exists.  The simulated libraries read their latencies from
``config`` *at call time*, so the engine can overwrite it before each run::

    import _loopscope_sim
    _loopscope_sim.config.update(http_latency=0.2)   # or assign a new dict

``seed_files(directory)`` writes the sample files that guide snippets expect
(file1.txt ... users.csv) into the run's working directory.

``reset_state()`` forgets simulated server-side state (the fake database).
Each event loop already gets a fresh sample database, so calling it is only
needed if one loop is reused across runs.
"""

import os

__all__ = ["config", "DEFAULTS", "latency", "seed_files", "reset_state", "register_reset",
           "LoopscopeSimWarning"]

DEFAULTS = {"http_latency": 0.1, "db_latency": 0.05, "file_latency": 0.01}

#: Seconds of simulated latency.  Overwritten by the engine before each run.
config = dict(DEFAULTS)


def latency(kind):
    """Current latency in seconds for ``kind`` ("http", "db" or "file")."""
    key = kind + "_latency"
    try:
        value = float(config.get(key, DEFAULTS[key]))
    except (TypeError, ValueError):
        value = DEFAULTS[key]
    return value if value > 0 else 0.0


# Sample data.  users.csv matches the simulated asyncpg ``users`` table.
SAMPLE_FILES = {
    "file1.txt": (
        "Hello from file1.txt!\n"
        "This is sample data created by Loopscope.\n"
    ),
    "file2.txt": (
        "Hello from file2.txt!\n"
        "Reading files concurrently is fun.\n"
    ),
    "file3.txt": (
        "Hello from file3.txt!\n"
        "The end of the sample files.\n"
    ),
    "data.txt": (
        "line 1: sample data for Loopscope\n"
        "line 2: every line is made up\n"
        "line 3: read me with aiofiles\n"
    ),
    "data.json": (
        '{\n'
        '  "name": "Loopscope sample",\n'
        '  "description": "Sample JSON data created by Loopscope",\n'
        '  "items": [1, 2, 3],\n'
        '  "active": true\n'
        '}\n'
    ),
    "users.csv": (
        "id,name,email\n"
        "1,Alice,alice@example.com\n"
        "2,Bob,bob@example.com\n"
        "3,Carol,carol@example.com\n"
    ),
}


def seed_files(directory):
    """Write the sample files into ``directory`` (created if missing).

    Returns the list of paths written.  Existing files are overwritten.
    """
    os.makedirs(directory, exist_ok=True)
    written = []
    for name, text in SAMPLE_FILES.items():
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        written.append(path)
    return written


_reset_hooks = []


def register_reset(fn):
    """Register ``fn()`` to be called by :func:`reset_state`."""
    if fn not in _reset_hooks:
        _reset_hooks.append(fn)
    return fn


def reset_state():
    """Forget all simulated server-side state (e.g. the fake database)."""
    for fn in list(_reset_hooks):
        fn()


class LoopscopeSimWarning(UserWarning):
    """Emitted when a simulation cannot fully imitate the real library
    (for example a SQL statement the fake database does not understand)."""
