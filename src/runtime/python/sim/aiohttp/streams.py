"""``response.content`` for Loopscope's simulated aiohttp.

The simulated body has fully "arrived" when the response is returned, so
reading it takes no extra (virtual) time.  No real network call happens.
"""

import asyncio

__all__ = ("StreamReader", "EofStream")


class EofStream(Exception):
    """eof stream indication."""


class _ChunkIterator:
    def __init__(self, read):
        self._read = read

    def __aiter__(self):
        return self

    async def __anext__(self):
        chunk = await self._read()
        if not chunk:
            raise StopAsyncIteration
        return chunk


class StreamReader:
    """Reads an in-memory body with aiohttp's StreamReader API."""

    def __init__(self, body=b""):
        self._data = bytes(body)
        self._pos = 0
        self._exception = None

    def __repr__(self):
        return f"<StreamReader {len(self._data) - self._pos} bytes eof>"

    def _take(self, n):
        if self._exception is not None:
            raise self._exception
        if n is None or n < 0:
            n = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    def at_eof(self):
        return self._pos >= len(self._data)

    def is_eof(self):
        return True

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc

    async def wait_eof(self):
        return None

    async def read(self, n=-1):
        return self._take(n)

    async def readany(self):
        return self._take(-1)

    async def readchunk(self):
        return self._take(-1), True

    async def readexactly(self, n):
        if len(self._data) - self._pos < n:
            partial = self._take(-1)
            raise asyncio.IncompleteReadError(partial, n)
        return self._take(n)

    async def readline(self):
        end = self._data.find(b"\n", self._pos)
        n = -1 if end < 0 else end + 1 - self._pos
        return self._take(n)

    async def readuntil(self, separator=b"\n"):
        end = self._data.find(separator, self._pos)
        n = -1 if end < 0 else end + len(separator) - self._pos
        return self._take(n)

    def read_nowait(self, n=-1):
        return self._take(n)

    def iter_chunked(self, n):
        """Yield chunks of at most ``n`` bytes."""
        async def read():
            return self._take(n)
        return _ChunkIterator(read)

    def iter_any(self):
        async def read():
            return self._take(-1)
        return _ChunkIterator(read)

    def iter_chunks(self):
        async def read():
            data = self._take(-1)
            return (data, True) if data else None
        return _ChunkIterator(read)

    def __aiter__(self):
        return _ChunkIterator(self.readline)
