"""Connection pools for Loopscope's simulated asyncpg (no real database).

``create_pool(dsn, min_size=10, max_size=10)`` works like asyncpg's: await
it or use ``async with``.  Opening the pool connects the first connection,
then the rest of ``min_size`` together (two db latencies); connections above
``min_size`` are opened lazily on acquire.  ``acquire()`` waits when all
``max_size`` connections are busy.  ``pool.fetch()`` & co. acquire a
connection, run the query and release it, so queries on a pool run
concurrently.  Releasing is instant here (asyncpg sends a reset query).
"""

import asyncio

from . import connection as connection_mod
from . import exceptions as exc
from ._record import Record

__all__ = ("Pool", "create_pool", "PoolConnectionProxy", "PoolAcquireContext")


class PoolConnectionProxy:
    """The connection handed out by a pool; unusable once released."""

    __slots__ = ("_con", "_holder")

    def __init__(self, holder, con):
        self._con = con
        self._holder = holder

    def __getattr__(self, attr):
        con = object.__getattribute__(self, "_con")
        if con is None:
            raise exc.InterfaceError(
                f"cannot call Connection.{attr}(): "
                "connection has been released back to the pool")
        return getattr(con, attr)

    def _detach(self):
        con, self._con = self._con, None
        return con

    def __repr__(self):
        if self._con is None:
            return f"<{type(self).__name__} [released] {id(self):#x}>"
        return f"<{type(self).__name__} {self._con!r} {id(self):#x}>"


class _Holder:
    def __init__(self, pool):
        self._pool = pool
        self._con = None
        self._proxy = None
        self._released = None      # future, set while the connection is out

    async def connect(self):
        self._con = self._pool._new_connection()
        if self._pool._init is not None:
            await self._pool._init(self._con)

    async def acquire(self):
        if self._con is None or self._con.is_closed():
            await connection_mod._round_trip(None)
            await self.connect()
        self._proxy = PoolConnectionProxy(self, self._con)
        self._released = asyncio.get_running_loop().create_future()
        if self._pool._setup is not None:
            try:
                await self._pool._setup(self._proxy)
            except BaseException:
                self._proxy._detach()
                self._proxy = None
                self._released.set_result(None)
                self._released = None
                raise
        return self._proxy

    async def release(self):
        if self._proxy is not None:
            self._proxy._detach()
            self._proxy = None
        con = self._con
        if con is not None:
            if con.is_closed():
                self._con = None
            else:
                await con.reset()
        if self._released is not None and not self._released.done():
            self._released.set_result(None)
        self._released = None
        self._pool._queue.put_nowait(self)

    async def wait_until_released(self):
        if self._released is not None:
            await asyncio.shield(self._released)

    def close(self):
        if self._con is not None:
            self._con.terminate()
            self._con = None


class PoolAcquireContext:
    """``async with pool.acquire() as con:`` or ``con = await pool.acquire()``."""

    __slots__ = ("timeout", "connection", "done", "pool")

    def __init__(self, pool, timeout):
        self.pool = pool
        self.timeout = timeout
        self.connection = None
        self.done = False

    async def __aenter__(self):
        if self.connection is not None or self.done:
            raise exc.InterfaceError("a connection is already acquired")
        self.connection = await self.pool._acquire(self.timeout)
        return self.connection

    async def __aexit__(self, *exc_info):
        self.done = True
        con = self.connection
        self.connection = None
        await self.pool.release(con)

    def __await__(self):
        self.done = True
        return self.pool._acquire(self.timeout).__await__()


