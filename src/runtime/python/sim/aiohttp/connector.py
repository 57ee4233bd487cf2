"""Connectors of Loopscope's simulated aiohttp.

No sockets are opened.  A connector only enforces aiohttp's connection
limits: ``limit`` (default 100, 0 = unlimited) simultaneous requests in
total and ``limit_per_host`` (default 0 = unlimited) per host, using
asyncio.Semaphore, so e.g. 200 concurrent requests through the default
connector take two latency rounds, as with real aiohttp.
"""

import asyncio

__all__ = ("BaseConnector", "TCPConnector", "UnixConnector", "NamedPipeConnector")


class _Done:
    """An already-finished awaitable: lets ``close()``/``release()`` be used
    with or without ``await``, like aiohttp's helpers."""

    __slots__ = ()

    def __await__(self):
        return None
        yield  # pragma: no cover  (makes this a generator)


DONE = _Done()


class BaseConnector:
    """Base connector class (simulated: limits only, no real connections)."""

    def __init__(self, *, keepalive_timeout=None, force_close=False, limit=100,
                 limit_per_host=0, enable_cleanup_closed=False, loop=None,
                 timeout_ceil_threshold=5, **kwargs):
        if force_close and keepalive_timeout is not None:
            raise ValueError("keepalive_timeout cannot be set if force_close is True")
        self._limit = int(limit or 0)
        self._limit_per_host = int(limit_per_host or 0)
        self._force_close = force_close
        self._keepalive_timeout = 15.0 if keepalive_timeout is None else keepalive_timeout
        self._options = dict(kwargs)
        self._closed = False
        self._sem_loop = None
        self._sem = None
        self._host_sems = {}
        self._in_flight = 0

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__name__} object at {id(self):#x}>"

    @property
    def limit(self):
        """Total number of simultaneous connections (0 means no limit)."""
        return self._limit

    @property
    def limit_per_host(self):
        """Simultaneous connections to one host (0 means no limit)."""
        return self._limit_per_host

    @property
    def force_close(self):
        return self._force_close

    @property
    def closed(self):
        return self._closed

    def close(self):
        """Close the connector.  Works with or without ``await``."""
        self._closed = True
        return DONE

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()

    # -- limits -------------------------------------------------------
    def _semaphores(self, host_key):
        loop = asyncio.get_running_loop()
        if self._sem_loop is not loop:
            # Semaphores bind to the loop they are first used in.
            self._sem_loop = loop
            self._sem = asyncio.Semaphore(self._limit) if self._limit > 0 else None
            self._host_sems = {}
        sems = []
        if self._sem is not None:
            sems.append(self._sem)
        if self._limit_per_host > 0:
            sem = self._host_sems.get(host_key)
            if sem is None:
                sem = self._host_sems[host_key] = asyncio.Semaphore(self._limit_per_host)
            sems.append(sem)
        return sems

    async def _acquire_slot(self, host_key):
        """Wait for a free connection slot; returns a token for _release_slot."""
        acquired = []
        try:
            for sem in self._semaphores(host_key):
                await sem.acquire()
                acquired.append(sem)
        except BaseException:
            for sem in reversed(acquired):
                sem.release()
            raise
        self._in_flight += 1
        return acquired

    def _release_slot(self, token):
        self._in_flight -= 1
        for sem in reversed(token):
            sem.release()


class TCPConnector(BaseConnector):
    """TCP connector (simulated).  Accepts and ignores ssl, DNS-cache and
    socket options; keeps ``limit`` / ``limit_per_host``."""

    def __init__(self, *, verify_ssl=True, fingerprint=None, use_dns_cache=True,
                 ttl_dns_cache=10, family=0, ssl_context=None, ssl=True,
                 local_addr=None, resolver=None, keepalive_timeout=None,
                 force_close=False, limit=100, limit_per_host=0,
                 enable_cleanup_closed=False, loop=None,
                 timeout_ceil_threshold=5, **kwargs):
        super().__init__(keepalive_timeout=keepalive_timeout, force_close=force_close,
                         limit=limit, limit_per_host=limit_per_host,
                         enable_cleanup_closed=enable_cleanup_closed, **kwargs)
        self._ssl = ssl
        self._use_dns_cache = use_dns_cache
        self._family = family

    @property
    def family(self):
        return self._family

    @property
    def use_dns_cache(self):
        return self._use_dns_cache


class UnixConnector(BaseConnector):
    """Unix-socket connector (simulated; the path is ignored)."""

    def __init__(self, path, force_close=False, keepalive_timeout=None,
                 limit=100, limit_per_host=0, loop=None, **kwargs):
        super().__init__(force_close=force_close, keepalive_timeout=keepalive_timeout,
                         limit=limit, limit_per_host=limit_per_host)
        self._path = path

    @property
    def path(self):
        return self._path


NamedPipeConnector = UnixConnector
