"""Loopscope's simulated ``asyncpg``.

This is a Loopscope simulation, not the real asyncpg: **no real database
connection or query ever happens**.  Queries run against a tiny in-memory
sample database (tables ``users``, ``posts``, ``orders``; see
``asyncpg._fakedb`` for the schema and the SQL it understands), and each
round trip waits ``_loopscope_sim.config["db_latency"]`` seconds.

What behaves like real asyncpg 0.29:

* ``await asyncpg.connect(dsn)`` -> Connection with ``fetch``, ``fetchrow``,
  ``fetchval``, ``execute``, ``executemany``, ``prepare``, ``cursor``,
  ``transaction()``, ``close()``, ``is_closed()``.
* A connection runs one operation at a time: a second concurrent query
  raises ``InterfaceError: cannot perform operation: another operation is in
  progress`` (with a Loopscope hint note pointing at pools).
* ``create_pool()`` -> Pool with ``acquire()``, ``fetch`` & co., ``close()``.
* ``Record`` rows, exception classes and messages
  (``UndefinedTableError: relation "foo" does not exist``, ``DataError`` for
  wrongly typed arguments, ...).

SQL the fake database cannot understand returns an empty result with the
right status ("SELECT 0", "CREATE INDEX", ...) and a LoopscopeSimWarning
instead of crashing.
"""

from . import exceptions
from ._record import Record
from .connection import Connection, connect
from .exceptions import *  # noqa: F401,F403
from .pool import Pool, create_pool
from .prepared_stmt import PreparedStatement
from .transaction import Transaction

__version__ = "0.29.0-loopscope-sim"

#: Marker for tools: this package is a Loopscope simulation.
__loopscope_sim__ = True

__all__ = ("connect", "create_pool", "Pool", "Record", "Connection",
           "PreparedStatement", "Transaction") + exceptions.__all__