class Pool:
    """A pool of simulated connections (Loopscope; no real database)."""

    def __init__(self, *connect_args, min_size, max_size, max_queries,
                 max_inactive_connection_lifetime, setup, init, loop, connection_class,
                 record_class, **connect_kwargs):
        if max_size <= 0:
            raise ValueError("max_size is expected to be greater than zero")
        if min_size < 0:
            raise ValueError("min_size is expected to be greater or equal to zero")
        if min_size > max_size:
            raise ValueError("min_size is greater than max_size")
        if max_queries <= 0:
            raise ValueError("max_queries is expected to be greater than zero")
        if max_inactive_connection_lifetime < 0:
            raise ValueError(
                "max_inactive_connection_lifetime is expected to be greater or equal to zero")
        if not (isinstance(connection_class, type) and
                issubclass(connection_class, connection_mod.Connection)):
            raise TypeError(
                "connection_class is expected to be a subclass of asyncpg.Connection, "
                f"got {connection_class!r}")
        connection_mod._check_record_class(record_class)
        self._minsize = min_size
        self._maxsize = max_size
        self._setup = setup
        self._init = init
        self._connection_class = connection_class
        self._record_class = record_class
        dsn = connect_args[0] if connect_args else connect_kwargs.pop("dsn", None)
        self._params = connection_mod._parse_connect_params(
            dsn, connect_kwargs.get("host"), connect_kwargs.get("port"),
            connect_kwargs.get("user"), connect_kwargs.get("database"))
        self._command_timeout = connect_kwargs.get("command_timeout")
        self._db = None
        self._holders = []
        self._queue = None
        self._initialized = False
        self._initializing = False
        self._closing = False
        self._closed = False

    def __repr__(self):
        return f"<asyncpg.pool.Pool object at {id(self):#x}>"

    def _new_connection(self):
        return self._connection_class(self._params, command_timeout=self._command_timeout,
                                      record_class=self._record_class, db=self._db)

    async def _async__init__(self):
        if self._initialized:
            return self
        if self._initializing:
            raise exc.InterfaceError("pool is being initialized in another task")
        if self._closed:
            raise exc.InterfaceError("pool is closed")
        self._initializing = True
        try:
            await self._initialize()
            return self
        finally:
            self._initializing = False
            self._initialized = True

    async def _initialize(self):
        from . import _fakedb
        self._db = _fakedb.current_database()
        self._queue = asyncio.LifoQueue(maxsize=self._maxsize)
        self._holders = [_Holder(self) for _ in range(self._maxsize)]
        for holder in self._holders:
            self._queue.put_nowait(holder)
        if self._minsize:
            # asyncpg connects one connection first, then the rest concurrently.
            await connection_mod._round_trip(None)
            await self._holders[-1].connect()
            rest = list(reversed(self._holders[:-1]))[:self._minsize - 1]
            if rest:
                await connection_mod._round_trip(None)
                for holder in rest:
                    await holder.connect()

    def __await__(self):
        return self._async__init__().__await__()

    async def __aenter__(self):
        await self._async__init__()
        return self

    async def __aexit__(self, *exc_info):
        await self.close()

    def _check_init(self):
        if not self._initialized:
            if self._initializing:
                raise exc.InterfaceError(
                    "pool is being initialized, but not yet ready: likely there is a race "
                    "between creating a pool and using it")
            raise exc.InterfaceError("pool is not initialized")
        if self._closed:
            raise exc.InterfaceError("pool is closed")

    # -- sizes --------------------------------------------------------
    def get_size(self):
        return sum(h._con is not None for h in self._holders)

    def get_min_size(self):
        return self._minsize

    def get_max_size(self):
        return self._maxsize

    def get_idle_size(self):
        return sum(h._con is not None and h._proxy is None for h in self._holders)

    def is_closing(self):
        return self._closed or self._closing

    # -- acquire/release ----------------------------------------------
    def acquire(self, *, timeout=None):
        """Acquire a connection (waits while all are in use)."""
        return PoolAcquireContext(self, timeout)

    async def _acquire(self, timeout):
        self._check_init()
        if self._closing:
            raise exc.InterfaceError("pool is closing")

        async def acquire_impl():
            holder = await self._queue.get()
            try:
                return await holder.acquire()
            except BaseException:
                self._queue.put_nowait(holder)
                raise

        if timeout is None:
            return await acquire_impl()
        try:
            async with asyncio.timeout(timeout) as deadline:
                return await acquire_impl()
        except TimeoutError:
            if deadline.expired():
                raise asyncio.TimeoutError from None
            raise

    async def release(self, connection, *, timeout=None):
        """Release a connection back to the pool."""
        if type(connection) is not PoolConnectionProxy or \
                connection._holder._pool is not self:
            raise exc.InterfaceError(
                f"Pool.release() received invalid connection: {connection!r} is not a "
                "member of this pool")
        if connection._con is None:
            return          # already released
        await connection._holder.release()

    # -- shortcuts ----------------------------------------------------
    async def execute(self, query, *args, timeout=None):
        async with self.acquire() as con:
            return await con.execute(query, *args, timeout=timeout)

    async def executemany(self, command, args, *, timeout=None):
        async with self.acquire() as con:
            return await con.executemany(command, args, timeout=timeout)

    async def fetch(self, query, *args, timeout=None, record_class=None):
        async with self.acquire() as con:
            return await con.fetch(query, *args, timeout=timeout, record_class=record_class)

    async def fetchrow(self, query, *args, timeout=None, record_class=None):
        async with self.acquire() as con:
            return await con.fetchrow(query, *args, timeout=timeout, record_class=record_class)

    async def fetchval(self, query, *args, column=0, timeout=None):
        async with self.acquire() as con:
            return await con.fetchval(query, *args, column=column, timeout=timeout)

    async def fetchmany(self, query, args, *, timeout=None, record_class=None):
        async with self.acquire() as con:
            return await con.fetchmany(query, args, timeout=timeout, record_class=record_class)

    async def copy_records_to_table(self, table_name, *, records, columns=None,
                                    schema_name=None, timeout=None, where=None):
        async with self.acquire() as con:
            return await con.copy_records_to_table(table_name, records=records,
                                                   columns=columns, timeout=timeout)

    # -- closing ------------------------------------------------------
    async def close(self):
        """Wait until every acquired connection is released, then close them."""
        if self._closed:
            return
        self._check_init()
        self._closing = True
        try:
            for holder in self._holders:
                await holder.wait_until_released()
            for holder in self._holders:
                holder.close()
        finally:
            self._closed = True
            self._closing = False

    def terminate(self):
        """Close all connections immediately."""
        if self._closed:
            return
        for holder in self._holders:
            holder.close()
        self._closed = True

    async def expire_connections(self):
        return None

    def set_connect_args(self, dsn=None, **connect_kwargs):
        return None


def create_pool(dsn=None, *, min_size=10, max_size=10, max_queries=50000,
                max_inactive_connection_lifetime=300.0, setup=None, init=None,
                reset=None, loop=None, connection_class=connection_mod.Connection,
                record_class=Record, **connect_kwargs):
    """Create a (simulated) connection pool: ``pool = await create_pool(...)``
    or ``async with create_pool(...) as pool``.

    Loopscope simulation: no real database is contacted.
    """
    return Pool(dsn, connection_class=connection_class, record_class=record_class,
                min_size=min_size, max_size=max_size, max_queries=max_queries, loop=loop,
                setup=setup, init=init,
                max_inactive_connection_lifetime=max_inactive_connection_lifetime,
                **connect_kwargs)

