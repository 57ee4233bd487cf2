import asyncio

import asyncpg
import pytest


def test_pool_runs_queries_concurrently(fast_latencies, run_virtual):
    fast_latencies["db_latency"] = 0.1

    async def main():
        async with asyncpg.create_pool('postgresql://user:password@localhost/dbname',
                                       min_size=10, max_size=10) as pool:
            loop = asyncio.get_running_loop()
            start = loop.time()
            users, posts = await asyncio.gather(pool.fetch('SELECT * FROM users'),
                                                pool.fetch('SELECT * FROM posts'))
            return loop.time() - start, users, posts

    (elapsed, users, posts), _ = run_virtual(main())
    assert [u["name"] for u in users] == ["Alice", "Bob", "Carol"]
    assert len(posts) == 4
    assert elapsed == pytest.approx(0.1)        # one latency, not two


def test_acquire_waits_when_all_connections_are_busy(fast_latencies, run_virtual):
    fast_latencies["db_latency"] = 0.1

    async def use(pool):
        async with pool.acquire() as conn:
            return await conn.fetchval("SELECT 1")

    async def main():
        pool = await asyncpg.create_pool(min_size=2, max_size=2)   # 2 latencies
        values = await asyncio.gather(*(use(pool) for _ in range(4)))
        await pool.close()
        return values

    values, elapsed = run_virtual(main())
    assert values == [1, 1, 1, 1]
    assert elapsed == pytest.approx(0.2 + 0.2)  # opening + two rounds of queries


def test_released_connection_cannot_be_used():
    async def main():
        async with asyncpg.create_pool(min_size=1, max_size=1) as pool:
            async with pool.acquire() as conn:
                pass
            await conn.fetch("SELECT 1")

    with pytest.raises(asyncpg.InterfaceError, match="released back to the pool"):
        asyncio.run(main())
