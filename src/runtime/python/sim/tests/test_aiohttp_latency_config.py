import aiohttp
import pytest


def test_latency_is_read_when_each_request_starts(fast_latencies, run_virtual):
    async def main():
        async with aiohttp.ClientSession() as session:
            fast_latencies["http_latency"] = 0.25
            await session.get("https://example.com/")
            fast_latencies["http_latency"] = 1.0
            await session.get("https://example.com/")

    assert run_virtual(main())[1] == pytest.approx(1.25)
    assert aiohttp.__version__ == "3.9.5-loopscope-sim"
