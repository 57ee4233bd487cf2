"""``asyncpg.connect()`` and ``Connection`` for Loopscope's simulated asyncpg.

This is a Loopscope simulation: no real database connection is made.  The
"server" is an in-memory sample database (see ``asyncpg._fakedb``).  Every
query is one round trip that waits ``_loopscope_sim.config["db_latency"]``
seconds (asyncio.sleep, read when the query starts).

Like real asyncpg, a connection runs **one operation at a time**: starting a
query while another is in progress on the same connection raises
``InterfaceError('cannot perform operation: another operation is in
progress')`` as soon as the second query's coroutine starts running.
"""

import asyncio
import getpass
import itertools
import os
from collections import namedtuple
from urllib.parse import unquote, urlsplit

import _loopscope_sim

from . import _fakedb
from . import exceptions as exc
from ._record import Record, make_record
from .cursor import CursorFactory
from .prepared_stmt import PreparedStatement
from .transaction import Transaction

__all__ = ("Connection", "connect", "ServerVersion")

CONCURRENCY_NOTE = (
    "Loopscope hint: one asyncpg connection runs one query at a time; to run queries "
    "concurrently use a pool (asyncpg.create_pool() + pool.fetch()) or separate "
    "connections.")

ServerVersion = namedtuple("ServerVersion", ["major", "minor", "micro", "releaselevel",
                                             "serial"])

_pids = itertools.count(4242)

ConnectParams = namedtuple("ConnectParams", ["host", "port", "user", "database"])


def _parse_connect_params(dsn, host, port, user, database):
    if dsn:
        parsed = urlsplit(dsn)
        if parsed.scheme not in ("postgresql", "postgres"):
            raise ValueError(
                'invalid DSN: scheme is expected to be either "postgresql" or "postgres", '
                f"got {parsed.scheme!r}")
        host = host or parsed.hostname
        try:
            port = port or parsed.port
        except ValueError:
            pass
        user = user or (unquote(parsed.username) if parsed.username else None)
        path = parsed.path.lstrip("/")
        database = database or (unquote(path) if path else None)
    if user is None:
        user = os.environ.get("PGUSER")
    if user is None:
        try:
            user = getpass.getuser()
        except Exception:
            user = "postgres"
    return ConnectParams(host or "localhost", int(port or 5432), user, database or user)


def _check_timeout(timeout):
    if timeout is not None:
        if isinstance(timeout, bool):
            raise ValueError(
                f"invalid timeout value: expected non-negative float (got {timeout!r})")
        try:
            timeout = float(timeout)
        except (TypeError, ValueError):
            raise ValueError(
                f"invalid timeout value: expected non-negative float (got {timeout!r})"
            ) from None
        if timeout <= 0:
            raise asyncio.TimeoutError()
    return timeout


def _check_record_class(record_class):
    if record_class is not None and not (
            isinstance(record_class, type) and issubclass(record_class, Record)):
        raise exc.InterfaceError(
            "record_class is expected to be a subclass of asyncpg.Record, "
            f"got {record_class!r}")


async def _round_trip(timeout, extra=0.0):
    """Wait one simulated server round trip (plus ``extra`` seconds)."""
    try:
        async with asyncio.timeout(timeout) as deadline:
            await asyncio.sleep(_loopscope_sim.latency("db") + extra)
    except TimeoutError:
        if deadline.expired():
            raise asyncio.TimeoutError from None
        raise


