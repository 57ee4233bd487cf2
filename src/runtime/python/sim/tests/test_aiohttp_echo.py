import asyncio

import aiohttp


def test_posted_json_data_and_params_are_echoed():
    async def main():
        async with aiohttp.ClientSession(headers={"X-Demo": "1"}) as session:
            a = await (await session.post("https://x.test/post", json={"k": [1, 2]})).json()
            b = await (await session.put("https://x.test/put", data={"name": "Ada"})).json()
            c = await (await session.get("https://x.test/get", params={"q": "cats"})).json()
            return a, b, c

    a, b, c = asyncio.run(main())
    assert a["json"] == {"k": [1, 2]} and a["method"] == "POST"
    assert b["form"] == {"name": "Ada"}
    assert c["args"] == {"q": "cats"} and c["url"] == "https://x.test/get?q=cats"
    assert c["headers"] == {"X-Demo": "1"}


def test_json_path_returns_fixed_document():
    async def main():
        async with aiohttp.ClientSession() as session:
            async with session.get("https://httpbin.org/json") as response:
                return await response.json()

    assert asyncio.run(main())["slideshow"]["title"] == "Sample Slide Show"
