import asyncio

import aiohttp
import pytest


def test_using_a_closed_session_raises_runtime_error():
    async def main():
        session = aiohttp.ClientSession()
        await session.close()
        assert session.closed
        await session.get("https://example.com/")

    with pytest.raises(RuntimeError, match="^Session is closed$"):
        asyncio.run(main())