class Connection:
    """A simulated connection to PostgreSQL (Loopscope; no real database).

    Create it with ``await asyncpg.connect(...)``.
    """

    def __init__(self, params=None, *, command_timeout=None, record_class=Record, db=None):
        self._params = params or _parse_connect_params(None, None, None, None, None)
        self._db = db if db is not None else _fakedb.current_database()
        self._session = _fakedb.Session()
        self._closing = False
        self._closed = False
        self._op = None
        self._top_xact = None
        self._command_timeout = command_timeout
        self._record_class = record_class or Record
        self._pid = next(_pids)
        self._ids = itertools.count(1)

    # -- state --------------------------------------------------------
    def is_closed(self):
        """Return True if the connection is closed (or being closed)."""
        return self._closing or self._closed

    def is_in_transaction(self):
        return self._session.in_xact

    def get_server_pid(self):
        return self._pid

    def get_server_version(self):
        return ServerVersion(16, 4, 0, "final", 0)

    def get_reset_query(self):
        return "RESET ALL;"

    def _check_open(self):
        if self.is_closed():
            raise exc.InterfaceError("connection is closed")

    def _begin_op(self):
        if self._op is not None:
            err = exc.InterfaceError("cannot perform operation: another operation is in progress")
            err.add_note(CONCURRENCY_NOTE)
            raise err
        self._op = asyncio.get_running_loop().create_future()

    def _end_op(self):
        fut, self._op = self._op, None
        if fut is not None and not fut.done():
            fut.set_result(None)

    def _get_unique_id(self, prefix):
        return f"__asyncpg_{prefix}_{next(self._ids):x}__"

    async def _operation(self, work, timeout=None):
        """One round trip: wait the latency, then run ``work(executor)``.

        The busy check happens before the first await, so a second
        concurrent operation fails as soon as its coroutine starts.
        """
        self._check_open()
        timeout = _check_timeout(timeout)
        self._begin_op()
        try:
            if timeout is None:
                timeout = self._command_timeout
            executor = _fakedb.Executor(self._db, self._session, user=self._params.user,
                                        database=self._params.database)
            try:
                async with asyncio.timeout(timeout) as deadline:
                    await asyncio.sleep(_loopscope_sim.latency("db"))
                    self._check_not_closing()
                    result = work(executor)
                    if executor.extra_sleep:         # pg_sleep()
                        await asyncio.sleep(executor.extra_sleep)
                        self._check_not_closing()
            except TimeoutError:
                if deadline.expired():
                    raise asyncio.TimeoutError from None
                raise
            return result
        finally:
            self._end_op()

    def _check_not_closing(self):
        if self._closing:
            raise exc.ConnectionDoesNotExistError(
                "connection was closed in the middle of operation")

    def _records(self, result, record_class):
        _check_record_class(record_class)
        cls = record_class or self._record_class
        return [make_record(result.columns, row, cls) for row in result.rows]

    # -- queries ------------------------------------------------------
    async def execute(self, query, *args, timeout=None):
        """Execute an SQL command (or commands); returns the status, e.g. 'INSERT 0 1'.

        Without arguments several ``;``-separated statements may be given.
        """
        if not args:
            results = await self._operation(
                lambda ex: ex.run(query, simple=True), timeout)
        else:
            results = await self._operation(lambda ex: ex.run(query, args), timeout)
        return results[-1].status

    async def executemany(self, command, args, *, timeout=None):
        """Execute ``command`` for each sequence of arguments (atomically)."""
        args = list(args)
        await self._operation(lambda ex: ex.run_many(command, args), timeout)

    async def fetch(self, query, *args, timeout=None, record_class=None):
        """Run a query and return all rows as a list of Records."""
        results = await self._operation(lambda ex: ex.run(query, args), timeout)
        return self._records(results[-1], record_class)

    async def fetchrow(self, query, *args, timeout=None, record_class=None):
        """Run a query and return the first row (a Record) or None."""
        results = await self._operation(lambda ex: ex.run(query, args), timeout)
        rows = self._records(results[-1], record_class)
        return rows[0] if rows else None

    async def fetchval(self, query, *args, column=0, timeout=None):
        """Run a query and return one value of the first row (or None)."""
        results = await self._operation(lambda ex: ex.run(query, args), timeout)
        rows = self._records(results[-1], None)
        if not rows:
            return None
        return rows[0][column]

    async def fetchmany(self, query, args, *, timeout=None, record_class=None):
        """Run a query for each argument sequence; return all rows."""
        args = list(args)

        def work(ex):
            out = []
            for a in args:
                out.extend(self._records(ex.run(query, tuple(a))[-1], record_class))
            return out
        return await self._operation(work, timeout)

    async def prepare(self, query, *, name=None, timeout=None, record_class=None):
        """Create a prepared statement (one round trip)."""
        _check_record_class(record_class)
        await self._operation(lambda ex: ex.prepare(query), timeout)
        return PreparedStatement(self, query, record_class)

    def cursor(self, query, *args, prefetch=None, timeout=None, record_class=None):
        """Return a cursor factory: ``async for record in conn.cursor(query)``
        (needs a transaction, like asyncpg)."""
        _check_record_class(record_class)
        return CursorFactory(self, query, args, prefetch, timeout, record_class)

    def transaction(self, *, isolation=None, readonly=False, deferrable=False):
        """Create a Transaction: ``async with conn.transaction(): ...``."""
        return Transaction(self, isolation, readonly, deferrable)

    async def copy_records_to_table(self, table_name, *, records, columns=None,
                                    schema_name=None, timeout=None, where=None):
        """Insert ``records`` (sequences) into ``table_name``; returns 'COPY n'."""
        records = [tuple(r) for r in records]

        def work(ex):
            cols = columns
            if cols is None:
                table = ex.db.tables.get(table_name)
                if table is None:
                    ex.run(f'SELECT 1 FROM "{table_name}"')     # raises UndefinedTableError
                cols = [c.name for c in table.columns]
            quoted = ", ".join('"{}"'.format(c.replace('"', '""')) for c in cols)
            params = ", ".join(f"${i + 1}" for i in range(len(cols)))
            ex.run_many(f'INSERT INTO "{table_name}" ({quoted}) VALUES ({params})', records)
            return f"COPY {len(records)}"
        return await self._operation(work, timeout)

    # -- lifecycle ----------------------------------------------------
    async def close(self, *, timeout=None):
        """Close the connection.  A query still running on it fails with
        ConnectionDoesNotExistError, as when the server connection drops."""
        if self._closed:
            return
        self._closing = True
        if self._op is not None:
            await asyncio.shield(self._op)
        self._finish_close()

    def terminate(self):
        """Close the connection immediately."""
        self._closing = True
        self._finish_close()

    def _finish_close(self):
        if not self._closed:
            self._closed = True
            if self._session.in_xact:           # the server rolls back
                _fakedb.apply_undo(self._db, self._session.undo)
                self._session.end()
            self._top_xact = None

    async def reset(self, *, timeout=None):
        """Roll back any open transaction (what a pool does on release)."""
        self._check_open()
        if self._session.in_xact:
            _fakedb.apply_undo(self._db, self._session.undo)
            self._session.end()
        self._top_xact = None

    def _not_simulated(self, name):
        raise NotImplementedError(
            f"Connection.{name}() is not available in Loopscope's simulated asyncpg")

    def set_type_codec(self, *args, **kwargs):
        self._not_simulated("set_type_codec")

    def set_builtin_type_codec(self, *args, **kwargs):
        self._not_simulated("set_builtin_type_codec")

    def add_listener(self, *args, **kwargs):
        self._not_simulated("add_listener")

    def remove_listener(self, *args, **kwargs):
        self._not_simulated("remove_listener")

    def copy_from_table(self, *args, **kwargs):
        self._not_simulated("copy_from_table")

    def copy_from_query(self, *args, **kwargs):
        self._not_simulated("copy_from_query")

    def copy_to_table(self, *args, **kwargs):
        self._not_simulated("copy_to_table")


async def connect(dsn=None, *, host=None, port=None, user=None, password=None,
                  passfile=None, database=None, loop=None, timeout=60,
                  statement_cache_size=100, max_cached_statement_lifetime=300,
                  max_cacheable_statement_size=1024 * 15, command_timeout=None,
                  ssl=None, direct_tls=None, connection_class=Connection,
                  record_class=Record, server_settings=None, target_session_attrs=None,
                  krbsrvname=None, gsslib=None):
    """Open a (simulated) connection; takes one db latency.

    Loopscope simulation: no real database is contacted; any DSN/credentials
    are accepted and every connection sees the same in-memory sample data.
    """
    if not (isinstance(connection_class, type) and issubclass(connection_class, Connection)):
        raise exc.InterfaceError(
            "connection_class is expected to be a subclass of asyncpg.Connection, "
            f"got {connection_class!r}")
    _check_record_class(record_class)
    params = _parse_connect_params(dsn, host, port, user, database)
    await _round_trip(_check_timeout(timeout))
    return connection_class(params, command_timeout=command_timeout,
                            record_class=record_class)
