import asyncio

import aiohttp
import pytest


def test_status_path_and_raise_for_status():
    async def main():
        async with aiohttp.ClientSession() as session:
            async with session.get("https://httpbin.org/status/404") as response:
                assert (response.status, response.reason, response.ok) == (404, "Not Found", False)
                response.raise_for_status()

    with pytest.raises(aiohttp.ClientResponseError) as info:
        asyncio.run(main())
    err = info.value
    assert err.status == 404
    assert err.message == "Not Found"
    assert str(err) == "404, message='Not Found', url=URL('https://httpbin.org/status/404')"
    assert type(err).__module__ == "aiohttp.client_exceptions"
    assert isinstance(err, aiohttp.ClientError)


def test_session_raise_for_status_option():
    async def main():
        async with aiohttp.ClientSession(raise_for_status=True) as session:
            await session.get("http://example.com/status/503")

    with pytest.raises(aiohttp.ClientResponseError, match="503"):
        asyncio.run(main())
