import asyncio

import aiohttp
import pytest


def test_delay_path_adds_latency(run_virtual):
    async def main():
        async with aiohttp.ClientSession() as session:
            await session.get("https://httpbin.org/delay/2")

    assert run_virtual(main())[1] == pytest.approx(2.01)


def test_client_timeout_total_raises_timeout_error(run_virtual):
    async def main():
        timeout = aiohttp.ClientTimeout(total=1.5)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            try:
                await session.get("https://httpbin.org/delay/5")
            except asyncio.TimeoutError:
                return "timed out"

    assert run_virtual(main()) == ("timed out", pytest.approx(1.5))
