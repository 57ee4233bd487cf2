import asyncio

import aiohttp
import pytest


def test_default_connector_allows_100_at_a_time(fast_latencies, run_virtual):
    fast_latencies["http_latency"] = 0.1

    async def main():
        async with aiohttp.ClientSession() as session:
            assert session.connector.limit == 100
            return await asyncio.gather(
                *(session.get(f"https://example.com/{i}") for i in range(200)))

    responses, elapsed = run_virtual(main())
    assert len(responses) == 200 and all(r.status == 200 for r in responses)
    assert elapsed == pytest.approx(0.2)        # two latency rounds


def test_limit_per_host(fast_latencies, run_virtual):
    fast_latencies["http_latency"] = 0.1

    async def main():
        connector = aiohttp.TCPConnector(limit=0, limit_per_host=5)
        async with aiohttp.ClientSession(connector=connector) as session:
            await asyncio.gather(*(session.get("https://one.test/") for _ in range(10)),
                                 *(session.get("https://two.test/") for _ in range(5)))

    assert run_virtual(main())[1] == pytest.approx(0.2)
