"""Cursors for Loopscope's simulated asyncpg (no real database).

``async for record in conn.cursor(query)`` fetches ``prefetch`` rows (default
50) per simulated round trip and, as in asyncpg, needs a transaction.
"""

from . import exceptions as exc

__all__ = ("CursorFactory", "Cursor", "CursorIterator")


def _check_in_transaction(connection):
    if not connection.is_in_transaction():
        raise exc.NoActiveSQLTransactionError("cursor cannot be created outside of a transaction")


class _BaseCursor:
    def __init__(self, connection, query, args, timeout, record_class):
        self._connection = connection
        self._query = query
        self._args = args
        self._timeout = timeout
        self._record_class = record_class
        self._rows = None
        self._pos = 0

    async def _load(self):
        """First round trip: run the query (the rows wait server-side)."""
        _check_in_transaction(self._connection)
        result = await self._connection._operation(
            lambda ex: ex.run(self._query, self._args), self._timeout)
        self._rows = self._connection._records(result[-1], self._record_class)

    async def _take(self, n):
        """Another round trip that returns up to ``n`` rows."""
        await self._connection._operation(lambda ex: None, self._timeout)
        chunk = self._rows[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk


class CursorIterator(_BaseCursor):
    def __init__(self, connection, query, args, prefetch, timeout, record_class):
        super().__init__(connection, query, args, timeout, record_class)
        self._prefetch = prefetch
        self._buffer = []

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._rows is None:
            await self._load()
            self._buffer = self._rows[:self._prefetch]
            self._pos = len(self._buffer)
        elif not self._buffer and self._pos < len(self._rows):
            self._buffer = await self._take(self._prefetch)
        if self._buffer:
            return self._buffer.pop(0)
        raise StopAsyncIteration


class Cursor(_BaseCursor):
    """An open cursor (from ``await conn.cursor(query)``)."""

    async def fetch(self, n, *, timeout=None):
        if n <= 0:
            raise exc.InterfaceError("n must be greater than zero")
        return await self._take(n)

    async def fetchrow(self, *, timeout=None):
        rows = await self._take(1)
        return rows[0] if rows else None

    async def forward(self, n, *, timeout=None):
        if n <= 0:
            raise exc.InterfaceError("n must be greater than zero")
        return len(await self._take(n))


class CursorFactory:
    """``async for`` over it, or ``await`` it for a Cursor."""

    def __init__(self, connection, query, args, prefetch, timeout, record_class):
        if prefetch is not None and prefetch <= 0:
            raise exc.InterfaceError("prefetch argument must be greater than zero")
        self._connection = connection
        self._query = query
        self._args = args
        self._prefetch = prefetch or 50
        self._timeout = timeout
        self._record_class = record_class

    def __aiter__(self):
        return CursorIterator(self._connection, self._query, self._args, self._prefetch,
                              self._timeout, self._record_class)

    def __await__(self):
        return self._open().__await__()

    async def _open(self):
        cursor = Cursor(self._connection, self._query, self._args, self._timeout,
                        self._record_class)
        await cursor._load()
        return cursor
