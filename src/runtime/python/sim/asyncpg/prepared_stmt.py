"""``PreparedStatement`` for Loopscope's simulated asyncpg (no real database).
Each call is one simulated round trip on its connection."""

__all__ = ("PreparedStatement",)


class PreparedStatement:
    """A prepared statement, from ``await conn.prepare(query)``."""

    def __init__(self, connection, query, record_class=None):
        self._connection = connection
        self._query = query
        self._record_class = record_class
        self._last_status = None

    def get_query(self):
        return self._query

    def get_statusmsg(self):
        return self._last_status

    async def _run(self, args, timeout):
        results = await self._connection._operation(
            lambda ex: ex.run(self._query, args), timeout)
        self._last_status = results[-1].status
        return results[-1]

    async def fetch(self, *args, timeout=None):
        result = await self._run(args, timeout)
        return self._connection._records(result, self._record_class)

    async def fetchrow(self, *args, timeout=None):
        rows = await self.fetch(*args, timeout=timeout)
        return rows[0] if rows else None

    async def fetchval(self, *args, column=0, timeout=None):
        rows = await self.fetch(*args, timeout=timeout)
        return rows[0][column] if rows else None

    async def executemany(self, args, *, timeout=None):
        args = list(args)
        await self._connection._operation(
            lambda ex: ex.run_many(self._query, args), timeout)

    def cursor(self, *args, prefetch=None, timeout=None):
        from .cursor import CursorFactory
        return CursorFactory(self._connection, self._query, args, prefetch, timeout,
                             self._record_class)

    def __repr__(self):
        return f"<asyncpg.prepared_stmt.PreparedStatement {self._query!r}>"
