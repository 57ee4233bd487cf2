import asyncio
import warnings

import _loopscope_sim
import asyncpg
import pytest


async def with_conn(fn):
    conn = await asyncpg.connect()
    try:
        return await fn(conn)
    finally:
        await conn.close()


def test_select_forms():
    async def fn(conn):
        return (
            await conn.fetchval("SELECT 1"),
            await conn.fetchval("SELECT $1::int", 7),
            await conn.fetchval("SELECT $1", "hi"),
            await conn.fetchval("SELECT count(*) FROM users"),
            [r["title"] for r in await conn.fetch(
                "SELECT title FROM posts WHERE user_id = $1 ORDER BY id", 1)],
            (await conn.fetchrow("SELECT 1"))[0],
            list((await conn.fetchrow("SELECT $1::int", 3)).keys()),
        )

    assert asyncio.run(with_conn(fn)) == (
        1, 7, "hi", 3, ["Hello, asyncio!", "Why await matters"], 1, ["int4"])


def test_write_statements_return_status_strings():
    async def fn(conn):
        return [
            await conn.execute("INSERT INTO users (name, email) VALUES ($1, $2)",
                               "Dan", "dan@example.com"),
            await conn.execute("UPDATE posts SET title = title || '!' WHERE user_id = 1"),
            await conn.execute("DELETE FROM users WHERE name = $1", "Dan"),
            await conn.fetchval("INSERT INTO posts (user_id, title) VALUES (2, 'x') "
                                "RETURNING id"),
        ]

    assert asyncio.run(with_conn(fn)) == ["INSERT 0 1", "UPDATE 2", "DELETE 1", 5]


def test_pg_sleep_waits_extra(run_virtual):
    async def fn(conn):
        await conn.execute("SELECT pg_sleep(2)")

    assert run_virtual(with_conn(fn))[1] == pytest.approx(0.01 + 0.01 + 2)


def test_unparseable_sql_returns_empty_result_with_status_and_warning():
    async def fn(conn):
        return (await conn.fetch("WITH x AS (SELECT 1) SELECT * FROM x"),
                await conn.execute("CREATE INDEX idx_users_name ON users (name)"))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows, status = asyncio.run(with_conn(fn))
    assert rows == [] and status == "CREATE INDEX"
    assert any(issubclass(w.category, _loopscope_sim.LoopscopeSimWarning) for w in caught)


def test_each_event_loop_gets_a_fresh_sample_database():
    async def delete_all(conn):
        return await conn.execute("DELETE FROM users")

    async def count(conn):
        return await conn.fetchval("SELECT count(*) FROM users")

    assert asyncio.run(with_conn(delete_all)) == "DELETE 3"
    assert asyncio.run(with_conn(count)) == 3


def test_query_timeout(run_virtual):
    async def fn(conn):
        try:
            await conn.fetch("SELECT pg_sleep(5)", timeout=0.5)
        except asyncio.TimeoutError:
            return "timed out"

    assert run_virtual(with_conn(fn)) == ("timed out", pytest.approx(0.01 + 0.5))
