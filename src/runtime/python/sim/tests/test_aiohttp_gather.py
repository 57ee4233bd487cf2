import asyncio
import json

import aiohttp


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


def test_gather_three_gets_returns_three_bodies():
    async def main():
        urls = [f"https://api.example.com/items/{i}" for i in (1, 2, 3)]
        async with aiohttp.ClientSession() as session:
            return urls, await asyncio.gather(*(fetch(session, u) for u in urls))

    urls, bodies = asyncio.run(main())
    assert [json.loads(b) for b in bodies] == [
        {"url": u, "method": "GET", "simulated": True} for u in urls]


def test_response_can_be_awaited_without_async_with():
    async def main():
        async with aiohttp.ClientSession() as session:
            response = await session.get("https://example.com/hello")
            return response.status, response.ok, str(response.url), await response.json()

    status, ok, url, body = asyncio.run(main())
    assert (status, ok, url) == (200, True, "https://example.com/hello")
    assert body["method"] == "GET"
